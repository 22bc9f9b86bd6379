# A typed list of measurements deriving from list, with validation,
# slicing, statistics and a text histogram.
import sys


class Measurements(list):
    unit = "ms"

    def __init__(self, values=(), limit=None):
        super().__init__()
        self.limit = limit
        self.extend(values)

    def _check(self, value):
        if not isinstance(value, (int, float)) or isinstance(value, bool):
            raise TypeError("measurement must be a number, not %s" % type(value).__name__)
        if self.limit is not None and value > self.limit:
            raise ValueError("%r exceeds limit %r" % (value, self.limit))
        return value

    def append(self, value):
        super().append(self._check(value))

    def extend(self, values):
        for v in values:
            self.append(v)

    def mean(self):
        return sum(self) / len(self) if self else 0.0

    def percentile(self, p):
        data = sorted(self)
        k = max(0, min(len(data) - 1, round(p / 100 * (len(data) - 1))))
        return data[k]

    def __repr__(self):
        return "Measurements(%s %s)" % (list.__repr__(self), self.unit)


m = Measurements([12, 15.5, 9, 40, 22, 18, 15.5, 31, 8, 27], limit=100)
print(m)
print("len", len(m), "sum", sum(m), "mean %.2f" % m.mean())
print("p50", m.percentile(50), "p90", m.percentile(90), "p100", m.percentile(100))
print("min", min(m), "max", max(m), "index of max", m.index(max(m)), "count 15.5:", m.count(15.5))

for bad in ("fast", True, 250):
    try:
        m.append(bad)
    except (TypeError, ValueError) as e:
        print("%s: %s" % (type(e).__name__, e))

top = m[:3]
print("slice type:", type(top).__name__, top)
m.sort(reverse=True)
print("sorted desc:", list(m))
m.remove(40)
print("after remove:", m[-3:], len(m))
m += [1, 2]
print("after += (bypasses check):", len(m), m[-1])

buckets = {}
for v in m:
    b = int(v // 10) * 10
    buckets[b] = buckets.get(b, 0) + 1
for b in sorted(buckets):
    print("%3d-%-3d | %s" % (b, b + 9, "*" * buckets[b]))

empty = Measurements()
print("empty:", empty, bool(empty), empty.mean())
pairs = list(zip(m, m[1:]))
jumps = [round(b - a, 1) for a, b in pairs]
print("jumps:", jumps)
print("biggest drop:", min(jumps), "at", jumps.index(min(jumps)))
print(m == list(m), isinstance(m, list), [x for x in m if x > 20])
