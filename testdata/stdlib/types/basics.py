import types, sys
ns = types.SimpleNamespace(a=1, b="x")
print(ns, ns.a, repr(ns))
ns.c = [1]; del ns.a; print(ns)
print(types.SimpleNamespace({"k": 1}, z=2))
print(ns == types.SimpleNamespace(b="x", c=[1]), ns != types.SimpleNamespace(), ns == 1)
try: hash(ns)
except TypeError: print("unhashable")
class Sub(types.SimpleNamespace): pass
print(Sub(q=1), Sub(q=1) == types.SimpleNamespace(q=1))
r = types.SimpleNamespace(); r.self = r; print(r)
print(vars(ns))
try: types.SimpleNamespace(1, 2)
except TypeError as e: print("TypeError", e)
print(type(ns), types.SimpleNamespace)
d = {"a": 1}
mp = types.MappingProxyType(d)
print(mp, mp["a"], len(mp), "a" in mp, list(mp), mp.get("z", 0), type(mp))
d["b"] = 2; print(mp, list(mp.items()), list(mp.keys()), list(mp.values()))
try: mp["c"] = 3
except TypeError as e: print("TypeError", e)
try: del mp["a"]
except TypeError as e: print("TypeError", e)
try: types.MappingProxyType([1])
except TypeError as e: print("TypeError", e)
print(mp | {"z": 0}, mp.copy(), mp == d, str(mp))
def f(): pass
class C:
    def m(self): return "m of", type(self).__name__
def gen(): yield
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(C().m, types.MethodType))
print(isinstance(len, types.BuiltinFunctionType), isinstance([].append, types.BuiltinMethodType), isinstance(gen(), types.GeneratorType))
print(isinstance(sys, types.ModuleType), isinstance(None, types.NoneType), types.NoneType)
print(isinstance(f.__code__, types.CodeType), isinstance(list[int], types.GenericAlias))
bm = types.MethodType(lambda self, x: (self, x), "obj"); print(bm(3))
bm2 = types.MethodType(C.m, C()); print(bm2())
try: types.MethodType(1, 2)
except TypeError as e: print("TypeError", e)
mod = types.ModuleType("plugins", "Plugin doc"); mod.x = 5
print(mod.__name__, mod.__doc__, mod.x, isinstance(mod, types.ModuleType))
exec("y = x * 2", mod.__dict__); print(mod.y)
print(types.ModuleType("m2").__doc__)
try: types.ModuleType(5)
except TypeError as e: print("TypeError", e)
def body(ns): ns["hello"] = lambda self: "hi"
K = types.new_class("K", (C,), {}, body)
print(K.__name__, K().hello(), K.__mro__[1].__name__, issubclass(K, C))
class Meta(type):
    pass
M = types.new_class("M", (), {"metaclass": Meta})
print(type(M).__name__)
print(types.get_original_bases(K), types.resolve_bases((int,)))
try:
    raise ValueError
except ValueError as e:
    print(isinstance(e.__traceback__, types.TracebackType))
print(types.SimpleNamespace(a=1).__dict__)
import copy
print(copy.replace(types.SimpleNamespace(a=1, b=2), b=3))
