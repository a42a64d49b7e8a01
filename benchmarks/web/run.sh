#!/usr/bin/env bash
# Issue #10 load benchmark: `caravan serve` on the samples + seeds store, loaded from a second process
# (wrk, 2 threads, 8 keep-alive connections, 30 s per path) on 127.0.0.1. Prints one markdown row per path.
# Usage: [SKIP_BUILD=1] benchmarks/web/run.sh [SECONDS]   (needs wrk: apt-get install -y wrk; the NER models in models/)
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-30}
out=/tmp/caravan-web-bench
command -v wrk >/dev/null || { echo "wrk is required: apt-get install -y wrk" >&2; exit 1; }
[ "${SKIP_BUILD:-}" = 1 ] || dotnet build src/Caravan.Cli -c Release -o "$out/bin" -v q -nologo >/dev/null
C=(dotnet "$out/bin/caravan.dll")
export CARAVAN_MODELS="$PWD/models"
if [ ! -d "$out/db" ]; then
  "${C[@]}" analyze samples/articles ../shared/data/seeds --db "$out/db" --quiet >/dev/null
fi
port=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
"${C[@]}" serve --db "$out/db" --urls "http://127.0.0.1:$port" --requests-per-minute 100000000 2>"$out/serve.log" &
server=$!
trap 'kill $server' EXIT
base="http://127.0.0.1:$port"
until curl -sf "$base/api/stories?size=1" >/dev/null; do sleep 0.5; done
story=$(curl -s "$base/api/stories?size=1" | python3 -c 'import json,sys;print(json.load(sys.stdin)["items"][0]["id"])')
echo "load before: $(uptime)"
echo "| path | requests/s | p50 ms | p99 ms | max ms | errors |"
echo "|---|---:|---:|---:|---:|---|"
# /search?...&page=6 asks for 120 hits: beyond what the search cache keeps, so every request searches Lucene.
for path in "/stories/$story" "/search?q=Kazakhstan" "/search?q=Kazakhstan&page=6" "/" "/api/search?q=Tokayev"; do
  curl -s -o /dev/null "$base$path" # first request: warm the snapshot and the caches, as any real visitor would
  wrk -t2 -c8 -d"${seconds}s" --latency "$base$path" | python3 benchmarks/web/wrk_row.py "$path"
done
echo "load after: $(uptime)"
