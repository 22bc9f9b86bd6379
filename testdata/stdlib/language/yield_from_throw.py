# yield from passes throw() and close() to the inner iterator first.
def inner():
    try:
        yield 1
    except ValueError:
        yield "caught"
    yield "after"
    return "inner-done"
def outer():
    r = yield from inner()
    yield ("outer got", r)
it = outer()
print(next(it))
print(it.throw(ValueError))
print(next(it))
print(next(it))
def inner2():
    yield 1
    return 5
def outer2():
    try:
        r = yield from inner2()
    except KeyError as e:
        yield ("outer caught", repr(e))
it = outer2(); next(it)
print(it.throw(KeyError("k")))
def inner3():
    try:
        yield 1
    finally:
        print("inner3 closed")
def outer3():
    try:
        yield from inner3()
    finally:
        print("outer3 closed")
it = outer3(); next(it); it.close(); print("closed")
def inner4():
    try:
        yield 1
    except ValueError:
        return "from-throw"
def outer4():
    r = yield from inner4()
    yield r
it = outer4(); next(it); print(it.throw(ValueError))
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self): self.n += 1; return self.n
    def throw(self, *a): return "It.throw"
def outer5():
    yield from It()
it = outer5(); next(it); print(it.throw(ValueError))
