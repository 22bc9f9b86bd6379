"""Line diff via LCS plus pprint reports of nested structures."""
import pprint
import sys
from functools import reduce

OLD = """\
server:
  host: localhost
  port: 8080
  workers: 4
logging:
  level: info
features:
  - auth
  - cache
""".splitlines()

NEW = """\
server:
  host: 0.0.0.0
  port: 8080
  workers: 8
  timeout: 30
logging:
  level: info
features:
  - auth
  - metrics
""".splitlines()


def lcs_table(a, b):
    t = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            t[i][j] = t[i + 1][j + 1] + 1 if a[i] == b[j] else max(t[i + 1][j], t[i][j + 1])
    return t


def diff(a, b):
    t = lcs_table(a, b)
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            yield " ", a[i]
            i += 1
            j += 1
        elif t[i + 1][j] >= t[i][j + 1]:
            yield "-", a[i]
            i += 1
        else:
            yield "+", b[j]
            j += 1
    yield from (("-", x) for x in a[i:])
    yield from (("+", x) for x in b[j:])


def parse(lines):
    root, stack = {}, []
    for line in lines:
        indent = len(line) - len(line.lstrip())
        key, _, val = line.strip().partition(":")
        if key.startswith("- "):
            cur = stack[-1][1]
            parent_key = stack[-1][2]
            cur.setdefault(parent_key, [])
            if not isinstance(cur[parent_key], list):
                cur[parent_key] = []
            cur[parent_key].append(key[2:])
            continue
        while stack and stack[-1][0] >= indent:
            stack.pop()
        container = stack[-1][1][stack[-1][2]] if stack else root
        if val.strip():
            v = val.strip()
            container[key] = int(v) if v.isdigit() else v
        else:
            container[key] = {}
            stack.append((indent, container, key))
    return root


def main():
    changes = list(diff(OLD, NEW))
    for tag, line in changes:
        print(f"{tag} {line}")
    stats = reduce(lambda acc, c: {**acc, c[0]: acc.get(c[0], 0) + 1}, changes, {})
    print(stats)
    old, new = parse(OLD), parse(NEW)
    pprint.pprint(new)
    pprint.pprint(new, width=30)
    print(pprint.pformat({"z": list(range(30)), "a": {"nested": ("t", 1, None)}}, width=60, compact=True))
    print(pprint.pformat(old, sort_dicts=False, indent=2))
    deep = {"l1": {"l2": {"l3": {"l4": [1, 2]}}}}
    pprint.pprint(deep, depth=2)
    print(pprint.saferepr([1, "x", {"k": b"v"}]), pprint.isreadable({"a": 1}))
    pp = pprint.PrettyPrinter(width=20)
    pp.pprint(["a" * 8, "b" * 8, "c" * 8])
    pprint.pprint("a long string " * 8, width=40)
    return 1 if any(t != " " for t, _ in changes) else 0


if __name__ == "__main__":
    sys.exit(main())
