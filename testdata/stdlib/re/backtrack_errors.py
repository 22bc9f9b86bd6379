# Errors of the constructs that run on the backtracking engine, with
# CPython's messages and positions.
import re

patterns = [
    r"(?<=a+)b",
    r"(?<!a|bc)d",
    r"(?<=a{1,2})b",
    r"(?<=a?)b",
    r"(?<=(a)\1)b",
    r"(?<=(a)(?(1)b|c))",
    r"(a*)(?<=\1)b",
    r"(a{2})x(?<=\1x)",
    r"(?<=(?<=a)b)c",
    r"(?=a",
    r"(?<=a",
    r"(?>a",
    r"(a)\2",
    r"(a\1)",
    r"(?P<n>a(?P=n))",
    r"(?P<n>a)(?P=m)",
    r"(?P<n>a)(?P=n",
    r"(?(1)a|b)",
    r"(a)(?(2)a|b)",
    r"(a)(?(1)a|b|c)",
    r"(a)(?(x)a)",
    r"(a)(?(1x)a)",
    r"(?(0)a)",
    r"(?()a)",
    r"(a)(?(1",
    r"(a)(?(1)a",
    r"a**+",
    r"a++*",
    r"(?<x)",
    r"(a)\1{2,1}",
]
for p in patterns:
    try:
        c = re.compile(p)
        print(repr(p), "compiles", c.groups)
    except re.error as e:
        print(repr(p), "error:", e.msg, "|", e.pos)

for p in [rb"(?<=\w+)x", rb"(?P<n>a)(?(n)b|c)(?P=n)"]:
    try:
        print(repr(p), re.search(p, b"ab a"))
    except re.error as e:
        print(repr(p), "error:", e.msg, "|", e.pos)

# A verbose pattern reports line and column.
try:
    re.compile("(a)\n  (?<=a\n  |bc)", re.X)
except re.error as e:
    print("verbose", e.msg, e.pos, e.lineno, e.colno)
try:
    re.compile("(a)\n  (?(3)a)", re.X)
except re.error as e:
    print("verbose", e, e.pos, e.lineno, e.colno)
