#!/usr/bin/env bash
# Fork server benchmark (as root): builds the app classes, then runs bench/forkserver/ForkServerBenchmark.java.
# Usage: bench/forkserver/run.sh [runs-per-measurement]   (from the repository root; results: docs/benchmarks.md)
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -o -q compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
CP="target/classes:$(cat target/bench-classpath.txt)"
exec java -Xmx1g -cp "$CP" bench/forkserver/ForkServerBenchmark.java "${1:-40}"
