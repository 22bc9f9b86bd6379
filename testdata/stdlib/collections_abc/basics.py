import collections.abc
from collections.abc import Mapping, MutableMapping, Sequence, Iterable, Callable, Sized, Hashable, Iterator

print(isinstance({}, Mapping), isinstance([], Sequence), isinstance((), Sequence), isinstance("x", Sequence))
print(isinstance([], Mapping), isinstance(5, Iterable), isinstance(len, Callable), isinstance(iter([]), Iterator))
print(isinstance(set(), Sized), isinstance([], Hashable), isinstance("a", Hashable), issubclass(dict, MutableMapping))

class Registry(MutableMapping):
    def __init__(self):
        self._d = {}
    def __getitem__(self, k):
        return self._d[k]
    def __setitem__(self, k, v):
        self._d[k] = v
    def __delitem__(self, k):
        del self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)

r = Registry()
r["a"] = 1
r.update(b=2)
print(len(r), r.get("a"), r.get("z", 0), "b" in r, sorted(r.keys()), r.setdefault("c", 3), r.pop("a"), isinstance(r, Mapping))

class Walker:
    def __iter__(self):
        return iter([1])
print(isinstance(Walker(), Iterable), collections.abc.Sized.__name__)

class Digits(collections.abc.Sequence):
    def __init__(self, n):
        self._s = str(n)
    def __getitem__(self, i):
        return int(self._s[i])
    def __len__(self):
        return len(self._s)

d = Digits(40417)
print(list(d), d.index(1), d.count(4), 7 in d, 9 in d, list(reversed(d)))

class Frozen(collections.abc.Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)
    def __getitem__(self, k):
        return self._d[k]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)

f = Frozen(x=1, y=2)
print(f == {"x": 1, "y": 2}, list(f.items()), list(f.values()), f.get("q"))

class Incomplete(collections.abc.Mapping):
    def __getitem__(self, k):
        return k
try:
    Incomplete()
except TypeError as e:
    print("TypeError:", e)

class Thing:
    pass
collections.abc.Sequence.register(Thing)
print(isinstance(Thing(), collections.abc.Sequence), issubclass(Thing, collections.abc.Sized))
