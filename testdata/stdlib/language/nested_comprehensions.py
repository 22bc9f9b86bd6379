# Comprehensions nested in functions that read the function's variables
# while their own variables are captured by an inner comprehension.
def f(n):
    return [[i * k for k in range(n)] for i in range(2)]
print(f(3))
def render(cells):
    return [max(len(r[i]) for r in cells) for i in range(2)]
print(render([["a", "bb"], ["cc", "ddd"]]))
def g(rows, cols):
    return {r: [r * c for c in range(cols)] for r in range(rows)}
print(g(2, 3))
def h(words, n):
    return [[w[:j] for j in range(1, n)] for w in words]
print(h(["abc", "de"], 3))
def cond(xs, limit):
    return [[x + y for y in range(limit) if y != x] for x in xs if x < limit]
print(cond([0, 1, 5], 3))
def keyed(items, scale):
    return {k * scale: [v * k for _ in range(scale)] for k, v in items}
print(keyed([(1, 2), (3, 4)], 2))
def lambdas(base):
    fs = [lambda x, i=i: x + i + base for i in range(3)]
    return [f(10) for f in fs]
print(lambdas(100))
def closures(prefix):
    out = []
    for name in ["a", "b"]:
        def show(suffix):
            return [prefix + name + suffix + str(i) for i in range(2)]
        out.append(show("-"))
    return out
print(closures(">"))
def matrix(n, m):
    return [[(i, j, n, m) for j in range(m) if (i + j) % 2 == 0] for i in range(n) if i < m]
print(matrix(3, 2))
def table(rows, width):
    return "\n".join(" ".join(f"{c:>{width}}" for c in row) for row in rows)
print(table([[1, 22], [333, 4]], 4))
def setcomp(words, n):
    return sorted({w[:i] for w in words for i in range(1, n) if len(w) >= i})
print(setcomp(["abc", "ab"], 3))
def dictdisplay(a, b):
    return [{x: a, b: x} for x in range(2)]
print(dictdisplay("A", "B"))
