#!/usr/bin/env bash
# Sandbox latency benchmark: builds the app classes, then runs bench/sandbox/SandboxBenchmark.java against them.
# Usage: bench/sandbox/run.sh [runs-per-measurement]   (from the repository root; results: docs/benchmarks.md)
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
CP="target/classes:$(cat target/bench-classpath.txt)"
exec java -Xmx1g -cp "$CP" bench/sandbox/SandboxBenchmark.java "${1:-40}"
