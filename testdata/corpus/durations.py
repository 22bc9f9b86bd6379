# Parses and formats durations and timestamps used in job logs,
# with divmod arithmetic, zfill and sorting by total seconds.
import sys

UNITS = {"w": 604800, "d": 86400, "h": 3600, "m": 60, "s": 1}


def parse_duration(text):
    total, num = 0, ""
    for ch in text.replace(" ", ""):
        if ch.isdigit():
            num += ch
        elif ch in UNITS and num:
            total += int(num) * UNITS[ch]
            num = ""
        else:
            raise ValueError("bad duration %r at %r" % (text, ch))
    if num:
        total += int(num)
    return total


def format_duration(seconds):
    if seconds == 0:
        return "0s"
    parts = []
    for unit, size in UNITS.items():
        count, seconds = divmod(seconds, size)
        if count:
            parts.append("%d%s" % (count, unit))
    return " ".join(parts)


def clock(seconds):
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return ":".join(str(x).zfill(2) for x in (h, m, s))


def parse_clock(text):
    parts = [int(p) for p in text.split(":")]
    while len(parts) < 3:
        parts.insert(0, 0)
    h, m, s = parts
    return h * 3600 + m * 60 + s


jobs = {"backup": "1h30m", "vacuum": "45m 10s", "reindex": "2h", "rotate": "90s",
        "report": "1d2h", "sync": "3w", "ping": "5"}
parsed = {name: parse_duration(d) for name, d in jobs.items()}
for name, secs in sorted(parsed.items(), key=lambda kv: kv[1]):
    print("%-8s %-8s = %8d s = %-14s %s" % (name, jobs[name], secs, format_duration(secs), clock(secs)))
print("total:", format_duration(sum(parsed.values())))
print("longest under a day:", max((n for n in parsed if parsed[n] < 86400), key=parsed.get))

start = parse_clock("23:15:00")
for name in ("backup", "vacuum", "rotate"):
    end = start + parsed[name]
    days, end_of_day = divmod(end, 86400)
    print("%s starts %s ends %s%s" % (name, clock(start), clock(end_of_day), " (+%dd)" % days if days else ""))
    start = end

times = ["7:05", "12:00:01", "0:59", "23:59:59", "1:00:00"]
print(sorted(times, key=parse_clock))
print([clock(parse_clock(t)) for t in times])
print(divmod(-7, 3), divmod(7, -3), -7 // 3, -7 % 3, divmod(7.5, 2), 7.5 % 2, divmod(10 ** 12, 86400))
for bad in ("1x", "h5", "3 d 4 q"):
    try:
        parse_duration(bad)
    except ValueError as e:
        print("error:", e)
print("%s|%s|%s" % ("7".zfill(3), "-7".zfill(4), "+12".zfill(5)), "abc".zfill(2))
