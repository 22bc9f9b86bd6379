# Annotations kept as source text are strings, which are never mangled;
# the names they annotate are.
from __future__ import annotations


class Typed:
    __count: __Unknown = 0

    def method(self, __arg: __Param, other: Typed) -> __Result:
        return __arg


print(Typed.__annotations__)
print(Typed.method.__annotations__)
print(Typed.method.__code__.co_varnames, Typed().method(7, None))
