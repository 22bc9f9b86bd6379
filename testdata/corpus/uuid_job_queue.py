"""A small job scheduler of the kind CI systems run: jobs get stable ids
(uuid5 of their name), wait in a priority heap, retries are kept sorted
by due time, and each run gets a random token of a known shape."""
import bisect
import heapq
import keyword
import secrets
import uuid

NAMESPACE = uuid.uuid5(uuid.NAMESPACE_DNS, 'ci.example.com')
print('namespace', NAMESPACE, NAMESPACE.version, NAMESPACE.variant)

JOBS = [
    ('lint', 2, 5),
    ('unit-tests', 1, 30),
    ('build-image', 1, 45),
    ('docs', 3, 10),
    ('integration', 2, 60),
    ('deploy-staging', 0, 20),
]


class Job:
    def __init__(self, name, priority, seconds):
        self.name = name
        self.priority = priority
        self.seconds = seconds
        self.id = uuid.uuid5(NAMESPACE, name)

    def __lt__(self, other):
        return (self.priority, self.name) < (other.priority, other.name)

    def __repr__(self):
        return 'Job(%s, p%d)' % (self.name, self.priority)


queue = []
for name, priority, seconds in JOBS:
    heapq.heappush(queue, Job(name, priority, seconds))
    print('queued', name, [j.name for j in queue])

ids = {}
for job in queue:
    ids[job.id] = job.name
print('ids unique', len(ids) == len(JOBS))
for job in sorted(queue, key=lambda j: j.id):
    print('  %s %s %s' % (job.id, job.id.hex[:8], job.name))

clock = 0
retries = []  # (due time, name), kept sorted
attempts = {}
FLAKY = {'integration': 2, 'docs': 1}
while queue or retries:
    if not queue:
        due, name = retries.pop(0)
        clock = max(clock, due)
        heapq.heappush(queue, Job(name, 9, dict((n, s) for n, _, s in JOBS)[name]))
    job = heapq.heappop(queue)
    attempts[job.name] = attempts.get(job.name, 0) + 1
    token = secrets.token_urlsafe(12)
    clock += job.seconds
    failed = FLAKY.get(job.name, 0) >= attempts[job.name]
    print('t=%4d %-15s attempt %d token %d chars %s' % (
        clock, job.name, attempts[job.name], len(token), 'FAILED' if failed else 'ok'))
    if failed:
        bisect.insort(retries, (clock + 15 * attempts[job.name], job.name))
        print('       retries', retries)

run_id = uuid.uuid4()
print('run id version', run_id.version, 'urn prefix', run_id.urn[:9], 'length', len(str(run_id)))
print('same id again', uuid.UUID(str(run_id)) == run_id, uuid.UUID(bytes=run_id.bytes) == run_id)

fields = ['name', 'class', 'priority', 'lambda', 'match', 'seconds']
safe = [f + '_' if keyword.iskeyword(f) or keyword.issoftkeyword(f) else f for f in fields]
print('columns', safe)

secret = secrets.token_hex(16)
print('webhook secret', len(secret), 'hex chars; matches itself', secrets.compare_digest(secret, secret))
print('wrong secret rejected', not secrets.compare_digest(secret, secret[::-1] if secret != secret[::-1] else 'x'))

try:
    uuid.UUID('not-a-uuid')
except ValueError as e:
    print('bad id:', e)
