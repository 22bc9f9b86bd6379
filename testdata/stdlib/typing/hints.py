import typing
from typing import get_type_hints, Optional, List
class Cfg:
    path: "list[str]"
    count: int = 0
    parent: "Optional[Cfg]" = None
    plain: "int"
print(get_type_hints(Cfg))
def load(src: "str", n: "List[int]" = None) -> "Cfg":
    pass
print(get_type_hints(load))
print(get_type_hints(load, {"List": list, "Cfg": int}))
class Later:
    x: "Unknown"
try:
    get_type_hints(Later)
except NameError as e:
    print("NameError", e)
