# Variance, standard deviation, quantiles.
import random
import statistics as st

random.seed(99)
floats = [random.uniform(20, 80) + random.random() for _ in range(400)]
ints = [random.randint(0, 10 ** 9) for _ in range(250)]
datasets = [
    [1, 2, 3, 4],
    [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5],
    [1.5, 2.5, 2.5, 2.75, 3.25, 4.75],
    [0.1, 0.2, 0.3],
    [1e50, 1, -1e50, 3],
    [10 ** 20 + 1, 10 ** 20 + 2, 10 ** 20 + 4],
    [True, False, False, True, True],
    [5, 5, 5],
    [1e-320, 3e-320],
    floats,
    ints,
]
for data in datasets:
    print(len(data))
    for f in (st.variance, st.pvariance, st.stdev, st.pstdev):
        print('  %s: %r' % (f.__name__, f(data)))

d = [1, 2, 3, 4]
print(st.variance(d, 2.5), st.variance(d, 2), st.pvariance([1.5, 2, 3, 4], 2), st.pvariance(d, mu=2.5))
print(st.stdev(d, 2.5), st.pstdev(d, 3), st.stdev(floats, 50), st.pstdev(floats, st.mean(floats)))
print(st.variance(iter([1, 5, 9])), st.pstdev(x * 0.5 for x in range(10)))
print(st.variance([1, float('inf')]), st.pvariance([1, float('nan'), float('inf')]))
print(st.pvariance([7]), st.pstdev([7.5]))

for method in ('exclusive', 'inclusive'):
    print(method)
    for n in (1, 2, 4, 10):
        print('  ', n, st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110,
                                      100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129,
                                      106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86,
                                      111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95,
                                      103, 107, 101, 81, 109, 104], n=n, method=method))
    print('  ', st.quantiles(floats, n=5, method=method))
    print('  ', st.quantiles([1.5, 2], n=4, method=method), st.quantiles([3], n=4, method=method))
    print('  ', st.quantiles(range(7), n=3, method=method))

latencies_ms = [12, 15, 11, 250, 14, 13, 16, 12, 18, 900, 14, 15]
p = st.quantiles(latencies_ms, n=100)
print('p50=%.1f p90=%.1f p99=%.1f' % (p[49], p[89], p[98]))
