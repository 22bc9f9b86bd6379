# Capacity planning report: percentiles, standard deviation, geometric
# growth, rounding to whole machines, and exact integer arithmetic.
import math

latencies_ms = [12.5, 13.1, 11.8, 45.2, 12.9, 14.0, 13.3, 120.7, 12.2, 13.8,
                15.1, 12.7, 13.0, 14.4, 11.9, 60.3, 12.6, 13.5, 12.8, 13.9]


def percentile(values, p):
    ordered = sorted(values)
    k = (len(ordered) - 1) * p / 100
    lo, hi = math.floor(k), math.ceil(k)
    if lo == hi:
        return ordered[lo]
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


mean = math.fsum(latencies_ms) / len(latencies_ms)
var = math.fsum((x - mean) ** 2 for x in latencies_ms) / (len(latencies_ms) - 1)
print('n=%d mean=%.3f stdev=%.3f' % (len(latencies_ms), mean, math.sqrt(var)))
for p in (50, 90, 95, 99):
    print('p%d = %.2f ms' % (p, percentile(latencies_ms, p)))
print('sum exact vs naive:', math.fsum([0.1] * 10), sum([0.1] * 10) == 1.0)

rps_now = 1800
growth = 0.07
months = math.ceil(math.log(10000 / rps_now) / math.log(1 + growth))
print('months until 10k rps:', months, type(months).__name__)
per_host = 450
for month in (0, 6, 12, months):
    rps = rps_now * (1 + growth) ** month
    hosts = math.ceil(rps / per_host)
    print('month %2d: %8.1f rps -> %d hosts' % (month, rps, hosts))

print('log2 buckets:', [math.floor(math.log2(x)) for x in (1, 2, 3, 1000, 1 << 40)])
print('log10(1e6):', math.log10(1000000), 'log(1024, 2):', math.log(1024, 2))
print('hypot:', math.hypot(3, 4), math.hypot(1, 2, 2), 'dist:', math.dist((0, 0, 0), (2, 3, 6)))
print('isclose:', math.isclose(0.1 + 0.2, 0.3), math.isclose(1e-10, 0, abs_tol=1e-9))
print('gcd/lcm:', math.gcd(84, 126, 210), math.lcm(4, 6, 15), 'isqrt:', math.isqrt(10 ** 20 + 1))
print('comb:', math.comb(52, 5), 'perm:', math.perm(10, 3), 'factorial(25):', math.factorial(25))
print('prod:', math.prod(range(1, 11)), math.prod([1.5, 2, 4]))
print('trunc/floor/ceil:', math.trunc(-7.9), math.floor(-7.9), math.ceil(-7.1), math.floor(2 ** 70 + 0.0))
print('degrees:', round(math.degrees(math.atan2(1, 1)), 6), 'radians:', math.radians(90) == math.pi / 2)
print('frexp:', math.frexp(1536.0), 'ldexp:', math.ldexp(0.75, 11), 'modf:', math.modf(3.25))
print('copysign:', math.copysign(5, -0.0), 'fmod:', math.fmod(-7, 3), 'remainder:', math.remainder(7, 4))
print('inf/nan:', math.inf > 1e308, math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1e308))
print('exp:', math.exp(1) == math.e, round(math.exp(2.5), 10), 'tau/pi:', math.tau / math.pi)
for bad in (-1, 0):
    try:
        math.log(bad)
    except ValueError as e:
        print('log(%d):' % bad, e)
try:
    math.sqrt(-4)
except ValueError as e:
    print('sqrt(-4):', e)
try:
    math.factorial(-3)
except ValueError as e:
    print('factorial(-3):', e)
try:
    math.exp(1000)
except OverflowError as e:
    print('exp(1000):', e)
