# __set_name__ in the order the class body binds names; a property's
# name in its errors; generator names.
class D:
    def __set_name__(self, owner, name): print("set_name", name)
class C:
    qty = D()
    price = D()
    alpha = D()
class P2:
    x = property(lambda self: 5)
    @property
    def y(self): return 1
for a in ["x", "y"]:
    try:
        setattr(P2(), a, 3)
    except AttributeError as e:
        print(e)
def g(): yield
print(g().__name__, (x for x in []).__name__, g().gi_running)
