#!/usr/bin/env bash
# Per-thread CPU of cluster nodes during one `caravan ingest --cluster` (by thread name, from /proc),
# plus node, Redis and client CPU per article. usage: cluster-threads.sh NODES INPUT_DIR TAG
# PERF=FILE also samples the nodes with `perf record` during the ingest (nodes started with DOTNET_PerfMapEnabled=1,
# so `perf report -i FILE` names jitted methods).
# (env for nodes: NODE_ENV="A=1 B=2"; input from `dotnet run --project benchmarks/Caravan.Benchmarks -c Release -- generate DIR 600`)
# Every wait is bounded: the client gets 10 minutes, nodes 30 s to stop on SIGTERM before SIGKILL, and
# whatever the script started is killed when it exits, however it exits.
set -euo pipefail
nodes=$1; in=$2; tag=$3
cd "$(dirname "$0")/../.."
cli="dotnet src/Caravan.Cli/bin/Release/net10.0/caravan.dll"
work=${TMPDIR:-/tmp}/cluster-threads-$tag; rm -rf "$work"; mkdir -p "$work"
pids=(); redis=""
cleanup() { for p in "${pids[@]}" $redis; do kill -9 "$p" 2>/dev/null || true; done; }
trap cleanup EXIT
free_port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }
# CPU seconds (user + system) of whole processes, summed; a process that is gone counts 0.
cpu_s() { python3 - "$@" <<'PY'
import os,sys
hz=os.sysconf('SC_CLK_TCK'); t=0.0
for p in sys.argv[1:]:
  try: f=open(f'/proc/{p}/stat').read().rsplit(')',1)[1].split(); t+=(int(f[11])+int(f[12]))/hz
  except OSError: pass
print(f'{t:.2f}')
PY
}
# One pass over every thread of a process (tid, name, CPU s), in one process: threads that end while it
# reads are skipped (the old one-awk-per-thread loop forked hundreds of processes per snapshot).
threads() { python3 - "$1" <<'PY'
import os,sys
hz=os.sysconf('SC_CLK_TCK'); pid=sys.argv[1]
for tid in os.listdir(f'/proc/{pid}/task'):
  try: s=open(f'/proc/{pid}/task/{tid}/stat').read()
  except OSError: continue
  name=s[s.index('(')+1:s.rindex(')')]; f=s.rsplit(')',1)[1].split()
  print(f'{tid}\t{name}\t{(int(f[11])+int(f[12]))/hz:.2f}')
PY
}
port=$(free_port)
redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no >/dev/null &
redis=$!
sleep 0.5
for i in $(seq "$nodes"); do
  env ${PERF:+DOTNET_PerfMapEnabled=1} ${NODE_ENV:-} $cli node --db "$work/store" --cluster "redis://127.0.0.1:$port" --silo-port "$(free_port)" --gateway-port "$(free_port)" > "$work/node$i.log" 2>&1 &
  pids+=($!)
done
for i in $(seq "$nodes"); do
  until grep -qs "node ready" "$work/node$i.log"; do
    kill -0 "${pids[$((i-1))]}" 2>/dev/null || { echo "node $i exited before it was ready:"; tail -5 "$work/node$i.log"; exit 1; }
    sleep 0.2
  done
done
sleep "${SETTLE:-3}"
for p in "${pids[@]}"; do threads "$p" > "$work/th-before-$p"; done
b=$(cpu_s "${pids[@]}" $redis)
perf_pid=""
if [ -n "${PERF:-}" ]; then
  perf record -F 499 -g -o "$PERF" -p "$(IFS=,; echo "${pids[*]}")" 2>"$work/perf.log" &
  perf_pid=$!
fi
s=$(date +%s.%N)
timeout 600 /usr/bin/time -f "%U %S" -o "$work/client.cpu" env ${CLIENT_ENV:-} $cli ingest "$in" --cluster "redis://127.0.0.1:$port" > "$work/client.log" 2>&1 \
  || { echo "client failed or timed out (rc $?):"; tail -3 "$work/client.log"; exit 1; }
e=$(date +%s.%N)
a=$(cpu_s "${pids[@]}" $redis)
if [ -n "$perf_pid" ]; then kill -INT "$perf_pid"; wait "$perf_pid" || true; fi
for p in "${pids[@]}"; do threads "$p" > "$work/th-after-$p"; done
c=$(awk '{print $1+$2}' "$work/client.cpu")
n=$(grep -o '[0-9]* processed' "$work/client.log" | cut -d' ' -f1)
python3 - "$work" "${pids[@]}" <<'PY'
import sys,collections,re
work=sys.argv[1]
tot=collections.Counter()
def rd(f):
  d={}
  for l in open(f):
    tid,name,c=l.rstrip('\n').split('\t'); d[tid]=(name,float(c))
  return d
for p in sys.argv[2:]:
  b=rd(f"{work}/th-before-{p}"); a=rd(f"{work}/th-after-{p}")
  for k,(name,c) in a.items():
    tot[re.sub(r'[0-9]+$','#',name)]+=c-b.get(k,(name,0))[1]
print("threads (all nodes, CPU s during ingest):", ", ".join(f"{k}={v:.2f}" for k,v in tot.most_common(12)))
PY
python3 -c "n=$n; w=$e-$s; nc=$a-$b; print(f'$tag nodes=$nodes n={n} wall={w:.1f}s {n/w:.1f} art/s; CPU nodes+redis {nc:.2f}s client {$c:.2f}s => {1000*(nc+$c)/n:.1f} ms/art (nodes {1000*nc/n:.1f}); load $(cut -d' ' -f1 /proc/loadavg)')"
tail -1 "$work/client.log"
# Stop the nodes as an operator would (SIGTERM, graceful), but never wait on them for ever: three nodes
# leaving at once each wait for the others' answers while handing their grains over.
for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
for _ in $(seq 150); do
  alive=0; for p in "${pids[@]}"; do kill -0 "$p" 2>/dev/null && alive=1; done
  [ "$alive" = 0 ] && break
  sleep 0.2
done
[ "$alive" = 0 ] || echo "nodes still running 30 s after SIGTERM: killed"
