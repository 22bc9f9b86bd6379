"""Mathematical statistics functions for numeric data.

Averages (mean, fmean, geometric_mean, harmonic_mean, median and its
variants, mode, multimode), quantiles, and measures of spread (variance,
pvariance, stdev, pstdev). Sums behind mean and the variances are exact,
so results agree with CPython to the last digit.
"""

from math import fsum as _fsum, sumprod as _sumprod, log as _log
from math import exp as _exp, isnan as _isnan, gcd as _gcd
from bisect import bisect_left as _bisect_left, bisect_right as _bisect_right

# _exact_sum, _exact_ss, _ratio_float and _ratio_sqrt are Go functions,
# set in the module before this source runs. An exact value travels as a
# tuple (numerator, denominator), denominator > 0; a sum that met a NaN or
# an infinity is that float instead.

__all__ = [
    'StatisticsError', 'fmean', 'geometric_mean', 'harmonic_mean',
    'mean', 'median', 'median_grouped', 'median_high', 'median_low',
    'mode', 'multimode', 'pstdev', 'pvariance', 'quantiles', 'stdev',
    'variance',
]


class StatisticsError(ValueError):
    pass


def _result_type(types):
    # The type results are given in: ints (and bools) give way to any
    # other type, a subclass wins over its base.
    T = int
    for S in types:
        if S is T or S is int or S is bool:
            continue
        if T is int or issubclass(S, T):
            T = S
        elif issubclass(T, S):
            pass
        elif issubclass(T, int):
            T = S
        elif issubclass(S, int):
            pass
        else:
            raise TypeError("don't know how to coerce %s and %s"
                            % (T.__name__, S.__name__))
    return T


def _plain(x):
    # bools as ints: float(True) and True / x are not supported here
    return int(x) if type(x) is bool else x


def _reduced(n, d):
    if d < 0:
        n, d = -n, -d
    g = _gcd(n, d)
    if g > 1:
        n, d = n // g, d // g
    return (n, d)


def _divide(value, k):
    # value (exact or float) / k, k an int or an exact value
    if not isinstance(value, tuple):
        if isinstance(k, tuple):
            k = _ratio_float(*k)
        return value / k
    n, d = value
    if isinstance(k, tuple):
        if k[0] == 0:
            raise ZeroDivisionError('division by zero')
        return _reduced(n * k[1], d * k[0])
    if k == 0:
        raise ZeroDivisionError('division by zero')
    return _reduced(n, d * k)


def _as_type(value, T):
    if not isinstance(value, tuple):
        return value if type(value) is T else T(value)
    n, d = value
    if issubclass(T, int):
        if d == 1:
            return n if T is int else T(n)
        T = float
    f = _ratio_float(n, d)
    return f if T is float else T(f)


def _exact_mean(data):
    types, total, count = _exact_sum(data)
    return _result_type(types), total, count


def mean(data):
    """Arithmetic mean of data, computed exactly: ints give an int when
    the mean is whole, else a float."""
    T, total, n = _exact_mean(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _as_type(_divide(total, n), T)


def fmean(data, weights=None):
    """Arithmetic mean of data as a float, optionally weighted."""
    if weights is None:
        try:
            n = len(data)
        except TypeError:
            data = list(data)
            n = len(data)
        total = _fsum(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return total / n
    if iter(weights) is weights:
        weights = list(weights)  # a one-shot iterator; it is read twice
    try:
        num = _sumprod(data, weights)
    except ValueError:
        raise StatisticsError('data and weights must be the same length')
    den = _fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def geometric_mean(data):
    """Geometric mean of data, as a float (through logarithms)."""
    n = 0
    logs = []
    zero = False
    for x in data:
        n += 1
        if x > 0.0 or _isnan(x):
            logs.append(_log(x))
        elif x == 0.0:
            zero = True
        else:
            raise StatisticsError('No negative inputs allowed', x)
    total = _fsum(logs)
    if not n:
        raise StatisticsError('Must have a non-empty dataset')
    if _isnan(total):
        return float('nan')
    if zero:
        return float('nan') if total == float('inf') else 0.0
    return _exp(total / n)


def _nonnegative(values, message):
    for v in values:
        if v < 0:
            raise StatisticsError(message)
        yield v


def harmonic_mean(data, weights=None):
    """Harmonic mean of data: the reciprocal of the mean of the
    reciprocals, optionally weighted."""
    if iter(data) is data:
        data = list(data)
    message = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        x = data[0]
        if not isinstance(x, (int, float)):
            raise TypeError('unsupported type')
        if x < 0:
            raise StatisticsError(message)
        return x
    if weights is None:
        weights = [1] * n
        weight_sum = n
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        weight_sum = _exact_sum(_nonnegative(weights, message))[1]
    try:
        terms = (_plain(w) / _plain(x) if w else 0
                 for w, x in zip(weights, _nonnegative(data, message)))
        T, total, count = _exact_mean(terms)
    except ZeroDivisionError:
        return 0
    if (total[0] <= 0) if isinstance(total, tuple) else (total <= 0):
        raise StatisticsError('Weighted sum must be positive')
    if not isinstance(total, tuple):
        if isinstance(weight_sum, tuple):
            weight_sum = _ratio_float(*weight_sum)
        return _as_type(weight_sum / total, T)
    if not isinstance(weight_sum, tuple):
        weight_sum = (weight_sum, 1)
    return _as_type(_divide(weight_sum, total), T)


def median(data):
    """Middle value of data; the mean of the two middle values when their
    number is even."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    half = n // 2
    if n % 2:
        return data[half]
    return (data[half - 1] + data[half]) / 2


def median_low(data):
    """Middle value of data; the smaller of the two middle values when
    their number is even."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[(n - 1) // 2]


def median_high(data):
    """Middle value of data; the larger of the two middle values when
    their number is even."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2]


def median_grouped(data, interval=1.0):
    """Median of data binned in intervals of the given width, each value
    the midpoint of its bin, interpolated within the median's bin."""
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError('no median for empty data')
    mid = data[n // 2]
    start = _bisect_left(data, mid)
    stop = _bisect_right(data, mid, lo=start)
    try:
        width = float(_plain(interval))
        mid = float(_plain(mid))
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    lower = mid - width / 2.0
    return lower + width * (n / 2 - start) / (stop - start)


def _counts(data):
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    return counts


def mode(data):
    """Most common value of data (the first one met, on a tie)."""
    counts = _counts(iter(data))
    best = None
    top = 0
    for value, c in counts.items():
        if c > top:
            best, top = value, c
    if not top:
        raise StatisticsError('no mode for empty data')
    return best


def multimode(data):
    """The most common values of data, in the order first met."""
    counts = _counts(iter(data))
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, c in counts.items() if c == top]


def quantiles(data, *, n=4, method='exclusive'):
    """The n - 1 cut points dividing data into n intervals of equal
    probability, interpolated linearly; method is 'exclusive' (data is a
    sample) or 'inclusive' (data is the whole population)."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    size = len(data)
    if size < 2:
        if size == 1:
            return data * (n - 1)
        raise StatisticsError('must have at least one data point')
    cuts = []
    if method == 'inclusive':
        span = size - 1
        for i in range(1, n):
            j, delta = divmod(i * span, n)
            cuts.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return cuts
    if method == 'exclusive':
        span = size + 1
        for i in range(1, n):
            j = min(max(i * span // n, 1), size - 1)
            delta = i * span - j * n
            cuts.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return cuts
    raise ValueError('Unknown method: %r' % (method,))


def _squared_deviations(data, centre):
    for x in data:
        d = x - centre
        yield d * d


def _spread(data, centre):
    # (type, exact sum of squared deviations, count)
    if centre is not None:
        types, ss, n = _exact_sum(_squared_deviations(data, centre))
    else:
        types, ss, _mean, n = _exact_ss(data)
    return _result_type(types), ss, n


def _sqrt(value):
    if not isinstance(value, tuple):
        raise AttributeError("'float' object has no attribute 'numerator'")
    return _ratio_sqrt(*value)


def variance(data, xbar=None):
    """Sample variance of data (n - 1 degrees of freedom); xbar, if given,
    is taken as the mean."""
    T, ss, n = _spread(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _as_type(_divide(ss, n - 1), T)


def pvariance(data, mu=None):
    """Population variance of data; mu, if given, is taken as the mean."""
    T, ss, n = _spread(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _as_type(_divide(ss, n), T)


def stdev(data, xbar=None):
    """Sample standard deviation of data: the square root of variance(),
    correctly rounded."""
    T, ss, n = _spread(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    return _sqrt(_divide(ss, n - 1))


def pstdev(data, mu=None):
    """Population standard deviation of data: the square root of
    pvariance(), correctly rounded."""
    T, ss, n = _spread(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    return _sqrt(_divide(ss, n))
