# object.__init__ refuses the arguments a cooperative chain leaves over.
class A:
    def __init__(self, **kw):
        super().__init__(**kw)
A()
try:
    A(x=1)
except TypeError as e:
    print(e)
class M1:
    def __init__(self, a=0, **kw):
        self.a = a
        super().__init__(**kw)
class M2:
    def __init__(self, b=0, **kw):
        self.b = b
        super().__init__(**kw)
class C(M1, M2):
    pass
c = C(a=1, b=2); print(c.a, c.b)
try:
    C(a=1, b=2, z=3)
except TypeError as e:
    print(e)
class D(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
print(D(x=1))
