# Enums mixed with str and int compare, hash and serialise as their values.
import json
from enum import Enum, IntEnum


def show(label, fn):
    try:
        result = fn()
    except Exception as e:
        result = f"{type(e).__name__}: {e}"
    print(label, repr(result))


class Env(str, Enum):
    DEV = "dev"
    PROD = "prod"


class Num(int, Enum):
    ONE = 1
    TWO = "2"


class Ratio(float, Enum):
    HALF = 0.5
    WHOLE = 1


show("str eq", lambda: (Env.DEV == "dev", "dev" == Env.DEV, Env.DEV != "dev", Env.DEV == "prod"))
show("str lookups", lambda: ({"dev": 1}.get(Env.DEV), Env.DEV in ("dev", "prod"), "prod" in [Env.PROD]))
show("str hash", lambda: (hash(Env.DEV) == hash("dev"), len({Env.DEV, "dev", Env.PROD})))
show("str format", lambda: (str(Env.DEV), format(Env.DEV), f"{Env.DEV}", f"{Env.DEV:>9}|", "%s" % Env.DEV, "%r" % Env.DEV))
show("str attrs", lambda: (Env.DEV.value, Env.DEV.name, Env("prod"), Env.DEV.upper(), Env.DEV + "-x", Env.DEV < "z"))
show("str json", lambda: (json.dumps(Env.DEV), json.dumps({Env.DEV: [Env.PROD]})))
show("str bad", lambda: Env("test"))
show("int eq", lambda: (Num.ONE == 1, 1 == Num.ONE, Num.TWO == 2, Num.TWO.value, Num(2), {1: "one"}[Num.ONE]))
show("int hash", lambda: (hash(Num.ONE) == hash(1), len({Num.ONE, 1})))
show("int format", lambda: (str(Num.ONE), f"{Num.ONE}", format(Num.ONE, ""), "%s %d %r" % (Num.ONE, Num.ONE, Num.ONE)))
show("int math", lambda: (Num.ONE + 1, Num.TWO * 3, int(Num.TWO), sorted([Num.TWO, 0, Num.ONE])))
show("float", lambda: (Ratio.HALF == 0.5, repr(Ratio.WHOLE), Ratio.WHOLE.value, hash(Ratio.HALF) == hash(0.5)))
show("json ints", lambda: json.dumps([Num.ONE, {"n": Num.TWO}]))
show("isinstance", lambda: (isinstance(Env.DEV, str), isinstance(Num.ONE, int), isinstance(Env.DEV, Env)))


class Status(IntEnum):
    OK = 200


show("intenum", lambda: (Status.OK == 200, hash(Status.OK) == hash(200), str(Status.OK), f"{Status.OK:d}"))
show("plain", lambda: (Env.DEV == Env.DEV, Status.OK != Env.DEV))
