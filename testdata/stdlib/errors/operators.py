# The messages of failed operations, as scripts print them from
# `except ... as e`.
f, z, s, l, t, n = 1.5, 0, "abc", [1, 2], (1,), None
cases = [
    "1 % z", "1.0 % z", "1 // z", "1.0 // z", "1 / z", "1.0 / z", "divmod(1, z)", "1 % 0.0",
    "x = 5; x //= z", "x = 5; x %= z", "z ** -1", "0.0 ** -1", "True // z",
    "s + 1", "l + 1", "t + 1", "l + t", "s + b'b'", "b'a' + 1", "s += 1",
    "l * s", "t * f", "s * f", "f * s", "s * s", "x = [1]; x *= f",
    "l[f]", "t[f]", "s[f]", "l[n:s]", "l[f] = 1", "range(f)", "range(1, f)",
    "del s[0]", "s[0] = 'z'", "(1).x = 2", "object().x = 1", "'x'.y = 1",
    "undefined_name", "len(5)", "[1][5]", "{}['k']", "None.foo", "int('abc')",
    "[].pop()", "a, b = [1, 2, 3]", "a, b, c = [1, 2]", "iter(5)", "{[]: 1}",
    "sorted([1, 'a'])", "max([])", "s.index('z')", "l.index(3)", "int(None)",
    "'{}'.format()", "'{0} {2}'.format(1, 2)", "list(1)", "chr(-1)", "abs('x')",
    "[] < 1", "len(None)", "hash([])", "1 in 5", "5 in 'abc'",
]
for c in cases:
    try:
        exec(c, {"f": f, "z": z, "s": s, "l": l, "t": t, "n": n})
        print("no error:", c)
    except BaseException as e:
        print(c.ljust(24), type(e).__name__ + ":", e)
