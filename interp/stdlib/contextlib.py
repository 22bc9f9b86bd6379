"""Utilities for with-statement contexts."""

import sys
from abc import ABCMeta, abstractmethod
from functools import wraps

__all__ = ["contextmanager", "closing", "nullcontext", "AbstractContextManager",
           "ContextDecorator", "ExitStack", "redirect_stdout",
           "redirect_stderr", "suppress", "chdir"]


def _special(cls, name):
    """The special method name of cls, looked up on the class and its
    bases as the with statement does; AttributeError when none has it."""
    for klass in cls.__mro__:
        if klass is object:
            break
        try:
            namespace = klass.__dict__
            if name in namespace:
                return namespace[name]
        except Exception:
            continue
    raise AttributeError(name)


def _has_methods(cls, *names):
    for name in names:
        try:
            if _special(cls, name) is None:
                return NotImplemented
        except AttributeError:
            return NotImplemented
    return True


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
        if cls is AbstractContextManager:
            return _has_methods(C, "__enter__", "__exit__")
        return NotImplemented


class ContextDecorator(object):
    """Lets a context manager be used as a decorator: each call of the
    decorated function runs inside the context."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        @wraps(func)
        def inner(*args, **kwds):
            with self._recreate_cm():
                return func(*args, **kwds)
        return inner


class _GeneratorContextManager(ContextDecorator, AbstractContextManager):
    """Helper for @contextmanager."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func, self.args, self.kwds = func, args, kwds
        doc = getattr(func, "__doc__", None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        # Each use as a decorator needs a fresh generator.
        return self.__class__(self.func, self.args, self.kwds)

    def __enter__(self):
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                self.gen.close()
        if value is None:
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as exc:
            # The generator swallowed the exception, unless what stopped
            # it is the very StopIteration that was thrown in.
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                return False
            # A StopIteration thrown in comes back as a RuntimeError
            # (PEP 479) whose cause it is.
            if isinstance(value, StopIteration) and (
                    exc.__cause__ is value or
                    (exc.__cause__ is None and exc.__context__ is value)):
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            return False
        try:
            raise RuntimeError("generator didn't stop after throw()")
        finally:
            self.gen.close()


def contextmanager(func):
    """Makes a context manager of a generator function that yields once:
    the code before the yield is __enter__, the value yielded is what
    `as` binds, and the code after it is __exit__; an exception in the
    with block is raised at the yield."""
    @wraps(func)
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return helper


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


class _RedirectStream(AbstractContextManager):

    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []

    def __enter__(self):
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Sends sys.stdout to new_target for the block."""

    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Sends sys.stderr to new_target for the block."""

    _stream = "stderr"


class suppress(AbstractContextManager):
    """Swallows the given exceptions (and their subclasses) raised in the
    block; execution goes on after the with statement."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        if exctype is None:
            return None
        return issubclass(exctype, self._exceptions)


class chdir(AbstractContextManager):
    """Changes the working directory for the block (through os.chdir),
    and back at its end."""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        import os
        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        import os
        os.chdir(self._old_cwd.pop())


def _cm_kind(cls):
    return "%s.%s" % (cls.__module__, cls.__qualname__)


class ExitStack(AbstractContextManager):
    """A stack of exit callbacks, run last in first out when the stack is
    closed or its with statement ends; an exception raised by one is seen
    by the next, and one that returns true suppresses it."""

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        """Moves the callbacks to a new ExitStack and returns it."""
        new_stack = type(self)()
        new_stack._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new_stack

    def push(self, exit):
        """Adds a callback with __exit__'s signature, or the __exit__ of a
        context manager (whose __enter__ is not called)."""
        try:
            exit_method = _special(type(exit), "__exit__")
        except AttributeError:
            self._exit_callbacks.append(exit)
        else:
            self._push_cm_exit(exit, exit_method)
        return exit

    def enter_context(self, cm):
        """Enters cm and pushes its __exit__; returns what __enter__ does."""
        cls = type(cm)
        try:
            enter = _special(cls, "__enter__")
            exit = _special(cls, "__exit__")
        except AttributeError:
            raise TypeError("'%s' object does not support the context "
                            "manager protocol" % _cm_kind(cls)) from None
        result = enter(cm)
        self._push_cm_exit(cm, exit)
        return result

    def callback(*args, **kwds):
        """Adds callback(*args, **kwds), run whatever the exception."""
        if len(args) < 2:
            if not args:
                raise TypeError("descriptor 'callback' of 'ExitStack' object needs an argument")
            raise TypeError("ExitStack.callback() missing 1 required positional argument: 'callback'")
        self, callback = args[0], args[1]
        args = args[2:]

        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append(_exit_wrapper)
        return callback

    def _push_cm_exit(self, cm, cm_exit):
        def _exit_wrapper(exc_type, exc, tb):
            return cm_exit(cm, exc_type, exc, tb)
        _exit_wrapper.__self__ = cm
        self._exit_callbacks.append(_exit_wrapper)

    def close(self):
        """Runs the callbacks now."""
        self.__exit__(None, None, None)

    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        received = exc_details[0] is not None
        exc = exc_details[1]
        # The exception being handled around the with statement: chains
        # of context stop there.
        outer = sys.exc_info()[1] if not received else None
        suppressed = False
        pending = False
        while self._exit_callbacks:
            cb = self._exit_callbacks.pop()
            if exc is None:
                details = (None, None, None)
            else:
                details = (type(exc), exc, exc.__traceback__)
            try:
                if cb(*details):
                    suppressed = True
                    pending = False
                    exc = None
            except BaseException as new_exc:
                _link_context(new_exc, exc, outer)
                pending = True
                exc = new_exc
        if pending:
            context = exc.__context__
            try:
                raise exc
            except BaseException:
                exc.__context__ = context
                raise
        return received and suppressed


def _link_context(new_exc, old_exc, outer):
    # Makes old_exc the context of the end of new_exc's chain of context,
    # as if the callbacks had been nested with statements.
    while True:
        context = new_exc.__context__
        if context is None or context is old_exc:
            return
        if context is outer:
            break
        new_exc = context
    new_exc.__context__ = old_exc
