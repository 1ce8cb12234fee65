#!/usr/bin/env bash
# ND4J reference vs NumPy timing (not a test). Usage: bench/reference/run.sh [threads]  (default 1). Run from anywhere; needs a prior `mvn -o compile` and Debian's python3.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q -o compile
mkdir -p target
mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=runtime >/dev/null
exec java -Xmx3g -Dorg.bytedeco.javacpp.cachedir="$PWD/data/javacpp" \
  -cp "target/classes:$(cat target/bench-classpath.txt)" bench/reference/ReferenceBenchmark.java "$@"
