"""Pseudo-random numbers and the usual distributions.

Random draws from a Mersenne Twister (std_random.go) seeded the way
CPython seeds it, so one seed gives CPython's numbers; each distribution
uses the published method named in its docstring. SystemRandom reads
os.urandom instead and keeps no state."""

import math as _m

__all__ = ["Random", "SystemRandom", "seed", "random", "uniform", "randint",
           "choice", "sample", "randrange", "shuffle", "normalvariate",
           "lognormvariate", "expovariate", "vonmisesvariate", "gammavariate",
           "triangular", "gauss", "betavariate", "paretovariate",
           "weibullvariate", "getstate", "setstate", "getrandbits", "choices",
           "randbytes", "binomialvariate"]

# Public constants of the module (their values are CPython's).
NV_MAGICCONST = _m.exp(-0.5) * 4.0 / _m.sqrt(2.0)
TWOPI = _m.pi * 2.0
LOG4 = _m.log(4.0)
SG_MAGICCONST = _m.log(4.5) + 1.0
BPF = 53
RECIP_BPF = 1.0 / (1 << BPF)

try:
    _bytes_like = (bytes, bytearray)
except NameError:
    _bytes_like = (bytes,)


def _running_totals(values):
    sums = []
    for v in values:
        sums.append(sums[-1] + v if sums else v)
    return sums


def _slot_of(bounds, x, hi):
    # The number of bounds[:hi] that are <= x (bounds ascending).
    lo = 0
    while lo < hi:
        mid = (lo + hi) // 2
        if bounds[mid] <= x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _indexable(obj):
    if isinstance(obj, (list, tuple, str, range) + _bytes_like):
        return True
    if isinstance(obj, (dict, set, frozenset)):
        return False
    return hasattr(obj, '__getitem__') and hasattr(obj, '__len__')


def _legacy_text_seed(text):
    # Version 1 seeding of text: a 64-bit multiplicative hash of the code
    # points, folded with the length.
    if isinstance(text, bytes):
        text = text.decode('latin-1')
    mask = (1 << 64) - 1
    acc = (ord(text[0]) << 7) if text else 0
    for ch in text:
        acc = ((acc * 1000003) ^ ord(ch)) & mask
    return acc ^ len(text)


def _pool_limit(k):
    # Up to this population size, sample() shuffles a copy; above it, it
    # draws indices and redraws repeats.
    if k <= 5:
        return 21
    return 21 + 4 ** _m.ceil(_m.log(3 * k, 4))


class Random:
    """A generator of its own; the module functions share one of them."""

    VERSION = 3

    def __init__(self, x=None):
        self._mt = _mt_new()
        self.seed(x)
        self.gauss_next = None

    def seed(self, a=None, version=2):
        """Restart the sequence from a: None (fresh entropy), an int, a
        float, or text and bytes (hashed as version says)."""
        if version == 1 and isinstance(a, (bytes, str)):
            a = _legacy_text_seed(a)
        elif version == 2 and isinstance(a, (str,) + _bytes_like):
            data = a.encode() if isinstance(a, str) else bytes(a)
            a = int.from_bytes(data + _sha512(data), 'big')
        elif not (a is None or _isint(a) or isinstance(a, (float, str) + _bytes_like)):
            raise TypeError('The only supported seed types are:\n'
                            'None, int, float, str, bytes, and bytearray.')
        if a is not None and not _isint(a):
            a = hash(a)
        _mt_seed(self._mt, a)
        self.gauss_next = None

    def getstate(self):
        """The state, a tuple to give back to setstate()."""
        return (self.VERSION, _mt_getstate(self._mt), self.gauss_next)

    def setstate(self, state):
        """Go back to a state returned by getstate()."""
        if state[0] not in (2, 3):
            raise ValueError("state with version %s passed to "
                             "Random.setstate() of version %s" %
                             (state[0], self.VERSION))
        version, words, self.gauss_next = state
        if version == 2:
            # Version 2 states may hold the words as signed numbers.
            words = tuple(w % (1 << 32) for w in words)
        _mt_setstate(self._mt, words)

    def random(self):
        """A float in [0.0, 1.0), 53 bits of it random."""
        return _mt_random(self._mt)

    def getrandbits(self, k):
        """A non-negative int of k random bits."""
        return _mt_getrandbits(self._mt, k)

    def randbytes(self, n):
        """n random bytes."""
        bits = self.getrandbits(8 * n)
        return bits.to_bytes(n, byteorder='little')

    def _below(self, n):
        # Uniform in [0, n): draw as many bits as n has, retry when too big.
        width = n.bit_length()
        draw = self.getrandbits
        while True:
            r = draw(width)
            if r < n:
                return r

    def randrange(self, start, stop=None, step=1):
        """A random member of range(start, stop, step); with stop left out,
        of range(start)."""
        first = _index(start)
        if stop is None:
            if step != 1:
                raise TypeError("Missing a non-None stop argument")
            if first <= 0:
                raise ValueError("empty range for randrange()")
            return self._below(first)
        span = _index(stop) - first
        stride = _index(step)
        if stride == 1:
            if span <= 0:
                raise ValueError("empty range in randrange(%s, %s)" % (start, stop))
            return first + self._below(span)
        if stride == 0:
            raise ValueError("zero step for randrange()")
        count = -(-span // stride)
        if count <= 0:
            raise ValueError("empty range in randrange(%s, %s, %s)" % (start, stop, step))
        return first + self._below(count) * stride

    def randint(self, a, b):
        """A random int between a and b, both included."""
        return self.randrange(a, b + 1)

    def choice(self, seq):
        """One random item of the non-empty sequence seq."""
        size = len(seq)
        if size == 0:
            raise IndexError('Cannot choose from an empty sequence')
        return seq[self._below(size)]

    def shuffle(self, x):
        """Put the list x in a random order, in place (Fisher-Yates)."""
        below = self._below
        i = len(x) - 1
        while i > 0:
            j = below(i + 1)
            x[i], x[j] = x[j], x[i]
            i -= 1

    def sample(self, population, k, *, counts=None):
        """k distinct random picks from the sequence population, in the
        order picked; counts repeats each item that many times."""
        if not _indexable(population):
            raise TypeError("Population must be a sequence.  "
                            "For dicts or sets, use sorted(d).")
        size = len(population)
        if counts is not None:
            return self._sample_counted(population, size, k, counts)
        if not 0 <= k <= size:
            raise ValueError("Sample larger than population or is negative")
        below = self._below
        picked = []
        if size <= _pool_limit(k):
            # Partial Fisher-Yates on a copy: the slot of each pick is
            # refilled with the last item not yet considered.
            pool = list(population)
            for last in range(size - 1, size - 1 - k, -1):
                j = below(last + 1)
                picked.append(pool[j])
                pool[j] = pool[last]
            return picked
        taken = set()
        while len(picked) < k:
            j = below(size)
            if j not in taken:
                taken.add(j)
                picked.append(population[j])
        return picked

    def _sample_counted(self, population, size, k, counts):
        bounds = _running_totals(counts)
        if len(bounds) != size:
            raise ValueError('The number of counts does not match the population')
        total = bounds.pop()
        if not _isint(total):
            raise TypeError('Counts must be integers')
        if total <= 0:
            raise ValueError('Total of counts must be greater than zero')
        edges = len(bounds)
        return [population[_slot_of(bounds, i, edges)]
                for i in self.sample(range(total), k=k)]

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """k picks from population, with replacement, optionally weighted
        by weights or by their running totals cum_weights."""
        draw = self.random
        size = len(population)
        if cum_weights is None:
            if weights is None:
                scale = float(size)
                return [population[_m.floor(draw() * scale)] for _ in range(k)]
            try:
                cum_weights = _running_totals(weights)
            except TypeError:
                if not _isint(weights):
                    raise
                raise TypeError('The number of choices must be a keyword '
                                'argument: k=%r' % (weights,)) from None
        elif weights is not None:
            raise TypeError('Cannot specify both weights and cumulative weights')
        if len(cum_weights) != size:
            raise ValueError('The number of weights does not match the population')
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError('Total of weights must be greater than zero')
        if not _m.isfinite(total):
            raise ValueError('Total of weights must be finite')
        last = size - 1
        return [population[_slot_of(cum_weights, draw() * total, last)]
                for _ in range(k)]

    # Continuous distributions.

    def uniform(self, a, b):
        """A float between a and b."""
        span = b - a
        return a + span * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution on [low, high] peaking at mode (the
        middle by default), by inversion of its distribution function."""
        u = self.random()
        if mode is None:
            peak = 0.5
        else:
            try:
                peak = (mode - low) / (high - low)
            except ZeroDivisionError:
                return low
        if u <= peak:
            return low + (high - low) * _m.sqrt(u * peak)
        return high + (low - high) * _m.sqrt((1.0 - u) * (1.0 - peak))

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution (Kinderman and Monahan's ratio of uniforms)."""
        draw = self.random
        while True:
            u = draw()
            v = 1.0 - draw()
            z = NV_MAGICCONST * (u - 0.5) / v
            if z * z / 4.0 <= -_m.log(v):
                return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Normal distribution (Box-Muller: each pair of uniforms gives two
        values, the second kept for the next call)."""
        z = self.gauss_next
        if z is None:
            angle = self.random() * TWOPI
            radius = _m.sqrt(-2.0 * _m.log(1.0 - self.random()))
            z = _m.cos(angle) * radius
            self.gauss_next = _m.sin(angle) * radius
        else:
            self.gauss_next = None
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """Log-normal distribution: exp of normalvariate(mu, sigma)."""
        return _m.exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd=1.0):
        """Exponential distribution of rate lambd (by inversion)."""
        u = 1.0 - self.random()
        return -_m.log(u) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Von Mises distribution of mean angle mu and concentration kappa
        (Best and Fisher's method)."""
        draw = self.random
        if kappa <= 1e-6:
            return TWOPI * draw()
        half = 0.5 / kappa
        rho = half + _m.sqrt(1.0 + half * half)
        while True:
            z = _m.cos(_m.pi * draw())
            d = z / (rho + z)
            u = draw()
            if u < 1.0 - d * d:
                break
            if u <= (1.0 - d) * _m.exp(d):
                break
        q = 1.0 / rho
        f = (q + z) / (1.0 + q * z)
        if draw() > 0.5:
            return (mu + _m.acos(f)) % TWOPI
        return (mu - _m.acos(f)) % TWOPI

    def gammavariate(self, alpha, beta):
        """Gamma distribution of shape alpha and scale beta (Cheng's method
        above alpha 1, Ahrens and Dieter's GS below)."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError('gammavariate: alpha and beta must be > 0.0')
        if alpha > 1.0:
            return self._gamma_cheng(alpha) * beta
        if alpha == 1.0:
            return -_m.log(1.0 - self.random()) * beta
        return self._gamma_gs(alpha) * beta

    def _gamma_cheng(self, alpha):
        draw = self.random
        root = _m.sqrt(2.0 * alpha - 1.0)
        shift = alpha - LOG4
        lift = alpha + root
        while True:
            u = draw()
            if not 1e-7 < u < 0.9999999:
                continue
            w = 1.0 - draw()
            v = _m.log(u / (1.0 - u)) / root
            x = alpha * _m.exp(v)
            z = u * u * w
            t = shift + lift * v - x
            if t + SG_MAGICCONST - 4.5 * z >= 0.0:
                return x
            if t >= _m.log(z):
                return x

    def _gamma_gs(self, alpha):
        draw = self.random
        b = (_m.e + alpha) / _m.e
        while True:
            p = b * draw()
            if p <= 1.0:
                x = p ** (1.0 / alpha)
                if draw() <= _m.exp(-x):
                    return x
            else:
                x = -_m.log((b - p) / alpha)
                if draw() <= x ** (alpha - 1.0):
                    return x

    def betavariate(self, alpha, beta):
        """Beta distribution, as a ratio of two gamma variates."""
        first = self.gammavariate(alpha, 1.0)
        if not first:
            return 0.0
        second = self.gammavariate(beta, 1.0)
        return first / (first + second)

    def paretovariate(self, alpha):
        """Pareto distribution of shape alpha (by inversion)."""
        return (1.0 - self.random()) ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution of scale alpha and shape beta (by inversion)."""
        return alpha * (-_m.log(1.0 - self.random())) ** (1.0 / beta)

    # Discrete distribution.

    def binomialvariate(self, n=1, p=0.5):
        """Number of successes in n trials of probability p (geometric
        skips between successes when n * p is small)."""
        if n < 0:
            raise ValueError("n must be non-negative")
        if p <= 0.0 or p >= 1.0:
            if p == 0.0:
                return 0
            if p == 1.0:
                return n
            raise ValueError("p must be in the range 0.0 <= p <= 1.0")
        draw = self.random
        if n == 1:
            return 1 if draw() < p else 0
        if p > 0.5:
            # Count the failures instead, whose probability is below 1/2.
            misses = self.binomialvariate(n, 1.0 - p)
            return n - misses
        if n * p >= 10.0:
            hits = 0
            for _ in range(n):
                if draw() < p:
                    hits += 1
            return hits
        step = _m.log2(1.0 - p)
        hits = 0
        if not step:
            return hits
        position = 0
        while True:
            position += _m.floor(_m.log2(draw()) / step) + 1
            if position > n:
                return hits
            hits += 1


class SystemRandom(Random):
    """Random numbers from the operating system's source (os.urandom)."""

    def random(self):
        top53 = int.from_bytes(_urandom(7), 'big') >> 3
        return top53 * RECIP_BPF

    def getrandbits(self, k):
        k = _index(k)
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        size = (k + 7) // 8
        spare = size * 8 - k
        return int.from_bytes(_urandom(size), 'big') >> spare

    def randbytes(self, n):
        return _urandom(n)

    def seed(self, *args, **kwds):
        return None

    def getstate(self, *args, **kwds):
        raise NotImplementedError('System entropy source does not have state.')

    setstate = getstate


_shared = Random()
seed = _shared.seed
random = _shared.random
uniform = _shared.uniform
triangular = _shared.triangular
randint = _shared.randint
choice = _shared.choice
randrange = _shared.randrange
sample = _shared.sample
shuffle = _shared.shuffle
choices = _shared.choices
normalvariate = _shared.normalvariate
lognormvariate = _shared.lognormvariate
expovariate = _shared.expovariate
vonmisesvariate = _shared.vonmisesvariate
gammavariate = _shared.gammavariate
gauss = _shared.gauss
betavariate = _shared.betavariate
binomialvariate = _shared.binomialvariate
paretovariate = _shared.paretovariate
weibullvariate = _shared.weibullvariate
getstate = _shared.getstate
setstate = _shared.setstate
getrandbits = _shared.getrandbits
randbytes = _shared.randbytes
