"""Shallow and deep copies of Python objects.

copy(x) builds a new object of x's type holding the same references;
deepcopy(x) copies what x refers to as well, once each (a memo dict maps
the id of each object copied to its copy, so shared references and
cycles come out shared and cyclic). A class takes over with __copy__()
and __deepcopy__(memo), or with __reduce_ex__ / __reduce__.
"""

__all__ = ["copy", "deepcopy", "replace", "Error"]


class Error(Exception):
    pass


error = Error


def _function():
    pass


class _Probe:
    def method(self):
        pass


_FunctionType = type(_function)
_MethodType = type(_Probe().method)
_CodeType = type(_function.__code__)

# Values that are never copied: immutable, or identified by what they are.
_atomic = {type(None), int, float, bool, complex, str, bytes, type,
           range, slice, property, type(Ellipsis), type(NotImplemented),
           _FunctionType, _CodeType, type(len), type([].append)}

_immutable_containers = {tuple, frozenset}

_shallow_builtin = {list: list.copy, dict: dict.copy, set: set.copy,
                    bytearray: bytearray}

# The built-in types whose subclasses are rebuilt from their value.
_value_bases = (bool, int, float, complex, str, bytes, tuple, frozenset)


def copy(x):
    """Shallow copy of x."""
    cls = type(x)
    if cls in _atomic or cls in _immutable_containers:
        return x
    copier = _shallow_builtin.get(cls)
    if copier is not None:
        return copier(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls)
    if rv is not None:
        if isinstance(rv, str):
            return x
        return _reconstruct(x, None, *rv)
    return _rebuild(x, cls, None)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy of x; memo maps the id of each object copied to its copy."""
    d = id(x)
    if memo is None:
        memo = {}
    else:
        y = memo.get(d, _nil)
        if y is not _nil:
            return y
    cls = type(x)
    if cls in _atomic:
        y = x
    elif cls is list:
        y = _deepcopy_list(x, memo)
    elif cls is dict:
        y = _deepcopy_dict(x, memo)
    elif cls is tuple:
        y = _deepcopy_tuple(x, memo)
    elif cls is _MethodType:
        y = cls(x.__func__, deepcopy(x.__self__, memo))
    elif cls is set or cls is frozenset:
        y = cls(deepcopy(list(x), memo))
    elif cls is bytearray:
        y = bytearray(x)
    elif issubclass(cls, type):
        y = x
    else:
        hook = getattr(x, "__deepcopy__", None)
        if hook is not None:
            y = hook(memo)
        else:
            rv = _reduce(x, cls)
            if rv is None:
                y = _rebuild(x, cls, memo)
            elif isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_list(x, memo):
    y = []
    memo[id(x)] = y
    append = y.append
    for item in x:
        append(deepcopy(item, memo))
    return y


def _deepcopy_tuple(x, memo):
    y = [deepcopy(item, memo) for item in x]
    # A tuple of a cycle may have been copied while copying its items.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for a, b in zip(x, y):
        if a is not b:
            return tuple(y)
    return x


def _deepcopy_dict(x, memo):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        # The value is copied first, as `y[k] = v` evaluates v first.
        copied = deepcopy(value, memo)
        y[deepcopy(key, memo)] = copied
    return y


def _keep_alive(x, memo):
    # Keeps x alive as long as memo, so that its id is not reused.
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reduce(x, cls):
    """What the class's own __reduce_ex__ or __reduce__ returns, or None."""
    reduce_ex = getattr(cls, "__reduce_ex__", None)
    if reduce_ex is not None:
        rv = reduce_ex(x, 4)
    else:
        method = getattr(x, "__reduce__", None)
        if method is None:
            return None
        rv = method()
    if isinstance(rv, str):
        return rv
    if not isinstance(rv, tuple):
        raise Error("un(deep)copyable object of type %s" % cls)
    if not 2 <= len(rv) <= 6:
        raise TypeError("reduce() result must be a tuple of length 2 to 6")
    return rv


def _reconstruct(x, memo, func, args, state=None, listiter=None,
                 dictiter=None, *rest):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    _fill(y, memo, state, listiter, dictiter)
    return y


def _fill(y, memo, state, listiter, dictiter):
    deep = memo is not None
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(y, "__setstate__", None)
        if setstate is not None:
            setstate(state)
        else:
            slotstate = None
            pair = state if isinstance(state, tuple) else ()
            if len(pair) == 2:
                state, slotstate = pair
            if state:
                y.__dict__.update(state)
            if slotstate:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                copied = deepcopy(value, memo)
                y[deepcopy(key, memo)] = copied
        else:
            for key, value in dictiter:
                y[key] = value


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get("__slots__")
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith("__") and not name.endswith("__"):
                name = "_%s%s" % (klass.__name__.lstrip("_"), name)
            if name not in names:
                names.append(name)
    return names


def _default_state(x, cls):
    """The state object.__getstate__ gives: the __dict__, and with
    __slots__ a pair (dict or None, the slots that are set)."""
    getstate = getattr(cls, "__getstate__", None)
    if getstate is not None:
        return getstate(x)
    slots = _slot_names(cls)
    values = {}
    for name in slots:
        try:
            values[name] = getattr(x, name)
        except AttributeError:
            pass
    try:
        attrs = x.__dict__
    except AttributeError:
        attrs = None
    state = None
    if attrs:
        state = {}
        for key, value in attrs.items():
            if key not in values:
                state[key] = value
        if not state:
            state = None
    if values:
        return (state, values)
    return state


def _rebuild(x, cls, memo):
    """Copies an instance as object.__reduce_ex__(4) describes it: a new
    instance from cls.__new__, its state, and the items of a list, dict
    or set it derives from."""
    deep = memo is not None
    if cls.__module__ == "builtins" and not isinstance(x, BaseException):
        raise TypeError("cannot pickle %r object" % cls.__name__)
    if isinstance(x, BaseException):
        args = x.args
        if deep:
            args = deepcopy(args, memo)
        y = cls(*args)
        if deep:
            memo[id(x)] = y
        state = getattr(x, "__dict__", None) or None
        _fill(y, memo, dict(state) if state else None, None, None)
        return y
    if isinstance(x, (set, frozenset)):
        items = list(x)
        if deep:
            items = deepcopy(items, memo)
        y = cls(items)
        if deep:
            memo[id(x)] = y
        _fill(y, memo, _default_state(x, cls), None, None)
        return y
    getnewargs = getattr(cls, "__getnewargs__", None)
    if getnewargs is not None:
        args = getnewargs(x)
    else:
        args = ()
        for base in _value_bases:
            if isinstance(x, base):
                args = (base(x),)
                break
    if deep and args:
        args = deepcopy(args, memo)
    y = cls.__new__(cls, *args)
    if deep:
        memo[id(x)] = y
    listiter = iter(x) if isinstance(x, list) else None
    dictiter = iter(list(x.items())) if isinstance(x, dict) else None
    _fill(y, memo, _default_state(x, cls), listiter, dictiter)
    return y


def replace(*args, **changes):
    """A new object like obj with the given fields changed, made by the
    class's __replace__."""
    if len(args) != 1:
        raise TypeError("replace() takes exactly 1 positional argument (%d given)" % len(args))
    obj = args[0]
    cls = obj.__class__
    func = getattr(cls, "__replace__", None)
    if func is None:
        raise TypeError("replace() does not support %s objects" % cls.__name__)
    return func(obj, **changes)
