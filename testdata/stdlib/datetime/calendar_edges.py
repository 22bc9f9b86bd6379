# Ordinals, ISO weeks, timedelta text and range errors at the edges of
# the calendar.
from datetime import date, datetime, time, timedelta, timezone, MINYEAR, MAXYEAR


def attempt(label, fn):
    try:
        print(label, '=', repr(fn()))
    except Exception as e:
        print(label, '!', type(e).__name__, e)


# Ordinal round trips: every day of some leap and common years, and the
# first and last days of the calendar.
for year in (1, 2, 3, 4, 5, 99, 100, 101, 399, 400, 401, 1600, 1700, 1900, 2000, 2023, 2024,
             2100, 9996, 9999):
    start = date(year, 1, 1).toordinal()
    n = start
    d = date(year, 1, 1)
    while d.year == year:
        assert date.fromordinal(n) == d, (n, d)
        assert d.toordinal() == n, (n, d)
        assert d.timetuple().tm_yday == n - start + 1, d
        n += 1
        if n > date.max.toordinal():
            break
        d = d + timedelta(1)
    print(year, start, n - start, date.fromordinal(start), date.fromordinal(n - 1))
for n in (1, 2, 59, 60, 365, 366, 146097, 146098, 730119, 730120, 3652058, 3652059):
    d = date.fromordinal(n)
    print(n, d, d.weekday(), d.isoweekday(), d.ctime(), datetime.fromordinal(n).toordinal())
print(date.min.toordinal(), date.max.toordinal(), MINYEAR, MAXYEAR)
for n in (0, -1, 3652060, 2 ** 31, 2 ** 63, 1.5, '7'):
    attempt('fromordinal(%r)' % (n,), lambda: date.fromordinal(n))

# ISO calendar weeks at year boundaries.
for year in (1, 2004, 2008, 2009, 2010, 2015, 2020, 2021, 2024, 2025, 2026, 9998, 9999):
    for d in (date(year, 1, 1), date(year, 1, 3), date(year, 1, 4), date(year, 12, 28),
              date(year, 12, 29), date(year, 12, 31)):
        iso = d.isocalendar()
        back = date.fromisocalendar(*iso)
        print(d, iso, tuple(iso), iso.week, back == d, d.strftime('%G-W%V-%u'))
for args in ((2020, 53, 1), (2020, 53, 7), (2021, 53, 1), (2026, 53, 4), (1, 1, 1), (9999, 52, 5),
             (9999, 52, 6), (9999, 53, 1), (0, 1, 1), (10000, 1, 1), (2020, 0, 1), (2020, 1, 0),
             (2020, 1, 8), (2020, 54, 9), (2 ** 31, 1, 1), (2020, 1, 2 ** 40), (2020.0, 1, 1)):
    attempt('fromisocalendar%r' % (args,), lambda: date.fromisocalendar(*args))
for s in ('2020-W53-7', '2021-W53', '2020W537', '2004-W01-1', '2024-W01'):
    attempt('fromisoformat(%r)' % s, lambda: date.fromisoformat(s))

# timedelta text of negative and large values.
for td in (timedelta(0), timedelta(microseconds=-1), timedelta(seconds=-1), timedelta(days=-1),
           timedelta(days=-1, seconds=1), timedelta(hours=-25), timedelta(days=1),
           timedelta(days=-2, microseconds=5), timedelta(days=2, hours=23, minutes=59, seconds=59),
           timedelta.max, timedelta.min, timedelta.resolution, timedelta(weeks=-3),
           timedelta(days=999999999), timedelta(microseconds=-86400000000 * 999999999),
           timedelta(seconds=-0.5), timedelta(milliseconds=-1.5), timedelta(days=10, microseconds=-1)):
    print(str(td), '|', repr(td), '|', td.days, td.seconds, td.microseconds, td.total_seconds())
for expr in ('timedelta(days=10**9)', 'timedelta(days=-10**9)', 'timedelta(days=2**40)',
             'timedelta(microseconds=10**30)', 'timedelta.max + timedelta.resolution',
             'timedelta.min - timedelta.resolution', '-timedelta.min', '-timedelta.max', 'timedelta.max * 2',
             'timedelta(seconds=float("inf"))', 'timedelta(seconds=float("nan"))',
             'timedelta(days="1")', 'timedelta(days="1", minutes="2")', 'timedelta(hours=1.5, weeks=[])',
             'timedelta(weeks=2**60)', 'timedelta(True, False)', 'timedelta(0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5)'):
    attempt(expr, lambda: eval(expr))

# Arithmetic that leaves the calendar.
for expr in ('datetime(9999, 12, 31, 23, 59, 59, 999999) + timedelta.resolution',
             'datetime.min - timedelta.resolution', 'datetime.min + timedelta.min',
             'datetime.max - timedelta.min', 'datetime(2024, 1, 1) + timedelta.max',
             'datetime(2024, 1, 1) - timedelta.max', 'date.max + timedelta(1)', 'date.min - timedelta(1)',
             'date.min + timedelta(hours=23)', 'date.max + timedelta.max', 'date(2024, 1, 1) - timedelta.min',
             'datetime.max - datetime.min', 'date.max - date.min', 'datetime.min - datetime.max',
             'datetime(1, 1, 1, tzinfo=timezone.utc).astimezone(timezone(timedelta(hours=-1)))',
             'datetime(9999, 12, 31, 23, tzinfo=timezone(timedelta(hours=-2))).utctimetuple()',
             'datetime(2024, 2, 28, 23, 30) + timedelta(minutes=45)',
             'datetime(2023, 12, 31, 23, 59, 59, 999999) + timedelta.resolution',
             'datetime(2024, 3, 1) - timedelta(microseconds=1)', 'date(2024, 3, 1) - timedelta(hours=1)'):
    attempt(expr, lambda: eval(expr))

# Field checks: every argument is converted before any is range-checked.
for expr in ('datetime(2024, 13, 1, "x")', 'datetime(2**70, 1, 1)', 'datetime(2024, 1, 1, 2**31)',
             'datetime(2024, 1, 1, -2**31 - 1)', 'date(2024, 1, 1.0)', 'time(2**63)', 'time(25, tzinfo=1)',
             'datetime(2024, 1, 1, fold=2)', 'datetime(2024, 2, 29, 24)', 'date(2023, 2, 29)',
             'datetime(True, True, True)', 'datetime(2024, 1, 1).replace(minute=60)',
             'datetime(2024, 1, 1, tzinfo=timezone.utc).replace(day=31, tzinfo=None)',
             'datetime(2024, 1, 1).replace(tzinfo=5)'):
    attempt(expr, lambda: eval(expr))


class Stamp(datetime):
    pass


s = Stamp(2024, 2, 29, 12, tzinfo=timezone.utc)
for v in (s + timedelta(days=1), s - timedelta(days=366), timedelta(hours=1) + s, s.replace(year=2028),
          s.replace(minute=5, tzinfo=None)):
    print(type(v).__name__, repr(v), v.weekday(), v.toordinal())
print(s - Stamp(2024, 1, 1, tzinfo=timezone.utc), s == datetime(2024, 2, 29, 12, tzinfo=timezone.utc),
      s < datetime(2024, 2, 29, 13, tzinfo=timezone.utc), hash(s) == hash(datetime(2024, 2, 29, 12, tzinfo=timezone.utc)))


class Span(timedelta):
    pass


class Day(date):
    pass


class Clock(time):
    pass


print(repr(Span(1)), repr(Day(2024, 1, 1)), repr(Clock(1)), repr(Span(1) + Span(2)), repr(Day(2024, 1, 1) + timedelta(1)))
print(repr(Day.fromordinal(5)), repr(Day.fromisocalendar(2020, 1, 1)), repr(Day(2024, 1, 1).replace(day=5)))
