class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns['added'] = 42
        return super().__new__(mcls, name, bases, ns)
    def __iter__(cls):
        return iter([1, 2, 3])
    def __len__(cls):
        return 3
    def __getitem__(cls, k):
        return k * 2
    def __contains__(cls, x):
        return x == 'in'
    def __repr__(cls):
        return '<Meta class %s>' % cls.__name__
    def describe(cls):
        return 'described ' + cls.__name__
class A(metaclass=Meta):
    pass
class B(A):
    pass
print(A.added, type(A).__name__, type(B) is Meta, isinstance(A, Meta), list(A), len(A), A[5], 'in' in A, 'x' in B, A, B.describe())
Dyn = Meta('Dyn', (), {})
print(Dyn.added, Dyn)
class Plain(type):
    pass
class C(metaclass=Plain):
    x = 1
print(type(C).__name__, C.x, type(C()).__name__)
