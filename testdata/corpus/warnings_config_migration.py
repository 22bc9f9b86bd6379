# Migrates service configuration files from an old key layout to the new
# one: deprecated keys raise DeprecationWarning (collected and reported),
# unknown keys a UserWarning, and a strict mode turns warnings into errors.
import contextlib
import copy
import json
import os
import sys
import types
import warnings

RENAMED = {"listen": "bind_address", "workers_count": "workers", "log_file": "log.path"}
KNOWN = {"bind_address", "workers", "log.path", "log.level", "name", "tls"}


class ConfigWarning(UserWarning):
    pass


def migrate(raw, source):
    cfg = {}
    for key, value in raw.items():
        if key in RENAMED:
            warnings.warn("%s: %r is deprecated, use %r" % (source, key, RENAMED[key]),
                          DeprecationWarning, stacklevel=2)
            key = RENAMED[key]
        elif key not in KNOWN:
            warnings.warn("%s: unknown key %r ignored" % (source, key), ConfigWarning, stacklevel=2)
            continue
        cfg[key] = value
    return cfg


def load_all(folder):
    configs = {}
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".json"):
            continue
        with open(os.path.join(folder, name)) as f:
            raw = json.load(f)
        configs[name] = migrate(raw, name)
    return configs


folder = sys.argv[1] if len(sys.argv) > 1 else "/tmp"
work = os.path.join(folder, "configs")
os.makedirs(work, exist_ok=True)
samples = {
    "api.json": {"name": "api", "listen": "0.0.0.0:8080", "workers_count": 4},
    "worker.json": {"name": "worker", "workers": 8, "log_file": "/var/log/w.log", "colour": "blue"},
    "web.json": {"name": "web", "bind_address": "127.0.0.1:80", "tls": True},
}
with contextlib.chdir(work):
    for name, body in samples.items():
        with open(name, "w") as f:
            json.dump(body, f)
    with contextlib.suppress(FileNotFoundError):
        os.remove("stale.json")

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    configs = load_all(work)
for w in caught:
    print("%-18s %s" % (w.category.__name__, w.message))
print(len(caught), "warnings")

for name, cfg in configs.items():
    ns = types.SimpleNamespace(**{k.replace(".", "_"): v for k, v in cfg.items()})
    print(name, ns)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("default")
    for _ in range(3):
        migrate({"listen": "x"}, "loop.json")
print("default action shows a repeated warning", len(caught), "time(s)")

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", category=ConfigWarning)
    warnings.filterwarnings("error", message=".*workers_count")
    try:
        load_all(work)
    except DeprecationWarning as exc:
        print("strict mode stopped:", exc)
print("remaining warnings:", [str(w.message) for w in caught])

base = types.SimpleNamespace(name="template", workers=2, tls=False)
prod = copy.replace(base, name="prod", tls=True)
print(base, prod, base == copy.copy(base))
