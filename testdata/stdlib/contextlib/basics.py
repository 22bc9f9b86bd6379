import contextlib, sys, io
from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack

@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    finally:
        print("</%s>" % name)

with tag("a") as t:
    print("inside", t)

try:
    with tag("b"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)

@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))

with swallow():
    raise KeyError("k")
print("after swallow")

@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)

@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print("RuntimeError", e)

@contextmanager
def twice_throw():
    try:
        yield 1
    except ValueError:
        yield 2
try:
    with twice_throw():
        raise ValueError
except RuntimeError as e:
    print("RuntimeError", e)

@contextmanager
def convert():
    try:
        yield
    except ValueError as e:
        raise TypeError("converted") from e
try:
    with convert():
        raise ValueError("orig")
except TypeError as e:
    print("TypeError", e, repr(e.__cause__))

@tag("deco")
def work(x):
    print("work", x)
    return x * 2
print(work(2))
print(work(3))
print(work.__name__)

with suppress(KeyError, IndexError):
    [][1]
print("suppressed")
try:
    with suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("ValueError", e)

class Res:
    def close(self):
        print("closed")
with closing(Res()) as r:
    print(type(r).__name__)

with nullcontext(5) as v:
    print("null", v)
with nullcontext() as v:
    print("null", v)

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("hidden")
    print("more", end="")
print("captured", repr(buf.getvalue()))
err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print("stderr captured", repr(err.getvalue()))

with ExitStack() as stack:
    for n in ("x", "y", "z"):
        stack.enter_context(tag(n))
    stack.callback(print, "callback", 1, sep="-")
    print("body")

def exit_cb(*exc):
    print("push cb", exc[0].__name__ if exc[0] else None)
    return True
with ExitStack() as stack:
    stack.push(exit_cb)
    raise ValueError("suppressed by push")
print("after push")

with ExitStack() as stack:
    stack.callback(print, "never")
    moved = stack.pop_all()
print("popped")
moved.close()

stack = ExitStack()
stack.callback(print, "first registered")
stack.callback(print, "last registered")
stack.close()

try:
    with ExitStack() as stack:
        stack.enter_context(5)
except TypeError as e:
    print("TypeError", e)

def raiser():
    raise KeyError("from callback")
try:
    with ExitStack() as stack:
        stack.callback(raiser)
        raise ValueError("body")
except KeyError as e:
    print("KeyError", e, repr(e.__context__))

class CM(contextlib.AbstractContextManager):
    def __exit__(self, *a):
        print("CM exit")
with CM() as c:
    print(type(c).__name__)
print(isinstance(tag("q"), contextlib.AbstractContextManager), isinstance(open, contextlib.AbstractContextManager))
class Plain:
    def __enter__(self): return self
    def __exit__(self, *a): pass
print(issubclass(Plain, contextlib.AbstractContextManager), issubclass(int, contextlib.AbstractContextManager))

class mycm(contextlib.ContextDecorator):
    def __enter__(self):
        print("enter mycm")
        return self
    def __exit__(self, *exc):
        print("exit mycm", exc[0])
        return False
@mycm()
def f():
    print("in f")
f()

@contextmanager
def gen_stop():
    yield
try:
    with gen_stop():
        raise StopIteration("stop")
except StopIteration as e:
    print("StopIteration", e)
print(tag.__doc__)

import os
import tempfile
start = os.getcwd()
with tempfile.TemporaryDirectory() as tmp:
    with contextlib.chdir(tmp):
        print("in tmp:", os.path.realpath(os.getcwd()) == os.path.realpath(tmp))
        with contextlib.chdir(start):
            print("nested back:", os.getcwd() == start)
        print("still tmp:", os.path.realpath(os.getcwd()) == os.path.realpath(tmp))
    print("restored:", os.getcwd() == start)
    try:
        with contextlib.chdir(tmp):
            raise OSError("inside")
    except OSError as e:
        print("OSError", e, os.getcwd() == start)

# An ExitStack unwinds in reverse order even when a callback raises, and
# each exception becomes the context of the next.
def fail(msg):
    raise ValueError(msg)
try:
    with ExitStack() as stack:
        stack.callback(fail, "first pushed")
        stack.callback(fail, "second pushed")
except ValueError as e:
    print("ValueError", e, "context:", e.__context__)
def suppressor(*exc):
    print("suppressing", exc[1])
    return True
with ExitStack() as stack:
    stack.push(suppressor)
    stack.callback(fail, "from callback")
print("suppressed callback error")
class Closer:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
with ExitStack() as stack:
    files = [stack.enter_context(Closer("f%d" % i)) for i in range(3)]
    print([f.name for f in files])
    stack.push(Closer("pushed"))
@contextmanager
def resource(name, log):
    log.append("open " + name)
    yield name
    log.append("close " + name)
log = []
with resource("db", log) as r1, resource("cache", log) as r2:
    log.append("use %s %s" % (r1, r2))
print(log)
cm = resource("once", [])
with cm:
    pass
try:
    with cm:
        pass
except Exception as e:
    print(type(e).__name__)
with suppress():
    pass
try:
    with suppress():
        raise KeyError("empty suppress")
except KeyError as e:
    print("KeyError", e)
with suppress(Exception):
    raise ZeroDivisionError("gone")
print("done")
manager = resource("typed", [])
print(type(manager).__name__, type(manager).__qualname__, type(manager).__module__)

# A file object entered through an ExitStack is closed with it.
with contextlib.ExitStack() as stack:
    f = stack.enter_context(open(__file__))
    print("entered", f.closed, f.readline().startswith("#"))
print("closed", f.closed)
