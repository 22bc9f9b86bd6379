# Resolves configuration values with memoisation, sorts versions with a
# comparison function and wraps handlers with logging decorators.
import functools
import operator
from functools import lru_cache, partial, reduce, wraps, total_ordering, cmp_to_key

DEFAULTS = {'timeout': '30', 'retries': '3', 'region': 'eu-west-1'}
OVERRIDES = {'timeout': '45'}
lookups = []


@lru_cache(maxsize=32)
def setting(name):
    lookups.append(name)
    return OVERRIDES.get(name, DEFAULTS.get(name))


for name in ['timeout', 'region', 'timeout', 'retries', 'timeout']:
    print(name, '=', setting(name))
print('lookups:', lookups)
print(setting.cache_info())
setting.cache_clear()
print('after clear:', setting.cache_info())


@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print('fib(60) =', fib(60), fib.cache_info().currsize)


def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        result = func(*args, **kwargs)
        print('  call %s%r -> %r' % (func.__name__, args, result))
        return result
    return wrapper


@logged
def scale(value, factor):
    return value * factor


double = partial(scale, factor=2)
print('wrapper name:', scale.__name__, scale.__wrapped__.__name__)
print('doubled:', [double(v) for v in (1, 5)])
print('sum:', reduce(operator.add, [3, 4, 5], 100))
print('product:', reduce(operator.mul, range(1, 6)))


def compare_versions(a, b):
    pa = [int(x) for x in a.split('.')]
    pb = [int(x) for x in b.split('.')]
    if pa < pb:
        return -1
    if pa > pb:
        return 1
    return 0


versions = ['1.10.0', '1.2.0', '1.9.3', '2.0.0', '1.2.10']
print('sorted:', sorted(versions, key=cmp_to_key(compare_versions)))


@total_ordering
class Release:
    def __init__(self, name, rank):
        self.name = name
        self.rank = rank

    def __eq__(self, other):
        return self.rank == other.rank

    def __lt__(self, other):
        return self.rank < other.rank


a, b = Release('beta', 1), Release('stable', 2)
print('ordering:', a < b, a > b, a <= b, b >= a)
by_rank = sorted([b, a], key=operator.attrgetter('rank'))
print('by rank:', [r.name for r in by_rank])
rows = [('svc-b', 3), ('svc-a', 7), ('svc-c', 1)]
print('by count:', sorted(rows, key=operator.itemgetter(1), reverse=True))
print('upper:', list(map(operator.methodcaller('upper'), ['eu', 'us'])))
