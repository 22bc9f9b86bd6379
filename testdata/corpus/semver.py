"""Semantic version parsing, comparison and range resolution."""
import re
import sys
from functools import total_ordering
from typing import NamedTuple, Optional, Iterable

SEMVER = re.compile(
    r"^v?(?P<major>0|[1-9]\d*)\.(?P<minor>0|[1-9]\d*)\.(?P<patch>0|[1-9]\d*)"
    r"(?:-(?P<pre>[0-9A-Za-z.-]+))?(?:\+(?P<build>[0-9A-Za-z.-]+))?$"
)


class Bump(NamedTuple):
    part: str
    amount: int = 1


@total_ordering
class Version:
    __slots__ = ("major", "minor", "patch", "pre", "build")

    def __init__(self, major: int, minor: int, patch: int, pre: Optional[str] = None, build: str | None = None):
        self.major, self.minor, self.patch, self.pre, self.build = major, minor, patch, pre, build

    @classmethod
    def parse(cls, s: str) -> "Version":
        m = SEMVER.match(s.strip())
        if m is None:
            raise ValueError(f"invalid version: {s!r}")
        g = m.groupdict()
        return cls(int(g["major"]), int(g["minor"]), int(g["patch"]), g["pre"], g["build"])

    def _pre_key(self):
        if self.pre is None:
            return (1,)
        parts = []
        for p in self.pre.split("."):
            parts.append((0, int(p), "") if p.isdigit() else (1, 0, p))
        return (0, tuple(parts))

    def key(self):
        return (self.major, self.minor, self.patch, self._pre_key())

    def __eq__(self, other):
        return self.key() == other.key()

    def __lt__(self, other):
        return self.key() < other.key()

    def __hash__(self):
        return hash(self.key())

    def __str__(self):
        s = f"{self.major}.{self.minor}.{self.patch}"
        if self.pre:
            s += f"-{self.pre}"
        if self.build:
            s += f"+{self.build}"
        return s

    def __repr__(self):
        return f"Version('{self}')"

    def bump(self, b: Bump) -> "Version":
        if b.part == "major":
            return Version(self.major + b.amount, 0, 0)
        if b.part == "minor":
            return Version(self.major, self.minor + b.amount, 0)
        return Version(self.major, self.minor, self.patch + b.amount)


def satisfies(v: Version, spec: str) -> bool:
    for clause in spec.split(","):
        clause = clause.strip()
        m = re.match(r"(>=|<=|==|!=|>|<|\^|~)?(.+)", clause)
        op, target = m.group(1) or "==", Version.parse(m.group(2))
        if op == "^":
            ok = target <= v < Version(target.major + 1, 0, 0)
        elif op == "~":
            ok = target <= v < Version(target.major, target.minor + 1, 0)
        else:
            ok = {"==": v == target, "!=": v != target, ">": v > target, "<": v < target,
                  ">=": v >= target, "<=": v <= target}[op]
        if not ok:
            return False
    return True


def best(versions: Iterable[Version], spec: str) -> Version | None:
    return max((v for v in versions if satisfies(v, spec) and not v.pre), default=None)


def main() -> int:
    raw = ["1.0.0", "v1.2.3", "1.2.3-alpha", "1.2.3-alpha.1", "1.2.3-alpha.beta", "1.2.3-beta.2",
           "1.2.3-beta.11", "1.2.3-rc.1", "2.0.0+build.5", "0.9.12", "1.10.0", "1.2.10", "01.2.3", "1.2"]
    versions = []
    for r in raw:
        try:
            versions.append(Version.parse(r))
        except ValueError as e:
            print("skip:", e)
    print(" < ".join(map(str, sorted(versions))))
    print(sorted(set(versions), reverse=True)[:3])
    for spec in ["^1.2.0", "~1.2.0", ">=1.0.0, <1.10.0", "!=2.0.0", ">3.0.0", "==1.2.3-rc.1"]:
        print(f"{spec:<18} -> {best(versions, spec)}")
    v = Version.parse("1.4.7")
    for b in (Bump("patch"), Bump("minor", 2), Bump("major")):
        print(f"{v} + {b} = {v.bump(b)}", b._asdict())
    print(Bump._fields, Bump._field_defaults, Bump("x") == ("x", 1), Version.parse("1.0.0+a") == Version.parse("1.0.0+b"))
    print(Version.__init__.__annotations__)
    return 0


if __name__ == "__main__":
    sys.exit(main())
