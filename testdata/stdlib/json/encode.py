import json
data = {"name": "Ünïcode ☃ \U0001F600", "ctrl": "\x00\x1f\x7f\b\f\n\r\t\"\\/", "n": None, "t": True, "f": False,
        "ints": [0, -1, 12345678901234567890], "floats": [1.0, 0.1, 1e16, 1e-7, 1.5e300, -0.0, 3.141592653589793, 1e22, 123456789.0],
        "nested": {"a": [], "b": {}, "c": [[], {}], "d": (1, 2)}, 1: "int", 2.5: "float", None: "none", True: "true", False: "false"}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2))
print(json.dumps(data, indent="\t", separators=(",", ":")))
print(json.dumps(data, indent=0))
print(json.dumps([1, [2, [3, {}]]], indent=4, separators=(', ', ' = ')))
print(json.dumps({"b": 1, "a": [3, {"z": 1, "y": 2}]}, sort_keys=True, indent=1))
print(json.dumps([float('nan'), float('inf'), float('-inf')]))
print(json.dumps({float('nan'): 1, float('inf'): 2}))
for bad in [lambda: json.dumps({1, 2}), lambda: json.dumps([float('nan')], allow_nan=False), lambda: json.dumps({(1, 2): 3}),
            lambda: json.dumps({"a": 1, 2: 3}, sort_keys=True), lambda: json.dumps(b'x'), lambda: json.dumps(object)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
a = []; a.append(a)
try: json.dumps(a)
except ValueError as e: print(e)
d = {}; d['self'] = d
try: json.dumps(d)
except ValueError as e: print(e)
print(json.dumps({(1, 2): 3, "ok": 1}, skipkeys=True))
print(json.dumps({1, 2} , default=sorted))
print(json.dumps({"s": {3, 1}}, default=lambda o: sorted(o)))
class P:
    def __init__(self, x): self.x = x
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, P): return {"P": o.x}
        return super().default(o)
print(json.dumps([P(1), P([P(2)])], cls=Enc))
print(Enc(indent=2).encode({"p": P(3)}))
try: json.dumps([P(1), object()], cls=Enc)
except TypeError as e: print(e)
class S(str): pass
class I(int): pass
class F(float): pass
class L(list): pass
class D(dict): pass
print(json.dumps([S("s"), I(3), F(2.5), L([1]), D(a=1), True, 1.0]))
print(json.dumps("plain"), json.dumps(3), json.dumps(None), json.dumps(""), json.dumps([]), json.dumps({}), json.dumps([], indent=2), json.dumps({}, indent=2))
print(json.dumps({"a": [1, 2]}, separators=(',', ':')))
print(json.JSONEncoder(sort_keys=True).encode({"b": 2, "a": 1}), json.JSONEncoder().item_separator, repr(json.JSONEncoder(indent=2).item_separator))
print(list(json.JSONEncoder().iterencode([1, 2]))[0:0], ''.join(json.JSONEncoder().iterencode({"a": [1]})))
print(json.dumps(10**30), json.dumps(2.0**70), json.dumps(1/3))
class Buf:
    def __init__(self, text=''): self.parts = [text]
    def write(self, s): self.parts.append(s)
    def read(self): return ''.join(self.parts)
    def getvalue(self): return ''.join(self.parts)
buf = Buf()
json.dump({"k": [1, 2]}, buf, indent=2)
print(buf.getvalue())
print(json.load(Buf('{"x": 1}')))
