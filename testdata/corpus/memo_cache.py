# A memoising decorator with hit/miss statistics and an LRU bound,
# applied to a few expensive functions with tuple keys.
import sys


def memoize(maxsize=None):
    def decorate(fn):
        cache = {}
        stats = {"hits": 0, "misses": 0, "evictions": 0}

        def wrapper(*args, **kwargs):
            key = args + tuple(sorted(kwargs.items()))
            if key in cache:
                stats["hits"] += 1
                value = cache.pop(key)
                cache[key] = value
                return value
            stats["misses"] += 1
            value = fn(*args, **kwargs)
            cache[key] = value
            if maxsize is not None and len(cache) > maxsize:
                oldest = next(iter(cache))
                del cache[oldest]
                stats["evictions"] += 1
            return value

        def info():
            return "%s: hits=%d misses=%d evictions=%d size=%d" % (
                fn.__name__, stats["hits"], stats["misses"], stats["evictions"], len(cache))

        wrapper.info = info
        wrapper.cache = cache
        return wrapper
    return decorate


@memoize()
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@memoize(maxsize=4)
def grid_paths(rows, cols):
    if rows == 0 or cols == 0:
        return 1
    return grid_paths(rows - 1, cols) + grid_paths(rows, cols - 1)


@memoize()
def edit_distance(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))


@memoize(maxsize=2)
def price(item, *, currency="EUR", qty=1):
    base = {"apple": 30, "pear": 45, "fig": 120}[item]
    rate = {"EUR": 1.0, "USD": 1.08}[currency]
    return round(base * qty * rate / 100, 2)


print([fib(n) for n in range(15)])
print(fib(90))
print(fib.info())
print("grid paths 6x6:", grid_paths(6, 6), "3x7:", grid_paths(3, 7))
print(grid_paths.info())
print("cache keys:", list(grid_paths.cache))
for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("deploy", "deploy"), ("", "abc")]:
    print("%-8s %-8s %d" % (a, b, edit_distance(a, b)))
print(edit_distance.info())
for args, kw in [(("apple",), {}), (("apple",), {"qty": 3}), (("fig",), {"currency": "USD"}),
                 (("apple",), {}), (("apple",), {"qty": 3, "currency": "EUR"})]:
    print(args, kw, "->", price(*args, **kw))
print(price.info())
print(sorted(price.cache.items()))
try:
    price("kiwi")
except KeyError as e:
    print("unknown item", e, price.info())
