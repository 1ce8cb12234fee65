#!/usr/bin/env bash
# End-to-end grading benchmark: starts the packaged app on a scratch database, then sends 400 softmax submissions
# from 16 concurrent clients through HTTP: gradings/s, lost, submit -> DONE and CPU per grading of the server's whole
# process tree. Also measures bare `python3 -c "import numpy"` in the same run (latency, CPU, launches/s).
# Usage: bench/grading/run.sh [submissions] [clients]   (from the repository root; results: docs/benchmarks.md)
set -euo pipefail
cd "$(dirname "$0")/../.."
jar=${TJ_BENCH_JAR:-target/quarkus-app/quarkus-run.jar}   # a copy of the packaged app may be benchmarked instead
[ -f "$jar" ] || mvn -q -B -DskipTests package
dir=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
java -Xmx2g -Dquarkus.http.port="$port" -Dquarkus.datasource.jdbc.url="jdbc:h2:file:$dir/db;WRITE_DELAY=0" \
  -Dtensorjudge.practice.rate-limit-per-minute=0 -Dtensorjudge.admin.password=bench-admin-password \
  ${TJ_BENCH_OPTS:-} -jar "$jar" > "$dir/app.log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$dir"; true' EXIT
for _ in $(seq 120); do curl -sf "http://127.0.0.1:$port/q/health/live" >/dev/null && break; sleep 1; done
# Measure a server in its steady state: wait (up to 3 min) until the sandbox self-test passed and both warm pools are
# full, so that the Java pool's start (several CPU-seconds of JVM warm-up) does not overlap the measurement.
# The checks' details are shown to admins only: log in as the first admin.
curl -s -o /dev/null -c "$dir/cookies" -d j_username=admin -d j_password=bench-admin-password \
  "http://127.0.0.1:$port/j_security_check"
for _ in $(seq 180); do
  curl -s -b "$dir/cookies" "http://127.0.0.1:$port/q/health/ready" | python3 -c '
import json, sys
check = [c for c in json.load(sys.stdin)["checks"] if c["name"] == "sandbox"][0]
data = check.get("data", {})
full = all(int(w.split("/")[0]) >= int(w.split("/")[1]) for w in (data.get("pythonWarm", "1/1"), data.get("javaWarm", "1/1")))
sys.exit(0 if check["status"] == "UP" and full else 1)' 2>/dev/null && break
  sleep 1
done
java bench/grading/GradingBenchmark.java "http://127.0.0.1:$port" "${1:-400}" "${2:-16}" "$app"
grep -m1 -o 'Python jobs start a bwrap each\|fork server is unavailable[^"]*' "$dir/app.log" || true
