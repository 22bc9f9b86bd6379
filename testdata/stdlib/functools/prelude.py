from functools import *
import operator


def power(base, exp):
    return base ** exp

calls = []

def fib(n):
    calls.append(n)
    return n if n < 2 else cfib(n - 1) + cfib(n - 2)

cfib = lru_cache(maxsize=None)(fib)

def square(x):
    return x * x

sq2 = lru_cache(maxsize=2)(square)
sq_typed = lru_cache(typed=True)(square)
sq_plain = lru_cache(square)
sq_cache = cache(square)

class Version:
    def __init__(self, s):
        self.parts = [int(p) for p in s.split('.')]
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return 'Version(%r)' % '.'.join(map(str, self.parts))

Version = total_ordering(Version)

class Box:
    def __init__(self, v):
        self.v = v
        self.computed = 0
    def double(self):
        self.computed += 1
        return self.v * 2
    double = cached_property(double)

def describe(x):
    return 'object'

describe = singledispatch(describe)

def _describe_int(x):
    return 'int %d' % x

def _describe_list(x):
    return 'list of %d' % len(x)

describe.register(int, _describe_int)
describe.register(list)(_describe_list)

def cmp_len(a, b):
    return len(a) - len(b)

def documented(a, b=2):
    "Adds."
    return a + b

def deco(f):
    def wrapper(*args, **kwargs):
        return f(*args, **kwargs) * 10
    return wraps(f)(wrapper)

wrapped_doc = deco(documented)

def typed(x: int, *rest: str, flag: bool = False) -> str:
    return str(x)

wrapped_typed = deco(typed)
