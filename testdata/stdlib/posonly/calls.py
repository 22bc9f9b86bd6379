# Positional-only parameters (PEP 570): keywords never reach them.
def f(a, b, /, c, d=4, *, e=5):
    return (a, b, c, d, e)
print(f(1, 2, 3), f(1, 2, c=3, e=6))
for call in [lambda: f(a=1, b=2, c=3), lambda: f(1, b=2, c=3), lambda: f(1, 2)]:
    try:
        call()
    except TypeError as e:
        print(e)
def g(x, /, **kw):
    return x, kw
print(g(1, x=2))
h = lambda p, /, q=2: (p, q)
print(h(1), h(1, q=3))
try:
    h(p=1)
except TypeError as e:
    print(e)
class K:
    def m(self, v, /):
        return v
    @staticmethod
    def s(a=1/2, /):
        return a
print(K().m(3), K.s(), K.s(4))
try:
    K().m(v=1)
except TypeError as e:
    print(e)
print(f.__code__.co_posonlyargcount, g.__code__.co_posonlyargcount, K.m.__code__.co_posonlyargcount)
def long(
    a,
    b,
    /,
    c,
):
    return a + b + c
print(long(1, 2, c=3))
def last(a, b, /):
    return a - b
print(last(5, 3))
