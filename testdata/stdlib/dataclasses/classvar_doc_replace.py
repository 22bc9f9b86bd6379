import dataclasses, typing, copy, collections
from dataclasses import dataclass, field, KW_ONLY, replace
from typing import ClassVar, Optional, List
@dataclass
class P:
    x: int
    y: int = 0
print(repr(P.__doc__))
@dataclass
class Q:
    "Own doc."
    x: int
print(repr(Q.__doc__))
@dataclass
class R:
    a: Optional[int]
    b: List[str] = field(default_factory=list)
    c: "str" = "s"
    d: list[int] = field(default_factory=list)
    e: typing.Any = None
    f: dict = field(default=None, init=False)
    _: KW_ONLY
    g: collections.OrderedDict = None
    h: ClassVar[int] = 3
    i: float = 1.5
    j: typing.Callable[[int], str] = None
    k: P = None
print(repr(R.__doc__))
print([f.name for f in dataclasses.fields(R)], R.h, R(1).h)
print(R(1))
@dataclass
class S:
    x: int
    def __init__(self, x, z=3): self.x = x
print(repr(S.__doc__))
@dataclass(init=False)
class T:
    x: int
print(repr(T.__doc__))
@dataclass
class U:
    pass
print(repr(U.__doc__))
@dataclass
class Svc:
    name: str
    registry: ClassVar[dict] = {}
    n: typing.ClassVar = 0
print(Svc("web"), [f.name for f in dataclasses.fields(Svc)], Svc.registry, Svc.n, list(Svc.__dataclass_fields__))
print(Svc.__dataclass_fields__['registry']._field_type, Svc.__dataclass_fields__['name']._field_type)
print(Svc.__match_args__)
@dataclass
class B:
    x: int
    t: int = field(init=False, default=0)
b = B(1)
try: replace(b, t=5)
except Exception as e: print(type(e).__name__, e)
print(replace(b, x=2))
print(copy.replace(b, x=3))
try: copy.replace(b, t=5)
except Exception as e: print(type(e).__name__, e)
try: copy.replace(b, q=5)
except Exception as e: print(type(e).__name__, e)
try: copy.replace(5, q=5)
except Exception as e: print(type(e).__name__, e)
try: replace(5, q=5)
except Exception as e: print(type(e).__name__, e)
print(b.__replace__(x=9))
@dataclass
class NI:
    x: int
    t: int = field(init=False)
    def __post_init__(self): self.t = self.x * 2
n = NI(2)
try: print(replace(n, t=1))
except Exception as e: print(type(e).__name__, e)
print(replace(n, x=5))
P2 = collections.namedtuple("P2", "x y")
print(copy.replace(P2(1, 2), y=5))
print(P.__init__.__annotations__, R.__init__.__annotations__)
