#!/usr/bin/env bash
# Throughput of ingestion through a cluster of 1 and of 3 `caravan node` processes on this machine,
# beside the embedded `caravan ingest --db` on the same generated articles (articles per second from
# the start of `ingest` to its end: every stage, the store, aggregation, the search index; nodes are
# started and their models loaded beforehand). Also the per-node overhead: start-up time and resident
# memory of a node. Needs redis-server. Usage:
#   bash benchmarks/cluster-throughput.sh [ARTICLES]
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-2000}
dotnet build src/Caravan.Cli -c Release -v q -nologo >/dev/null
cli="dotnet src/Caravan.Cli/bin/Release/net10.0/caravan.dll"
work=$(mktemp -d)
pids=()
redis_pid=""
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -n "$redis_pid" ] && kill "$redis_pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }
count() { python3 -c "import sqlite3,sys;print(sqlite3.connect(sys.argv[1]).execute('select count(*) from articles').fetchone()[0])" "$1/caravan.db"; }
rss_mb() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$1/status"; }

dotnet run --project benchmarks/Caravan.Benchmarks -c Release -v q -- generate "$work/in" "$articles" >/dev/null
echo "load before: $(uptime)"

start=$(date +%s.%N)
$cli ingest "$work/in" --db "$work/embedded" 2>/dev/null
end=$(date +%s.%N)
python3 -c "print(f'embedded   {$(count "$work/embedded")} articles {$(count "$work/embedded")/($end-$start):8.1f} articles/s ({$end-$start:.1f} s, includes process start and model loading)')"

for nodes in 1 3; do
  port=$(free_port)
  redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no >/dev/null &
  redis_pid=$!
  sleep 0.5
  pids=()
  t0=$(date +%s.%N)
  for i in $(seq "$nodes"); do
    $cli node --db "$work/cluster$nodes" --cluster "redis://127.0.0.1:$port" \
      --silo-port "$(free_port)" --gateway-port "$(free_port)" >"$work/node$nodes-$i.log" 2>&1 &
    pids+=($!)
  done
  for i in $(seq "$nodes"); do
    until grep -qs "node ready" "$work/node$nodes-$i.log"; do sleep 0.2; done
  done
  t1=$(date +%s.%N)
  idle=$(for pid in "${pids[@]}"; do rss_mb "$pid"; echo -n " "; done)
  start=$(date +%s.%N)
  summary=$($cli ingest "$work/in" --cluster "redis://127.0.0.1:$port" 2>&1 | tail -1)
  end=$(date +%s.%N)
  busy=$(for pid in "${pids[@]}"; do rss_mb "$pid"; echo -n " "; done)
  n=$(count "$work/cluster$nodes")
  python3 -c "print(f'{$nodes} node(s)  {$n} articles {$n/($end-$start):8.1f} articles/s ({$end-$start:.1f} s; nodes ready in {$t1-$t0:.1f} s; RSS MB idle: $idle, after: $busy)')"
  echo "           $summary"
  for pid in "${pids[@]}"; do kill "$pid"; wait "$pid" 2>/dev/null || true; done
  pids=()
  kill "$redis_pid"; wait "$redis_pid" 2>/dev/null || true
  redis_pid=""
done
echo "load after: $(uptime)"
