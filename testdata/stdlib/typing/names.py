import typing
from typing import *
for t in [Optional[int], Union[int, str], List[int], List, ClassVar[int], ClassVar, Literal[1, 2], Callable[[int], str], Callable, Final[int], Dict[str, int], Tuple[int, ...], Annotated[int, "m"], list[int], int, None, Any, Type[int], NotRequired[int], Required[int], TypeGuard[int], Concatenate[int, ParamSpec("P")], Unpack[Tuple[int]], Self, Never, LiteralString, TypeAlias, Iterable[int], Sequence[str], Generic, Protocol]:
    try:
        print(repr(t), "|", get_origin(t), "|", get_args(t))
    except Exception as e: print(type(e).__name__, e)
print(SupportsInt, SupportsInt.__mro__ if hasattr(SupportsInt, '__mro__') else '')
class C(SupportsInt):
    def __int__(self): return 3
print(int(C()), isinstance(C(), SupportsInt), isinstance(3, SupportsInt), isinstance("x", SupportsInt))
@override
def m(): return 1
print(m(), m.__override__)
try: assert_never(3)
except AssertionError as e: print("AssertionError", e)
try: assert_never("x" * 200)
except AssertionError as e: print("AssertionError", e)
import sys
sys.stderr = sys.stdout
print(reveal_type(5))
sys.stderr = sys.__stderr__
print(assert_type(5, int))
P = ParamSpec("P"); Ts = TypeVarTuple("Ts")
print(P, Ts, P.args, P.kwargs, P.__name__, Ts.__name__)
@dataclass_transform()
def mk(cls): return cls
print(mk.__name__, mk.__dataclass_transform__)
print(TypeAlias)
x: TypeAlias = int
print(Required, NotRequired[int], TypeGuard[bool], LiteralString, Unpack[Ts], Concatenate[int, P], Self, Never, TypeIs[int], ReadOnly[int])
try: LiteralString()
except TypeError as e: print(e)
try: Self()
except TypeError as e: print(e)
