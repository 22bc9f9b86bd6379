"""Tools for working with functions and callable objects."""

from collections import namedtuple

WRAPPER_ASSIGNMENTS = (
    '__module__', '__name__', '__qualname__', '__doc__', '__annotations__',
    '__type_params__',
)
WRAPPER_UPDATES = ('__dict__',)


_ABSENT = object()


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped: copy the attributes named in
    assigned, merge the dicts named in updated, set __wrapped__."""
    for name in assigned:
        value = getattr(wrapped, name, _ABSENT)
        if value is _ABSENT:
            continue
        try:
            setattr(wrapper, name, value)
        except (AttributeError, TypeError):
            pass
    for name in updated:
        extra = getattr(wrapped, name, _ABSENT)
        if extra is not _ABSENT:
            mine = getattr(wrapper, name)
            for key in list(extra.keys()):
                mine[key] = extra[key]
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper(), applied to the decorated
    function."""
    def apply(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return apply


_NO_START = object()


def reduce(function, iterable, initial=_NO_START):
    """Fold iterable from the left with the two-argument function,
    starting from initial when given, else from the first item."""
    try:
        items = iter(iterable)
    except TypeError:
        raise TypeError("reduce() arg 2 must support iteration") from None
    acc = initial
    if acc is _NO_START:
        for acc in items:
            break
        else:
            raise TypeError('reduce() of empty iterable with no initial value') from None
    for item in items:
        acc = function(acc, item)
    return acc


class partial:
    """A callable that calls func with the stored positional arguments
    first and the stored keywords (overridable) merged in."""

    def __init__(self, func, *args, **keywords):
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if isinstance(func, partial):
            args = func.args + args
            merged = dict(func.keywords)
            merged.update(keywords)
            keywords = merged
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, *args, **keywords):
        merged = dict(self.keywords)
        merged.update(keywords)
        return self.func(*self.args, *args, **merged)

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend([repr(a) for a in self.args])
        parts.extend(['%s=%r' % (k, v) for k, v in self.keywords.items()])
        return 'functools.partial(' + ', '.join(parts) + ')'


class _KeyWrapper:
    # Orders objects by an old-style cmp function (negative, zero or
    # positive): sort keys made by cmp_to_key().
    __hash__ = None

    def __init__(self, obj, cmp):
        self.obj = obj
        self.cmp = cmp

    def __lt__(self, other):
        return self.cmp(self.obj, other.obj) < 0

    def __le__(self, other):
        return self.cmp(self.obj, other.obj) <= 0

    def __eq__(self, other):
        return self.cmp(self.obj, other.obj) == 0

    def __ge__(self, other):
        return self.cmp(self.obj, other.obj) >= 0

    def __gt__(self, other):
        return self.cmp(self.obj, other.obj) > 0


def cmp_to_key(mycmp):
    """Turn a two-argument comparison function into a sort key."""
    def key(obj):
        return _KeyWrapper(obj, mycmp)
    return key


# total_ordering derives each missing comparison from the one the class
# defines (its root), by one of three rules. With r the root's result:
#   the negation (< and >=, <= and >):            not r
#   the mirror (< and >, <= and >=):              strict root: not r and a != b
#                                                 other root:  not r or a == b
#   the other strictness (< and <=, > and >=):    strict root: r or a == b
#                                                 other root:  r and a != b
_ORDER_OPS = ('__lt__', '__le__', '__gt__', '__ge__')
_NEGATION = {'__lt__': '__ge__', '__ge__': '__lt__', '__le__': '__gt__', '__gt__': '__le__'}
_MIRROR = {'__lt__': '__gt__', '__gt__': '__lt__', '__le__': '__ge__', '__ge__': '__le__'}


def _negated(r, a, b):
    return not r


def _mirrored_strict(r, a, b):
    return not r and a != b


def _mirrored_loose(r, a, b):
    return not r or a == b


def _widened(r, a, b):
    return r or a == b


def _narrowed(r, a, b):
    return r and a != b


def _derived(root, target):
    strict = root in ('__lt__', '__gt__')
    if target == _NEGATION[root]:
        rule = _negated
    elif target == _MIRROR[root]:
        rule = _mirrored_strict if strict else _mirrored_loose
    else:
        rule = _widened if strict else _narrowed

    def compare(self, other):
        r = getattr(type(self), root)(self, other)
        if r is NotImplemented:
            return r
        return rule(r, self, other)
    compare.__name__ = target
    return compare


def _defines(cls, name):
    for klass in cls.__mro__:
        if klass is object:
            return False
        if name in klass.__dict__ and klass.__dict__[name] is not None:
            return True
    return False


def total_ordering(cls):
    """Class decorator: give cls the rich comparisons it lacks, derived
    from the one it has (the first of <, <=, >, >=) and ==."""
    present = [op for op in _ORDER_OPS if _defines(cls, op)]
    if not present:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    for op in _ORDER_OPS:
        if op not in present:
            setattr(cls, op, _derived(present[0], op))
    return cls


_Stats = namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'])


class _KeywordsFollow:
    # Separates positional arguments from keyword pairs in a cache key.
    pass


_KW_SEP = _KeywordsFollow()


def _call_key(args, kwds, typed):
    # A hashable key for one call: the arguments, the keyword pairs after
    # a separator and, when typed, the argument types. A lone int or str
    # argument is its own key.
    if not kwds and not typed and len(args) == 1 and type(args[0]) in (int, str):
        return args[0]
    parts = list(args)
    if kwds:
        parts.append(_KW_SEP)
        for name, value in kwds.items():
            parts.append(name)
            parts.append(value)
    if typed:
        for value in args:
            parts.append(type(value))
        for value in kwds.values():
            parts.append(type(value))
    return tuple(parts)


def lru_cache(maxsize=128, typed=False):
    """Decorator keeping the results of the last maxsize distinct calls
    (every call when maxsize is None); typed keeps 1 and 1.0 apart."""
    if maxsize is None or isinstance(maxsize, int):
        if maxsize is not None and maxsize < 0:
            maxsize = 0

        def decorate(user_function):
            return _memoize(user_function, maxsize, typed)
        return decorate
    if callable(maxsize) and isinstance(typed, bool):
        # Applied bare, as @lru_cache: the function comes as maxsize.
        return _memoize(maxsize, 128, typed)
    raise TypeError('Expected first argument to be an integer, a callable, or None')


def _memoize(user_function, maxsize, typed):
    # The dict keeps its keys in use order: a hit moves its key to the
    # end, an eviction drops the first key.
    memo = {}
    counts = {'hits': 0, 'misses': 0}

    def wrapper(*args, **kwds):
        if maxsize == 0:
            counts['misses'] += 1
            return user_function(*args, **kwds)
        key = _call_key(args, kwds, typed)
        if key in memo:
            counts['hits'] += 1
            result = memo.pop(key)
            memo[key] = result
            return result
        counts['misses'] += 1
        result = user_function(*args, **kwds)
        if key not in memo:
            if maxsize is not None and len(memo) >= maxsize:
                del memo[next(iter(memo))]
            memo[key] = result
        return result

    def cache_info():
        """Hits, misses, maximum and current size of the cache."""
        return _Stats(counts['hits'], counts['misses'], maxsize, len(memo))

    def cache_clear():
        """Empty the cache and reset its counts."""
        memo.clear()
        counts['hits'] = counts['misses'] = 0

    def cache_parameters():
        return {'maxsize': maxsize, 'typed': typed}

    update_wrapper(wrapper, user_function)
    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = cache_parameters
    return wrapper


def cache(user_function):
    """Decorator keeping the result of every distinct call."""
    return _memoize(user_function, None, False)


def cached_property(func):
    """A property computed once per instance and then kept in the
    instance's __dict__."""
    name = func.__name__

    def get(obj):
        d = obj.__dict__
        if name in d:
            return d[name]
        value = func(obj)
        d[name] = value
        return value

    def set_(obj, value):
        obj.__dict__[name] = value

    def delete(obj):
        if name not in obj.__dict__:
            raise AttributeError(name)
        del obj.__dict__[name]

    return property(get, set_, delete, getattr(func, '__doc__', None))


def singledispatch(func):
    """Decorator making func the fallback of a function that picks an
    implementation by the class of its first argument (see register())."""
    registry = {object: func}

    def dispatch(cls):
        for klass in cls.__mro__:
            if klass in registry:
                return registry[klass]
        return func

    def register(cls, func=None):
        if func is None:
            if isinstance(cls, type):
                def deco(f):
                    registry[cls] = f
                    return f
                return deco
            f = cls
            annotations = getattr(f, '__annotations__', {})
            hints = [v for k, v in annotations.items() if k != 'return']
            if hints and isinstance(hints[0], str):
                # A postponed annotation (from __future__ import
                # annotations): the name it stands for in f's module.
                hints[0] = eval(hints[0], getattr(f, '__globals__', {}))
            if not hints or not isinstance(hints[0], type):
                raise TypeError(
                    'Invalid first argument to `register()`: %r. Use either '
                    '`@register(some_class)` or plain `@register` on an '
                    'annotated function.' % (f,))
            registry[hints[0]] = f
            return f
        registry[cls] = func
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(getattr(func, '__name__', 'singledispatch function') +
                            ' requires at least 1 positional argument')
        return dispatch(type(args[0]))(*args, **kw)

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    update_wrapper(wrapper, func)
    return wrapper
