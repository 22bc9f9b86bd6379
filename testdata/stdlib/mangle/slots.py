# Private names in __slots__ are mangled with the class's name, as
# self.__name is in its methods.
class S:
    __slots__ = ("a", "__b", "__c__")
    def __init__(self):
        self.a = 1; self.__b = 2; self.__c__ = 3
    def b(self): return self.__b
s = S()
print(s.b(), S.__slots__, s._S__b)
for n in ("__b", "_S__b", "x"):
    try:
        setattr(s, n, 5); print("set", n)
    except AttributeError as e:
        print(type(e).__name__, e)
class _:
    __slots__ = ("__z",)
u = _(); u.__z = 1; print(u.__z)
