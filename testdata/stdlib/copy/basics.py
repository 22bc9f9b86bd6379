import copy
class P:
    def __init__(self, x, y): self.x = x; self.y = y
    def __repr__(self): return "P(%r, %r)" % (self.x, self.y)
p = P([1], {"a": [2]})
q = copy.copy(p); print(q, q.x is p.x, vars(q))
r = copy.deepcopy(p); print(r, r.x is p.x, r.y["a"] is p.y["a"])
l = [1, 2]; l.append(l); m = copy.deepcopy(l); print(m, m[2] is m)
t = ([1],); print(copy.deepcopy(t) is t, copy.copy(t) is t, copy.deepcopy((1, 2)) is not None)
class S:
    __slots__ = ("a", "b")
s = S(); s.a = [1]
s2 = copy.deepcopy(s); print(s2.a, s2.a is s.a, hasattr(s2, "b"))
class L(list): pass
ll = L([1, [2]]); ll.tag = "t"
c = copy.copy(ll); print(type(c).__name__, c, c.tag, c[1] is ll[1])
d = copy.deepcopy(ll); print(type(d).__name__, d, d.tag, d[1] is ll[1])
class W:
    def __copy__(self): print("copy called"); return "C"
    def __deepcopy__(self, memo): print("deep called", type(memo).__name__); return "D"
print(copy.copy(W()), copy.deepcopy(W()))
print(copy.copy({1, 2}), copy.deepcopy(frozenset({1})), copy.copy(bytearray(b"ab")))
def gen(): yield 1
try: copy.copy(gen())
except Exception as e: print(type(e).__name__, e)
import sys
try: copy.deepcopy(sys)
except Exception as e: print(type(e).__name__, e)
try: copy.replace(p, x=1)
except Exception as e: print(type(e).__name__, e)
class R:
    def __init__(self, a): self.a = a
    def __replace__(self, **kw): return R(kw.get("a", self.a))
print(copy.replace(R(1), a=5).a)
print(copy.Error, copy.error is copy.Error)
shared = [1]
z = copy.deepcopy([shared, shared]); print(z[0] is z[1])
e = ValueError("bad", 1); e2 = copy.copy(e); print(type(e2).__name__, e2.args)
class I(int): pass
i = copy.copy(I(5)); print(type(i).__name__, i)
import collections
dd = collections.defaultdict(list, a=[1]); dd2 = copy.deepcopy(dd); print(dd2, dd2["a"] is dd["a"])
od = collections.OrderedDict(); od["b"] = 1; od["a"] = 2; print(copy.copy(od), copy.deepcopy(od))
Pt = collections.namedtuple("Pt", "x y"); print(copy.copy(Pt(1, [2])), copy.deepcopy(Pt(1, [2])))
dq = collections.deque([1, 2]); dq2 = copy.copy(dq); dq2.append(3); print(dq, dq2)
memo = {}; a = [1]; b = copy.deepcopy(a, memo); print(memo[id(a)] is b)
print(copy.copy(copy.copy) is copy.copy, copy.deepcopy(len) is len, copy.copy(int))
class K:
    def __reduce__(self): return (K, ())
print(type(copy.copy(K())).__name__)

# Cycles through instances, dicts and tuples, and sharing kept by the memo.
class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None
root = Node("root")
for n in ("a", "b"):
    child = Node(n)
    child.parent = root
    root.children.append(child)
clone = copy.deepcopy(root)
print(clone is not root, [c.name for c in clone.children], all(c.parent is clone for c in clone.children))
cyc = {"k": None}
t = (cyc, [1])
cyc["k"] = t
c2 = copy.deepcopy(t)
print(c2[0]["k"] is c2, c2[1] is not t[1])
class WithDeep:
    def __init__(self, data):
        self.data = data
    def __deepcopy__(self, memo):
        print("memo has root:", id(shared_root) in memo)
        return WithDeep(copy.deepcopy(self.data, memo))
shared_root = [WithDeep([1, 2])]
out = copy.deepcopy(shared_root)
print(out[0].data, out[0].data is not shared_root[0].data)
class Slotted:
    __slots__ = ("a", "__b")
    def __init__(self):
        self.a = [1]
        self.__b = 2
    def b(self):
        return self.__b
s = copy.copy(Slotted())
print(s.a, s.b())
class State:
    def __init__(self):
        self.x = 1
    def __getstate__(self):
        print("getstate")
        return {"x": self.x * 10}
    def __setstate__(self, state):
        print("setstate", state)
        self.x = state["x"]
print(copy.copy(State()).x)
print(copy.deepcopy([1, (2, 3), "s", None, 1.5, b"b", range(3)]))
class Sub(dict):
    pass
sd = Sub(a=[1])
sd.extra = "e"
sc = copy.deepcopy(sd)
print(type(sc).__name__, sc, sc.extra, sc["a"] is sd["a"])
ss = copy.copy({1, 2, 3})
print(sorted(ss), type(copy.copy(frozenset({1}))).__name__)
import collections
import dataclasses
@dataclasses.dataclass
class Pt:
    x: int
    y: int = 0
    tag: str = dataclasses.field(init=False, default="t")
print(copy.replace(Pt(1, 2), y=5), copy.replace(Pt(1)))
try:
    copy.replace(Pt(1), tag="u")
except TypeError as e:
    print("TypeError", e)
NT = collections.namedtuple("NT", "a b")
print(copy.replace(NT(1, 2), b=3))
try:
    copy.replace(NT(1, 2), c=3)
except TypeError as e:
    print("TypeError", e)
