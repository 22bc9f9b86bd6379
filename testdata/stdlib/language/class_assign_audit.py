# Changing an instance's class raises object.__setattr__ on every route:
# the statement, setattr(), object.__setattr__, a bound __setattr__, super().
import sys
def hook(e, a):
    if e == "object.__setattr__" and a[1] == "__class__":
        raise RuntimeError("denied " + type(a[0]).__name__)
sys.addaudithook(hook)
class A: pass
class B: pass
class C(A):
    def go(self): super().__setattr__("__class__", B)
for f in [lambda a: exec("a.__class__ = B", {"a": a, "B": B}), lambda a: setattr(a, "__class__", B), lambda a: object.__setattr__(a, "__class__", B), lambda a: a.__setattr__("__class__", B), lambda a: C.go(a)]:
    a = C() if f is not None else A()
    try:
        f(a)
        print("changed to", type(a).__name__)
    except RuntimeError as e:
        print(e, type(a).__name__)
