# Reversed dict views, bytearray and Match reprs, annotations with ...,
# __class__ assignment, setattr on object(), an annotation after def ...:.
import re
d = {"a": 1, "b": 2}
print(list(reversed(d.items())), list(reversed(d.keys())), list(reversed(d.values())))
print(bytearray(b"it's"), bytearray(b'say "hi"'), bytearray(b"both ' \""))
def f(x: tuple[int, ...]) -> dict[str, list[int]]: pass
print(f.__annotations__)
print(re.search(r".+", "x" * 80))
print(re.search(r".+", "short"))
class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
a = A(); a.__class__ = B; print(type(a).__name__, a.who(), isinstance(a, B))
for value in [int, 3]:
    try:
        a.__class__ = value
    except TypeError as e:
        print(e)
try:
    setattr(object(), "x", 1)
except AttributeError as e:
    print(e)
def g(): x: int = 1; return x
print(g())
