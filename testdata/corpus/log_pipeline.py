# A generator pipeline over application log lines: read, parse, filter,
# group into windows and summarise.
import sys

RAW = """\
2024-05-01 12:00:01 INFO  api      request served path=/health ms=3
2024-05-01 12:00:02 DEBUG db       query ok rows=12
2024-05-01 12:00:04 WARN  api      slow request path=/search ms=812
2024-05-01 12:00:07 ERROR worker   job failed id=17 reason=timeout
2024-05-01 12:00:09 INFO  api      request served path=/search ms=95

2024-05-01 12:00:12 INFO  worker   job done id=18
2024-05-01 12:00:15 ERROR api      upstream refused path=/pay ms=30
2024-05-01 12:00:16 INFO  api      request served path=/health ms=2
2024-05-01 12:00:21 WARN  db       pool nearly full used=9 max=10
2024-05-01 12:00:22 INFO  worker   job done id=19
"""

LEVELS = {"DEBUG": 10, "INFO": 20, "WARN": 30, "ERROR": 40}


def read_lines(text):
    for line in text.splitlines():
        line = line.rstrip()
        if line:
            yield line


def parse(lines):
    for line in lines:
        date, clock, level, source, rest = line.split(None, 4)
        words = rest.split()
        fields = dict(w.split("=", 1) for w in words if "=" in w)
        message = " ".join(w for w in words if "=" not in w)
        h, m, s = (int(p) for p in clock.split(":"))
        yield {"t": h * 3600 + m * 60 + s, "level": level, "source": source,
               "msg": message, "fields": fields}


def at_least(records, level):
    floor = LEVELS[level]
    for rec in records:
        if LEVELS[rec["level"]] >= floor:
            yield rec


def windows(records, size):
    bucket, start = [], None
    for rec in records:
        if start is None:
            start = rec["t"] - rec["t"] % size
        while rec["t"] >= start + size:
            yield start, bucket
            bucket, start = [], start + size
        bucket.append(rec)
    if bucket:
        yield start, bucket


def everything(text):
    yield from parse(read_lines(text))


def clock(t):
    m, s = divmod(t, 60)
    h, m = divmod(m, 60)
    return "%02d:%02d:%02d" % (h, m, s)


all_records = list(everything(RAW))
print("records:", len(all_records))
for start, group in windows(everything(RAW), 10):
    levels = [r["level"] for r in group]
    worst = max(levels, key=LEVELS.get)
    print("%s +10s: %d records, worst %-5s %s" % (clock(start), len(group), worst, levels))

print("warnings and errors:")
for rec in at_least(everything(RAW), "WARN"):
    extra = ", ".join("%s=%s" % kv for kv in sorted(rec["fields"].items()))
    print("  %s %-5s %-7s %s {%s}" % (clock(rec["t"]), rec["level"], rec["source"], rec["msg"], extra))

durations = [int(r["fields"]["ms"]) for r in all_records if "ms" in r["fields"]]
print("request ms:", durations, "max", max(durations), "avg %.1f" % (sum(durations) / len(durations)))
jobs = {int(r["fields"]["id"]): r["msg"] for r in all_records if r["source"] == "worker"}
print("jobs:", jobs)
gen = at_least(everything(RAW), "ERROR")
print("first error:", next(gen)["msg"], "| second:", next(gen)["msg"])
print("no more:", next(gen, None))
per_source = {}
for r in all_records:
    per_source[r["source"]] = per_source.get(r["source"], 0) + 1
print(sorted(per_source.items(), key=lambda kv: (-kv[1], kv[0])))
