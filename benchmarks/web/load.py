# Bounded load generator: N threads with keep-alive connections for D seconds per path.
import http.client, sys, threading, time, urllib.parse
base, threads, seconds = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
u = urllib.parse.urlparse(base)
for path in sys.argv[4:]:
    lat, codes, lock = [], {}, threading.Lock()
    stop = time.time() + seconds
    def work():
        c = http.client.HTTPConnection(u.hostname, u.port)
        mine = []
        while time.time() < stop:
            t = time.perf_counter(); c.request("GET", path); r = c.getresponse(); r.read()
            mine.append(time.perf_counter() - t)
            with lock: codes[r.status] = codes.get(r.status, 0) + 1
        with lock: lat.extend(mine)
    ts = [threading.Thread(target=work) for _ in range(threads)]
    [t.start() for t in ts]; [t.join() for t in ts]
    lat.sort()
    p = lambda q: lat[min(len(lat)-1, int(q*len(lat)))]*1000
    print(f"| `{path}` | {len(lat)/seconds:.0f} | {p(.5):.1f} | {p(.95):.1f} | {p(.99):.1f} | {codes} |")
