from enum import Enum, IntEnum, StrEnum, Flag, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

class Level(IntEnum):
    LOW = auto()
    MID = auto()
    HIGH = auto()

class Mode(StrEnum):
    READ = auto()
    WRITE = "w"

class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()

print(Color.RED, repr(Color.GREEN), Color(2), Color['BLUE'], Color.CRIMSON is Color.RED, len(Color))
print(list(Color), [c.name for c in Color], [c.value for c in Color], Color.RED in Color)
print(Level.MID, repr(Level.HIGH), Level.LOW < Level.HIGH, Level.MID + 1, sorted(Level, reverse=True)[0], int(Level.HIGH))
print(Mode.READ, repr(Mode.WRITE), Mode.READ == "read", f"{Mode.WRITE}")
print(Perm.R | Perm.W, repr(Perm.X), Perm.W in (Perm.R | Perm.W), [p.name for p in Perm])
print(Color, Color.__members__.keys(), f"{Color.RED}", "%s" % Level.LOW)
try:
    Color(7)
except ValueError as e:
    print(e)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(e)
d = {Color.RED: "stop", Color.GREEN: "go"}
print(d[Color.RED], Color.RED.name, Color.RED.value, isinstance(Color.RED, Color), type(Color.RED).__name__)
