from typing import is_typeddict, TypedDict, NotRequired, Required, get_type_hints
class Opts(TypedDict, total=False):
    verbose: bool
    name: Required[str]
class More(Opts):
    level: int
    tag: NotRequired[str]
print(Opts(verbose=True), type(Opts(verbose=True)))
for c in (Opts, More):
    print(c.__name__, c.__total__, sorted(c.__required_keys__), sorted(c.__optional_keys__), c.__annotations__)
M = TypedDict('M', {'a': int, 'b': str}, total=False)
print(M.__total__, sorted(M.__optional_keys__), M.__annotations__, M(a=1))
N = TypedDict('N', {'a': int})
print(N.__total__, sorted(N.__required_keys__), N.__optional_keys__)
print(get_type_hints(More))
print(get_type_hints(More, include_extras=True))
try: isinstance({}, Opts)
except TypeError as e: print(e)
print(is_typeddict(Opts), is_typeddict(dict), is_typeddict(TypedDict))
