"""Container datatypes: defaultdict, OrderedDict, Counter, namedtuple,
deque and ChainMap."""

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'defaultdict', 'deque',
           'namedtuple']


def _dict_body(d):
    return '{' + ', '.join([repr(k) + ': ' + repr(v) for k, v in d.items()]) + '}'


class defaultdict(dict):
    """dict whose missing keys get a value made by default_factory."""

    def __new__(cls, *args, **kwargs):
        # the arguments are __init__'s alone
        return super().__new__(cls)

    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.update(*args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        return 'defaultdict(' + repr(self.default_factory) + ', ' + _dict_body(self) + ')'

    def copy(self):
        return defaultdict(self.default_factory, self)

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


class OrderedDict(dict):
    """dict that remembers insertion order, with move_to_end and an
    order-sensitive equality between two OrderedDicts."""

    def __new__(cls, *args, **kwargs):
        # the arguments are __init__'s alone
        return super().__new__(cls)

    def __init__(self, *args, **kwargs):
        if len(args) > 1:
            raise TypeError('expected at most 1 argument, got %d' % len(args))
        self.update(*args, **kwargs)

    def fromkeys(cls, iterable, value=None):
        new = cls()
        for key in iterable:
            new[key] = value
        return new

    fromkeys = classmethod(fromkeys)

    def move_to_end(self, key, last=True):
        value = self.pop(key)
        if last:
            self[key] = value
            return
        rest = list(self.items())
        self.clear()
        self[key] = value
        for k, v in rest:
            self[k] = v

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            key = list(self)[-1]
        else:
            key = next(iter(self))
        return key, self.pop(key)

    def __reversed__(self):
        return reversed(list(self))

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return list(self.items()) == list(other.items())
        return dict(self) == other

    def __ne__(self, other):
        return not self == other

    def __repr__(self):
        if not self:
            return 'OrderedDict()'
        return 'OrderedDict(' + _dict_body(self) + ')'

    def copy(self):
        return OrderedDict(self)

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = OrderedDict(self)
        new.update(other)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


class Counter(dict):
    """dict that counts hashable things: Counter('abca')['a'] == 2."""

    def __new__(cls, *args, **kwargs):
        # the arguments are __init__'s alone
        return super().__new__(cls)

    def __init__(self, iterable=None, **kwds):
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        items = sorted(self.items(), key=_count_of, reverse=True)
        if n is None:
            return items
        return items[:max(n, 0)]

    def elements(self):
        for elem, count in self.items():
            for _ in range(count):
                yield elem

    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    fromkeys = classmethod(fromkeys)

    def update(self, iterable=None, **kwds):
        if iterable is not None:
            if hasattr(iterable, 'keys') and hasattr(iterable, 'items'):
                get = self.get
                for elem, count in iterable.items():
                    self[elem] = count + get(elem, 0)
            else:
                get = self.get
                for elem in iterable:
                    self[elem] = get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, **kwds):
        if iterable is not None:
            get = self.get
            if hasattr(iterable, 'keys') and hasattr(iterable, 'items'):
                for elem, count in iterable.items():
                    self[elem] = get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return Counter(self)

    __copy__ = copy

    def __delitem__(self, elem):
        if elem in self:
            super().pop(elem)

    def __repr__(self):
        if not self:
            return 'Counter()'
        return 'Counter({' + ', '.join(
            [repr(k) + ': ' + repr(v) for k, v in self.most_common()]) + '})'

    def _pairwise(self, other, test):
        # test(mine, theirs) for every element of either counter.
        for side in (self, other):
            for elem in side:
                if not test(self[elem], other[elem]):
                    return False
        return True

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return dict(self) == other
        return self._pairwise(other, _same)

    def __ne__(self, other):
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._pairwise(other, _at_most)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self._pairwise(other, _at_least)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    # The binary operators keep only the positive results. Each is given
    # by the count it makes from two counts and, when elements found only
    # on the right may survive, from a count of the right alone.

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return _positive_merge(self, other, _plus, _itself)

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return _positive_merge(self, other, _minus, _negated)

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return _positive_merge(self, other, _larger, _itself)

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return _positive_merge(self, other, _smaller, None)

    def __pos__(self):
        return _positive_merge(self, Counter(), _first, None)

    def __neg__(self):
        return _positive_merge(self, Counter(), _first_negated, None)

    def _drop_non_positive(self):
        for elem in [e for e, c in self.items() if not c > 0]:
            super().pop(elem)
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._drop_non_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._drop_non_positive()

    def __ior__(self, other):
        for elem, count in other.items():
            if self[elem] < count:
                self[elem] = count
        return self._drop_non_positive()

    def __iand__(self, other):
        for elem in list(self):
            self[elem] = _smaller(self[elem], other[elem])
        return self._drop_non_positive()


def _positive_merge(left, right, both, right_only):
    merged = Counter()
    for elem, count in left.items():
        value = both(count, right[elem])
        if value > 0:
            merged[elem] = value
    if right_only is None:
        return merged
    for elem, count in right.items():
        if elem in left:
            continue
        value = right_only(count)
        if value > 0:
            merged[elem] = value
    return merged


def _same(x, y):
    return x == y


def _at_most(x, y):
    return x <= y


def _at_least(x, y):
    return x >= y


def _plus(x, y):
    return x + y


def _minus(x, y):
    return x - y


def _larger(x, y):
    return y if x < y else x


def _smaller(x, y):
    return y if y < x else x


def _itself(x):
    return x


def _negated(x):
    return 0 - x


def _first(x, y):
    return x


def _first_negated(x, y):
    return 0 - x


def _count_of(item):
    return item[1]


# namedtuple

_KEYWORDS = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
    'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
    'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
    'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
    'while', 'with', 'yield'])


def _field_set(self, value):
    raise AttributeError("can't set attribute")


def _field_delete(self):
    raise AttributeError("can't delete attribute")


def _field_getter(index, doc):
    # A field reads its item; assigning or deleting it fails as
    # CPython's tuple getters do.
    def get(self):
        return self[index]
    return property(get, _field_set, _field_delete, doc)


def _field_list(field_names):
    # A string of names separated by commas and/or whitespace, or an
    # iterable of names.
    if isinstance(field_names, str):
        return ' '.join(field_names.split(',')).split()
    return [str(name) for name in field_names]


def _usable_field(name, taken):
    return (name.isidentifier() and name not in _KEYWORDS and
            not name.startswith('_') and name not in taken)


def _check_names(typename, names, renamed):
    for name in [typename] + names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             'identifiers: ' + repr(name))
        if name in _KEYWORDS:
            raise ValueError('Type names and field names cannot be a '
                             'keyword: ' + repr(name))
    taken = set()
    for name in names:
        if not renamed and name.startswith('_'):
            raise ValueError('Field names cannot start with an underscore: ' + repr(name))
        if name in taken:
            raise ValueError('Encountered duplicate field name: ' + repr(name))
        taken.add(name)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """A new tuple subclass whose items are also attributes named by
    field_names (a list, or one string of names)."""
    names = _field_list(field_names)
    typename = str(typename)
    if rename:
        # Unusable or repeated names become _<position>.
        taken = set()
        renamed = []
        for position in range(len(names)):
            name = names[position]
            renamed.append(name if _usable_field(name, taken) else '_%d' % position)
            taken.add(name)
        names = renamed
    _check_names(typename, names, rename)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(names):
            raise TypeError('Got more default values than field names')
        # The defaults belong to the last fields.
        first_defaulted = len(names) - len(defaults)
        for offset in range(len(defaults)):
            field_defaults[names[first_defaulted + offset]] = defaults[offset]
    fields = tuple(names)
    width = len(fields)
    # __new__ is compiled so that its signature names the fields (and
    # shows their defaults).
    params = ''
    for name in fields:
        params += ', ' + name
        if name in field_defaults:
            params += '=_given[%r]' % name
    items = ''.join([name + ', ' for name in fields])
    source = ('class %s(tuple):\n'
              '    __slots__ = ()\n'
              '    def __new__(_cls%s):\n'
              '        return super().__new__(_cls, (%s))\n' % (typename, params, items))
    scope = {'_given': field_defaults, '__name__': 'namedtuple_' + typename}
    exec(source, scope)
    cls = scope[typename]
    cls.__new__.__qualname__ = typename + '.__new__'
    cls.__doc__ = '%s(%s)' % (typename, ', '.join(fields))
    cls._fields = fields
    cls._field_defaults = field_defaults
    cls.__match_args__ = fields
    for position in range(width):
        getter = _field_getter(position, 'Alias for field number %d' % position)
        setattr(cls, fields[position], getter)
    shown = '(%s)' % ', '.join([name + '=%r' for name in fields])

    def __repr__(self):
        return type(self).__name__ + shown % tuple(self)

    def _make(klass, iterable):
        values = tuple(iterable)
        if len(values) != width:
            raise TypeError('Expected %d arguments, got %d' % (width, len(values)))
        return klass.__new__(klass, *values)

    def _replace(self, **kwds):
        values = list(self)
        for position in range(width):
            if fields[position] in kwds:
                values[position] = kwds.pop(fields[position])
        if kwds:
            raise TypeError('Got unexpected field names: ' + repr(list(kwds)))
        kind = type(self)
        return kind.__new__(kind, *values)

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    for fn in (__repr__, _make, _replace, _asdict, __getnewargs__):
        fn.__qualname__ = typename + '.' + fn.__name__
    cls.__repr__ = __repr__
    cls._make = classmethod(_make)
    cls._replace = _replace
    cls.__replace__ = _replace
    cls._asdict = _asdict
    cls.__getnewargs__ = __getnewargs__
    cls.__lt__ = _nt_lt
    cls.__le__ = _nt_le
    cls.__gt__ = _nt_gt
    cls.__ge__ = _nt_ge
    cls.__add__ = _nt_add
    cls.__radd__ = _nt_radd
    cls.__reversed__ = _nt_reversed
    if module is None:
        module = _caller_module()
    cls.__module__ = module
    return cls


def _as_tuple(other):
    if isinstance(other, tuple):
        return tuple(other)
    return None


def _nt_lt(self, other):
    o = _as_tuple(other)
    return NotImplemented if o is None else tuple(self) < o


def _nt_le(self, other):
    o = _as_tuple(other)
    return NotImplemented if o is None else tuple(self) <= o


def _nt_gt(self, other):
    o = _as_tuple(other)
    return NotImplemented if o is None else tuple(self) > o


def _nt_ge(self, other):
    o = _as_tuple(other)
    return NotImplemented if o is None else tuple(self) >= o


def _nt_add(self, other):
    o = _as_tuple(other)
    if o is None:
        raise TypeError('can only concatenate tuple (not "%s") to tuple' % type(other).__name__)
    return tuple(list(self) + list(o))


def _nt_radd(self, other):
    o = _as_tuple(other)
    if o is None:
        return NotImplemented
    return tuple(list(o) + list(self))


def _nt_reversed(self):
    return reversed(tuple(self))


def _caller_module():
    try:
        import sys
        return sys._getframe(2).f_globals.get('__name__', '__main__')
    except Exception:
        return '__main__'


# deque

def _check_index(i):
    if not isinstance(i, int):
        raise TypeError("sequence index must be integer, not '%s'" % type(i).__name__)


class deque:
    """list-like sequence with fast appends and pops at both ends and an
    optional maximum length."""

    __hash__ = None

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        self._items = []
        self._head = 0
        self._state = 0
        if iterable is not self:
            self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def _live(self):
        if self._head:
            del self._items[:self._head]
            self._head = 0
        return self._items

    def __len__(self):
        return len(self._items) - self._head

    def __bool__(self):
        return len(self._items) > self._head

    def append(self, x):
        self._state += 1
        if self._maxlen == 0:
            return
        self._items.append(x)
        if self._maxlen is not None and len(self._items) - self._head > self._maxlen:
            self.popleft()

    def appendleft(self, x):
        self._state += 1
        if self._maxlen == 0:
            return
        if self._head:
            self._head -= 1
            self._items[self._head] = x
        else:
            self._items.insert(0, x)
        if self._maxlen is not None and len(self._items) - self._head > self._maxlen:
            self._items.pop()

    def pop(self):
        if len(self._items) <= self._head:
            raise IndexError('pop from an empty deque')
        self._state += 1
        return self._items.pop()

    def popleft(self):
        items = self._items
        if len(items) <= self._head:
            raise IndexError('pop from an empty deque')
        self._state += 1
        x = items[self._head]
        items[self._head] = None
        self._head += 1
        if self._head >= 32 and self._head * 2 >= len(items):
            del items[:self._head]
            self._head = 0
        return x

    def extend(self, iterable):
        if iterable is self:
            iterable = list(self)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(self)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        self._state += 1
        self._items = []
        self._head = 0

    def copy(self):
        return deque(self, self._maxlen)

    __copy__ = copy

    def count(self, x):
        n = 0
        for y in self:
            if y is x or y == x:
                n += 1
        return n

    def index(self, x, start=0, stop=None):
        items = self._live()
        n = len(items)
        if stop is None or stop > n:
            stop = n
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop += n
        for i in range(start, stop):
            if items[i] is x or items[i] == x:
                return i
        raise ValueError(repr(x) + ' is not in deque')

    def insert(self, i, x):
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        self._state += 1
        self._live().insert(i, x)

    def remove(self, value):
        items = self._live()
        for i in range(len(items)):
            if items[i] is value or items[i] == value:
                self._state += 1
                del items[i]
                return
        raise ValueError(repr(value) + ' is not in deque')

    def reverse(self):
        self._state += 1
        self._live().reverse()

    def rotate(self, n=1):
        items = self._live()
        size = len(items)
        if size <= 1:
            return
        n = n % size
        if n:
            self._state += 1
            self._items = items[size - n:] + items[:size - n]

    def _position(self, i):
        _check_index(i)
        n = len(self)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError('deque index out of range')
        return self._head + i

    def __getitem__(self, i):
        return self._items[self._position(i)]

    def __setitem__(self, i, x):
        self._items[self._position(i)] = x

    def __delitem__(self, i):
        pos = self._position(i)
        self._state += 1
        del self._items[pos]

    def __contains__(self, x):
        for y in self:
            if y is x or y == x:
                return True
        return False

    def __iter__(self):
        state = self._state
        i = self._head
        while True:
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
            if i >= len(self._items):
                return
            yield self._items[i]
            i += 1

    def __reversed__(self):
        state = self._state
        i = len(self._items) - 1
        while i >= self._head:
            if self._state != state:
                raise RuntimeError('deque mutated during iteration')
            yield self._items[i]
            i -= 1

    def __repr__(self):
        body = repr(list(self))
        if self._maxlen is None:
            return 'deque(' + body + ')'
        return 'deque(' + body + ', maxlen=%d)' % self._maxlen

    def __eq__(self, other):
        if not isinstance(other, deque):
            return False
        return list(self) == list(other)

    def __ne__(self, other):
        return not self == other

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) < list(other)

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) <= list(other)

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) > list(other)

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) >= list(other)

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque' % type(other).__name__)
        new = deque(self, self._maxlen)
        new.extend(other)
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        new = deque((), self._maxlen)
        items = list(self)
        for _ in range(n):
            new.extend(items)
        return new

    __rmul__ = __mul__

    def __imul__(self, n):
        items = list(self)
        self.clear()
        for _ in range(n):
            self.extend(items)
        return self


class ChainMap:
    """A view of several mappings as one: lookups search them in order,
    writes go to the first."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return mapping[key]
        return self.__missing__(key)

    def get(self, key, default=None):
        if key not in self:
            return default
        return self[key]

    def _key_order(self):
        # Each key once, in the order of its first appearance when the
        # maps are read from the last to the first.
        order = {}
        for i in range(len(self.maps) - 1, -1, -1):
            for key in self.maps[i]:
                order[key] = None
        return list(order)

    def __len__(self):
        return len(self._key_order())

    def __iter__(self):
        return iter(self._key_order())

    def __contains__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return True
        return False

    def __bool__(self):
        for mapping in self.maps:
            if mapping:
                return True
        return False

    def keys(self):
        return self._key_order()

    def items(self):
        return [(key, self[key]) for key in self._key_order()]

    def values(self):
        return [self[key] for key in self._key_order()]

    def __eq__(self, other):
        return dict(self.items()) == dict(other.items())

    def __repr__(self):
        return '%s(%s)' % (type(self).__name__, ', '.join([repr(m) for m in self.maps]))

    def fromkeys(cls, iterable, value=None):
        first = {}
        for key in iterable:
            first[key] = value
        return cls(first)

    fromkeys = classmethod(fromkeys)

    def copy(self):
        """A new ChainMap with a copy of the first map and the others
        shared."""
        head, rest = self.maps[0], self.maps[1:]
        return type(self)(head.copy(), *rest)

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """A ChainMap with m (a new dict by default) in front of these
        maps."""
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return type(self)(m, *self.maps)

    @property
    def parents(self):
        return type(self)(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def _first_map_call(self, action, message):
        try:
            return action()
        except KeyError:
            raise KeyError(message) from None

    def __delitem__(self, key):
        first = self.maps[0]

        def remove():
            del first[key]
        self._first_map_call(remove, 'Key not found in the first mapping: ' + repr(key))

    def popitem(self):
        return self._first_map_call(self.maps[0].popitem, 'No keys found in the first mapping.')

    def pop(self, key, *args):
        first = self.maps[0]
        return self._first_map_call(lambda: first.pop(key, *args),
                                    'Key not found in the first mapping: ' + repr(key))

    def clear(self):
        self.maps[0].clear()

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def update(self, other=(), **kwds):
        self.maps[0].update(other, **kwds)

    def __or__(self, other):
        if not hasattr(other, 'keys'):
            return NotImplemented
        joined = self.copy()
        joined.maps[0].update(other)
        return joined

    def __ror__(self, other):
        if not hasattr(other, 'keys'):
            return NotImplemented
        joined = dict(other)
        for i in range(len(self.maps) - 1, -1, -1):
            joined.update(self.maps[i])
        return type(self)(joined)

    def __ior__(self, other):
        self.maps[0].update(other)
        return self
