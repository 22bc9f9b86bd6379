# Types, ranges, slices, super() in comprehensions, mro(), property
# errors falling back to __getattr__, ImportError keywords, vars()/dir().
def f(): pass
for t in [type(f), type(len), type(iter(range(3))), type(...), type(None), type(x for x in [])]:
    try:
        print(t.__name__, t.__qualname__, t.__module__)
    except Exception as e:
        print("ERR", type(e).__name__, e)
print(slice(1, 5, 2), slice(None, 3), slice(1, 5, 2).indices(3), slice(None).indices(10), slice(-3, None).indices(5))
r = range(2, 10, 3)
print(r.start, r.stop, r.step, r.index(5), r.count(5), range(10).count(11))
try: range(1, 2, 0)
except ValueError as e: print(e)
try: r.index(6)
except ValueError as e: print(e)
print(5*10**8 in range(10**9), -1 in range(10**9), 3.0 in range(5), "a" in range(3))
def g():
    yield 1
    return 5
it = g(); next(it)
try: next(it)
except StopIteration as e: print("value", e.value)
class Sup:
    def m(self): return "Sup.m"
class Sub(Sup):
    def m(self): return [super().m() for _ in range(1)]
print(Sub().m())
class D(Sub): pass
print(D.mro(), Sup.__subclasses__())
class P:
    @property
    def p(self): raise AttributeError("inner")
    def __getattr__(self, n): return "fallback"
print(P().p)
try: raise ImportError("m", name="x", path="/p")
except ImportError as e: print(e.name, e.path, e)
def h():
    a = 1
    print(sorted(vars()), dir())
h()
print(type(iter(range(3))).__name__, repr(iter(range(3)))[:16])
class Base: pass
class Left(Base): pass
class Right(Base): pass
print(Base.__subclasses__(), Left.mro())
print(super(Left, Left()).__class__.__name__)
for a in [(int, "x"), (int, str)]:
    try:
        super(*a)
    except TypeError as e:
        print(e)
try:
    ImportError("m", bad=1)
except TypeError as e:
    print(e)
e = ImportError("m")
print(e.name, e.path, e.msg)
class Sub2(Sup):
    def m(self):
        return list(super().m() for _ in range(1))
try:
    Sub2().m()
except TypeError as e:
    print(e)
print(slice(None, None, -1).indices(5), slice(0, 100, 3).indices(10))
print(type(...).__name__, type(len).__module__)
X = 1
def f(): pass
def g():
    a = 1
    def h(): return a
    return h
print(f.__globals__["X"], f.__globals__ is globals(), f.__closure__, len(g().__closure__), g().__closure__[0].cell_contents)
