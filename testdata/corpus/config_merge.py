# Merges layered configuration (defaults, file, environment-style
# overrides, command line) with dict methods and ** unpacking.
import sys

DEFAULTS = {"host": "localhost", "port": 8000, "debug": False, "workers": 1,
            "db": {"name": "app", "pool": 5}, "plugins": ["core"]}
FILE = {"port": 8080, "db": {"pool": 20, "timeout": 3}, "plugins": ["auth", "cache"]}
ENV = ["APP_DEBUG=true", "APP_WORKERS=4", "APP_DB__NAME=prod", "OTHER=ignored", "APP_DB__POOL=25"]
CLI = {"port": 9000, "verbose": True}


def deep_merge(base, override):
    out = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = deep_merge(out[key], value)
        elif isinstance(value, list) and isinstance(out.get(key), list):
            out[key] = out[key] + [v for v in value if v not in out[key]]
        else:
            out[key] = value
    return out


def coerce(text):
    if text.lower() in ("true", "false"):
        return text.lower() == "true"
    return int(text) if text.lstrip("-").isdigit() else text


def from_env(lines, prefix="APP_"):
    result = {}
    for line in lines:
        key, _, value = line.partition("=")
        if not key.startswith(prefix):
            continue
        path = key[len(prefix):].lower().split("__")
        node = result
        for part in path[:-1]:
            node = node.setdefault(part, {})
        node[path[-1]] = coerce(value)
    return result


env = from_env(ENV)
print("env layer:", env)
layers = [("defaults", DEFAULTS), ("file", FILE), ("env", env), ("cli", CLI)]
config = {}
sources = {}
for name, layer in layers:
    config = deep_merge(config, layer)
    for key in layer:
        sources[key] = name
for key, value in config.items():
    print("  %-8s = %-40r (from %s)" % (key, value, sources[key]))

quick = {**DEFAULTS, **FILE, **CLI}
print("shallow merge db:", quick["db"], "plugins:", quick["plugins"])
print("keys added by overrides:", sorted(set(config) - set(DEFAULTS)))
flags = dict.fromkeys(["debug", "verbose", "trace"], False)
flags.update({k: v for k, v in config.items() if k in flags})
print("flags:", flags)
counts = dict.fromkeys("abc", 0)
for ch in "abacab":
    counts[ch] += 1
print(counts, dict.fromkeys(range(3)))

snapshot = config.copy()
removed = snapshot.pop("verbose")
missing = snapshot.pop("nothing", "n/a")
last = snapshot.popitem()
print("pop:", removed, missing, "popitem:", last, "left:", list(snapshot))
print("get:", config.get("port"), config.get("timeout"), config.get("timeout", 30), config["db"].get("timeout"))
first = config.setdefault("port", 1)
new = config.setdefault("region", "eu-west")
print("setdefault:", first, new, config["region"])
print("items sorted:", sorted((k, str(v)) for k, v in config["db"].items()))
print("values with ints:", [v for v in config.values() if isinstance(v, int) and not isinstance(v, bool)])
merged_lists = [*DEFAULTS["plugins"], *FILE["plugins"], "extra"]
print(merged_lists, (*range(3), *"ab"), {*[1, 2], *[2, 3]})
print(len(config), "host" in config, "HOST" in config, list(config)[-1])
