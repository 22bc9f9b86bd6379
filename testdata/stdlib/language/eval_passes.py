# The passes that fix compiled code apply to eval() and compile() too.
print(eval("(lambda *, a=1, b=2: (a, b))()"), eval("[y for x in [1, 2] if (y := x)]"), eval("(lambda p, /, q=3: (p, q))(1)"))
def f(n):
    return eval("[[i * k for k in range(n)] for i in range(2)]", {"n": n})
print(f(3))
exec(compile("def g(a, /, *, k=5):\n    return a, k\nprint(g(1))", "x", "exec"))
