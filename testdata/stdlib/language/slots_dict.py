# Instances of classes that all have __slots__ have no __dict__.
class N:
    __slots__ = ("a",)
class D(N):
    pass
class W:
    __slots__ = ("a", "__dict__")
n = N(); n.a = 1
print(hasattr(n, "__dict__"), hasattr(D(), "__dict__"), hasattr(W(), "__dict__"))
try:
    vars(n)
except TypeError as e:
    print(e)
try:
    n.b = 2
except AttributeError as e:
    print(e)
d = D(); d.b = 3; print(vars(d))
