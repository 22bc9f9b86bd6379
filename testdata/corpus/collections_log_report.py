# Summarises a web server access log: top paths, status classes, slowest
# requests per host, and the last requests seen.
from collections import Counter, defaultdict, deque, namedtuple, OrderedDict

LOG = """\
10.0.0.1 GET /index.html 200 12
10.0.0.2 GET /api/users 200 48
10.0.0.1 POST /api/login 401 5
10.0.0.3 GET /index.html 200 9
10.0.0.2 GET /api/users 500 230
10.0.0.4 GET /static/app.js 304 2
10.0.0.1 GET /api/users 200 51
10.0.0.3 DELETE /api/users/7 403 4
10.0.0.2 GET /index.html 200 11
10.0.0.4 GET /api/orders 200 120
10.0.0.1 GET /api/orders 502 300
10.0.0.3 GET /static/app.js 200 3
"""

Request = namedtuple('Request', 'host method path status ms')

requests = []
for line in LOG.splitlines():
    host, method, path, status, ms = line.split()
    requests.append(Request(host, method, path, int(status), int(ms)))

print('requests:', len(requests))
print('first:', requests[0])

paths = Counter(r.path for r in requests)
print('top paths:')
for path, n in paths.most_common(3):
    print('  %-16s %d' % (path, n))

classes = Counter()
for r in requests:
    classes['%dxx' % (r.status // 100)] += 1
print('status classes:', sorted(classes.items()))
print('errors:', classes['5xx'], 'missing class 1xx:', classes['1xx'])

by_host = defaultdict(list)
for r in requests:
    by_host[r.host].append(r.ms)
for host in sorted(by_host):
    times = by_host[host]
    print('%s n=%d max=%dms avg=%.1fms' % (host, len(times), max(times), sum(times) / len(times)))

slow = [r._replace(path=r.path.upper()) for r in requests if r.ms > 100]
for r in slow:
    print('slow:', r.host, r.path, r.ms)

recent = deque(maxlen=3)
for r in requests:
    recent.append(r.path)
print('recent:', list(recent), 'maxlen', recent.maxlen)

methods = OrderedDict()
for r in requests:
    methods.setdefault(r.method, 0)
    methods[r.method] += 1
methods.move_to_end('GET')
print('methods:', list(methods.items()))

print('as dict:', requests[1]._asdict())
total = Counter(r.host for r in requests) + Counter(['10.0.0.9'])
print('hosts total:', total.total(), 'distinct:', len(total))
