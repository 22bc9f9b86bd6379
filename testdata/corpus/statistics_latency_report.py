"""Summarise request latencies from an access log: per-endpoint averages,
spread and percentiles, the slowest requests, and a latency histogram.
Exits 1 when an endpoint breaks its p95 budget, as a CI gate would."""
import bisect
import heapq
import statistics
import sys

LOG = """\
2024-05-01T10:00:01 GET /api/users 200 12.5
2024-05-01T10:00:02 GET /api/users 200 14.1
2024-05-01T10:00:02 POST /api/orders 201 88.0
2024-05-01T10:00:03 GET /api/users 200 11.9
2024-05-01T10:00:04 GET /health 200 0.8
2024-05-01T10:00:05 POST /api/orders 201 95.25
2024-05-01T10:00:05 GET /api/users 500 250.0
2024-05-01T10:00:06 GET /health 200 0.7
2024-05-01T10:00:07 POST /api/orders 201 102.5
2024-05-01T10:00:08 GET /api/users 200 13.3
2024-05-01T10:00:09 POST /api/orders 400 4.0
2024-05-01T10:00:10 GET /health 200 0.9
2024-05-01T10:00:11 GET /api/reports 200 1450.0
2024-05-01T10:00:12 GET /api/reports 200 1210.5
2024-05-01T10:00:13 GET /api/users 200 12.0
2024-05-01T10:00:14 POST /api/orders 201 91.0
2024-05-01T10:00:15 GET /api/reports 200 1602.25
2024-05-01T10:00:16 GET /health 200 1
2024-05-01T10:00:17 GET /api/users 200 15.75
2024-05-01T10:00:18 POST /api/orders 201 87.5
"""

BUDGET_P95_MS = {'/api/users': 100, '/api/orders': 120, '/health': 5, '/api/reports': 1500}
BUCKETS = [1, 10, 50, 100, 500, 1000]
LABELS = ['<1ms', '1-10ms', '10-50ms', '50-100ms', '100-500ms', '500ms-1s', '>=1s']


def parse(text):
    for line in text.splitlines():
        stamp, method, path, status, ms = line.split()
        yield {'time': stamp, 'method': method, 'path': path,
               'status': int(status), 'ms': float(ms) if '.' in ms else int(ms)}


requests = list(parse(LOG))
by_path = {}
for r in requests:
    by_path.setdefault(r['path'], []).append(r['ms'])

print('%-14s %5s %9s %9s %9s %9s %9s' % ('endpoint', 'n', 'mean', 'median', 'stdev', 'p95', 'max'))
failures = []
for path in sorted(by_path):
    times = by_path[path]
    p = statistics.quantiles(times, n=20, method='inclusive')
    spread = statistics.stdev(times) if len(times) > 1 else 0.0
    print('%-14s %5d %9.3f %9.3f %9.3f %9.3f %9.3f' % (
        path, len(times), statistics.mean(times), statistics.median(times),
        spread, p[18], max(times)))
    if p[18] > BUDGET_P95_MS[path]:
        failures.append((path, p[18]))

all_times = [r['ms'] for r in requests]
print()
print('overall mean', statistics.mean(all_times))
print('overall fmean', statistics.fmean(all_times))
print('overall median', statistics.median(all_times), 'low', statistics.median_low(all_times),
      'high', statistics.median_high(all_times))
print('overall pstdev', statistics.pstdev(all_times))
print('overall variance', statistics.variance(all_times))
print('quartiles', statistics.quantiles(all_times))
print('deciles', [round(q, 2) for q in statistics.quantiles(all_times, n=10)])
print('harmonic mean of users', statistics.harmonic_mean(by_path['/api/users']))
print('geometric mean of health', statistics.geometric_mean(by_path['/health']))
statuses = [r['status'] for r in requests]
print('most common status', statistics.mode(statuses), 'modes', statistics.multimode(statuses))

print()
print('slowest requests:')
for r in heapq.nlargest(3, requests, key=lambda r: r['ms']):
    print('  %s %s %s %.2f' % (r['time'], r['method'], r['path'], r['ms']))
print('fastest:', [r['ms'] for r in heapq.nsmallest(4, requests, key=lambda r: r['ms'])])

counts = [0] * (len(BUCKETS) + 1)
for ms in all_times:
    counts[bisect.bisect_right(BUCKETS, ms)] += 1
print()
for label, count in zip(LABELS, counts):
    print('%-10s %s' % (label, '#' * count))

errors = [r for r in requests if r['status'] >= 400]
if errors:
    rate = statistics.mean([1 if r['status'] >= 400 else 0 for r in requests])
    print()
    print('error rate', rate)
try:
    statistics.stdev([])
except statistics.StatisticsError as e:
    print('empty window:', e)

if failures:
    print()
    for path, p95 in failures:
        print('BUDGET EXCEEDED %s p95=%.2fms > %dms' % (path, p95, BUDGET_P95_MS[path]))
    sys.exit(1)
