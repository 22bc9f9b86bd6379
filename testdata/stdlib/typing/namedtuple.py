from typing import NamedTuple, TypedDict, Optional

class Point(NamedTuple):
    x: int
    y: int = 0

class Movie(TypedDict):
    name: str
    year: int

p = Point(1)
q = Point(2, y=5)
print(p, q, p.x, q.y, tuple(q), p == (1, 0), sorted([q, p]), p._asdict(), q._replace(x=9))
a, b = q
print(a, b, len(p), p[1])
m = Movie(name='Alien', year=1979)
print(m, type(m).__name__)
try:
    Point()
except TypeError as e:
    print(e)
Pair = NamedTuple('Pair', [('left', int), ('right', int)])
print(Pair(1, 2))
