# Summarise a web server access log: status codes, slow requests, top
# paths, and a copy of the log with client addresses masked.
import re

LOG = """\
203.0.113.9 - - [02/Jan/2024:10:00:01 +0000] "GET /api/users?id=7 HTTP/1.1" 200 512 0.012
198.51.100.23 - alice [02/Jan/2024:10:00:02 +0000] "POST /api/login HTTP/1.1" 302 0 0.250
203.0.113.9 - - [02/Jan/2024:10:00:04 +0000] "GET /static/app.js HTTP/1.1" 200 20480 0.003
192.0.2.77 - - [02/Jan/2024:10:00:05 +0000] "GET /api/orders/1234 HTTP/1.1" 404 128 0.031
198.51.100.23 - alice [02/Jan/2024:10:00:09 +0000] "DELETE /api/orders/1234 HTTP/1.1" 500 64 1.532
garbage line that does not parse
192.0.2.77 - - [02/Jan/2024:10:01:00 +0000] "GET /api/users?id=9 HTTP/1.1" 200 498 0.014
"""

LINE = re.compile(r"""
    ^(?P<ip>\d{1,3}(?:\.\d{1,3}){3})\s+    # client address
    \S+\s+(?P<user>\S+)\s+                 # identity, user
    \[(?P<when>[^\]]+)\]\s+                # timestamp
    "(?P<method>[A-Z]+)\s(?P<path>\S+)\s[^"]*"\s+
    (?P<status>\d{3})\s+(?P<size>\d+)\s+(?P<secs>[\d.]+)$
""", re.VERBOSE)

ID_IN_PATH = re.compile(r"/\d+\b")

status_count = {}
path_count = {}
slow = []
bad = 0
for n, line in enumerate(LOG.splitlines(), 1):
    m = LINE.match(line)
    if not m:
        bad += 1
        print(f"line {n}: cannot parse {line[:20]!r}")
        continue
    status_count[m["status"]] = status_count.get(m["status"], 0) + 1
    path = ID_IN_PATH.sub("/:id", m.group("path").split("?", 1)[0])
    path_count[path] = path_count.get(path, 0) + 1
    if float(m["secs"]) > 0.2:
        slow.append((m["method"], m["path"], m["secs"], m.span("path")))

print("statuses:", sorted(status_count.items()))
for path, count in sorted(path_count.items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"  {count} {path}")
for method, path, secs, span in slow:
    print(f"slow: {method} {path} took {secs}s (path at {span})")
print("unparsed:", bad)

def mask(m):
    a, b, c, d = m.group(1, 2, 3, 4)
    return f"{a}.{b}.x.x"

masked = re.sub(r"\b(\d+)\.(\d+)\.(\d+)\.(\d+)\b", mask, LOG)
print(masked.splitlines()[1])
users = sorted(set(re.findall(r"^\S+ - (\w+) ", LOG, re.M)))
print("users:", users)
print("dates:", sorted(set(re.findall(r"\[(\d+)/(\w+)/(\d+)", LOG))))
errors = [m.group(0) for m in re.finditer(r'"\w+ [^"]+" 5\d\d', LOG)]
print("server errors:", errors)
query = re.search(r"\?(?P<key>\w+)=(?P<value>\w+)", LOG)
print("first query:", query.groupdict(), query.expand(r"\g<key> is \g<value>"))
print(re.subn(r"HTTP/1\.1", "HTTP/2", LOG)[1], "protocol fields")
