# Everything in a class body is mangled with the innermost class's name:
# methods, nested functions, lambdas, comprehensions, parameters, globals,
# imports; a nested class uses its own name.
__shared = "module"
_Outer__shared = "module, mangled"


class Outer:
    __level = "Outer"
    __gen = [__i * 2 for __i in range(3)]

    class __Inner:
        __level = "Inner"

        def level(self):
            return self.__level

    def inner(self):
        return self.__Inner()

    def shared(self):
        return __shared

    def closure(self):
        __local = "local"

        def nested():
            return __local, self.__level

        return nested(), (lambda __p=1: (__p, __local))(), nested.__code__.co_freevars

    def comprehension(self):
        self.__items = [1, 2, 3]
        return [self.__level + str(__v) for __v in self.__items if __v > 1], {__k: self.__level for __k in "ab"}

    def params(self, __a, *__rest, __kw=5, **__more):
        return sorted(locals())

    def set_global(self):
        global __made
        __made = "made"

    def walrus(self):
        if (__w := len(self.__level)) > 2:
            return __w


o = Outer()
print(o.inner().level(), o._Outer__level, Outer._Outer__gen)
print(o.shared(), o.closure())
print(o.comprehension())
print(o.params(1, 2, 3, x=4))
o.set_global()
print(_Outer__made, "__made" in globals())
print(o.walrus())
print(sorted(k for k in vars(Outer) if not k.startswith("__")))
print(sorted(k for k in vars(Outer._Outer__Inner) if not k.startswith("__")))


def kw(**k):
    return sorted(k)


class Calls:
    # Keyword argument names are not mangled; values and defaults are.
    __v = "value"
    got = kw(__name=__v, other=[__v])
    f = dict(__key=1)

    def defaults(self, __d=__v, *, __e=len(__v)):
        return __d, __e


print(Calls.got, Calls.f, Calls().defaults())
print(Calls.defaults.__code__.co_varnames)


class Catch:
    try:
        {}["k"]
    except KeyError as __err:
        caught = repr(__err)
    for __n in range(2):
        pass
    __gone = 1
    del __gone
    __ann: int = 4


print(Catch.caught, Catch._Catch__n, hasattr(Catch, "_Catch__gone"), Catch.__annotations__)


try:
    class Imports:
        import __nothing_here
except ImportError as e:
    print(type(e).__name__, e)


def outside():
    __shared = "function"
    return __shared, globals()["__shared"], (lambda: __shared)()


print(outside())
