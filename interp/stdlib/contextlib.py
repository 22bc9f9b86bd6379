"""Utilities for with-statement contexts."""

import sys
from abc import ABCMeta, abstractmethod
from functools import wraps

__all__ = ["contextmanager", "closing", "nullcontext", "AbstractContextManager",
           "ContextDecorator", "ExitStack", "redirect_stdout",
           "redirect_stderr", "suppress", "chdir"]


def _lookup_special(cls, name):
    """cls's special method name as the with statement finds it: in the
    namespace of a class of the MRO other than object. None if absent."""
    for klass in cls.__mro__:
        if klass is object:
            return None
        try:
            found = klass.__dict__.get(name, _ABSENT)
        except Exception:
            continue
        if found is not _ABSENT:
            # Through the class, so that a method of a built-in type
            # (a file's __enter__) takes its instance as an argument.
            return getattr(klass, name)
    return None


_ABSENT = object()


class AbstractContextManager(metaclass=ABCMeta):
    """A context manager: __enter__ returns self, __exit__ is abstract."""

    __slots__ = ()

    def __enter__(self):
        return self

    @abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not AbstractContextManager:
            return NotImplemented
        for name in ("__enter__", "__exit__"):
            if _lookup_special(C, name) is None:
                return NotImplemented
        return True


class ContextDecorator(object):
    """Lets a context manager be used as a decorator: each call of the
    decorated function runs inside the context."""

    def __call__(self, func):
        manager = self

        @wraps(func)
        def run_inside(*args, **kwds):
            with manager:
                return func(*args, **kwds)
        return run_inside


# ---------------------------------------------------------------------------
# @contextmanager

def _stop_came_back(raised, thrown):
    """Whether raised is how a generator reports the StopIteration thrown
    into it: PEP 479 turns it into a RuntimeError caused by it."""
    if not isinstance(thrown, StopIteration):
        return False
    if raised.__cause__ is thrown:
        return True
    return raised.__cause__ is None and raised.__context__ is thrown


class _GeneratorContextManager(ContextDecorator, AbstractContextManager):
    """A context manager made by @contextmanager."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        # Kept until the manager is entered, for decorated calls, each of
        # which needs a generator of its own.
        self.func = func
        self.args = args
        self.kwds = kwds
        doc = getattr(func, "__doc__", None)
        self.__doc__ = type(self).__doc__ if doc is None else doc

    def __call__(self, func):
        maker, margs, mkwds = self.func, self.args, self.kwds

        @wraps(func)
        def run_inside(*args, **kwds):
            with _GeneratorContextManager(maker, margs, mkwds):
                return func(*args, **kwds)
        return run_inside

    def __enter__(self):
        # One with statement per manager: entering again finds the
        # arguments gone (AttributeError), as in CPython.
        for name in ("args", "kwds", "func"):
            delattr(self, name)
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        gen = self.gen
        if typ is None:
            # A clean exit: the generator must finish now.
            try:
                next(gen)
            except StopIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                gen.close()
        if value is None:
            value = typ()
        try:
            gen.throw(value)
        except StopIteration as stop:
            # Finishing swallows the exception, unless what finished it is
            # the StopIteration that went in.
            return stop is not value
        except RuntimeError as err:
            if err is value or _stop_came_back(err, value):
                return False
            raise
        except BaseException as err:
            if err is value:
                return False
            raise
        try:
            raise RuntimeError("generator didn't stop after throw()")
        finally:
            gen.close()


def contextmanager(func):
    """Makes a context manager of a generator function that yields once:
    the code before the yield is __enter__, the value yielded is what
    `as` binds, and the code after it is __exit__; an exception in the
    with block is raised at the yield."""
    @wraps(func)
    def make_manager(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return make_manager


# ---------------------------------------------------------------------------
# Small managers.

class closing(AbstractContextManager):
    """Calls thing.close() at the end of the block."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class nullcontext(AbstractContextManager):
    """A context manager that does nothing; `as` binds enter_result."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass


class _SysStreamSwap(AbstractContextManager):
    # Subclasses name the attribute of sys in `attr`. Entries nest, so
    # the replaced values are kept on a stack.

    attr = None

    def __init__(self, new_target):
        self._target = new_target
        self._saved = []

    def __enter__(self):
        name = self.attr
        self._saved.append(getattr(sys, name))
        setattr(sys, name, self._target)
        return self._target

    def __exit__(self, exctype, excinst, exctb):
        previous = self._saved.pop()
        setattr(sys, self.attr, previous)


class redirect_stdout(_SysStreamSwap):
    """Sends sys.stdout to new_target for the block."""

    attr = "stdout"


class redirect_stderr(_SysStreamSwap):
    """Sends sys.stderr to new_target for the block."""

    attr = "stderr"


class suppress(AbstractContextManager):
    """Swallows the given exceptions (and their subclasses) raised in the
    block; execution goes on after the with statement."""

    def __init__(self, *exceptions):
        self._kinds = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._kinds)


class chdir(AbstractContextManager):
    """Changes the working directory for the block (through os.chdir),
    and back at its end."""

    def __init__(self, path):
        self.path = path
        self._returns = []

    def __enter__(self):
        import os
        self._returns.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        import os
        os.chdir(self._returns.pop())


# ---------------------------------------------------------------------------
# ExitStack. Each registered exit is a record (target, bound, extra):
#   ("exit", fn, None)          fn(exc_type, exc, tb), from push()
#   ("method", method, cm)      method(cm, exc_type, exc, tb), a cm's __exit__
#   ("call", fn, (args, kwds))  fn(*args, **kwds), from callback()

def _run_record(record, exc):
    how, fn, extra = record
    if how == "call":
        args, kwds = extra
        fn(*args, **kwds)
        return False
    details = (None, None, None) if exc is None else (type(exc), exc, exc.__traceback__)
    if how == "method":
        return fn(extra, *details)
    return fn(*details)


def _splice_context(raised, pending, boundary):
    """Makes pending (the exception the previous exits left) the context
    of raised, as nested with statements would have: the end of raised's
    context chain is moved from boundary (what was being handled around
    the stack) to pending."""
    node = raised
    while True:
        ctx = node.__context__
        if ctx is None or ctx is pending:
            return
        if ctx is boundary:
            node.__context__ = pending
            return
        node = ctx


class ExitStack(AbstractContextManager):
    """A stack of exit callbacks, run last in first out when the stack is
    closed or its with statement ends; an exception raised by one is seen
    by the next, and one that returns true suppresses it."""

    def __init__(self):
        self._records = []

    def pop_all(self):
        """Moves the callbacks to a new ExitStack and returns it."""
        other = type(self)()
        other._records, self._records = self._records, []
        return other

    def push(self, exit):
        """Adds a callback with __exit__'s signature, or the __exit__ of a
        context manager (whose __enter__ is not called)."""
        method = _lookup_special(type(exit), "__exit__")
        if method is None:
            self._records.append(("exit", exit, None))
        else:
            self._records.append(("method", method, exit))
        return exit

    def enter_context(self, cm):
        """Enters cm and pushes its __exit__; returns what __enter__ does."""
        cls = type(cm)
        enter = _lookup_special(cls, "__enter__")
        leave = _lookup_special(cls, "__exit__")
        if enter is None or leave is None:
            raise TypeError("'%s.%s' object does not support the context manager protocol"
                            % (cls.__module__, cls.__qualname__))
        result = enter(cm)
        self._records.append(("method", leave, cm))
        return result

    def callback(*args, **kwds):
        """Adds callback(*args, **kwds), run whatever the exception."""
        if not args:
            raise TypeError("descriptor 'callback' of 'ExitStack' object needs an argument")
        if len(args) == 1:
            raise TypeError("ExitStack.callback() missing 1 required positional argument: 'callback'")
        self, fn, rest = args[0], args[1], args[2:]
        self._records.append(("call", fn, (rest, kwds)))
        return fn

    def close(self):
        """Runs the callbacks now."""
        self.__exit__(None, None, None)

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        came_with = exc_details[0] is not None
        current = exc_details[1]
        # What is being handled here (the with block's exception, or what
        # the surrounding code handles) ends the context chain of each
        # exception an exit raises.
        boundary = sys.exc_info()[1]
        swallowed = False
        replaced = False
        records = self._records
        while records:
            record = records.pop()
            try:
                handled = _run_record(record, current)
            except BaseException as raised:
                _splice_context(raised, current, boundary)
                current = raised
                replaced = True
                continue
            if handled:
                swallowed = True
                replaced = False
                current = None
        if replaced:
            kept = current.__context__
            try:
                raise current
            finally:
                current.__context__ = kept
        return came_with and swallowed
