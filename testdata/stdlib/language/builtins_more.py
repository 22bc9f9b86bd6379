# os.environ as a Mapping, __debug__, setattr on an int, __defaults__ of
# functions without defaults, __hash__ of classes with __eq__, groupindex,
# the names in call errors, with_traceback of a user exception.
import os, collections.abc, re
print(isinstance(os.environ, collections.abc.Mapping), isinstance(os.environ, collections.abc.MutableMapping))
print(__debug__)
for fn in [lambda: setattr(1, "x", 2)]:
    try:
        fn()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
def f(a, *, b=1): pass
def g(a, b=2): pass
print(f.__defaults__, g.__defaults__, f.__kwdefaults__, g.__kwdefaults__)
class C:
    def __eq__(s, o): return True
print(C.__hash__)
print(re.compile(r"(?P<k>a)").groupindex)
def h(*a): pass
try:
    h(*1)
except TypeError as e:
    print(e)
class E(Exception):
    def __init__(self, c, m="d"):
        super().__init__(m); self.c = c
try:
    raise E(1)
except E as e:
    r = e.with_traceback(None); print(r is e, getattr(r, "c", "no c"))
