"""Config validator with argparse subcommands, dataclasses and enums."""
from __future__ import annotations
import argparse
import configparser
import json
import sys
from dataclasses import dataclass, field, asdict
from enum import Enum


class ConfigError(Exception):
    """Base for config problems."""


class MissingKey(ConfigError):
    def __init__(self, section: str, key: str):
        super().__init__(f"[{section}] missing required key {key!r}")
        self.section = section
        self.key = key


class BadValue(ConfigError):
    pass


class Level(str, Enum):
    DEBUG = "debug"
    INFO = "info"
    ERROR = "error"


@dataclass
class ServerConf:
    host: str
    port: int
    level: Level = Level.INFO
    tags: list[str] = field(default_factory=list)
    timeout: float | None = None

    def validate(self) -> None:
        if not (0 < self.port < 65536):
            raise BadValue(f"port out of range: {self.port}")


INI = """
[server]
host = example.org
port = 8080
level = debug
tags = web, edge , prod

[worker]
host = localhost
port = 99999

[broken]
port = 1
"""


def load(cp: configparser.ConfigParser, name: str) -> ServerConf:
    sec = cp[name]
    for key in ("host", "port"):
        if key not in sec:
            raise MissingKey(name, key)
    try:
        level = Level(sec.get("level", "info"))
    except ValueError as exc:
        raise BadValue(str(exc)) from exc
    tags = [t.strip() for t in sec.get("tags", "").split(",") if t.strip()]
    timeout = sec.getfloat("timeout", fallback=None)
    conf = ServerConf(sec["host"], sec.getint("port"), level, tags, timeout)
    conf.validate()
    return conf


def cmd_check(args) -> int:
    cp = configparser.ConfigParser()
    cp.read_string(INI)
    failures = 0
    for name in cp.sections():
        try:
            conf = load(cp, name)
        except MissingKey as e:
            print(f"{name}: MISSING {e.key} ({e})")
            failures += 1
        except ConfigError as e:
            print(f"{name}: {type(e).__name__}: {e}")
            failures += 1
        else:
            print(f"{name}: ok -> {conf}")
    return 1 if failures and args.strict else 0


def cmd_dump(args) -> int:
    cp = configparser.ConfigParser()
    cp.read_string(INI)
    conf = load(cp, args.section)
    d = asdict(conf)
    d["level"] = conf.level.value
    print(json.dumps(d, indent=args.indent, sort_keys=True))
    print(conf.level, repr(conf.level), conf.level == "debug", f"{conf.level}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="cfgcheck", description="Validate configs")
    sub = p.add_subparsers(dest="command", required=True)
    c = sub.add_parser("check", help="check all sections")
    c.add_argument("--strict", action="store_true")
    c.set_defaults(func=cmd_check)
    d = sub.add_parser("dump", help="dump one section as JSON")
    d.add_argument("section")
    d.add_argument("--indent", type=int, default=2)
    d.set_defaults(func=cmd_dump)
    return p


def main(argv: list[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    rc = 0
    for argv in (["check"], ["dump", "server", "--indent", "4"], ["check", "--strict"]):
        print(f"$ cfgcheck {' '.join(argv)}")
        rc = main(argv)
        print(f"-> rc={rc}")
    print(ServerConf.__annotations__)
    print(ServerConf("h", 1) == ServerConf("h", 1), ServerConf("h", 1))
    print([l.name for l in Level], Level["ERROR"], Level("info").value)
    sys.exit(rc)
