# Turns `wrk --latency` output (stdin) into one markdown row: label, requests/s, p50, p99, max, errors,
# and, when given, the server's CPU time per request and the load average.
# Usage: wrk ... --latency URL | python3 wrk_row.py LABEL [SERVER_CPU_SECONDS LOAD]
import re, sys

text = sys.stdin.read()
UNIT = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def ms(pattern):
    m = re.search(pattern + r"\s+([\d.]+)(us|ms|s)\b", text)
    return float(m.group(1)) * UNIT[m.group(2)]


rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
requests = int(re.search(r"(\d+) requests in", text).group(1))
non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
sockets = re.search(r"Socket errors: (.*)", text)
errors = ", ".join(x for x in [non2xx and "non-2xx: " + non2xx.group(1), sockets and sockets.group(1)] if x) or "0"
p50, p99, worst = ms("50%"), ms("99%"), ms(r"Latency\s+\S+\s+\S+")
row = f"| {sys.argv[1]} | {rps:.0f} | {p50:.1f} | {p99:.1f} | {worst:.0f} | {errors} |"
if len(sys.argv) > 3:
    row += f" {float(sys.argv[2]) * 1e6 / max(1, requests):.0f} | {sys.argv[3]} |"
print(row)
