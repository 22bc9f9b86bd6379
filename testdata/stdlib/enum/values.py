# Members made by __init__ and __new__, and the functional API.
from enum import Enum, IntEnum, Flag


def show(label, fn):
    try:
        result = fn()
    except Exception as e:
        result = f"{type(e).__name__}: {e}"
    print(label, repr(result))


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


show("planet", lambda: (Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.gravity, 3)))
show("planet lookup", lambda: (Planet((5.976e+24, 6.37814e6)), Planet((3.303e+23, 2.4397e6)) is Planet.MERCURY))
show("planet bad", lambda: Planet((1, 2)))


class Coded(Enum):
    X = 1
    Y = 2

    def __new__(cls, v):
        obj = object.__new__(cls)
        obj._value_ = v * 10
        return obj


show("new", lambda: (Coded.X.value, Coded(20), str(Coded(10)), list(Coded)))
show("new bad", lambda: Coded(1))


class Label(str, Enum):
    YES = ("y", "accepted")
    NO = ("n", "refused")

    def __new__(cls, code, text):
        obj = str.__new__(cls, code)
        obj._value_ = code
        obj.text = text
        return obj


show("str new", lambda: (Label.YES == "y", Label("n"), Label.NO.text, Label.YES.value))


class Base(Enum):
    def __init__(self, code, label):
        self.code = code
        self.label = label


class Answer(Base):
    YES = (1, "yes")


show("inherited init", lambda: (Answer.YES.label, Answer((1, "yes"))))
show("functional", lambda: list(Enum("Animal", "CAT DOG")))
show("functional comma", lambda: [(m.name, m.value) for m in Enum("Shape", "SQUARE, CIRCLE")])
show("functional list", lambda: list(Enum("Dir", ["N", "S"], start=0)))
show("functional pairs", lambda: list(Enum("Code", [("OK", 200), ("GONE", 410)])))
show("functional dict", lambda: list(Enum("Mode", {"R": "r", "W": "w"})))
show("functional int", lambda: (list(IntEnum("Lvl", "LOW HIGH")), IntEnum("Lvl", "LOW HIGH").LOW == 1))
show("functional flag", lambda: list(Flag("Bits", "A B C")))
show("functional repr", lambda: (Enum("Animal", "CAT DOG"), Enum("Animal", "CAT DOG").__module__))


class NoMembers(Enum):
    pass


show("no members", lambda: NoMembers(1))
