#!/usr/bin/env bash
# Bank-wide mutation analysis: the per-exercise table of generated mutants killed by the exercise's cases.
# Usage: bench/mutation/run.sh [max-mutants-per-exercise] [parallel-gradings] [exercise-id ...]
#        (defaults 60 2, all exercises; from anywhere; needs bubblewrap; results: docs/benchmarks.md)
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q -o compile
mkdir -p target
mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=runtime >/dev/null
exec java -Xmx3g -Dorg.bytedeco.javacpp.cachedir="$PWD/data/javacpp" \
  -cp "target/classes:$(cat target/bench-classpath.txt)" bench/mutation/MutationBenchmark.java "$@"
