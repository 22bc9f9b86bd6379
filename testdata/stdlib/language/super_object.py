# super() reaches object's own special methods from a class's overrides.
class V:
    def __setattr__(self, k, v):
        print("set", k)
        super().__setattr__(k, v)
    def __delattr__(self, k):
        print("del", k)
        super().__delattr__(k)
v = V(); v.x = 1; print(v.x); del v.x; print(hasattr(v, "x"))
class P:
    def __eq__(self, o): return isinstance(o, P)
    def __hash__(self): return super().__hash__() * 0 + 7
    def __ne__(self, o): return super().__ne__(o)
    def __format__(self, spec): return "P:" + super().__format__(spec)
    def __str__(self): return "p"
    def __lt__(self, o): return super().__lt__(o)
p = P()
print(hash(p), p != P(), p != 3, format(p, ""), f"{p}", p.__lt__(1), "x" in super(P, p).__dir__() or True)
try:
    format(p, "x")
except TypeError as e:
    print(e)
class Frozen:
    def __init__(self, a):
        super().__setattr__("a", a)
    def __setattr__(self, k, v):
        raise AttributeError(f"{type(self).__name__} is frozen")
f = Frozen(3); print(f.a)
try:
    f.a = 4
except AttributeError as e:
    print(e)
