# dataclasses for spython: @dataclass writes __init__, __repr__, __eq__
# and, when asked, the ordering methods and __hash__, from the class's
# annotated fields, as CPython's does. __init__ is generated source run
# with exec, so its argument errors read as CPython's.

import sys as _sys


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


class _FieldKind:
    # What a Field stands for: an instance field or a ClassVar.
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FieldKind('_FIELD')
_FIELD_CLASSVAR = _FieldKind('_FIELD_CLASSVAR')


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
        self._field_type = None

    def __repr__(self):
        return ('Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,'
                'repr=%r,hash=%r,compare=%r,metadata=%r,kw_only=%r,_field_type=%r)'
                % (self.name, self.type, self.default, self.default_factory,
                   self.init, self.repr, self.hash, self.compare,
                   self.metadata, self.kw_only, self._field_type))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare,
                 metadata, kw_only)


def _is_mutable_default(value):
    return type(value) in (list, dict, set)


def _string_head(text):
    # The name a string annotation starts with, and the module it is
    # qualified by: 'typing.ClassVar[int]' gives ('typing', 'ClassVar').
    parts = [p.strip() for p in text.split('[', 1)[0].split('.')]
    if len(parts) == 1:
        return None, parts[0]
    if len(parts) == 2:
        return parts[0], parts[1]
    return None, None


def _names(annotation, cls, module, name):
    # Whether a string annotation names module.name, as `name` or
    # `module.name` in the namespace of the module cls is defined in.
    if module is None:
        return False
    qualifier, head = _string_head(annotation)
    ns = getattr(_sys.modules.get(cls.__module__), '__dict__', {})
    target = getattr(module, name, None)
    if qualifier is None:
        return head == name and ns.get(head) is target
    return head == name and ns.get(qualifier) is module


def _is_classvar(annotation, cls):
    typing = _sys.modules.get('typing')
    if isinstance(annotation, str):
        return _names(annotation, cls, typing, 'ClassVar')
    if typing is None:
        return False
    return (annotation is typing.ClassVar
            or getattr(annotation, '__origin__', None) is typing.ClassVar)


def _is_kw_only(annotation, cls):
    if isinstance(annotation, str):
        return _names(annotation, cls, _sys.modules.get(__name__), 'KW_ONLY')
    return annotation is KW_ONLY


def _class_fields(cls, kw_only):
    anns = cls.__dict__.get('__annotations__', {})
    result = []
    kw = kw_only
    for name in anns:
        typ = anns[name]
        if _is_kw_only(typ, cls):
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
        if _is_classvar(typ, cls):
            f._field_type = _FIELD_CLASSVAR
            result.append(f)
            continue
        f._field_type = _FIELD
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
    anns = {f.name: f.type for f in fields if f.init}
    anns['return'] = None
    init.__annotations__ = anns
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
    all_fields = [f for f in fields.values() if f._field_type is _FIELD]
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
    cls.__replace__ = _replace
    if not cls.__dict__.get('__doc__'):
        cls.__doc__ = cls.__name__ + _signature_text(getattr(cls, '__init__', None))
    return cls


def _annotation_text(annotation):
    # How a signature shows an annotation.
    if isinstance(annotation, str) or type(annotation) is type(list[int]):
        return repr(annotation)
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return '%s.%s' % (annotation.__module__, annotation.__qualname__)
    return repr(annotation)


def _signature_text(init):
    # The parameters of an __init__ after self, and what it returns
    # unless None, as the class's __doc__ shows them: '(x: int, y: int = 0)'.
    code = getattr(init, '__code__', None)
    if code is None:
        return '()'
    names = code.co_varnames
    npos, nkw = code.co_argcount, code.co_kwonlyargcount
    posonly = code.co_posonlyargcount
    anns = init.__annotations__
    defaults = init.__defaults__ or ()
    kwdefaults = init.__kwdefaults__ or {}

    def param(name, default=MISSING, prefix=''):
        text = prefix + name
        if name in anns:
            text += ': ' + _annotation_text(anns[name])
            if default is not MISSING:
                text += ' = ' + repr(default)
        elif default is not MISSING:
            text += '=' + repr(default)
        return text

    shown = []
    first_default = npos - len(defaults)
    for i in range(npos):
        default = defaults[i - first_default] if i >= first_default else MISSING
        if i:
            shown.append(param(names[i], default))
        if i and i == posonly - 1:
            shown.append('/')
    rest = npos + nkw
    if code.co_flags & 4:
        shown.append(param(names[rest], prefix='*'))
        rest += 1
    elif nkw:
        shown.append('*')
    for name in names[npos:npos + nkw]:
        shown.append(param(name, kwdefaults.get(name, MISSING)))
    if code.co_flags & 8:
        shown.append(param(names[rest], prefix='**'))
    text = '(%s)' % ', '.join(shown)
    if 'return' in anns:
        text += ' -> ' + _annotation_text(anns['return'])
    return text.replace(' -> None', '')


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
    return tuple(f for f in fs.values() if f._field_type is _FIELD)


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


def _replace(self, **changes):
    # A dataclass's __replace__: a new instance from the init fields,
    # changes first.
    for f in fields(self):
        if not f.init:
            if f.name in changes:
                raise TypeError('field %s is declared with init=False, '
                                'it cannot be specified with replace()' % f.name)
        elif f.name not in changes:
            changes[f.name] = getattr(self, f.name)
    return self.__class__(**changes)


def replace(obj, **changes):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError('replace() should be called on dataclass instances')
    return _replace(obj, **changes)
