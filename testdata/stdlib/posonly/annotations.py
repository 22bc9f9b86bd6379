from __future__ import annotations
# Annotations of positional-only parameters follow CPython's order.
def f(a: Node, /, b: int = 1) -> Node:
    return a, b
print(f(1), f.__annotations__)
def g(a: int, /, b: str = 'x') -> None:
    pass
print(g.__annotations__)
x = [lambda: 1, lambda q, /: q]
print(x[1](5))
print(f"{(lambda a, /: a)(3)}")
