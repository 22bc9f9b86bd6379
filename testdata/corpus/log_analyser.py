"""Log analyser: parse access logs, aggregate, and report."""
import re
import sys
from collections import Counter, defaultdict
from datetime import datetime, timedelta

LOG = """\
192.168.1.10 - - [10/Mar/2024:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326 0.012
192.168.1.11 - - [10/Mar/2024:13:55:40 +0000] "POST /api/login HTTP/1.1" 401 128 0.150
10.0.0.5 - - [10/Mar/2024:13:56:01 +0000] "GET /api/items?page=2 HTTP/1.1" 200 5120 0.300
192.168.1.10 - - [10/Mar/2024:13:57:12 +0000] "GET /static/app.js HTTP/1.1" 304 0 0.002
10.0.0.5 - - [10/Mar/2024:14:01:59 +0000] "DELETE /api/items/7 HTTP/1.1" 500 64 1.250
172.16.0.1 - - [10/Mar/2024:14:02:00 +0000] "GET /index.html HTTP/1.1" 200 2326 0.010
bogus line that should be skipped
192.168.1.11 - - [10/Mar/2024:14:05:33 +0000] "POST /api/login HTTP/1.1" 200 512 0.090
10.0.0.5 - - [10/Mar/2024:14:10:00 +0000] "GET /api/items?page=3 HTTP/1.1" 200 4096 0.280
"""

PATTERN = re.compile(
    r'(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) - - \[(?P<ts>[^\]]+)\] '
    r'"(?P<method>[A-Z]+) (?P<path>\S+) HTTP/(?P<ver>[\d.]+)" '
    r'(?P<status>\d{3}) (?P<size>\d+) (?P<dur>[\d.]+)'
)


def parse(lines):
    bad = 0
    for lineno, line in enumerate(lines, 1):
        if not (m := PATTERN.match(line)):
            bad += 1
            print(f"warn: line {lineno} unparseable: {line[:20]!r}", file=sys.stderr)
            continue
        d = m.groupdict()
        d["ts"] = datetime.strptime(d["ts"], "%d/%b/%Y:%H:%M:%S %z")
        d["status"] = int(d["status"])
        d["size"] = int(d["size"])
        d["dur"] = float(d["dur"])
        d["path"] = d["path"].split("?", 1)[0]
        yield d
    if bad:
        print(f"skipped {bad} line(s)")


def bucket(ts, minutes=5):
    floored = ts - timedelta(minutes=ts.minute % minutes, seconds=ts.second)
    return floored.strftime("%H:%M")


def main():
    entries = list(parse(LOG.splitlines()))
    print(f"{len(entries)=}")
    by_status = Counter(e["status"] for e in entries)
    by_ip = Counter(e["ip"] for e in entries)
    per_path = defaultdict(list)
    for e in entries:
        per_path[e["path"]].append(e["dur"])

    print("== status codes ==")
    for status, n in sorted(by_status.items()):
        cls = {2: "ok", 3: "redirect", 4: "client", 5: "server"}[status // 100]
        print(f"  {status:>3} {cls:<8} {n:>3} {'#' * n}")

    print("== top talkers ==")
    for ip, n in by_ip.most_common(3):
        print(f"  {ip:<15} {n:>2} ({n / len(entries):.1%})")

    print("== latency per path ==")
    rows = []
    for path, durs in per_path.items():
        avg = sum(durs) / len(durs)
        rows.append((avg, path, len(durs), max(durs)))
    rows.sort(key=lambda r: (-r[0], r[1]))
    width = max(len(r[1]) for r in rows)
    for avg, path, n, mx in rows:
        print(f"  {path:<{width}}  n={n}  avg={avg*1000:8.2f}ms  max={mx:.3f}s")

    print("== timeline (5 min buckets) ==")
    buckets = Counter(bucket(e["ts"]) for e in entries)
    for b in sorted(buckets):
        print(f"  {b} | {buckets[b]}")

    first = min(e["ts"] for e in entries)
    last = max(e["ts"] for e in entries)
    span = last - first
    print(f"span: {span} ({span.total_seconds():.0f}s) tz={first.tzinfo}")
    print(f"first: {first.isoformat()}  weekday={first.strftime('%A')}")
    total_bytes = sum(e["size"] for e in entries)
    print(f"bytes: {total_bytes:,} ({total_bytes / 1024:.2f} KiB)")
    errors = [e for e in entries if e["status"] >= 500]
    if errors:
        print(f"ERRORS: {len(errors)}")
        for e in errors:
            print(f"  {e['method']} {e['path']} -> {e['status']} at {e['ts']:%H:%M:%S}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
