"""Layered config merge: defaults, file, env, CLI, with copy/deepcopy and ChainMap."""
import copy
import json
import os
import sys
from collections import ChainMap, defaultdict
from types import MappingProxyType, SimpleNamespace

DEFAULTS = {
    "db": {"host": "localhost", "port": 5432, "pool": {"min": 1, "max": 10}},
    "cache": {"enabled": False, "ttl": 60},
    "features": ["a"],
    "name": "svc",
}

FILE_CFG = json.loads('{"db": {"host": "db.prod", "pool": {"max": 50}}, "features": ["b", "c"], "cache": {"enabled": true}}')


def deep_merge(base, over, path=()):
    out = copy.copy(base)
    for k, v in over.items():
        if isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = deep_merge(out[k], v, path + (k,))
        elif isinstance(v, list) and isinstance(out.get(k), list):
            out[k] = out[k] + [x for x in v if x not in out[k]]
        else:
            out[k] = v
    return out


def env_overrides(prefix="APP__"):
    result = {}
    for key, val in sorted(os.environ.items()):
        if not key.startswith(prefix):
            continue
        parts = key[len(prefix):].lower().split("__")
        cur = result
        for p in parts[:-1]:
            cur = cur.setdefault(p, {})
        try:
            cur[parts[-1]] = json.loads(val)
        except json.JSONDecodeError:
            cur[parts[-1]] = val
    return result


def flatten(d, prefix=""):
    for k, v in d.items():
        key = f"{prefix}.{k}" if prefix else k
        if isinstance(v, dict):
            yield from flatten(v, key)
        else:
            yield key, v


def main():
    os.environ["APP__DB__PORT"] = "6432"
    os.environ["APP__CACHE__TTL"] = "300"
    os.environ["APP__NAME"] = "svc-prod"
    os.environ["APP__DB__POOL__MIN"] = "five"
    merged = deep_merge(deep_merge(DEFAULTS, FILE_CFG), env_overrides())
    for k, v in flatten(merged):
        print(f"{k:<14} = {v!r}")
    print("defaults untouched:", DEFAULTS["db"]["pool"], DEFAULTS["features"])
    shallow = copy.copy(DEFAULTS)
    deep = copy.deepcopy(DEFAULTS)
    shallow["db"]["port"] = 1
    deep["db"]["port"] = 2
    print(DEFAULTS["db"]["port"], deep["db"]["port"], shallow["db"] is DEFAULTS["db"], deep["db"] is DEFAULTS["db"])
    cli = {"name": "from-cli"}
    cm = ChainMap(cli, {"name": "env", "debug": True}, {"name": "default", "debug": False, "x": 1})
    print(cm["name"], cm["debug"], cm["x"], len(cm), sorted(cm), dict(cm) == {"name": "from-cli", "debug": True, "x": 1})
    child = cm.new_child({"x": 99})
    child["y"] = 5
    print(child["x"], cm["x"], child.maps[0], "y" in cm)
    ro = MappingProxyType(merged["db"])
    try:
        ro["host"] = "x"
    except TypeError as e:
        print("TypeError:", e)
    print(ro["host"], len(ro), list(ro)[:2])
    ns = SimpleNamespace(**{k.replace(".", "_"): v for k, v in flatten(merged)})
    print(ns.db_host, ns.cache_ttl, sorted(vars(ns))[:3])
    print(ns == SimpleNamespace(**vars(ns)))
    tree = lambda: defaultdict(tree)
    t = tree()
    t["a"]["b"]["c"] = 1
    t["a"]["d"] = 2
    print(json.dumps(t, sort_keys=True))

    class Node:
        def __init__(self, v):
            self.v, self.children, self.parent = v, [], None

        def __deepcopy__(self, memo):
            n = Node(self.v * 10)
            memo[id(self)] = n
            n.children = copy.deepcopy(self.children, memo)
            return n

    root = Node(1)
    root.children.append(Node(2))
    clone = copy.deepcopy(root)
    print(clone.v, [c.v for c in clone.children])
    cyc = [1, 2]
    cyc.append(cyc)
    c2 = copy.deepcopy(cyc)
    print(c2[2] is c2, cyc, copy.copy((1, [2])) )
    return 0


if __name__ == "__main__":
    sys.exit(main())
