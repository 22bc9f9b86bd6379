# typing for spython: the names scripts annotate with. Annotations are
# evaluated and printed, never checked, as in CPython; these objects
# print as CPython's do and can be subscripted, called where CPython's
# can (cast, NewType, NamedTuple, TypedDict) and used as bases (Generic,
# Protocol).

import collections as _collections
import collections.abc as _abc
import sys as _sys

TYPE_CHECKING = False


def _text(t):
    # How typing writes a type inside brackets.
    if t is None or t is type(None):
        return 'None' if t is None else 'NoneType'
    if t is Ellipsis:
        return '...'
    if isinstance(t, list):
        return '[' + ', '.join(_text(x) for x in t) + ']'
    if isinstance(t, type):
        mod = getattr(t, '__module__', 'builtins')
        if mod == 'builtins':
            return t.__qualname__
        return '%s.%s' % (mod, t.__qualname__)
    return repr(t)


class _Special:
    # Any, NoReturn, ClassVar... : a name that prints as typing.NAME.
    # cls is the class that calls and isinstance() go to (list for
    # List); a subscripted name keeps the bare one as its origin when it
    # has no class.
    def __init__(self, name, params=None, cls=None, bare=None):
        self._name = name
        self.__args__ = params
        self._cls = cls
        self.__origin__ = cls if cls is not None else bare

    def __repr__(self):
        if self.__args__ is None:
            return 'typing.' + self._name
        return 'typing.%s[%s]' % (self._name, ', '.join(_text(a) for a in self.__args__))

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _Special(self._name, params, self._cls, self)

    def __call__(self, *args, **kwargs):
        if self._cls is None:
            raise TypeError('Cannot instantiate typing.%s' % self._name)
        return self._cls(*args, **kwargs)

    def __eq__(self, other):
        return (isinstance(other, _Special) and self._name == other._name
                and self.__args__ == other.__args__)

    def __hash__(self):
        return hash((self._name, self.__args__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        if self._cls is None:
            raise TypeError('typing.%s cannot be used with isinstance()' % self._name)
        return isinstance(obj, self._cls)


class _UnionType(_Special):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return 'typing.Optional[%s]' % _text(other)
        return 'typing.Union[%s]' % ', '.join(_text(a) for a in args)


class _UnionMaker(_Special):
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        flat = []
        for p in params:
            if p is None:
                p = type(None)
            if isinstance(p, _UnionType):
                items = p.__args__
            else:
                items = (p,)
            for x in items:
                if x not in flat:
                    flat.append(x)
        if len(flat) == 1:
            return flat[0]
        return _UnionType('Union', tuple(flat), None, self)


class _OptionalMaker(_Special):
    def __getitem__(self, param):
        return Union[param, None]


class _CallableMaker(_Special):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        args, result = params
        return _CallableType('Callable', (args, result), self._cls)


class _CallableType(_Special):
    def __repr__(self):
        args, result = self.__args__
        return 'typing.Callable[%s, %s]' % (_text(args), _text(result))


Any = _Special('Any')
NoReturn = _Special('NoReturn')
Never = _Special('Never')
ClassVar = _Special('ClassVar')
Final = _Special('Final')
Literal = _Special('Literal')
Annotated = _Special('Annotated')
Self = _Special('Self')
TypeAlias = _Special('TypeAlias')
Required = _Special('Required')
NotRequired = _Special('NotRequired')
ReadOnly = _Special('ReadOnly')
TypeGuard = _Special('TypeGuard')
TypeIs = _Special('TypeIs')
LiteralString = _Special('LiteralString')
Concatenate = _Special('Concatenate')
Unpack = _Special('Unpack')
Union = _UnionMaker('Union')
Optional = _OptionalMaker('Optional')
Callable = _CallableMaker('Callable', None, _abc.Callable)

List = _Special('List', None, list)
Dict = _Special('Dict', None, dict)
Set = _Special('Set', None, set)
FrozenSet = _Special('FrozenSet', None, frozenset)
Tuple = _Special('Tuple', None, tuple)
Type = _Special('Type', None, type)
DefaultDict = _Special('DefaultDict', None, _collections.defaultdict)
OrderedDict = _Special('OrderedDict', None, _collections.OrderedDict)
Counter = _Special('Counter', None, _collections.Counter)
Deque = _Special('Deque', None, _collections.deque)
ChainMap = _Special('ChainMap', None, _collections.ChainMap)
Iterable = _Special('Iterable', None, _abc.Iterable)
Iterator = _Special('Iterator', None, _abc.Iterator)
Generator = _Special('Generator', None, _abc.Generator)
Sequence = _Special('Sequence', None, _abc.Sequence)
MutableSequence = _Special('MutableSequence', None, _abc.MutableSequence)
Mapping = _Special('Mapping', None, _abc.Mapping)
MutableMapping = _Special('MutableMapping', None, _abc.MutableMapping)
AbstractSet = _Special('AbstractSet', None, _abc.Set)
MutableSet = _Special('MutableSet', None, _abc.MutableSet)
Collection = _Special('Collection', None, _abc.Collection)
Container = _Special('Container', None, _abc.Container)
Hashable = _Special('Hashable', None, _abc.Hashable)
Sized = _Special('Sized', None, _abc.Sized)
Reversible = _Special('Reversible', None, _abc.Reversible)
Awaitable = _Special('Awaitable')
Coroutine = _Special('Coroutine')
AsyncIterator = _Special('AsyncIterator')
AsyncIterable = _Special('AsyncIterable')
ContextManager = _Special('ContextManager')
Pattern = _Special('Pattern')
Match = _Special('Match')
IO = _Special('IO')
TextIO = _Special('TextIO')
BinaryIO = _Special('BinaryIO')
AnyStr = _Special('AnyStr')
Text = str


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        if self.__covariant__:
            return '+' + self.__name__
        if self.__contravariant__:
            return '-' + self.__name__
        return '~' + self.__name__

    def __or__(self, other):
        return Union[self, other]


class _ParamSpecPart:
    # P.args and P.kwargs.
    def __init__(self, spec, part):
        self.__origin__ = spec
        self._part = part

    def __repr__(self):
        return '%s.%s' % (self.__origin__.__name__, self._part)


class ParamSpec(TypeVar):
    @property
    def args(self):
        return _ParamSpecPart(self, 'args')

    @property
    def kwargs(self):
        return _ParamSpecPart(self, 'kwargs')


class TypeVarTuple:
    def __init__(self, name):
        self.__name__ = name

    def __repr__(self):
        return self.__name__

    def __iter__(self):
        yield Unpack[self]


class _GenericAlias:
    def __init__(self, origin, params):
        self.__origin__ = origin
        self.__args__ = params

    def __repr__(self):
        return '%s[%s]' % (_text(self.__origin__), ', '.join(_text(a) for a in self.__args__))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __getattr__(self, name):
        return getattr(self.__origin__, name)


class Generic:
    # A base for generic classes: Box[int] is an alias of Box.
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        if cls is Generic or cls is Protocol:
            return cls
        return _GenericAlias(cls, params)


class Protocol(Generic):
    pass


class _ProtocolMeta(type):
    # isinstance(obj, SupportsInt) asks whether obj's class has the
    # protocol's methods; a class deriving from a protocol checks as a
    # class.
    def __instancecheck__(cls, obj):
        methods = cls.__dict__.get('_methods')
        if methods is None:
            return cls in type(obj).__mro__
        return all(hasattr(type(obj), m) for m in methods)


class SupportsInt(Protocol, metaclass=_ProtocolMeta):
    _methods = ('__int__',)


class SupportsFloat(Protocol, metaclass=_ProtocolMeta):
    _methods = ('__float__',)


class SupportsComplex(Protocol, metaclass=_ProtocolMeta):
    _methods = ('__complex__',)


class SupportsBytes(Protocol, metaclass=_ProtocolMeta):
    _methods = ('__bytes__',)


class SupportsIndex(Protocol, metaclass=_ProtocolMeta):
    _methods = ('__index__',)


class SupportsAbs(Protocol, metaclass=_ProtocolMeta):
    _methods = ('__abs__',)


class SupportsRound(Protocol, metaclass=_ProtocolMeta):
    _methods = ('__round__',)


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def runtime_checkable(cls):
    return cls


def no_type_check(f):
    return f


def override(method):
    try:
        method.__override__ = True
    except (AttributeError, TypeError):
        pass
    return method


def assert_never(arg):
    shown = repr(arg)
    if len(shown) > 100:
        shown = shown[:100] + '...'
    raise AssertionError('Expected code to be unreachable, but got: ' + shown)


def assert_type(val, typ):
    return val


def reveal_type(obj):
    print('Runtime type is %r' % type(obj).__name__, file=_sys.stderr)
    return obj


def dataclass_transform(*, eq_default=True, order_default=False,
                        kw_only_default=False, frozen_default=False,
                        field_specifiers=(), **kwargs):
    def mark(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            'eq_default': eq_default, 'order_default': order_default,
            'kw_only_default': kw_only_default, 'frozen_default': frozen_default,
            'field_specifiers': field_specifiers, 'kwargs': kwargs}
        return cls_or_fn
    return mark


# Qualifiers get_type_hints() drops unless include_extras is true.
_EXTRAS = ('Annotated', 'Required', 'NotRequired', 'ReadOnly')


def _resolve_hint(value, globalns, localns, include_extras):
    # One annotation as get_type_hints() gives it: a string is evaluated
    # (and a string it gives, in turn), None is NoneType.
    while isinstance(value, str):
        value = eval(value, globalns, localns)
    if value is None:
        return type(None)
    while (not include_extras and isinstance(value, _Special)
           and value._name in _EXTRAS and value.__args__):
        value = value.__args__[0]
    return value


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            anns = base.__dict__.get('__annotations__', {})
            if globalns is None:
                module = _sys.modules.get(base.__module__)
                base_globals = dict(getattr(module, '__dict__', {}))
            else:
                base_globals = globalns
            base_locals = dict(vars(base)) if localns is None else localns
            for name, value in anns.items():
                hints[name] = _resolve_hint(value, base_globals, base_locals, include_extras)
        return hints
    if globalns is None:
        if isinstance(obj, type(_sys)):
            globalns = obj.__dict__
        else:
            module = _sys.modules.get(getattr(obj, '__module__', None))
            globalns = dict(getattr(module, '__dict__', {}))
    for name, value in getattr(obj, '__annotations__', {}).items():
        hints[name] = _resolve_hint(value, globalns, localns, include_extras)
    return hints


def get_origin(tp):
    if tp is Generic:
        return Generic
    return getattr(tp, '__origin__', None)


def get_args(tp):
    return tuple(getattr(tp, '__args__', None) or ())


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type


class NamedTuple:
    # class P(NamedTuple): x: int; y: int = 0 -- or NamedTuple('P', [...]).
    def __new__(cls, *args, **kwargs):
        if cls is NamedTuple:
            typename, fields = args[0], (args[1] if len(args) > 1 else list(kwargs.items()))
            return _collections.namedtuple(typename, [name for name, _ in fields])
        return object.__new__(cls)

    def __init_subclass__(cls, **kwargs):
        anns = cls.__dict__.get('__annotations__', {})
        cls._fields = tuple(anns)
        cls._field_defaults = {f: cls.__dict__[f] for f in anns if f in cls.__dict__}

    def __init__(self, *args, **kwargs):
        fields = type(self)._fields
        name = type(self).__name__
        if len(args) > len(fields):
            raise TypeError('%s.__new__() takes %d positional arguments but %d were given'
                            % (name, len(fields) + 1, len(args) + 1))
        values = dict(zip(fields, args))
        for k, v in kwargs.items():
            if k not in fields:
                raise TypeError("%s.__new__() got an unexpected keyword argument '%s'" % (name, k))
            if k in values:
                raise TypeError("%s.__new__() got multiple values for argument '%s'" % (name, k))
            values[k] = v
        missing = [f for f in fields if f not in values and f not in type(self)._field_defaults]
        if missing:
            raise TypeError('%s.__new__() missing %d required positional argument%s: %s'
                            % (name, len(missing), '' if len(missing) == 1 else 's',
                               ' and '.join("'%s'" % m for m in missing)))
        for f in fields:
            object.__setattr__(self, f, values.get(f, type(self)._field_defaults.get(f)))

    def __iter__(self):
        return iter([getattr(self, f) for f in type(self)._fields])

    def __len__(self):
        return len(type(self)._fields)

    def __getitem__(self, i):
        return tuple(self)[i]

    def __eq__(self, other):
        if isinstance(other, (tuple, NamedTuple)):
            return tuple(self) == tuple(other)
        return NotImplemented

    def __lt__(self, other):
        return tuple(self) < tuple(other)

    def __hash__(self):
        return hash(tuple(self))

    def __repr__(self):
        return '%s(%s)' % (type(self).__name__,
                           ', '.join('%s=%r' % (f, getattr(self, f)) for f in type(self)._fields))

    def _asdict(self):
        return {f: getattr(self, f) for f in type(self)._fields}

    def _replace(self, **changes):
        values = self._asdict()
        values.update(changes)
        return type(self)(**values)


def _typeddict_keys(cls, total):
    # Sets __total__, __annotations__ (the bases' first) and the sets of
    # required and optional keys: total decides for the class's own keys
    # unless Required[...] or NotRequired[...] says otherwise.
    anns, required, optional = {}, set(), set()
    for base in cls.__bases__:
        anns.update(getattr(base, '__annotations__', {}))
        required |= getattr(base, '__required_keys__', frozenset())
        optional |= getattr(base, '__optional_keys__', frozenset())
    own = cls.__dict__.get('__annotations__', {})
    for name, value in own.items():
        needed = total
        if isinstance(value, _Special) and value._name in ('Required', 'NotRequired'):
            needed = value._name == 'Required'
        required.discard(name)
        optional.discard(name)
        (required if needed else optional).add(name)
    anns.update(own)
    cls.__annotations__ = anns
    cls.__total__ = total
    cls.__required_keys__ = frozenset(required)
    cls.__optional_keys__ = frozenset(optional)


class _TypedDictMeta(type):
    def __instancecheck__(cls, obj):
        raise TypeError('TypedDict does not support instance and class checks')


class TypedDict(metaclass=_TypedDictMeta):
    # class Movie(TypedDict): name: str -- its instances are plain dicts.
    def __new__(cls, *args, total=True, **kwargs):
        if cls is TypedDict and args and isinstance(args[0], str):
            fields = args[1] if len(args) > 1 else kwargs
            made = type(args[0], (TypedDict,), {'__annotations__': dict(fields)})
            _typeddict_keys(made, total)
            return made
        return dict(*args, **kwargs)

    def __init_subclass__(cls, total=True):
        _typeddict_keys(cls, total)


def is_typeddict(tp):
    return isinstance(tp, type) and issubclass(tp, TypedDict) and tp is not TypedDict
