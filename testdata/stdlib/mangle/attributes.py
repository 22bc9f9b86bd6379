# Private attributes and methods: each class of a hierarchy keeps its own,
# under _Class__name, and only names that end without two underscores are
# mangled.


class A:
    __kind = "A kind"

    def __init__(self):
        self.__x = 1
        self.__y__ = "dunder"

    def get(self):
        return self.__x

    def __secret(self):
        return "A secret"

    def reveal(self):
        return self.__secret(), self.__kind, A.__kind


class B(A):
    __kind = "B kind"

    def __init__(self):
        super().__init__()
        self.__x = 2

    def get_b(self):
        return self.__x

    def __secret(self):
        return "B secret"

    def reveal_b(self):
        return self.__secret(), self.__kind


b = B()
print(b.get(), b.get_b(), sorted(vars(b)))
print(b.reveal(), b.reveal_b())
print(b._A__x, b._B__x, b.__y__)
print(sorted(k for k in vars(A) if not k.startswith("__")))
print(sorted(k for k in vars(B) if not k.startswith("__")))
print(A._A__kind, B._B__kind, A._A__secret(b))

# Strings are names as they are written: getattr and setattr do not mangle.
print(getattr(b, "_A__x"), hasattr(b, "__x"), getattr(b, "__x", "missing"))
setattr(b, "__x", 9)
print(sorted(vars(b)), b.get())

for expr in ("A().__x", "A().__secret()", "B.__kind"):
    try:
        eval(expr)
    except AttributeError as e:
        print(type(e).__name__, e)


class C:
    def __init__(self):
        self.__v = 0

    def look(self, other):
        return getattr(other, "__v", "no __v"), other.__v

    def __repr__(self):
        return f"C({self.__v!r}, {self.__v=}, {self.__v:>3}, {[self.__v for _ in 'ab']})"


c = C()
print(c.look(c), repr(c))
try:
    c.look(b)
except AttributeError as e:
    print(type(e).__name__, e)

# Leading underscores of the class name are dropped; a name of only
# underscores mangles nothing.


class _Under:
    __a = 1


class __Double:
    __a = 2


class __:
    __a = 3


print([k for k in vars(_Under) if k.endswith("a")])
print([k for k in vars(__Double) if k.endswith("a")])
print([k for k in vars(__) if k.endswith("a")])
