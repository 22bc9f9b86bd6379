# Union types (PEP 604) in annotations, isinstance and issubclass.
def lookup(key: str, default: int | None = None) -> str | None:
    return None
print(lookup.__annotations__)
print(int | None, None | int, int | str | None, int | list[str], (int | str) | (str | float))
print(isinstance(3, int | str), isinstance(None, int | None), isinstance(2.0, int | str), issubclass(bool, int | str))
print(int | int, (int | str) == (str | int), hash(int | str) == hash(str | int), (int | str).__args__)
print(type(int | str), type(int | str).__name__)
u = int | None
print(repr(u), str(u))
try:
    int | 3
except TypeError as e:
    print(e)
try:
    isinstance(1, int | list[int])
except TypeError as e:
    print(e)
from typing import Optional
print(int | Optional[str])
class A: pass
print(A | None)
import types
import types; print(types.UnionType, isinstance(int | str, types.UnionType))
from dataclasses import dataclass, fields


@dataclass
class Job:
    name: str
    retries: int | None = None
    tags: list[str] | None = None


print(Job("a"), [f.type for f in fields(Job)])
