# Random nested values, printed at many widths: the layout must match
# CPython's byte for byte.
import pprint
import random

rng = random.Random(1234)
WORDS = ["alpha", "beta", "gamma", "delta", "a much longer word", "x", "",
         "line\nbreak", "tab\there", "quote's", 'dq"', "naïve café", "  lead", "trail  "]


def value(depth):
    kind = rng.randrange(9 if depth < 4 else 4)
    if kind == 0:
        return rng.randrange(-10**6, 10**6)
    if kind == 1:
        return " ".join(rng.choice(WORDS) for _ in range(rng.randrange(1, 25)))
    if kind == 2:
        return rng.choice([None, True, False, 1.25, -0.5, b"raw bytes \x00\xff" * rng.randrange(1, 8)])
    if kind == 3:
        return rng.choice(WORDS)
    if kind in (4, 5):
        return [value(depth + 1) for _ in range(rng.randrange(0, 7))]
    if kind == 6:
        return tuple(value(depth + 1) for _ in range(rng.randrange(0, 4)))
    if kind == 7:
        d = {}
        for i in range(rng.randrange(0, 6)):
            key = rng.choice(WORDS) + str(i)
            d[key] = value(depth + 1)
        return d
    return set(rng.randrange(100) for _ in range(rng.randrange(0, 12)))


for n in range(40):
    v = value(0)
    width = rng.choice([1, 5, 12, 20, 33, 40, 57, 80, 100])
    indent = rng.choice([1, 1, 2, 4])
    compact = rng.random() < 0.3
    depth = rng.choice([None, None, None, 1, 2, 3])
    print("== %d width=%d indent=%d compact=%s depth=%s" % (n, width, indent, compact, depth))
    print(pprint.pformat(v, width=width, indent=indent, compact=compact, depth=depth))
    print(pprint.pformat(v, width=width, sort_dicts=False))
