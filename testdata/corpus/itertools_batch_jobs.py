# Plans CI jobs: builds a test matrix, splits test files into batches,
# groups results by suite and pairs consecutive deploy stages.
import itertools
from itertools import product, islice, groupby, chain, accumulate, pairwise, batched

pythons = ['3.11', '3.12', '3.13']
systems = ['linux', 'macos']
extras = ['min', 'full']

matrix = list(product(pythons, systems, extras))
print('matrix size:', len(matrix))
for combo in islice(matrix, 4):
    print('  job', '-'.join(combo))

excluded = {('3.11', 'macos', 'full')}
jobs = [m for m in matrix if m not in excluded]
print('after exclusions:', len(jobs))

tests = ['test_%02d.py' % i for i in range(1, 12)]
for n, batch in enumerate(batched(tests, 4), 1):
    print('batch %d: %s' % (n, ', '.join(batch)))

results = [
    ('api', 'test_users', 'pass'), ('api', 'test_orders', 'fail'),
    ('api', 'test_login', 'pass'), ('db', 'test_migrate', 'pass'),
    ('db', 'test_backup', 'pass'), ('ui', 'test_render', 'fail'),
]
for suite, rows in groupby(results, key=lambda r: r[0]):
    rows = list(rows)
    failed = [r[1] for r in rows if r[2] == 'fail']
    print('%s: %d run, failed: %s' % (suite, len(rows), failed or 'none'))

durations = [12, 30, 7, 45, 3]
print('cumulative:', list(accumulate(durations)))
print('running max:', list(accumulate(durations, max)))

stages = ['build', 'test', 'staging', 'production']
for a, b in pairwise(stages):
    print('  %s -> %s' % (a, b))

ids = itertools.count(100, 5)
print('ids:', [next(ids) for _ in range(3)])
workers = itertools.cycle(['w1', 'w2', 'w3'])
print('assign:', [(t, next(workers)) for t in tests[:5]])

flat = list(chain.from_iterable([['lint'], ['unit', 'integration'], []]))
print('steps:', flat)
print('pairs:', list(itertools.combinations(['a', 'b', 'c'], 2)))
print('orders:', len(list(itertools.permutations(range(4)))))
print('zip:', list(itertools.zip_longest('abc', [1], fillvalue=0)))
print('until fail:', list(itertools.takewhile(lambda r: r[2] == 'pass', results)))
left, right = itertools.tee(range(3))
print('tee:', list(left), list(right))
print('starmap:', list(itertools.starmap(pow, [(2, 3), (10, 2)])))
