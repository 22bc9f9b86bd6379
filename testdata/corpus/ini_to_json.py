"""INI-to-JSON converter with type coercion and interpolation."""
import configparser
import io
import json
import sys

INI = r"""
# global comment
[DEFAULT]
base_dir = /srv/app
log_level = INFO
retries = 3

[paths]
data = %(base_dir)s/data
logs = %(base_dir)s/logs
cache = ${base_dir}/cache

[database]
host = db.internal
port = 5432
enabled = yes
ratio = 0.75
options =
    sslmode=require
    connect_timeout=10

[feature flags]
new_ui = off
beta : true
empty =
"""


def coerce(value: str):
    low = value.lower()
    if low in ("yes", "true", "on"):
        return True
    if low in ("no", "false", "off"):
        return False
    for conv in (int, float):
        try:
            return conv(value)
        except ValueError:
            pass
    if "\n" in value:
        return [v for v in value.splitlines() if v]
    return value


def to_dict(cp: configparser.ConfigParser) -> dict:
    out = {"DEFAULT": dict(cp.defaults())}
    for sec in cp.sections():
        out[sec] = {k: coerce(v) for k, v in cp.items(sec)
                    if k not in cp.defaults() or cp.get(sec, k) != cp.defaults()[k]}
    return out


def main() -> int:
    cp = configparser.ConfigParser()
    cp.read_string(INI)
    print(cp.sections())
    print(json.dumps(to_dict(cp), indent=2))
    print(cp.getboolean("database", "enabled"), cp.getint("database", "port"),
          cp.getfloat("database", "ratio"), cp.get("paths", "logs"))
    print(cp.get("paths", "cache"))
    print(cp.get("paths", "data", raw=True), cp.get("paths", "nope", fallback="dflt"))
    print("retries" in cp["paths"], cp.has_option("database", "retries"), cp.has_section("x"))
    ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
    ext.read_string(INI)
    print(ext.get("paths", "cache"))
    raw = configparser.RawConfigParser()
    raw.read_string(INI)
    print(raw.get("paths", "data"))
    try:
        cp.get("database", "missing")
    except configparser.NoOptionError as e:
        print("NoOptionError:", e)
    try:
        cp["nosuch"]
    except KeyError as e:
        print("KeyError:", e)
    try:
        configparser.ConfigParser().read_string("[a]\nx=1\n[a]\n")
    except configparser.DuplicateSectionError as e:
        print(type(e).__name__, e)
    try:
        configparser.ConfigParser().read_string("no section header\n")
    except configparser.MissingSectionHeaderError as e:
        print(type(e).__name__)
    bad = configparser.ConfigParser()
    bad.read_string("[s]\na = %(nope)s\n")
    try:
        bad.get("s", "a")
    except configparser.InterpolationError as e:
        print(type(e).__name__)
    new = configparser.ConfigParser()
    new["server"] = {"host": "h", "port": "80"}
    new.add_section("extra")
    new.set("extra", "Key", "Value")
    buf = io.StringIO()
    new.write(buf)
    print(buf.getvalue())
    print(list(new["extra"].keys()), dict(new["server"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
