"""Issuing warnings, and the filters that decide what becomes of them."""

import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning",
           "filterwarnings", "simplefilter", "resetwarnings",
           "catch_warnings", "deprecated"]

# _caller(stacklevel) and _source_line(filename, lineno) are supplied by
# the interpreter: the frame a warning is attributed to, and a line of
# source for the second line of a printed warning.

_KNOWN_ACTIONS = frozenset(["error", "ignore", "always", "all", "default",
                            "module", "once"])

# Entries are (action, message, category, module, lineno). message and
# module are None (anything), a str (that exact text) or a compiled
# pattern matched at the start of the text.
filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
defaultaction = "default"
onceregistry = {}

# A per-module registry remembers what it has shown for one generation of
# the filters; any change to them starts a new generation.
_generation = [1]


def _new_generation():
    _generation[0] += 1


def _valid_action(action):
    if action not in _KNOWN_ACTIONS:
        raise ValueError("invalid action: %r" % (action,))
    return action


def _valid_lineno(lineno):
    if not isinstance(lineno, int):
        raise TypeError("lineno must be an int")
    if lineno < 0:
        raise ValueError("lineno must be an int >= 0")
    return lineno


def _is_warning_class(obj):
    return isinstance(obj, type) and issubclass(obj, Warning)


def _install(entry, at_end):
    # At the front, an equal entry further down is dropped; at the end,
    # an entry already present is not added again.
    if at_end:
        if entry not in filters:
            filters.append(entry)
    else:
        if entry in filters:
            filters.remove(entry)
        filters.insert(0, entry)
    _new_generation()


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Puts a filter at the front of the list (at its end with append):
    warnings of category (or a subclass) whose text starts with the
    message pattern (ignoring case), raised in a module whose name the
    module pattern matches, at lineno (0: any line), get action."""
    _valid_action(action)
    if not isinstance(message, str):
        raise TypeError("message must be a string")
    if not _is_warning_class(category):
        raise TypeError("category must be a Warning subclass")
    if not isinstance(module, str):
        raise TypeError("module must be a string")
    _valid_lineno(lineno)
    text_re = module_re = None
    if message or module:
        import re
        if message:
            text_re = re.compile(message, re.I)
        if module:
            module_re = re.compile(module)
    _install((action, text_re, category, module_re, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Puts a filter for every warning of category (at lineno, 0: any) at
    the front of the list, or at its end with append."""
    _valid_action(action)
    _valid_lineno(lineno)
    _install((action, None, category, None, lineno), append)


def resetwarnings():
    """Removes every filter."""
    del filters[:]
    _new_generation()


class WarningMessage(object):
    """One warning as showwarning() receives it (what catch_warnings(record=True) collects)."""

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source

    def __str__(self):
        kind = self.category.__name__ if self.category else None
        parts = ("message : %r" % (self.message,),
                 "category : %r" % (kind,),
                 "filename : %r" % (self.filename,),
                 "lineno : %s" % (self.lineno,),
                 "line : %r" % (self.line,))
        return "{" + ", ".join(parts) + "}"


def formatwarning(message, category, filename, lineno, line=None):
    """A warning as it is printed: `FILE:LINE: Category: message` and the
    source line."""
    head = "%s:%s: %s: %s\n" % (filename, lineno, category.__name__, message)
    if line is None:
        line = _source_line(filename, lineno)
    if not line:
        return head
    return "%s  %s\n" % (head, line.strip())


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Writes a warning to file (sys.stderr by default)."""
    _print_warning(WarningMessage(message, category, filename, lineno, file, line))


# The showwarning above; one assigned to the module instead receives
# every warning itself.
_builtin_show = showwarning

# While catch_warnings(record=True) is active: the append of its list.
_recorder = None


def _print_warning(msg):
    target = msg.file if msg.file is not None else sys.stderr
    if target is None:
        return
    # formatwarning is looked up now: scripts may replace it.
    text = formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    try:
        target.write(text)
    except OSError:
        pass


def _deliver(msg):
    hook = showwarning
    if hook is not _builtin_show:
        if not callable(hook):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        hook(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
    elif _recorder is not None:
        _recorder(msg)
    else:
        _print_warning(msg)


def _fits(pattern, text):
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return text == pattern
    return bool(pattern.match(text))


def _first_filter(text, category, module, lineno):
    """The first filter that applies, as (action, entry); the default
    action and None when none does."""
    for entry in filters:
        action, text_pat, cls, module_pat, at = entry
        if at and at != lineno:
            continue
        if not issubclass(category, cls):
            continue
        if _fits(text_pat, text) and _fits(module_pat, module):
            return action, entry
    return defaultaction, None


def warn(message, category=None, stacklevel=1, source=None, *, skip_file_prefixes=()):
    """Issues a warning: category defaults to UserWarning (or the class
    of message when it is a Warning); stacklevel 2 reports the caller of
    the function that warns, and so on."""
    if isinstance(message, Warning):
        category = type(message)
    elif category is None:
        category = UserWarning
    if not _is_warning_class(category):
        raise TypeError("category must be a Warning subclass, not '%s'" % type(category).__name__)
    if not isinstance(stacklevel, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(stacklevel).__name__)
    # _caller must be asked from this frame: it skips exactly one frame
    # of this module.
    where = _caller(stacklevel)
    if where is None:
        filename, lineno, namespace = "<sys>", 0, sys.__dict__
    else:
        filename, lineno, namespace = where
    module = namespace.get("__name__", "<string>")
    registry = namespace.get("__warningregistry__")
    if registry is None:
        registry = namespace["__warningregistry__"] = {}
    warn_explicit(message, category, filename, lineno, module=module,
                  registry=registry, module_globals=namespace, source=source)


def warn_explicit(message, category, filename, lineno, module=None,
                  registry=None, module_globals=None, source=None):
    """Issues a warning attributed to filename and lineno."""
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module.lower().endswith(".py"):
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get("version", 0) != _generation[0]:
        registry.clear()
        registry["version"] = _generation[0]
    if isinstance(message, Warning):
        category = type(message)
        text = str(message)
    else:
        text = message
        message = category(message)
    here = (text, category, lineno)
    if registry.get(here):
        return
    action, entry = _first_filter(text, category, module, lineno)
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action in ("always", "all"):
        pass
    elif action == "default":
        registry[here] = 1
    elif action == "once":
        registry[here] = 1
        anywhere = (text, category)
        if onceregistry.get(anywhere):
            return
        onceregistry[anywhere] = 1
    elif action == "module":
        registry[here] = 1
        any_line = (text, category, 0)
        if registry.get(any_line):
            return
        registry[any_line] = 1
    else:
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s" % (action, entry))
    _deliver(WarningMessage(message, category, filename, lineno, None, None, source))


class catch_warnings(object):
    """Saves the filters and showwarning on entry and puts them back on
    exit. With record=True, warnings are collected in the list that
    __enter__ returns instead of being shown; action (with category,
    lineno, append) adds a simplefilter for the block."""

    def __init__(self, *, record=False, module=None, action=None,
                 category=Warning, lineno=0, append=False):
        self._log_wanted = record
        self._for_module = module
        self._block_filter = None if action is None else (action, category, lineno, append)
        self._restore = None
        self._used = False

    def __repr__(self):
        shown = []
        if self._log_wanted:
            shown.append("record=True")
        if self._for_module is not None:
            shown.append("module=%r" % (self._for_module,))
        return "%s(%s)" % (type(self).__name__, ", ".join(shown))

    def __enter__(self):
        global filters, showwarning, _recorder
        if self._used:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._used = True
        self._restore = (filters, showwarning, _recorder)
        filters = list(filters)
        _new_generation()
        if self._block_filter is not None:
            simplefilter(*self._block_filter)
        if not self._log_wanted:
            return None
        log = []
        _recorder = log.append
        showwarning = _builtin_show
        return log

    def __exit__(self, *exc_info):
        global filters, showwarning, _recorder
        if self._restore is None:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        filters, showwarning, _recorder = self._restore
        _new_generation()


def _deprecate_class(cls, note, kind, level):
    inherited_new = cls.__new__

    def __new__(klass, *args, **kwargs):
        if klass is cls:
            warn(note, category=kind, stacklevel=level)
        if inherited_new is object.__new__:
            return inherited_new(klass)
        return inherited_new(klass, *args, **kwargs)
    __new__.__deprecated__ = note
    cls.__new__ = staticmethod(__new__)

    # Subclassing warns too, at the class statement.
    own_hook = cls.__dict__.get("__init_subclass__")

    def __init_subclass__(klass, *args, **kwargs):
        warn(note, category=kind, stacklevel=level)
        if own_hook is None:
            return super(cls, klass).__init_subclass__(*args, **kwargs)
        if isinstance(own_hook, (classmethod, staticmethod)):
            return own_hook.__get__(klass, klass)(*args, **kwargs)
        return own_hook(klass, *args, **kwargs)
    __init_subclass__.__deprecated__ = note
    cls.__init_subclass__ = classmethod(__init_subclass__)
    cls.__deprecated__ = note
    return cls


def _deprecate_callable(fn, note, kind, level):
    import functools

    def calling_deprecated(*args, **kwargs):
        warn(note, category=kind, stacklevel=level)
        return fn(*args, **kwargs)
    wrapper = functools.wraps(fn)(calling_deprecated)
    wrapper.__deprecated__ = note
    fn.__deprecated__ = note
    return wrapper


class deprecated:
    """Marks a class or function deprecated: using it warns with message
    (category DeprecationWarning unless given; None: no warning)."""

    def __init__(self, message, *, category=DeprecationWarning, stacklevel=1):
        if not isinstance(message, str):
            raise TypeError("Expected an object of type str for 'message', not %r" % type(message).__name__)
        self.message = message
        self.category = category
        self.stacklevel = stacklevel

    def __call__(self, arg):
        note, kind = self.message, self.category
        if kind is None:
            arg.__deprecated__ = note
            return arg
        # The warning points at the code that uses arg, one frame above
        # the replacement that warns.
        level = self.stacklevel + 1
        if isinstance(arg, type):
            return _deprecate_class(arg, note, kind, level)
        if callable(arg):
            return _deprecate_callable(arg, note, kind, level)
        raise TypeError("@deprecated decorator with non-None category must be applied to "
                        "a class or callable, not %r" % (arg,))
