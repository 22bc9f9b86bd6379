# A metaclass's __call__ runs when its classes are called: singletons,
# registries, argument checks.
class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            print("creating", cls.__name__, args, kwargs)
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, name="default"):
        print("init", name)
        self.name = name
a = Config("prod")
b = Config("other")
print(a is b, a.name, b.name)
class Counted(type):
    calls = 0
    def __call__(cls, *a, **k):
        Counted.calls += 1
        return type.__call__(cls, *a, **k)
class P(metaclass=Counted):
    def __init__(self, x): self.x = x
class Q(P):
    pass
print([P(1).x, Q(2).x, P(x=3).x], Counted.calls)
print(list(map(P, [4, 5]))[1].x, Counted.calls)
class Strict(type):
    def __call__(cls, *args):
        if len(args) != 2:
            raise TypeError(f"{cls.__name__} takes 2 values")
        return super().__call__(*args)
class Pair(metaclass=Strict):
    def __init__(self, a, b): self.a, self.b = a, b
try:
    Pair(1)
except TypeError as e:
    print(e)
print(Pair(1, 2).b)
