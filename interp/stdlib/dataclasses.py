# dataclasses for spython: @dataclass writes __init__, __repr__, __eq__
# and, when asked, the ordering methods and __hash__, from the class's
# annotated fields, as CPython's does. __init__ is generated source run
# with exec, so its argument errors read as CPython's.

class FrozenInstanceError(AttributeError):
    pass


class _MissingType:
    def __repr__(self):
        return 'MISSING'


MISSING = _MissingType()


class _KwOnlyType:
    pass


KW_ONLY = _KwOnlyType()


class _HasDefaultFactory:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HasDefaultFactory()


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare,
                 metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only

    def __repr__(self):
        return ('Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,'
                'repr=%r,hash=%r,compare=%r,metadata=%r,kw_only=%r,_field_type=_FIELD)'
                % (self.name, self.type, self.default, self.default_factory,
                   self.init, self.repr, self.hash, self.compare,
                   self.metadata, self.kw_only))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only)


def _is_mutable_default(value):
    return type(value) in (list, dict, set)


def _class_fields(cls, kw_only):
    anns = cls.__dict__.get('__annotations__', {})
    result = []
    kw = kw_only
    for name in anns:
        typ = anns[name]
        if typ is KW_ONLY:
            kw = True
            continue
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
            if f.default is MISSING:
                try:
                    delattr(cls, name)
                except AttributeError:
                    pass
            else:
                setattr(cls, name, f.default)
        else:
            f = field(default=default)
        f.name = name
        f.type = typ
        if f.kw_only is MISSING:
            f.kw_only = kw
        if _is_mutable_default(f.default):
            raise ValueError('mutable default %r for field %s is not allowed: use default_factory'
                             % (type(f.default), name))
        result.append(f)
    return result


def _all_fields(cls):
    return getattr(cls, '__dataclass_fields__', {})


def _make_init(cls, fields, frozen):
    globs = {'MISSING': MISSING, '_HAS_DEFAULT_FACTORY': _HAS_DEFAULT_FACTORY,
             '__dataclass_builtins_object__': object}
    params, kw_params, body = [], [], []
    seen_default = None
    for f in fields:
        if not f.init:
            if f.default_factory is not MISSING:
                globs['_dflt_' + f.name] = f.default_factory
                value = '_dflt_%s()' % f.name
            elif f.default is not MISSING:
                globs['_dflt_' + f.name] = f.default
                value = '_dflt_' + f.name
            else:
                continue
        else:
            if f.default_factory is not MISSING:
                globs['_dflt_' + f.name] = f.default_factory
                param = '%s=_HAS_DEFAULT_FACTORY' % f.name
                value = '_dflt_%s() if %s is _HAS_DEFAULT_FACTORY else %s' % (f.name, f.name, f.name)
            elif f.default is not MISSING:
                globs['_dflt_' + f.name] = f.default
                param = '%s=_dflt_%s' % (f.name, f.name)
                value = f.name
            else:
                param = f.name
                value = f.name
                if seen_default is not None and not f.kw_only:
                    raise TypeError('non-default argument %r follows default argument %r'
                                    % (f.name, seen_default))
            if f.kw_only:
                kw_params.append(param)
            else:
                if param != f.name:
                    seen_default = seen_default or f.name
                params.append(param)
        if frozen:
            body.append('__dataclass_builtins_object__.__setattr__(self, %r, %s)' % (f.name, value))
        else:
            body.append('self.%s = %s' % (f.name, value))
    if hasattr(cls, '__post_init__'):
        body.append('self.__post_init__()')
    if not body:
        body = ['pass']
    sig = ['self'] + params
    if kw_params:
        sig += ['*'] + kw_params
    src = 'def __init__(%s):\n    %s\n' % (', '.join(sig), '\n    '.join(body))
    ns = {}
    exec(src, globs, ns)
    init = ns['__init__']
    init.__qualname__ = cls.__qualname__ + '.__init__'
    return init


def _tuple_of(obj, fields):
    return tuple(getattr(obj, f.name) for f in fields)


def _process(cls, init, repr, eq, order, unsafe_hash, frozen, kw_only):
    fields = {}
    for base in cls.__mro__[-1:0:-1]:
        base_fields = getattr(base, '__dataclass_fields__', None)
        if base_fields:
            for f in base_fields.values():
                fields[f.name] = f
    for f in _class_fields(cls, kw_only):
        fields[f.name] = f
    cls.__dataclass_fields__ = fields
    cls.__dataclass_params__ = (init, repr, eq, order, unsafe_hash, frozen)
    all_fields = list(fields.values())
    compared = [f for f in all_fields if f.compare]

    if init and '__init__' not in cls.__dict__:
        cls.__init__ = _make_init(cls, all_fields, frozen)

    if repr and '__repr__' not in cls.__dict__:
        shown = [f for f in all_fields if f.repr]

        def __repr__(self):
            return '%s(%s)' % (type(self).__qualname__,
                               ', '.join('%s=%r' % (f.name, getattr(self, f.name)) for f in shown))
        __repr__.__qualname__ = cls.__qualname__ + '.__repr__'
        cls.__repr__ = __repr__

    if eq and '__eq__' not in cls.__dict__:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return _tuple_of(self, compared) == _tuple_of(other, compared)
            return NotImplemented
        cls.__eq__ = __eq__

    if order:
        def make(op, name):
            def method(self, other):
                if other.__class__ is self.__class__:
                    return op(_tuple_of(self, compared), _tuple_of(other, compared))
                return NotImplemented
            method.__name__ = name
            return method
        for name, op in (('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b),
                         ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b)):
            if name in cls.__dict__:
                raise TypeError('Cannot overwrite attribute %s in class %s. '
                                'Consider using functools.total_ordering'
                                % (name, cls.__name__))
            setattr(cls, name, make(op, name))

    if frozen:
        def __setattr__(self, name, value):
            if type(self) is cls or name in fields:
                raise FrozenInstanceError('cannot assign to field %r' % name)
            object.__setattr__(self, name, value)

        def __delattr__(self, name):
            if type(self) is cls or name in fields:
                raise FrozenInstanceError('cannot delete field %r' % name)
            object.__delattr__(self, name)
        cls.__setattr__ = __setattr__
        cls.__delattr__ = __delattr__

    hashed = [f for f in all_fields if (f.compare if f.hash is None else f.hash)]
    if unsafe_hash or (eq and frozen):
        def __hash__(self):
            return hash(_tuple_of(self, hashed))
        cls.__hash__ = __hash__
    elif eq and '__hash__' not in cls.__dict__:
        cls.__hash__ = None

    cls.__match_args__ = tuple(f.name for f in all_fields if f.init and not f.kw_only)
    return cls


def dataclass(cls=None, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
              slots=False, weakref_slot=False):
    def wrap(cls):
        return _process(cls, init, repr, eq, order, unsafe_hash, frozen, kw_only)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    try:
        fs = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance')
    return tuple(fs.values())


def is_dataclass(obj):
    return hasattr(obj, '__dataclass_fields__')


def _asdict_inner(obj, factory):
    if is_dataclass(obj) and not isinstance(obj, type):
        return factory([(f.name, _asdict_inner(getattr(obj, f.name), factory))
                        for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, factory), _asdict_inner(v, factory))
                         for k, v in obj.items())
    return obj


def asdict(obj, *, dict_factory=dict):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _astuple_inner(obj):
    if is_dataclass(obj) and not isinstance(obj, type):
        return tuple(_astuple_inner(getattr(obj, f.name)) for f in fields(obj))
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_astuple_inner(k), _astuple_inner(v)) for k, v in obj.items())
    return obj


def astuple(obj, *, tuple_factory=tuple):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError('astuple() should be called on dataclass instances')
    return tuple_factory(_astuple_inner(obj))


def replace(obj, **changes):
    for f in fields(obj):
        if f.init and f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
