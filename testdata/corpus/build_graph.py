# Resolves a build dependency graph: topological order, cycle
# detection, reverse dependencies and build levels.
import sys

DEPS = {
    "app": ["libnet", "libui", "config"],
    "libnet": ["libcore", "tls"],
    "libui": ["libcore", "fonts"],
    "tls": ["libcore", "crypto"],
    "crypto": [],
    "libcore": [],
    "fonts": [],
    "config": [],
    "tests": ["app", "mocks"],
    "mocks": ["libcore"],
}


class CycleError(Exception):
    def __init__(self, path):
        super().__init__(" -> ".join(path))
        self.path = path


def topo(graph):
    order, state = [], {}

    def visit(node, trail):
        mark = state.get(node)
        if mark == "done":
            return
        if mark == "active":
            raise CycleError(trail[trail.index(node):] + [node])
        state[node] = "active"
        for dep in sorted(graph.get(node, ())):
            visit(dep, trail + [node])
        state[node] = "done"
        order.append(node)

    for node in sorted(graph):
        visit(node, [])
    return order


def levels(graph):
    level = {}
    for node in topo(graph):
        level[node] = 1 + max((level[d] for d in graph[node]), default=-1)
    grouped = {}
    for node, lv in level.items():
        grouped.setdefault(lv, []).append(node)
    return grouped


def reverse(graph):
    rev = {node: set() for node in graph}
    for node, deps in graph.items():
        for d in deps:
            rev[d].add(node)
    return rev


def transitive(graph, start):
    seen, stack = set(), [start]
    while stack:
        for dep in graph[stack.pop()]:
            if dep not in seen:
                seen.add(dep)
                stack.append(dep)
    return seen


order = topo(DEPS)
print("build order:", " ".join(order))
for lv, nodes in sorted(levels(DEPS).items()):
    print("level %d: %s" % (lv, ", ".join(sorted(nodes))))
rev = reverse(DEPS)
for lib in ("libcore", "crypto", "tests"):
    print("%s is needed by %d: %s" % (lib, len(rev[lib]), sorted(rev[lib])))
print("app needs:", sorted(transitive(DEPS, "app")))
changed = "crypto"
rebuild = {changed}
for node in order:
    if any(d in rebuild for d in DEPS[node]):
        rebuild.add(node)
print("rebuild after %s change: %s" % (changed, [n for n in order if n in rebuild]))
counts = {n: len(transitive(DEPS, n)) for n in DEPS}
heaviest = max(counts, key=lambda n: (counts[n], n))
print("most dependencies:", heaviest, counts[heaviest])
print("leaves:", [n for n in sorted(DEPS) if not DEPS[n]])

bad = dict(DEPS, crypto=["app"])
try:
    topo(bad)
except CycleError as e:
    print("cycle:", e, "| length", len(e.path) - 1)
positions = {name: i for i, name in enumerate(order)}
ok = all(positions[d] < positions[n] for n, ds in DEPS.items() for d in ds)
print("order valid:", ok, {1, 2, 3} & {2, 3, 4}, {1, 2} | {5}, {1, 2, 3} - {2}, {1, 2} ^ {2, 3})
