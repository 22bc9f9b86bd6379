# Settings object deriving from dict: case-insensitive keys, typed
# getters, defaults through __missing__, and layered overrides.
import sys


class Settings(dict):
    def __init__(self, *args, **kwargs):
        super().__init__()
        self.update(*args, **kwargs)

    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.upper())

    def __contains__(self, key):
        return super().__contains__(key.upper())

    def __missing__(self, key):
        raise KeyError("setting %s is not defined" % key)

    def update(self, *args, **kwargs):
        for mapping in args:
            for k, v in dict(mapping).items():
                self[k] = v
        for k, v in kwargs.items():
            self[k] = v

    def get_int(self, key, default=0):
        try:
            return int(self[key], 0)
        except KeyError:
            return default

    def get_list(self, key, sep=","):
        if key not in self:
            return []
        return [p.strip() for p in self[key].split(sep) if p.strip()]

    def __repr__(self):
        return "Settings(%s)" % dict.__repr__(self)


class Defaults(Settings):
    def __missing__(self, key):
        return "<unset>"


base = Settings({"debug": "0", "port": "8000"}, workers="2", allowed_hosts="localhost, 127.0.0.1,")
print(base)
print("len", len(base), "keys", list(base.keys()))
print("port", base.get_int("Port"), "hex mask", base.get_int("mask", 0o644))
base["mask"] = "0x1ff"
print("mask now", base.get_int("MASK"), oct(base.get_int("MASK")))
print("hosts", base.get_list("ALLOWED_HOSTS"), base.get_list("missing"))
print("contains:", "Debug" in base, "DEBUG" in base, "nope" in base)

try:
    base["secret_key"]
except KeyError as e:
    print("KeyError:", e)

overrides = [{"debug": "1"}, {"port": "9000", "log": "json"}, {}]
layered = Settings(base)
for layer in overrides:
    layered.update(layer)
changed = {k: (base.get(k), layered[k]) for k in layered if base.get(k) != layered[k]}
print("changed:", changed)
print("is dict:", isinstance(layered, dict), type(layered).__name__, type(layered).__mro__[1].__name__)

d = Defaults(name="svc")
print(d["name"], d["anything"], d.get("anything"), d.get("anything", "fallback"))
print(dict(d), sorted(d.items()))
popped = layered.pop("LOG")
print("popped", popped, "left", len(layered))
copy = dict(layered)
copy["extra"] = "x"
print(type(copy).__name__, "extra" in layered, "EXTRA" in layered, "extra" in copy)
merged = {**base, **{"PORT": "1"}}
print(sorted(merged.items()))
