"""Cron expression parser and next-run scheduler."""
import sys
from datetime import datetime, timedelta, date, time as dtime, timezone

FIELDS = [("minute", 0, 59), ("hour", 0, 23), ("day", 1, 31), ("month", 1, 12), ("weekday", 0, 6)]
ALIASES = {"@hourly": "0 * * * *", "@daily": "0 0 * * *", "@weekly": "0 0 * * 0"}


class CronError(ValueError):
    pass


def parse_field(spec, lo, hi):
    values = set()
    for part in spec.split(","):
        step = 1
        if "/" in part:
            part, s = part.split("/", 1)
            step = int(s)
            if step <= 0:
                raise CronError(f"bad step {s}")
        if part == "*":
            start, end = lo, hi
        elif "-" in part:
            a, b = part.split("-", 1)
            start, end = int(a), int(b)
        else:
            start = end = int(part)
        if not (lo <= start <= end <= hi):
            raise CronError(f"{part} out of range {lo}-{hi}")
        values.update(range(start, end + 1, step))
    return frozenset(values)


class Cron:
    def __init__(self, expr):
        self.expr = expr
        expr = ALIASES.get(expr, expr)
        parts = expr.split()
        if len(parts) != 5:
            raise CronError(f"expected 5 fields, got {len(parts)}")
        self.sets = {name: parse_field(p, lo, hi) for p, (name, lo, hi) in zip(parts, FIELDS)}

    def matches(self, dt):
        wd = (dt.weekday() + 1) % 7
        return (dt.minute in self.sets["minute"] and dt.hour in self.sets["hour"]
                and dt.day in self.sets["day"] and dt.month in self.sets["month"]
                and wd in self.sets["weekday"])

    def next_runs(self, start, n=3):
        dt = start.replace(second=0, microsecond=0) + timedelta(minutes=1)
        out = []
        limit = dt + timedelta(days=400)
        while len(out) < n and dt < limit:
            if dt.month not in self.sets["month"]:
                dt = (dt.replace(day=1, hour=0, minute=0) + timedelta(days=32)).replace(day=1)
                continue
            if self.matches(dt):
                out.append(dt)
            dt += timedelta(minutes=1)
        return out


def main():
    start = datetime(2024, 2, 28, 22, 47, 13, tzinfo=timezone.utc)
    print("start:", start, start.strftime("%a %d %b %Y %I:%M %p %j %U"))
    errors = 0
    for expr in ["*/15 9-17 * * 1-5", "0 0 29 2 *", "@hourly", "30 23 * * 0,6", "5 4 1 */3 *",
                 "61 * * * *", "* * *", "*/0 * * * *", "a * * * *"]:
        try:
            c = Cron(expr)
        except (CronError, ValueError) as e:
            errors += 1
            print(f"{expr!r:<22} invalid: {type(e).__name__}: {e}")
            continue
        runs = c.next_runs(start)
        print(f"{expr!r:<22} -> {', '.join(r.strftime('%Y-%m-%d %H:%M %a') for r in runs)}")
    d = date(2024, 3, 10)
    print(d.isoformat(), d.isoweekday(), d.isocalendar(), d.toordinal(), date.fromordinal(738955))
    print(date.fromisoformat("2024-12-31") - d, (d - date(2024, 1, 1)).days, d.replace(year=2023).strftime("%A"))
    dt = datetime.fromisoformat("2024-03-10T08:05:09.123456+02:00")
    print(dt, dt.utcoffset(), dt.astimezone(timezone.utc), dt.timestamp())
    print(dt.isoformat(timespec="seconds"), dt.time(), dt.date(), dt.tzname())
    print(datetime.combine(d, dtime(12, 30)), dtime(1, 2, 3).isoformat(), dtime(23, 59).strftime("%H-%M"))
    td = timedelta(days=1, hours=25, minutes=-1, seconds=3.5)
    print(td, td.days, td.seconds, td.microseconds, td.total_seconds(), -td, abs(-td), td * 2, td / 3)
    print(timedelta(hours=1) // timedelta(minutes=7), timedelta(hours=1) % timedelta(minutes=7), repr(timedelta(0, 90)))
    tz = timezone(timedelta(hours=-5, minutes=-30), "XST")
    print(tz, datetime(2024, 1, 1, tzinfo=tz).isoformat(), timezone(timedelta(hours=3)))
    print(datetime.strptime("2024-07-04 13:00", "%Y-%m-%d %H:%M") < datetime(2024, 7, 4, 14))
    print(repr(datetime(2024, 1, 2, 3, 4, 5)), repr(date(2024, 1, 2)), datetime(2024, 1, 1).weekday())
    print(f"{datetime(2024, 5, 6, 7, 8):%d.%m.%y %H:%M}", format(date(2024, 1, 1), "%B"), date.max, datetime.min)
    try:
        datetime(2023, 2, 29)
    except ValueError as e:
        print("ValueError:", e)
    return errors


if __name__ == "__main__":
    sys.exit(main())
