#!/usr/bin/env bash
# Similarity fingerprinting speed (not a test). Usage: bench/integrity/run.sh [candidates] [bytes] [rounds]
# (defaults 50 4096 20). Needs only the compiled classes: no database, no sandbox.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q -o compile
exec java -cp target/classes bench/integrity/SimilarityBenchmark.java "$@"
