#!/usr/bin/env bash
# What H2's WRITE_DELAY=0 (every commit written before the answer; the shipped default) costs against H2's own
# default WRITE_DELAY=500 (commits flushed up to 500 ms late, lost on kill -9): autosave requests/s and latency,
# both measured in this run on scratch databases, each setting TJ_BENCH_ROUNDS times (default 2) in alternating order (0, 500, 0, 500).
# Usage: bench/durability/run.sh [clients] [seconds]   (from the repository root; results: docs/benchmarks.md)
set -euo pipefail
cd "$(dirname "$0")/../.."
[ -f target/quarkus-app/quarkus-run.jar ] || mvn -q -B -DskipTests package
clients=${1:-16}
seconds=${2:-12}
password=bench-admin-password
measure() { # $1 = WRITE_DELAY
  local dir port app
  dir=$(mktemp -d)
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  TENSORJUDGE_ADMIN_PASSWORD=$password java -Xmx1g -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port" \
    -Dquarkus.datasource.jdbc.url="jdbc:h2:file:$dir/db;WRITE_DELAY=$1" -Dtensorjudge.sandbox.python.warm-workers=0 \
    -Dtensorjudge.sandbox.java.warm-workers=0 -jar target/quarkus-app/quarkus-run.jar > "$dir/app.log" 2>&1 &
  app=$!
  for _ in $(seq 240); do curl -sf "http://127.0.0.1:$port/q/health/live" >/dev/null && break; sleep 0.5; done
  sleep 5 # let the start-up work (reference warm-up, bank sync) settle
  echo "WRITE_DELAY=$1 $(java bench/durability/AutosaveBenchmark.java "http://127.0.0.1:$port" "$password" "$clients" "$seconds")"
  kill "$app"; wait "$app" 2>/dev/null || true
  rm -rf "$dir"
}
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)  clients=$clients seconds=$seconds"
results=$(mktemp)
for round in $(seq "${TJ_BENCH_ROUNDS:-2}"); do
  measure 0 | tee -a "$results"
  measure 500 | tee -a "$results"
done
awk '
  { split($2, a, "="); rps[$1] += a[2]; n[$1]++; split($3, b, "="); p50[$1] += b[2]; split($4, c, "="); p95[$1] += c[2] }
  END { r0 = rps["WRITE_DELAY=0"]/n["WRITE_DELAY=0"]; r5 = rps["WRITE_DELAY=500"]/n["WRITE_DELAY=500"];
        printf "mean requests/s: WRITE_DELAY=0 %.0f, WRITE_DELAY=500 %.0f, ratio 0/500 %.2f\n", r0, r5, r0 / r5;
        printf "mean p50 ms: WRITE_DELAY=0 %.1f, WRITE_DELAY=500 %.1f; mean p95 ms: %.1f vs %.1f\n",
          p50["WRITE_DELAY=0"]/n["WRITE_DELAY=0"], p50["WRITE_DELAY=500"]/n["WRITE_DELAY=500"],
          p95["WRITE_DELAY=0"]/n["WRITE_DELAY=0"], p95["WRITE_DELAY=500"]/n["WRITE_DELAY=500"] }' "$results"
rm -f "$results"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
