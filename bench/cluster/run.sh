#!/usr/bin/env bash
# Cluster benchmark (docs/benchmarks.md, docs/operations.md "Capacity"): a throwaway PostgreSQL cluster on loopback,
# then for each set-up a fresh database, the packaged app's instances (roles all|web|worker) and N softmax
# submissions posted from 16 clients to the instance that takes requests; prints gradings/s from the first post to
# the last DONE. Set-ups: the baseline (1 instance, role all), 1 web + 1 worker, 1 web + 2 workers.
# Usage: bench/cluster/run.sh [submissions] [grading threads per worker instance]   (from the repository root)
# Needs postgresql (Debian's package) and a -Ppostgresql build (made here when missing).
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)
n=${1:-300}
threads=${2:-2}
# A free port unless TJ_PG_PORT names one (other clusters may be running on this machine).
export TJ_PG_PORT=${TJ_PG_PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')}
eval "$(sed -n '/^start_postgres() {/,/^}/p' tensorjudge)"
start_postgres
if [ "$(sed -n 's/^db-kind=//p' target/classes/io/tensorjudge/build.properties 2>/dev/null)" != postgresql ] \
    || ! [ -f target/quarkus-app/quarkus-run.jar ] \
    || [ -n "$(find pom.xml src/main -newer target/quarkus-app/quarkus-run.jar -type f -print -quit)" ]; then
  mvn -q -B ${TJ_MVN_ARGS:-} -DskipTests -Ppostgresql package
fi
work=$(mktemp -d /tmp/tj-cluster-bench.XXXXXX)
chmod 755 "$work"
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"; pg_stop; }
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
sql() { as_pg "$pg_bin/psql" -qtA -h "$pg_data" -p "$TJ_PG_PORT" -U postgres -d "$1" -c "$2"; }
port_of=()

# start_instance DB NAME ROLE: an instance on database DB; sets $last_port.
start_instance() {
  local db=$1 name=$2 role=$3 port dir
  port=$(free_port); dir="$work/$db-$name"; mkdir -p "$dir"; chmod 755 "$dir"
  (cd "$dir" && TENSORJUDGE_DB_URL="jdbc:postgresql://127.0.0.1:$TJ_PG_PORT/$db" TENSORJUDGE_ROLE="$role" \
    TENSORJUDGE_ADMIN_PASSWORD=bench-admin-password \
    QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY=cluster-bench-session-key-0123456789 \
    exec java -Xmx1g -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$port" \
      -Dtensorjudge.bank.questions-dir="$repo/questions" -Dtensorjudge.bank.exercises-dir="$repo/exercises" \
      -Dorg.bytedeco.javacpp.cachedir="$repo/data/javacpp" \
      -Dtensorjudge.practice.rate-limit-per-minute=0 -Dtensorjudge.grading.workers="$threads" \
      -Dtensorjudge.sandbox.java.warm-workers=0 ${TJ_BENCH_OPTS:-} \
      -jar "$repo/target/quarkus-app/quarkus-run.jar" > "$dir/app.log" 2>&1) &
  pids+=($!)
  for _ in $(seq 600); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/q/health/ready")" = 200 ] && break
    sleep 0.5
  done
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/q/health/ready")" = 200 ] \
    || { echo "instance $name ($role) not ready; log: $dir/app.log" >&2; tail -20 "$dir/app.log" >&2; exit 1; }
  last_port=$port
}

code=$(python3 -c 'import json; print(json.dumps({"language": "python", "mode": "submit", "code": open("exercises/softmax/solution.py").read()}))')
echo "$code" > "$work/body.json"

# run_setup LABEL ROLE...: the first instance takes the requests, the others grade; prints one line.
run_setup() {
  local label=$1; shift
  local db="bench_$(echo "$label" | tr -c 'a-z0-9' '_')" first=1 web_port i start end done_count
  sql postgres "create database $db owner tj"
  for role in "$@"; do
    start_instance "$db" "i$first" "$role"
    [ $first -eq 1 ] && web_port=$last_port
    first=$((first + 1))
  done
  sleep 3 # warm pools filled after readiness
  start=$(date +%s.%N)
  seq "$n" | xargs -P 16 -I{} curl -s -o /dev/null -w '%{http_code}\n' -H 'Content-Type: application/json' \
    --data-binary @"$work/body.json" "http://127.0.0.1:$web_port/api/v1/exercises/softmax/submissions" \
    | sort | uniq -c | awk '$2 != 202 { print "  unexpected answers: " $0 > "/dev/stderr" }'
  local deadline=$((SECONDS + 900))
  while :; do
    done_count=$(sql "$db" "select count(*) from submission where status = 'DONE'")
    [ "$done_count" -ge "$n" ] && break
    [ $SECONDS -lt $deadline ] || { echo "$label: only $done_count of $n DONE after 15 min" >&2; exit 1; }
    sleep 0.2
  done
  end=$(date +%s.%N)
  local verdicts; verdicts=$(sql "$db" "select verdict || ':' || count(*) from submission group by verdict" | tr '\n' ' ')
  local instances; instances=$(sql "$db" "select count(distinct claimed_by) from submission")
  python3 -c "import sys; s=float(sys.argv[2])-float(sys.argv[1]); print(f'{sys.argv[3]:<26} {int(sys.argv[4])/s:6.1f} gradings/s  ({sys.argv[4]} in {s:.1f} s; graded by {sys.argv[5]} instance(s); {sys.argv[6]})')" \
    "$start" "$end" "$label" "$n" "$instances" "$verdicts"
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  pids=()
}

echo "cluster bench: $n softmax submissions, 16 clients, $threads grading threads per grading instance, $(nproc) cores"
run_setup "baseline: 1 x all" all
run_setup "1 web + 1 worker" web worker
run_setup "1 web + 2 workers" web worker worker
