# Where a class body starts and ends: one-line bodies, classes in
# functions and methods, and headers whose bases, keywords and decorators
# belong to the enclosing body.


class Line: __a = 1; b = __a * 2


print(Line.b, Line._Line__a)


def make():
    class Local:
        __tag = "local"

        def tag(self):
            return self.__tag

    __free = "not mangled"
    return Local().tag(), __free


print(make())


def deco(**kw):
    def wrap(obj):
        obj.tags = sorted(kw)
        return obj

    return wrap


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["meta"] = sorted(kw)
        return super().__new__(mcls, name, bases, ns)


class Host:
    __base = dict

    @deco(__k=1)
    class __Guest(__base, metaclass=Meta, __flag=True):
        __own = "guest"

        def method(self):
            class Deep:
                __d = "deep"

                def both(self, outer):
                    return self.__d, outer._Guest__own

            return Deep().both(self)

    def guest(self):
        return self.__Guest()


g = Host().guest()
print(type(g).__mro__[1].__name__, type(g).tags, type(g).meta)
print(g.method(), sorted(k for k in vars(type(g)) if not k.startswith("__")))
print(sorted(k for k in vars(Host) if not k.startswith("__")))


class Imports:
    try:
        from os import __nothing
    except ImportError as __e:
        message = str(__e)
    from os import path as __path
    import os as __os

    def join(self, *parts):
        return self.__path.join(*parts), self.__os is __import__("os")


print(Imports.message.split(" (")[0])
print(Imports().join("a", "b"), sorted(k for k in vars(Imports) if "_" in k[1:] and not k.startswith("__")))

# Text outside any class stays as it is, private or not.
__top = "top"
print(__top, globals()["__top"])
