# Reads an INI-style service configuration, applies defaults and prints
# the effective settings per section.
import sys

CONFIG = """
; global settings
[server]
host = 0.0.0.0
port = 8080
workers = 4
debug = no

[database]
url = postgres://db.internal:5432/app
pool_size=10
timeout = 2.5
# retries are per query
retries = 3

[features]
beta_search = yes
new_ui = off
  legacy_export = TRUE

[empty]
"""

DEFAULTS = {
    "server": {"host": "127.0.0.1", "port": "80", "workers": "1", "debug": "no", "log_level": "info"},
    "database": {"pool_size": "5", "timeout": "1", "retries": "0"},
}

TRUTHY = ("yes", "on", "true", "1")
FALSY = ("no", "off", "false", "0")


class ConfigError(Exception):
    pass


def parse(text):
    sections = {}
    current = None
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith((";", "#")):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1].strip()
            sections.setdefault(current, {})
            continue
        if current is None:
            raise ConfigError("line %d: key outside of a section" % lineno)
        key, sep, value = line.partition("=")
        if not sep:
            raise ConfigError("line %d: expected key = value, got %r" % (lineno, line))
        sections[current][key.strip().lower()] = value.strip()
    return sections


def convert(value):
    low = value.lower()
    if low in TRUTHY:
        return True
    if low in FALSY:
        return False
    if value.isdigit():
        return int(value)
    try:
        return float(value)
    except ValueError:
        return value


def effective(sections):
    result = {}
    for name in list(DEFAULTS) + [s for s in sections if s not in DEFAULTS]:
        merged = dict(DEFAULTS.get(name, {}))
        merged.update(sections.get(name, {}))
        result[name] = {k: convert(v) for k, v in merged.items()}
    return result


conf = effective(parse(CONFIG))
for section, values in conf.items():
    print("[%s] (%d keys)" % (section, len(values)))
    for key in sorted(values):
        value = values[key]
        print("  %-14s = %-35r %s" % (key, value, type(value).__name__))

server = conf["server"]
print("listen on %s:%d with %d workers" % (server["host"], server["port"], server["workers"]))
db = conf["database"]
print("db timeout total:", db["timeout"] * (db["retries"] + 1))
enabled = [name for name, on in conf["features"].items() if on is True]
print("enabled features:", ", ".join(sorted(enabled)))
print("empty section present:", "empty" in conf, conf["empty"])

for bad in ("key = value\n[s]\n", "[s]\njust a line\n"):
    try:
        parse(bad)
    except ConfigError as e:
        print("error:", e)
