from __future__ import annotations
import typing
from typing import get_type_hints, Optional, List, ClassVar, Annotated
class Base:
    a: int
class Cfg(Base):
    path: list[str]
    opt: Optional[int] = None
    n: None
    cv: ClassVar[int] = 1
    an: Annotated[int, "meta"] = 0
    own: Cfg = None
print(get_type_hints(Cfg))
print(get_type_hints(Cfg, include_extras=True))
def f(x: int, y: "List[str]" = None) -> None: pass
print(get_type_hints(f))
class Bad:
    x: Missing
try: get_type_hints(Bad)
except NameError as e: print("NameError", e)
import sys
print(get_type_hints(sys.modules[__name__]))
top: int = 1
print(get_type_hints(sys.modules[__name__]))
