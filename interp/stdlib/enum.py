# enum for spython: Enum, IntEnum, StrEnum, Flag, IntFlag, auto and
# unique, with CPython's members, lookups, iteration order and reprs.

_auto_null = object()


class auto:
    def __init__(self, value=_auto_null):
        self.value = value
        self._resolved = _auto_null

    def __repr__(self):
        return 'auto(%r)' % (self.value,)

    def __or__(self, other):
        return _auto_expr(_or, self, other)

    def __ror__(self, other):
        return _auto_expr(_or, other, self)

    def __and__(self, other):
        return _auto_expr(_and, self, other)

    def __rand__(self, other):
        return _auto_expr(_and, other, self)

    def __xor__(self, other):
        return _auto_expr(_xor, self, other)

    def __rxor__(self, other):
        return _auto_expr(_xor, other, self)


def _or(a, b):
    return a | b


def _and(a, b):
    return a & b


def _xor(a, b):
    return a ^ b


class _auto_expr(auto):
    # A class body's `R | W` of auto() values: computed once the values
    # it combines are known.
    def __init__(self, op, left, right):
        auto.__init__(self)
        self.op = op
        self.left = left
        self.right = right

    def compute(self):
        return self.op(_resolve(self.left), _resolve(self.right))


def _resolve(value):
    if isinstance(value, _auto_expr):
        return value.compute()
    if isinstance(value, auto):
        return value._resolved
    return value


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__'


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_'
            and name[1] != '_' and name[-2] != '_')


def _is_private(cls_name, name):
    prefix = '_%s__' % cls_name.lstrip('_')
    return name.startswith(prefix) and not name.endswith('__')


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__')
            or isinstance(obj, (staticmethod, classmethod, property)) or callable(obj))


def _is_single_bit(value):
    return value > 0 and value & (value - 1) == 0


def _bin(value, width):
    # CPython's two's complement picture of a flag value: the sign bit,
    # a space, then width bits.
    sign = '1' if value < 0 else '0'
    return '0b%s %s' % (sign, format(value & ((1 << width) - 1), '0%db' % width))


class EnumType(type):
    def __new__(mcls, name, bases, ns, boundary=None, **kwds):
        order = __spython_definition_order__(ns)
        member_names = []
        values = {}
        for key in order:
            if (_is_dunder(key) or _is_sunder(key) or _is_private(name, key)
                    or key in ('name', 'value')):
                continue
            value = ns[key]
            if isinstance(value, auto) or not _is_descriptor(value):
                member_names.append(key)
                values[key] = value
        for key in member_names:
            del ns[key]
        # A class body's __new__ and __init__ make the members; calling
        # the class looks a member up by value instead.
        new_member = init_member = None
        if any(isinstance(b, EnumType) for b in bases):
            new_member = ns.get('__new__')
            init_member = ns.get('__init__')
            for key in ('__new__', '__init__'):
                if key in ns:
                    del ns[key]
            if isinstance(new_member, staticmethod):
                new_member = new_member.__func__
        cls = super().__new__(mcls, name, bases, ns)
        member_type = object
        for b in cls.__mro__[1:]:
            if isinstance(b, EnumType) or b is object:
                continue
            if b.__module__ == 'builtins' or '__new__' in b.__dict__:
                member_type = b
                break
        if new_member is not None:
            type.__setattr__(cls, '_new_member_', new_member)
        if init_member is not None:
            type.__setattr__(cls, '_init_member_', init_member)
        if boundary is not None:
            type.__setattr__(cls, '_boundary_', boundary)
        type.__setattr__(cls, '_member_names_', [])
        type.__setattr__(cls, '_member_map_', {})
        type.__setattr__(cls, '_value2member_map_', {})
        type.__setattr__(cls, '_member_type_', member_type)
        cls._add_members_([(key, values[key]) for key in member_names])
        return cls

    def _add_members_(cls, items):
        # Makes the members of items, (name, value) pairs in definition
        # order; a value seen before makes an alias.
        if not items:
            cls._members_added_()
            return
        member_type = cls._member_type_
        new_member = getattr(cls, '_new_member_', None)
        init = getattr(cls, '_init_member_', None)
        last = []
        for key, value in items:
            if isinstance(value, _auto_expr):
                value = value.compute()
            elif isinstance(value, auto):
                raw = value
                if value.value is _auto_null:
                    value = cls._generate_next_value_(key, 1, len(last), last[:])
                else:
                    value = value.value
                raw._resolved = value
            last.append(value)
            args = value if isinstance(value, tuple) and member_type is not tuple else (value,)
            if new_member is not None:
                member = new_member(cls, *args)
            elif member_type is object:
                member = object.__new__(cls)
            else:
                member = member_type.__new__(cls, *args)
            if '_value_' not in member.__dict__:
                if member_type is object or new_member is not None:
                    object.__setattr__(member, '_value_', value)
                else:
                    object.__setattr__(member, '_value_', member_type(*args))
            object.__setattr__(member, '_name_', key)
            if init is not None:
                init(member, *args)
            value = member._value_
            canonical = cls._value2member_map_.get(value)
            if canonical is not None:
                cls._member_map_[key] = canonical
                type.__setattr__(cls, key, canonical)
                continue
            if cls._is_canonical_(value):
                cls._member_names_.append(key)
            cls._member_map_[key] = member
            cls._value2member_map_[value] = member
            type.__setattr__(cls, key, member)
        cls._members_added_()

    def _create_(cls, name, names, module, mixin, start, boundary):
        # The functional API: Enum('Animal', 'CAT DOG').
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, dict):
            items = list(names.items())
        else:
            items = []
            last = []
            for i, item in enumerate(names):
                if isinstance(item, str):
                    value = cls._generate_next_value_(item, start, i, last[:])
                    items.append((item, value))
                else:
                    items.append(tuple(item))
                last.append(items[-1][1])
        bases = (cls,) if mixin is None else (mixin, cls)
        ns = {'__module__': module if module is not None else _caller_module()}
        enum_class = EnumType.__new__(EnumType, name, bases, ns, boundary=boundary)
        enum_class._add_members_(items)
        return enum_class

    def __iter__(cls):
        return iter([cls._member_map_[n] for n in cls._member_names_])

    def __reversed__(cls):
        return iter([cls._member_map_[n] for n in reversed(cls._member_names_)])

    def __len__(cls):
        return len(cls._member_names_)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __contains__(cls, value):
        if isinstance(value, cls):
            return True
        try:
            if value in cls._value2member_map_:
                return True
        except TypeError:
            return False
        return cls._holds_value_(value)

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', ()):
            raise AttributeError('cannot reassign member %r' % (name,))
        type.__setattr__(cls, name, value)

    def __delattr__(cls, name):
        if name in cls.__dict__.get('_member_map_', ()):
            raise AttributeError('%r cannot delete member %r.' % (cls.__name__, name))
        type.__delattr__(cls, name)

    def __dir__(cls):
        names = set(_class_dir)
        names.update(cls._member_names_)
        if cls._member_type_ is not object:
            names.update(dir(cls._member_type_))
        return sorted(names)

    def __repr__(cls):
        if hasattr(cls, '_flag_mask_'):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    @property
    def __members__(cls):
        return dict(cls._member_map_)


EnumMeta = EnumType

# What dir() lists for an enum class besides its members.
_class_dir = ['__class__', '__contains__', '__doc__', '__getitem__', '__init_subclass__',
              '__iter__', '__len__', '__members__', '__module__', '__name__', '__qualname__']


def _caller_module():
    try:
        return __import__('sys')._getframe(3).f_globals['__name__']
    except (AttributeError, KeyError, ValueError):
        return '__main__'


def _lookup(cls, value):
    # The member of cls whose value is value, else _missing_'s answer.
    if isinstance(value, cls):
        return value
    try:
        return cls._value2member_map_[value]
    except (KeyError, TypeError):
        pass
    missing = cls._missing_(value)
    if isinstance(missing, cls):
        return missing
    if missing is not None and getattr(cls, '_boundary_', None) is EJECT:
        return missing
    if missing is not None:
        raise TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                        % (cls.__name__, missing))
    raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))


class _member_attribute:
    # name and value of a member: read-only.
    def __init__(self, fget):
        self.fget = fget
        self.name = fget.__name__

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return self.fget(instance)

    def __set__(self, instance, value):
        raise AttributeError("<enum 'Enum'> cannot set attribute %r" % (self.name,))

    def __delete__(self, instance):
        raise AttributeError("<enum 'Enum'> cannot delete attribute %r" % (self.name,))


class Enum(metaclass=EnumType):
    def __new__(cls, value, names=_auto_null, *, module=None, qualname=None,
                type=None, start=1, boundary=None):
        if names is not _auto_null:
            return cls._create_(value, names, module, type, start, boundary)
        if not cls._member_map_:
            raise TypeError('%r has no members; specify `names=()` if you meant to '
                            'create a new, empty, enum' % (cls,))
        return _lookup(cls, value)

    def __init__(self, *args, **kwds):
        pass

    @classmethod
    def _missing_(cls, value):
        return None

    @classmethod
    def _is_canonical_(cls, value):
        return True

    @classmethod
    def _members_added_(cls):
        pass

    @classmethod
    def _holds_value_(cls, value):
        return False

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for v in reversed(last_values):
            if isinstance(v, int):
                return v + 1
        return start

    @_member_attribute
    def name(self):
        return self._name_

    @_member_attribute
    def value(self):
        return self._value_

    def __repr__(self):
        return '<%s.%s: %r>' % (type(self).__name__, self._name_, self._value_)

    def __str__(self):
        return '%s.%s' % (type(self).__name__, self._name_)

    def __format__(self, spec):
        return format(str(self), spec)

    def __hash__(self):
        return hash(self._name_)

    def __dir__(self):
        names = {'__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value'}
        members = type(self)._member_map_ if type(self)._member_type_ is object else ()
        for base in type(self).__mro__:
            if base is Enum:
                break
            names.update(k for k in base.__dict__ if not k.startswith('_') and k not in members)
        names.update(k for k in self.__dict__ if not k.startswith('_'))
        if type(self)._member_type_ is not object:
            names.update(dir(type(self)._member_type_))
        return sorted(names)

    def __reduce_ex__(self, proto):
        return (type(self), (self._value_,))


class ReprEnum(Enum):
    pass


class IntEnum(int, ReprEnum):
    def __str__(self):
        return str(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)


class StrEnum(str, ReprEnum):
    def __str__(self):
        return self._value_

    def __format__(self, spec):
        return format(self._value_, spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class FlagBoundary(StrEnum):
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum):
    _boundary_ = STRICT

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high = max(v for v in last_values if isinstance(v, int))
        return 1 << high.bit_length()

    @classmethod
    def _is_canonical_(cls, value):
        return _is_single_bit(value)

    @classmethod
    def _members_added_(cls):
        mask = 0
        for m in cls:
            mask |= m._value_
        type.__setattr__(cls, '_flag_mask_', mask)
        type.__setattr__(cls, '_all_bits_', (1 << mask.bit_length()) - 1)

    @classmethod
    def _holds_value_(cls, value):
        return isinstance(value, int) and value >= 0 and not value & ~cls._flag_mask_

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        given = value
        if value < 0:
            value = all_bits + 1 + value
        if value < 0 or value & ~flag_mask:
            boundary = cls._boundary_
            if boundary is STRICT:
                width = max(given.bit_length(), flag_mask.bit_length())
                raise ValueError('%r invalid value %r\n    given %s\n  allowed %s'
                                 % (cls, given, _bin(given, width), _bin(flag_mask, width)))
            if boundary is CONFORM:
                value = value & flag_mask
            elif boundary is EJECT:
                return given
            elif value < 0:
                value = max(all_bits + 1, 1 << given.bit_length()) + given
        cached = cls._value2member_map_.get(value)
        if cached is not None:
            return cached
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        names = [m._name_ for m in cls if m._value_ & value == m._value_]
        extra = value & ~flag_mask
        if names and extra:
            names.append('%d' % extra)
        object.__setattr__(pseudo, '_name_', '|'.join(names) if names else None)
        object.__setattr__(pseudo, '_value_', value)
        return cls._value2member_map_.setdefault(value, pseudo)

    def _operand(self, other):
        if isinstance(other, type(self)):
            return other._value_
        member_type = type(self)._member_type_
        if member_type is not object and isinstance(other, member_type):
            return other
        return NotImplemented

    def __or__(self, other):
        v = self._operand(other)
        if v is NotImplemented:
            return NotImplemented
        return type(self)(self._value_ | v)

    def __and__(self, other):
        v = self._operand(other)
        if v is NotImplemented:
            return NotImplemented
        return type(self)(self._value_ & v)

    def __xor__(self, other):
        v = self._operand(other)
        if v is NotImplemented:
            return NotImplemented
        return type(self)(self._value_ ^ v)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        cls = type(self)
        value = self._value_
        if cls._boundary_ is KEEP and value & ~cls._flag_mask_:
            return cls(value ^ ((1 << value.bit_length()) - 1))
        return cls(value ^ cls._flag_mask_)

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(other).__qualname__, type(self).__qualname__))
        return other._value_ & self._value_ == other._value_

    def __bool__(self):
        return bool(self._value_)

    def __len__(self):
        return len(self._members_of_())

    def __iter__(self):
        return iter(self._members_of_())

    def _members_of_(self):
        value = self._value_
        return [m for m in type(self) if m._value_ & value == m._value_]

    def __repr__(self):
        if self._name_ is None:
            return '<%s: %r>' % (type(self).__name__, self._value_)
        return '<%s.%s: %r>' % (type(self).__name__, self._name_, self._value_)

    def __str__(self):
        if self._name_ is None:
            return '%s(%r)' % (type(self).__name__, self._value_)
        return '%s.%s' % (type(self).__name__, self._name_)


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    __or__ = Flag.__or__
    __and__ = Flag.__and__
    __xor__ = Flag.__xor__
    __ror__ = Flag.__ror__
    __rand__ = Flag.__rand__
    __rxor__ = Flag.__rxor__
    __invert__ = Flag.__invert__
    __contains__ = Flag.__contains__
    __iter__ = Flag.__iter__
    __len__ = Flag.__len__
    __bool__ = Flag.__bool__
    __repr__ = Flag.__repr__

    def __str__(self):
        return str(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)


def unique(enumeration):
    duplicates = [(name, member.name) for name, member in enumeration.__members__.items()
                  if name != member.name]
    if duplicates:
        raise ValueError('duplicate values found in %r: %s' % (
            enumeration, ', '.join('%s -> %s' % (a, b) for a, b in duplicates)))
    return enumeration
