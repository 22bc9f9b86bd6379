# Summarise a deployment log: parse timestamps, bucket by hour, measure
# durations between start and finish events, and report SLA breaches.
from datetime import datetime, timedelta, timezone, date

LOG = """\
2024-03-09T22:58:01+00:00 deploy-start api build=812
2024-03-09T23:04:45+00:00 deploy-end api build=812
2024-03-09T23:15:10+00:00 deploy-start web build=813
2024-03-10T00:02:33+00:00 deploy-end web build=813
2024-03-10T01:30:00+02:00 deploy-start worker build=814
2024-03-10T01:41:29.250000+02:00 deploy-end worker build=814
2024-03-10T08:00:00-05:00 deploy-start api build=815
2024-03-10T08:19:59-05:00 deploy-end api build=815
"""

SLA = timedelta(minutes=15)
events = []
for line in LOG.splitlines():
    stamp, kind, service, build = line.split()
    when = datetime.fromisoformat(stamp)
    events.append((when, kind, service, int(build.split('=')[1])))

events.sort(key=lambda e: e[0])
starts = {}
durations = []
for when, kind, service, build in events:
    if kind == 'deploy-start':
        starts[build] = when
    else:
        took = when - starts.pop(build)
        durations.append((build, service, took))

print('deployments:', len(durations))
for build, service, took in durations:
    flag = 'BREACH' if took > SLA else 'ok'
    print(f'  #{build} {service:<7} {str(took):>15} {flag}')

total = sum((d for _, _, d in durations), timedelta())
print('total time:', total, 'mean:', total / len(durations))
print('longest:', max(durations, key=lambda d: d[2])[0])

by_hour = {}
for when, kind, service, build in events:
    utc = when.astimezone(timezone.utc)
    key = utc.strftime('%Y-%m-%d %H:00')
    by_hour[key] = by_hour.get(key, 0) + 1
for key in sorted(by_hour):
    print(key, '#' * by_hour[key])

first = events[0][0]
last = events[-1][0]
print('window:', first.isoformat(), '->', last.astimezone(timezone.utc).isoformat(timespec='minutes'))
print('span hours:', round((last - first).total_seconds() / 3600, 2))
print('weekday of first:', first.strftime('%A'), first.isocalendar())

# A release calendar: every second Tuesday from the first deploy's date.
day = first.date()
while day.weekday() != 1:
    day += timedelta(days=1)
releases = [day + timedelta(weeks=2 * i) for i in range(5)]
print('releases:', ', '.join(d.strftime('%d %b') for d in releases))
cutoff = date(2024, 4, 15)
print('before cutoff:', [d.isoformat() for d in releases if d < cutoff])
est = timezone(timedelta(hours=-5), 'EST')
print(repr(events[-1][0].tzinfo), events[-1][0].tzname(), datetime(2024, 3, 10, 12, tzinfo=est).strftime('%H:%M %Z %z'))
parsed = datetime.strptime('10/Mar/2024:13:55:36 +0000', '%d/%b/%Y:%H:%M:%S %z')
print(parsed, parsed.timestamp(), parsed == datetime(2024, 3, 10, 13, 55, 36, tzinfo=timezone.utc))
