# Numbers and None have no container methods; lists and tuples have
# __contains__; the abc checks that rely on them.
import collections.abc as c
print(hasattr(int, "__iter__"), hasattr(int, "__len__"), hasattr(float, "__getitem__"), hasattr(3, "__len__"), hasattr(None, "__iter__"), hasattr(True, "__contains__"))
print(hasattr(list, "__iter__"), hasattr(str, "__len__"), hasattr(dict, "__getitem__"), hasattr([], "__contains__"), [1, 2].__contains__(2), (1,).__contains__(3))
print(isinstance(3, c.Sized), isinstance(3, c.Iterable), isinstance([], c.Sized), isinstance((), c.Container))
class MySized:
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, "__len__")
import abc
class S(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, "__len__")
print(isinstance(3, S), isinstance("ab", S))
print(bool.__mro__, bool.__bases__, bool.__base__, bool.mro(), issubclass(bool, int), isinstance(True, int))
