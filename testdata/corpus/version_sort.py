# Sorts release versions the way a package tool would: numeric parts,
# pre-releases before finals, and picks upgrade candidates.
import sys

RELEASES = [
    "1.10.0", "1.2.0", "1.9.3", "2.0.0rc1", "2.0.0", "2.0.0b2", "1.10.1",
    "0.9", "2.1.0a1", "1.2", "2.0.1", "v1.4.2", "1.4.2", "3.0.0.dev4",
]

STAGES = {"dev": 0, "a": 1, "b": 2, "rc": 3, "": 4}


def parse(version):
    text = version.lstrip("v")
    stage, num = "", 0
    for tag in ("dev", "rc", "a", "b"):
        head, sep, tail = text.rpartition(tag)
        if sep and tail.isdigit():
            text, stage, num = head.rstrip("."), tag, int(tail)
            break
    parts = tuple(int(p) for p in text.split("."))
    while len(parts) < 3:
        parts += (0,)
    return parts, STAGES[stage], num


def key(version):
    return parse(version)


ordered = sorted(RELEASES, key=key)
print("ascending:")
for v in ordered:
    parts, stage, num = parse(v)
    print("  %-10s -> %s stage=%d n=%d" % (v, ".".join(map(str, parts)), stage, num))

print("newest first:", sorted(RELEASES, key=key, reverse=True)[:4])
finals = [v for v in RELEASES if parse(v)[1] == STAGES[""]]
print("newest final:", max(finals, key=key), "oldest:", min(finals, key=key))

seen = {}
for v in ordered:
    seen.setdefault(parse(v), []).append(v)
dups = {k: vs for k, vs in seen.items() if len(vs) > 1}
print("same version spelled differently:", dups)

by_major = {}
for v in ordered:
    by_major.setdefault(parse(v)[0][0], []).append(v)
for major, vs in by_major.items():
    print("major %d: %d releases, latest %s" % (major, len(vs), vs[-1]))


def upgrades(current, allow_pre=False):
    base = key(current)
    for v in ordered:
        parsed = key(v)
        if parsed <= base:
            continue
        if parsed[1] != STAGES[""] and not allow_pre:
            continue
        kind = "major" if parsed[0][0] > base[0][0] else "minor" if parsed[0][1] > base[0][1] else "patch"
        yield v, kind


for cur in ("1.9.3", "2.0.0", "2.0.1"):
    print(cur, "->", list(upgrades(cur)), "| with pre:", [v for v, _ in upgrades(cur, allow_pre=True)])
print(sorted(["10", "9", "100", "1"]), sorted(["10", "9", "100", "1"], key=int))
