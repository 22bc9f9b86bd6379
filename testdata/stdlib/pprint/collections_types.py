import collections
import dataclasses
import pprint
import types

od = collections.OrderedDict()
for i in range(10):
    od["key%d" % i] = "value number %d" % i
pprint.pprint(od)
pprint.pprint(collections.OrderedDict())
dd = collections.defaultdict(list)
for i in range(8):
    dd["group%d" % i].append("member %d of the group" % i)
pprint.pprint(dd)
pprint.pprint(collections.defaultdict(int))
c = collections.Counter("the quick brown fox jumps over the lazy dog again and again")
pprint.pprint(c)
pprint.pprint(collections.Counter({"a": 3}))
cm = collections.ChainMap({"a" * 20: 1, "b" * 20: 2}, {"c" * 20: 3, "d" * 20: 4})
pprint.pprint(cm)
dq = collections.deque(range(40))
pprint.pprint(dq)
pprint.pprint(collections.deque(range(40), maxlen=50))
pprint.pprint(collections.deque([1, 2]))

@dataclasses.dataclass
class Job:
    name: str
    steps: list
    env: dict = dataclasses.field(default_factory=dict)
    hidden: int = dataclasses.field(default=0, repr=False)

job = Job("build-and-test", ["checkout", "compile", "unit tests", "integration tests", "upload"],
          {"CI": "true", "PYTHONHASHSEED": "0", "LANG": "C.UTF-8"})
pprint.pprint(job)
pprint.pprint([job], width=50)
pprint.pprint(Job("x", [1], {}))

ns = types.SimpleNamespace(host="build01.example.com", port=8080,
                           paths=["/var/log/app", "/var/lib/app", "/etc/app/config.d"],
                           options={"verbose": True, "retries": 3, "timeout": 30.5})
pprint.pprint(ns)
pprint.pprint(types.SimpleNamespace(a=1))
mp = types.MappingProxyType({"k%d" % i: list(range(i)) for i in range(8)})
pprint.pprint(mp)
Point = collections.namedtuple("Point", "x y")
pprint.pprint([Point(i, i) for i in range(8)])
pprint.pprint({"points": [Point(1, 2)] * 6})
