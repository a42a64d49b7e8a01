#!/usr/bin/env bash
# Throughput of ingestion through a cluster of 1 and of 3 `caravan node` processes on this machine,
# beside the embedded `caravan ingest --db` on the same generated articles (articles per second from
# the start of `ingest` to its end: every stage, the store, aggregation, the search index; nodes are
# started, warmed up and their models loaded beforehand). Also the per-node overhead: start-up time,
# resident memory, and CPU seconds per article (client and nodes together, counted from the kernel's
# accounting: unlike wall time, it does not depend on how busy the rest of the machine is). ROUNDS
# repeats the 1-node / 3-node pair, alternating, to see the noise of a shared machine. Needs redis-server.
# Usage:
#   bash benchmarks/cluster-throughput.sh [ARTICLES] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-2000}
rounds=${2:-1}
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
# CPU seconds (user + system) a running process has used so far.
cpu_s() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / hz}' "/proc/$1/stat"; }
sum() { python3 -c "import sys;print(f'{sum(map(float, sys.argv[1:])):.2f}')" "$@"; }

dotnet run --project benchmarks/Caravan.Benchmarks -c Release -v q -- generate "$work/in" "$articles" >/dev/null
echo "load before: $(uptime)"

start=$(date +%s.%N)
/usr/bin/time -f "%U %S" -o "$work/embedded.cpu" $cli ingest "$work/in" --db "$work/embedded" 2>/dev/null
end=$(date +%s.%N)
cpu=$(sum $(cat "$work/embedded.cpu"))
python3 -c "n=$(count "$work/embedded");print(f'embedded   {n} articles {n/($end-$start):8.1f} articles/s ({$end-$start:.1f} s, includes process start and model loading; CPU {$cpu:.1f} s = {1000*$cpu/n:.1f} ms/article)')"

for round in $(seq "$rounds"); do
for nodes in 1 3; do
  port=$(free_port)
  redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no >/dev/null &
  redis_pid=$!
  sleep 0.5
  pids=()
  t0=$(date +%s.%N)
  store="$work/cluster$nodes-$round"
  for i in $(seq "$nodes"); do
    $cli node --db "$store" --cluster "redis://127.0.0.1:$port" \
      --silo-port "$(free_port)" --gateway-port "$(free_port)" >"$work/node$nodes-$i-$round.log" 2>&1 &
    pids+=($!)
  done
  for i in $(seq "$nodes"); do
    until grep -qs "node ready" "$work/node$nodes-$i-$round.log"; do sleep 0.2; done
  done
  t1=$(date +%s.%N)
  idle=$(for pid in "${pids[@]}"; do rss_mb "$pid"; echo -n " "; done)
  before=$(sum $(for pid in "${pids[@]}"; do cpu_s "$pid"; echo -n " "; done))
  start=$(date +%s.%N)
  summary=$(/usr/bin/time -f "%U %S" -o "$work/client.cpu" $cli ingest "$work/in" --cluster "redis://127.0.0.1:$port" 2>&1 | tail -1)
  end=$(date +%s.%N)
  after=$(sum $(for pid in "${pids[@]}"; do cpu_s "$pid"; echo -n " "; done))
  client=$(sum $(cat "$work/client.cpu"))
  busy=$(for pid in "${pids[@]}"; do rss_mb "$pid"; echo -n " "; done)
  n=$(count "$store")
  load=$(cut -d' ' -f1 /proc/loadavg)
  python3 -c "print(f'{$nodes} node(s)  {$n} articles {$n/($end-$start):8.1f} articles/s ({$end-$start:.1f} s; nodes ready in {$t1-$t0:.1f} s; RSS MB idle: $idle, after: $busy; CPU nodes {$after-$before:.1f} s + client {$client:.1f} s = {1000*($after-$before+$client)/$n:.1f} ms/article; load $load)')"
  echo "           $summary"
  for pid in "${pids[@]}"; do kill "$pid"; wait "$pid" 2>/dev/null || true; done
  pids=()
  kill "$redis_pid"; wait "$redis_pid" 2>/dev/null || true
  redis_pid=""
done
done
echo "load after: $(uptime)"
