# StatisticsError and the other errors, with CPython's messages.
import statistics as st


def attempt(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)


print(issubclass(st.StatisticsError, ValueError), st.StatisticsError.__mro__)
attempt('mean empty', st.mean, [])
attempt('mean empty iter', st.mean, iter([]))
attempt('mean str', st.mean, ['a'])
attempt('mean mixed', st.mean, [1, 'a'])
attempt('mean none', st.mean, [None])
attempt('mean overflow', st.mean, [10 ** 400, 1.0])
attempt('mean not iterable', st.mean, 5)
attempt('fmean empty', st.fmean, [])
attempt('fmean weights length', st.fmean, [1, 2, 3], weights=[3, 2])
attempt('fmean zero weights', st.fmean, [1, 2, 3], weights=[0, 0, 0])
attempt('geometric empty', st.geometric_mean, [])
attempt('geometric negative', st.geometric_mean, [1, -1])
attempt('harmonic empty', st.harmonic_mean, [])
attempt('harmonic str', st.harmonic_mean, ['a'])
attempt('harmonic negative one', st.harmonic_mean, [-1])
attempt('harmonic negative', st.harmonic_mean, [1, -2])
attempt('harmonic weights length', st.harmonic_mean, [1, 2], weights=[1])
attempt('harmonic negative weight', st.harmonic_mean, [1, 2], weights=[1, -1])
attempt('harmonic zero weights', st.harmonic_mean, [1, 2], weights=[0, 0])
attempt('median empty', st.median, [])
attempt('median_low empty', st.median_low, [])
attempt('median_high empty', st.median_high, [])
attempt('median_grouped empty', st.median_grouped, [])
attempt('median_grouped str', st.median_grouped, ['a'])
attempt('median mixed', st.median, [1, 'a'])
attempt('mode empty', st.mode, [])
attempt('mode unhashable', st.mode, [[1], [1]])
attempt('multimode unhashable', st.multimode, [{}])
attempt('variance one', st.variance, [1])
attempt('variance empty', st.variance, [])
attempt('pvariance empty', st.pvariance, [])
attempt('stdev one', st.stdev, [1])
attempt('pstdev empty', st.pstdev, [])
attempt('stdev inf', st.stdev, [1, float('inf')])
attempt('variance str', st.variance, ['a', 'b'])
attempt('quantiles n=0', st.quantiles, [1, 2], n=0)
attempt('quantiles empty', st.quantiles, [], n=3)
attempt('quantiles method', st.quantiles, [1, 2], n=3, method='nearest')
attempt('quantiles positional n', st.quantiles, [1, 2], 3)
try:
    st.mean([])
except ValueError as e:
    print('caught as ValueError:', repr(e))
attempt('variance overflow', st.variance, [1e308, -1e308])
attempt('stdev large', st.stdev, [1e308, -1e308])
attempt('pstdev large', st.pstdev, [1e308, -1e308, 0.0])
