# Averages and medians: results must print as CPython's, to the last digit.
import random
import statistics as st

random.seed(1234)
floats = [random.uniform(-1000, 1000) for _ in range(500)]
ints = [random.randint(-10 ** 6, 10 ** 6) for _ in range(301)]
tiny = [random.random() * 1e-300 for _ in range(50)]
datasets = {
    'ints4': [1, 2, 3, 4],
    'ints3': [1, 2, 3],
    'pair': [1, 3],
    'floats': [2.5, 3.25, 5.5, 0.1],
    'tenths': [0.1] * 7,
    'cancel': [1e50, 1, -1e50] * 10,
    'bools': [True, False, True],
    'single': [7],
    'huge': [10 ** 30, 3],
    'mixed': [1, 2.5],
    'random floats': floats,
    'random ints': ints,
    'tiny': tiny,
}
for name, data in datasets.items():
    print(name)
    for f in (st.mean, st.fmean, st.median, st.median_low, st.median_high,
              st.median_grouped, st.mode):
        print('  %s: %r' % (f.__name__, f(data)))
    print('  multimode: %r' % (st.multimode(data)[:5],))

print(st.mean(iter([1, 2, 3, 4, 4])), st.mean(range(10)), st.mean((x / 3 for x in range(7))))
print(st.fmean([3.5, 4.0, 5.25]), st.fmean(iter([1, 2, 3.5])))
print(st.fmean([1, 2, 3], weights=[3, 2, 1]), st.fmean([0.1, 0.2], [0.5, 0.25]))
print(st.geometric_mean([54, 24, 36]), st.geometric_mean([1.5, 2.5, 10]), st.geometric_mean([0, 3]))
print(st.geometric_mean([2, float('nan')]), st.geometric_mean([0, float('inf')]))
print(st.harmonic_mean([40, 60]), st.harmonic_mean([40, 60], weights=[5, 30]))
print(st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([1, 0]), st.harmonic_mean([5]), st.harmonic_mean([2, 2]))
print(st.harmonic_mean(iter([1, 2, 4])), st.harmonic_mean([1, 2], weights=iter([1, 3])))
print(st.median([3, 1, 4, 1, 5, 9, 2, 6]), st.median(['b', 'a', 'c']), st.median_low(['b', 'a']), st.median_high(['b', 'a']))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7], interval=1))
print(st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5], interval=2), st.median_grouped([2.5, 3.5], 0.5))
print(st.mode(['red', 'blue', 'blue', 'red', 'green', 'red', 'red']), st.mode('aab'), st.mode([1.5, 2, 2, 1.5]))
print(st.multimode('aabbbbccddddeeffffgg'), st.multimode(''), st.multimode([3, 1, 2]))
print(st.mean([1, float('inf')]), st.mean([1, float('inf'), float('-inf')]), st.mean([float('nan'), 1]))
print(st.mean([1e308, 1e308]), st.mean([5e-324, 5e-324, 5e-324]))


class Celsius(float):
    pass


class Count(int):
    pass


r = st.mean([Celsius(20.5), Celsius(22.25)])
print(type(r).__name__, r)
r = st.mean([Celsius(20.5), 3])
print(type(r).__name__, r)
r = st.mean([Count(4), Count(6)])
print(type(r).__name__, r)
r = st.mean([Count(4), Count(5)])
print(type(r).__name__, r)
