# Validates a crontab and expands each schedule into the minutes and
# hours it fires, reporting overlaps and the busiest hour.
import sys

CRONTAB = """\
# m   h     dom mon dow  command
*/15  *     *   *   *    /usr/bin/poll-queue
0     2     *   *   *    /usr/local/bin/backup --full
30    */6   *   *   1-5  /usr/local/bin/report
5,35  9-17  *   *   *    /usr/bin/sync-ledger
0     0     1   *   *    /usr/bin/rotate-logs
61    *     *   *   *    /bin/broken-minute
0     25    *   *   *    /bin/broken-hour
*/0   *     *   *   *    /bin/zero-step
@daily /usr/bin/cleanup
"""

MACROS = {"@daily": "0 0 * * *", "@hourly": "0 * * * *", "@weekly": "0 0 * * 0"}
LIMITS = [("minute", 0, 59), ("hour", 0, 23), ("day", 1, 31), ("month", 1, 12), ("weekday", 0, 6)]


class CronError(ValueError):
    pass


def expand(field, name, lo, hi):
    values = set()
    for part in field.split(","):
        rng, _, step = part.partition("/")
        step = int(step) if step else 1
        if step <= 0:
            raise CronError("%s: step must be positive in %r" % (name, part))
        if rng == "*":
            start, end = lo, hi
        elif "-" in rng:
            start, end = (int(x) for x in rng.split("-"))
        else:
            start = end = int(rng)
        if start < lo or end > hi or start > end:
            raise CronError("%s: %s out of range %d-%d" % (name, rng, lo, hi))
        values.update(range(start, end + 1, step))
    return sorted(values)


def parse_line(line):
    if line.startswith("@"):
        macro, command = line.split(None, 1)
        line = MACROS[macro] + " " + command
    fields = line.split(None, 5)
    schedule = {}
    for (name, lo, hi), field in zip(LIMITS, fields):
        schedule[name] = expand(field, name, lo, hi)
    return schedule, fields[5]


jobs = []
for lineno, line in enumerate(CRONTAB.splitlines(), 1):
    if not line.strip() or line.lstrip().startswith("#"):
        continue
    try:
        schedule, command = parse_line(line)
    except CronError as e:
        print("line %d: %s" % (lineno, e))
        continue
    jobs.append((command, schedule))
    runs = len(schedule["minute"]) * len(schedule["hour"])
    print("line %d: %-34s %3d run(s)/day, minutes=%s hours=%s days=%s" % (
        lineno, command, runs, schedule["minute"][:6], schedule["hour"][:8],
        "all" if len(schedule["weekday"]) == 7 else schedule["weekday"]))

per_hour = {h: 0 for h in range(24)}
slots = {}
for command, s in jobs:
    for h in s["hour"]:
        per_hour[h] += len(s["minute"])
        for m in s["minute"]:
            slots.setdefault((h, m), []).append(command.split("/")[-1].split()[0])
busiest = max(per_hour, key=lambda h: (per_hour[h], -h))
print("busiest hour: %02d:00 with %d runs" % (busiest, per_hour[busiest]))
print("hourly:", " ".join(str(per_hour[h]) for h in range(24)))
clashes = {k: v for k, v in slots.items() if len(v) > 1}
for (h, m), names in sorted(clashes.items())[:6]:
    print("  %02d:%02d %s" % (h, m, " + ".join(names)))
print("%d clashing slots, first %s, last %s" % (len(clashes), min(clashes), max(clashes)))
