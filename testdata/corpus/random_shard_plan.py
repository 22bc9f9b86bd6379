# Plan a seeded, reproducible test-shard assignment and canary rollout, as
# a CI job would: shuffle tests, split them across workers, pick canary
# hosts with weights, and jitter retry delays.
import random

TESTS = ['test_%s_%02d' % (area, n) for area in ('api', 'db', 'ui', 'auth') for n in range(1, 9)]
HOSTS = ['host-%d' % i for i in range(1, 13)]
WORKERS = 4

rng = random.Random(2024)
order = TESTS[:]
rng.shuffle(order)
shards = [order[i::WORKERS] for i in range(WORKERS)]
for i, shard in enumerate(shards):
    print('shard %d (%d): %s' % (i, len(shard), ' '.join(t[5:] for t in shard[:4])), '...')

canaries = rng.sample(HOSTS, 3)
print('canaries:', canaries)
weights = [5 if h in canaries else 1 for h in HOSTS]
picked = rng.choices(HOSTS, weights=weights, k=10)
counts = {}
for h in picked:
    counts[h] = counts.get(h, 0) + 1
print('weighted picks:', sorted(counts.items()))

delays = []
base = 0.5
for attempt in range(1, 6):
    delay = min(30.0, base * 2 ** attempt) * rng.uniform(0.5, 1.5)
    delays.append(round(delay, 3))
print('retry delays:', delays)

random.seed(7)
print('flaky rerun ids:', [random.randint(1000, 9999) for _ in range(5)])
print('coin flips:', ''.join(random.choice('HT') for _ in range(20)))
print('port:', random.randrange(20000, 30000, 2))
print('token bits:', random.getrandbits(64))
state = random.getstate()
first = [random.random() for _ in range(3)]
random.setstate(state)
again = [random.random() for _ in range(3)]
print('replay matches:', first == again, round(first[0], 12))

population = list(range(1, 50))
draws = [sorted(random.sample(population, 6)) for _ in range(3)]
for d in draws:
    print('draw:', d)
cum = random.choices(['low', 'mid', 'high'], cum_weights=[60, 90, 100], k=12)
print('priorities:', cum.count('low'), cum.count('mid'), cum.count('high'))
print('expo mean ~', round(sum(random.expovariate(2.0) for _ in range(2000)) / 2000, 1))
print('triangular:', round(random.triangular(10, 20, 12), 6))
try:
    random.sample(population, 60)
except ValueError as e:
    print('error:', e)
