import typing
from typing import List, Dict, Optional, Union, Any, Tuple, Callable, TypeVar, Generic, cast, TYPE_CHECKING, Iterable
T = TypeVar('T')
print(List[int], Dict[str, int], Optional[int], Union[int, str], Tuple[int, ...], Callable[[int], str], Any, T, Iterable[int])
print(List, Dict, cast(int, '3'), TYPE_CHECKING, Union[int, None], Optional[Union[int, str]])
class Box(Generic[T]):
    def __init__(self, v: T):
        self.v = v
print(Box(3).v, Box[int])
def f(x: Optional[List[int]] = None) -> Dict[str, Any]:
    return {}
print(f.__annotations__)
