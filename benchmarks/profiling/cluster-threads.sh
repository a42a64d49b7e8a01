#!/usr/bin/env bash
# Per-thread CPU of cluster nodes during one `caravan ingest --cluster` (by thread name, from /proc),
# plus node, Redis and client CPU per article. usage: cluster-threads.sh NODES INPUT_DIR TAG
# (env for nodes: NODE_ENV="A=1 B=2"; input from `dotnet run --project benchmarks/Caravan.Benchmarks -c Release -- generate DIR 600`)
set -euo pipefail
nodes=$1; in=$2; tag=$3
cd "$(dirname "$0")/../.."
cli="dotnet src/Caravan.Cli/bin/Release/net10.0/caravan.dll"
work=${TMPDIR:-/tmp}/cluster-threads-$tag; rm -rf $work; mkdir -p $work
free_port() { python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])'; }
cpu_s() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / hz}' "/proc/$1/stat"; }
threads() { for t in /proc/$1/task/*; do awk -v hz="$(getconf CLK_TCK)" '{s=$0; sub(/^[0-9]+ \(/,"",s); n=substr(s,1,index(s,") ")-1); sub(/^.*\) /,"",s); split(s,f," "); printf "%s\t%s\t%.2f\n", FILENAME, n, (f[12]+f[13])/hz}' $t/stat 2>/dev/null; done; }
port=$(free_port)
redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no >/dev/null &
redis=$!
sleep 0.5
pids=()
for i in $(seq $nodes); do
  env ${NODE_ENV:-} $cli node --db $work/store --cluster redis://127.0.0.1:$port --silo-port $(free_port) --gateway-port $(free_port) > $work/node$i.log 2>&1 &
  pids+=($!)
done
for i in $(seq $nodes); do until grep -qs "node ready" $work/node$i.log; do sleep 0.2; done; done
sleep ${SETTLE:-3}
for p in "${pids[@]}"; do threads $p > $work/th-before-$p; done
b=0; for p in "${pids[@]}" $redis; do b=$(python3 -c "print($b+$(cpu_s $p))"); done
s=$(date +%s.%N)
/usr/bin/time -f "%U %S" -o $work/client.cpu env ${CLIENT_ENV:-} $cli ingest $in --cluster redis://127.0.0.1:$port > $work/client.log 2>&1
e=$(date +%s.%N)
a=0; for p in "${pids[@]}"; do a=$(python3 -c "print($a+$(cpu_s $p))"); done
r=$(cpu_s $redis)
for p in "${pids[@]}"; do threads $p > $work/th-after-$p; done
c=$(awk '{print $1+$2}' $work/client.cpu)
n=$(grep -o '[0-9]* processed' $work/client.log | cut -d' ' -f1)
python3 - "$work" "${pids[@]}" <<PY
import sys,collections,re
work=sys.argv[1]
tot=collections.Counter()
for p in sys.argv[2:]:
  def rd(f):
    d={}
    for l in open(f):
      fn,name,c=l.rstrip('\n').split('\t'); d[fn]=(name,float(c))
    return d
  b=rd(f"{work}/th-before-{p}"); a=rd(f"{work}/th-after-{p}")
  for k,(name,c) in a.items():
    name=re.sub(r'[0-9]+$','#',name)
    tot[name]+=c-b.get(k,(name,0))[1]
print("threads (all nodes, CPU s during ingest):", ", ".join(f"{k}={v:.2f}" for k,v in tot.most_common(12)))
PY
python3 -c "n=$n; w=$e-$s; nc=$a-$b; print(f'$tag nodes=$nodes n={n} wall={w:.1f}s {n/w:.1f} art/s; CPU nodes+redis {nc:.2f}s (redis incl) client {$c:.2f}s => {1000*(nc+$c)/n:.1f} ms/art (nodes {1000*nc/n:.1f}); load $(cut -d' ' -f1 /proc/loadavg)')"
tail -1 $work/client.log
for p in "${pids[@]}"; do kill $p; done; wait "${pids[@]}" 2>/dev/null || true
kill $redis; wait $redis 2>/dev/null || true
