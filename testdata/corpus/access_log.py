# Summarises a web server access log: status codes, slowest requests,
# bytes per path and clients.
import sys

LOG = """\
10.0.0.1 - - [12/Mar/2024:10:00:01 +0000] "GET /index.html HTTP/1.1" 200 5120 0.012
10.0.0.2 - - [12/Mar/2024:10:00:02 +0000] "GET /api/users?id=7 HTTP/1.1" 200 734 0.145
10.0.0.1 - - [12/Mar/2024:10:00:02 +0000] "POST /api/login HTTP/1.1" 401 88 0.030
10.0.0.3 - - [12/Mar/2024:10:00:03 +0000] "GET /static/app.js HTTP/1.1" 304 0 0.002
10.0.0.2 - - [12/Mar/2024:10:00:05 +0000] "GET /api/users?id=9 HTTP/1.1" 500 120 1.502
10.0.0.4 - - [12/Mar/2024:10:00:06 +0000] "GET /index.html HTTP/1.1" 200 5120 0.010
bad line without structure
10.0.0.1 - - [12/Mar/2024:10:00:07 +0000] "DELETE /api/users/7 HTTP/1.1" 204 0 0.044
10.0.0.3 - - [12/Mar/2024:10:00:09 +0000] "GET /missing HTTP/1.1" 404 210 0.004
10.0.0.2 - - [12/Mar/2024:10:00:11 +0000] "GET /api/users?id=7 HTTP/1.1" 200 734 0.098
"""


def parse_line(line):
    head, _, rest = line.partition(' "')
    if not rest:
        return None
    request, _, tail = rest.partition('" ')
    method, path, proto = request.split(" ")
    status, size, secs = tail.split()
    client = head.split(" ", 1)[0]
    stamp = head[head.index("[") + 1:head.index("]")]
    return {
        "client": client,
        "time": stamp.split(":", 1)[1].split()[0],
        "method": method,
        "path": path.split("?")[0],
        "status": int(status),
        "bytes": int(size),
        "ms": round(float(secs) * 1000),
    }


entries = []
skipped = 0
for line in LOG.splitlines():
    entry = parse_line(line)
    if entry is None:
        skipped += 1
        continue
    entries.append(entry)

print("parsed %d entries, skipped %d" % (len(entries), skipped))

by_status = {}
for e in entries:
    by_status[e["status"]] = by_status.get(e["status"], 0) + 1
print("status codes:", by_status)
for code in sorted(by_status):
    klass = "%dxx" % (code // 100)
    print("  %s %d %s" % (klass, code, "#" * by_status[code]))

errors = [e for e in entries if e["status"] >= 400]
print("error rate: %.1f%%" % (100.0 * len(errors) / len(entries)))

print("slowest:")
for e in sorted(entries, key=lambda e: e["ms"], reverse=True)[:3]:
    print("  {time} {method:<6} {path:<16} {ms:>5} ms".format(**e))

bytes_per_path = {}
for e in entries:
    bytes_per_path[e["path"]] = bytes_per_path.get(e["path"], 0) + e["bytes"]
print("bytes per path:")
for path, total in sorted(bytes_per_path.items(), key=lambda kv: (-kv[1], kv[0])):
    print("  " + path.ljust(18, ".") + str(total).rjust(7))

clients = {}
for e in entries:
    clients.setdefault(e["client"], []).append(e["method"])
for client, methods in clients.items():
    print(client, "->", "/".join(methods), "(%d)" % len(methods))
busiest = max(clients, key=lambda c: len(clients[c]))
print("busiest client:", busiest)
