# copy and deepcopy of instances of abc.ABC classes; cls.__new__ is
# object.__new__ before the metaclass's.
import abc, copy
class A(abc.ABC):
    def __init__(self): self.v = [1]
a = A(); b = copy.copy(a); c = copy.deepcopy(a); print(b.v, c.v is a.v, c.v == a.v, type(b).__name__)
print(A.__new__(A).__class__.__name__)
