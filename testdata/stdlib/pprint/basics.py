import pprint

data = {
    "name": "deploy-pipeline",
    "stages": ["checkout", "build", "test", "package", "publish", "notify", "cleanup"],
    "env": {"PATH": "/usr/local/bin:/usr/bin:/bin", "HOME": "/home/ci", "LANG": "C.UTF-8"},
    "retries": (1, 2, 3),
    "tags": {10, 2, 33},
    "nested": {"a": {"b": {"c": {"d": [1, 2, 3, {"e": "deep value here"}]}}}},
    "numbers": list(range(40)),
    "empty": {}, "elist": [], "etuple": (), "eset": set(),
    "single": (1,),
    "frozen": frozenset({3, 1, 2}),
}
pprint.pprint(data)
print(pprint.pformat(data, width=40))
print(pprint.pformat(data, width=120))
print(pprint.pformat(data, indent=4, width=50))
print(pprint.pformat(data, depth=2))
print(pprint.pformat(data, depth=1))
print(pprint.pformat(data, compact=True, width=60))
print(pprint.pformat(data, sort_dicts=False, width=60))
pprint.pp({"z": 1, "a": [2] * 30})

long = "The quick brown fox jumps over the lazy dog. " * 5
pprint.pprint(long)
pprint.pprint([long, "short"])
pprint.pprint({"key": long, "other": "x"})
pprint.pprint("line one\nline two is longer than the others, much longer, really much longer\nthree\n")
pprint.pprint("nospacesatallinthisverylongstringthatgoesonandonandonbeyondthewidthofeightycharacters")
pprint.pprint(("a tuple holding a long string that will need to be split over lines " * 2,))
print(pprint.pformat("words " * 20, width=30))
print(pprint.pformat(["words " * 20], width=30))
print(pprint.pformat({"k": "words " * 20}, width=30, indent=3))
pprint.pprint(b"bytes value " * 10)
pprint.pprint([b"\x00\x01\x02\x03" * 30])
pprint.pprint(bytearray(b"abcdefgh" * 15))
pprint.pprint(b"abc")

nums = [[i * j for j in range(12)] for i in range(8)]
pprint.pprint(nums)
pprint.pprint(nums, compact=True)
pprint.pprint(nums, width=30, compact=True)
pprint.pprint(list(range(100)), compact=True)
pprint.pprint(list(range(30)), width=20)

rec = [1, 2]
rec.append(rec)
print(pprint.pformat(rec).startswith("[1, 2, <Recursion on list with id="))
d = {"self": None}
d["self"] = d
print(pprint.saferepr(d).startswith("{'self': <Recursion on dict with id="))
print(pprint.isrecursive(rec), pprint.isrecursive([1]), pprint.isreadable([1, "a"]), pprint.isreadable(object()))
print(pprint.isreadable(rec), pprint.saferepr([1, (2, "x"), {"b": 1, "a": 2}]))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)
pprint.pprint([Point(i, i * i) for i in range(12)])
pprint.pprint({(1, 2): "tuple key", 3: "int key", "s": "str key"}.items().__class__.__name__)
pprint.pprint({3: "c", 1: "a", 2: "b"})
pprint.pprint({"b": 1, 2: "mixed", "a": 3, None: 4})
print(pprint.pformat(12345678, underscore_numbers=True), pprint.pformat([10**9] * 3, underscore_numbers=True))
print(pprint.pformat(True), pprint.pformat(None), pprint.pformat(1.5), pprint.pformat(3 + 4j))

pp = pprint.PrettyPrinter(indent=2, width=30)
print(pp.pformat({"alpha": [1, 2, 3], "beta": {"gamma": "delta", "epsilon": "zeta"}}))
print(pp.isreadable({"a": 1}), pp.isrecursive({"a": 1}))
print(pp.format({"a": 1}, {}, 0, 0))
for kwargs in [{"indent": -1}, {"depth": 0}, {"width": 0}]:
    try:
        pprint.PrettyPrinter(**kwargs)
    except ValueError as e:
        print("ValueError", e)

class MyList(list):
    pass
class MyDict(dict):
    pass
pprint.pprint(MyList(range(30)))
pprint.pprint(MyDict({"key%d" % i: i for i in range(8)}))

import io
buf = io.StringIO()
pprint.pprint({"x": 1}, stream=buf)
print(repr(buf.getvalue()))
pprint.PrettyPrinter(stream=buf, width=10).pprint([1, 2, 3])
print(repr(buf.getvalue()))
