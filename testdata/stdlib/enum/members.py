# Members are read-only; dir() lists what CPython lists.
from enum import Enum, Flag


def show(label, fn):
    try:
        result = fn()
    except Exception as e:
        result = f"{type(e).__name__}: {e}"
    print(label, repr(result))


class Color(Enum):
    RED = 1
    GREEN = 2
    CRIMSON = 1

    def describe(self):
        return self.name.lower()

    @classmethod
    def parse(cls, s):
        return cls[s.upper()]


def reassign():
    Color.RED = 5


def remove():
    del Color.GREEN


def add_and_remove():
    Color.extra = 1
    value = Color.extra
    del Color.extra
    return value, hasattr(Color, "extra")


show("reassign", reassign)
show("reassign alias", lambda: setattr(Color, "CRIMSON", 2))
show("delete", remove)
show("other attribute", add_and_remove)
show("set value", lambda: setattr(Color.RED, "value", 5))
show("set name", lambda: setattr(Color.RED, "name", "x"))
show("delete value", lambda: delattr(Color.RED, "value"))
show("still", lambda: (Color.RED, Color.RED.value, Color.GREEN))
show("dir class", lambda: dir(Color))
show("dir member", lambda: dir(Color.RED))


class Planet(Enum):
    EARTH = (1, 2)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def density(self):
        return self.mass / self.radius


show("dir init", lambda: (dir(Planet), dir(Planet.EARTH)))


class Perm(Flag):
    R = 1
    W = 2
    RW = 3


show("dir flag", lambda: (dir(Perm), dir(Perm.RW)))
show("private", lambda: [m.name for m in Enum("P", "_a b")])


class Under(Enum):
    _hidden = 1
    shown = 2
    __dunder__ = 3


show("underscore", lambda: (list(Under), Under.__dunder__))
