#!/usr/bin/env bash
# Server-side cost of a rating write: the server in its own JVM on PostgreSQL (127.0.0.1:5432,
# trust auth, database bridgewatch_bench_cpu, recreated), `bridgewatch bench-api --url` as the client
# in another JVM, and the CPU the server JVM, the PostgreSQL processes and the client spent during
# the measured writes only, per write (Linux /proc; before 2026-11-23 this script also counted each
# run's sign-ups, notes and row counts, roughly a third more per write). A first bench-api run of WARMUP_WRITES
# warms the server's JIT up (on two shared cores C2 needs some 30,000 requests; 5,000 left the
# server at 0.4-0.8 ms of CPU per write instead of 0.3).
#   docs/bench-api-cpu.sh [THREADS=16] [WRITES=10000] [WARMUP_WRITES=30000] [CLIENTS=raw,raw,raw,raw]
# CLIENTS is a comma-separated list of measured runs on the same warm server, each with that
# bench-api --client (raw or jdk), e.g. raw,jdk,raw,jdk; SERVER_ARGS adds server options.
# Needs cli/target/bridgewatch.jar (./mvnw -B install -DskipTests) and a JDK 25 (JAVA_HOME).
set -euo pipefail
threads=${1:-16}; count=${2:-10000}; warm=${3:-30000}; clients=${4:-raw,raw,raw,raw}
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
java="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
jar="$root/cli/target/bridgewatch.jar"
port=${BENCH_PORT:-18181}
db=bridgewatch_bench_cpu
url="jdbc:postgresql://127.0.0.1:5432/$db"
log=$(mktemp -t bridgewatch-bench-api-cpu.XXXXXX)

psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db" postgres
"$java" -jar "$jar" serve --port "$port" --spring.profiles.active=postgres --spring.datasource.url="$url" \
  --bridgewatch.scoring.enabled=false --bridgewatch.rate-limit.writes=1000000000 \
  --bridgewatch.rate-limit.signups=1000000000 --logging.level.root=WARN --spring.main.banner-mode=off ${SERVER_ARGS:-} >"$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
until curl -fs "http://127.0.0.1:$port/actuator/health" >/dev/null; do
  kill -0 $server 2>/dev/null || { cat "$log"; exit 1; }
  sleep 1
done

# The CPU of the server JVM and of the PostgreSQL postmaster's tree (live and exited backends,
# WAL writer, checkpointer, ...) over the measured writes only, read by bench-api from /proc.
postmaster=$(pgrep -u postgres -o -x postgres)
bench() {
  "$java" -jar "$jar" bench-api --url "http://127.0.0.1:$port" --db-url "$url" --contributors 200 --notes 500 \
    --threads "$threads" --warmup 0 --count "$1" --seconds 600 --client "$2" \
    --cpu-pids "$server,$postmaster" | sed -e "s/pid${server}Cpu/serverCpu/" -e "s/pid${postmaster}Cpu/postgresCpu/"
}

bench "$warm" "${clients%%,*}" >/dev/null
for client in ${clients//,/ }; do
  echo "load before: $(uptime)"
  bench "$count" "$client"
  echo "load after: $(uptime)"
done
# Group commit: rating writes per committed transaction, over all runs (warm-up included).
curl -fs "http://127.0.0.1:$port/actuator/prometheus" | grep -E '^bridgewatch_rating_batch_writes_(count|sum|max)' || true
