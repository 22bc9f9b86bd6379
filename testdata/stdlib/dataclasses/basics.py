from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
from typing import List, Optional

@dataclass
class Point:
    x: int
    y: int = 0

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tags: tuple = ()

@dataclass
class Job:
    name: str
    retries: int = 3
    deps: List[str] = field(default_factory=list)
    owner: Optional[str] = None

    def __post_init__(self):
        self.name = self.name.strip()

p = Point(1)
print(p, Point(1, 2) == Point(1, 2), Point(1) != Point(2), p.x, p.y)
v = [Version(1, 2), Version(1, 0), Version(0, 9)]
print(sorted(v), max(v), hash(Version(1)) == hash(Version(1)))
try:
    v[0].major = 5
except FrozenInstanceError as e:
    print("frozen:", e)
j = Job("  build ", deps=["lint"])
print(j, asdict(j), astuple(j))
print(replace(j, retries=5))
print([f.name for f in fields(Job)])
try:
    Point()
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad:
        a: int = 0
        b: int
except TypeError as e:
    print(e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e:
    print(e)
try:
    hash(p)
except TypeError as e:
    print(e)
