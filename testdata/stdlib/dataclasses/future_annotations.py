from __future__ import annotations
import dataclasses, typing
import typing as t
from dataclasses import dataclass, field, KW_ONLY
from typing import ClassVar
@dataclass
class Svc:
    name: str
    registry: ClassVar[dict] = {}
    count: typing.ClassVar[int] = 0
    other: t.ClassVar = 1
    plain: ClassVar = 2
    _: KW_ONLY
    port: int = 80
    tags: list = field(default_factory=list)
print(Svc("web"), [f.name for f in dataclasses.fields(Svc)], Svc.registry, Svc.count)
print(Svc.__doc__)
print(Svc.__match_args__)
try: Svc("a", 1)
except TypeError as e: print(e)
@dataclass
class K:
    a: int
    _: dataclasses.KW_ONLY
    b: int = 2
print(K(1, b=3), K.__doc__)
@dataclass
class U:
    x: int
    def __init__(self, x, /, y: int = 1, *args: str, z, w: float = 2.0, **kw) -> None:
        self.x = x
print(U.__doc__)
@dataclass
class Sub(K):
    c: str = "c"
print(Sub.__doc__, Sub(1))
@dataclass
class E:
    pass
print(E.__doc__)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e: print(e)
