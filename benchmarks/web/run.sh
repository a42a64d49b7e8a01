#!/usr/bin/env bash
# Issue #10 load benchmark: `caravan serve` loaded from a second process (wrk: 2 threads, 8 keep-alive
# connections, SECONDS per row) on 127.0.0.1, on two stores: samples + seeds (27 articles) and ARTICLES
# generated articles (tests/Caravan.Testing/GeneratedCorpus through `caravan analyze`). Every row cycles
# through many distinct pages (benchmarks/web/cycle.lua over paths from benchmarks/web/paths.py): every
# story page, and 600 searches built from the corpus's words and actor names. Searches run with the
# search cache (the default; warmed by one pass over the paths) and without it (`--search-cache 0`: every
# request searches the index). Each row is preceded by a WARMUP-second run of the same load (default 20:
# on a loaded machine a fresh server took ~15 s to reach steady CPU per request, JIT tiers and OS caches),
# and reports the server's CPU time per request and the 1-minute load average at its end.
# Usage: [SKIP_BUILD=1] [ARTICLES=5000] [WARMUP=20] [OUT=/tmp/caravan-web-bench] benchmarks/web/run.sh [SECONDS]
#   needs wrk (apt-get install -y wrk) and the NER models in models/; stores are made once per OUT
#   (and re-indexed on every run, so the index always has this build's schema).
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-30}
articles=${ARTICLES:-5000}
warmup=${WARMUP:-20}
out=${OUT:-/tmp/caravan-web-bench}
command -v wrk >/dev/null || { echo "wrk is required: apt-get install -y wrk" >&2; exit 1; }
mkdir -p "$out"
if [ "${SKIP_BUILD:-}" != 1 ]; then
  dotnet build src/Caravan.Cli -c Release -o "$out/bin" -v q -nologo >/dev/null
  dotnet build benchmarks/Caravan.Benchmarks -c Release -o "$out/benchbin" -v q -nologo >/dev/null
fi
C=(dotnet "$out/bin/caravan.dll")
export CARAVAN_MODELS="$PWD/models"
stores=("$out/small")
if [ ! -d "$out/small" ]; then
  "${C[@]}" analyze samples/articles ../shared/data/seeds --db "$out/small" --quiet >/dev/null
fi
if [ "$articles" -gt 0 ]; then
  stores+=("$out/generated-$articles")
  if [ ! -d "$out/generated-$articles" ]; then
    dotnet "$out/benchbin/Caravan.Benchmarks.dll" generate "$out/generated-$articles-input" "$articles" >/dev/null
    "${C[@]}" analyze "$out/generated-$articles-input" --db "$out/generated-$articles" --quiet >/dev/null
  fi
fi

server=
stop() { [ -z "$server" ] || { kill "$server"; wait "$server" 2>/dev/null || true; server=; }; }
trap stop EXIT
serve() { # DB SEARCH_CACHE
  local port
  port=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
  base="http://127.0.0.1:$port"
  "${C[@]}" serve --db "$1" --urls "$base" --requests-per-minute 100000000 --search-cache "$2" 2>>"$out/serve.log" &
  server=$!
  until curl -sf "$base/api/stories?size=1" >/dev/null; do sleep 0.5; done
}
cpu_seconds() { awk -v hz="$(getconf CLK_TCK)" '{print ($14 + $15) / hz}' "/proc/$server/stat"; }
load() { # LABEL PATHS_FILE
  wrk -t2 -c8 -d"${warmup}s" -s benchmarks/web/cycle.lua "$base" -- "$2" >/dev/null
  local before after
  before=$(cpu_seconds)
  wrk -t2 -c8 -d"${seconds}s" --latency -s benchmarks/web/cycle.lua "$base" -- "$2" >"$out/wrk.txt"
  after=$(cpu_seconds)
  python3 benchmarks/web/wrk_row.py "$1" "$(python3 -c "print($after - $before)")" "$(cut -d' ' -f1 /proc/loadavg)" <"$out/wrk.txt"
}

echo "| store | pages | requests/s | p50 ms | p99 ms | max ms | errors | server CPU µs/request | load (1 min) |"
echo "|---|---|---:|---:|---:|---:|---|---:|---:|"
for db in "${stores[@]}"; do
  name=$(basename "$db")
  "${C[@]}" reindex --db "$db" >/dev/null 2>&1
  paths="$out/paths-$name"
  mkdir -p "$paths"
  serve "$db" 1024
  python3 benchmarks/web/paths.py "$base" "$paths" 2>/dev/null
  load "$name | story pages (\`/stories/{id}\`, all $(wc -l <"$paths/stories.txt"))" "$paths/stories.txt"
  xargs -P4 -I{} curl -s -o /dev/null "$base{}" <"$paths/searches.txt" # fill the search cache
  load "$name | search pages, cached (600 queries)" "$paths/searches.txt"
  stop
  serve "$db" 0
  load "$name | search pages, uncached (600 queries)" "$paths/searches.txt"
  load "$name | \`/api/search\`, uncached (600 queries)" "$paths/api-searches.txt"
  stop
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
