# Validate a service configuration: key formats, host names, sizes and
# durations, user-supplied filter patterns, and a binary file header.
import re

CONFIG = """\
[server]
listen = 0.0.0.0:8080
hostname = api.example.com
max_body = 10MB
timeout = 1m30s

[cache]
ttl = 45s
size = 512kb
exclude = /health|/metrics
bad key = 1

[alerts]
email = ops-team@example.com
email2 = not-an-email@
filter = error(
pattern = ^(GET|POST) /api/
"""

SECTION = re.compile(r"^\[([a-z]+)\]$", re.M)
PAIR = re.compile(r"^(?P<key>[a-z_][a-z0-9_]*)\s*=\s*(?P<value>.*?)\s*$")
HOST = re.compile(r"(?i)^[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9][a-z0-9-]{0,62})+$")
SIZE = re.compile(r"^(\d+)\s*([kmg]?)b$", re.I)
DURATION = re.compile(r"(\d+)(h|m|s)")
EMAIL = re.compile(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$")

sections = SECTION.split(CONFIG)
print("sections:", SECTION.findall(CONFIG))
settings = {}
for name, body in zip(sections[1::2], sections[2::2]):
    for line in body.strip().splitlines():
        m = PAIR.match(line)
        if not m:
            print(f"[{name}] malformed line: {line!r}")
            continue
        settings[f"{name}.{m['key']}"] = m["value"]

def size_bytes(text):
    m = SIZE.match(text)
    if not m:
        raise ValueError(f"bad size {text!r}")
    n, unit = int(m.group(1)), m.group(2).lower()
    return n * {"": 1, "k": 1024, "m": 1024 ** 2, "g": 1024 ** 3}[unit]

def seconds(text):
    if not re.fullmatch(r"(?:\d+[hms])+", text):
        raise ValueError(f"bad duration {text!r}")
    return sum(int(n) * {"h": 3600, "m": 60, "s": 1}[u] for n, u in DURATION.findall(text))

host, port = settings["server.listen"].rsplit(":", 1)
print("listen:", host, int(port))
print("hostname ok:", bool(HOST.match(settings["server.hostname"])))
print("max_body:", size_bytes(settings["server.max_body"]), "size:", size_bytes(settings["cache.size"]))
print("timeout:", seconds(settings["server.timeout"]), "ttl:", seconds(settings["cache.ttl"]))
for key in ("alerts.email", "alerts.email2"):
    print(key, "valid" if EMAIL.match(settings[key]) else "INVALID")

paths = settings["cache.exclude"].split("|")
skip = re.compile("^(?:" + "|".join(re.escape(p) for p in paths) + ")$")
print("skip pattern:", skip.pattern)
print([p for p in ["/health", "/healthz", "/metrics", "/api"] if skip.match(p)])

for key in ("alerts.filter", "alerts.pattern"):
    try:
        rx = re.compile(settings[key])
    except re.error as e:
        print(f"{key}: invalid pattern: {e} (pos {e.pos})")
        continue
    print(f"{key}: {rx.groups} group(s), matches:", bool(rx.search("POST /api/v1/items")))

HEADER = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x00\xc8"
m = re.match(rb"\x89PNG\r\n\x1a\n.{4}IHDR(.{4})(.{4})", HEADER, re.S)
print("png size:", int.from_bytes(m.group(1), "big"), "x", int.from_bytes(m.group(2), "big"), m.span(2))
print("summary:", re.sub(r"\s+", " ", "  %d settings,\n  %d sections  " % (len(settings), len(sections) // 2)).strip())
