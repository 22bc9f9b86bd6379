# enum for spython: Enum, IntEnum, StrEnum, Flag, IntFlag, auto and
# unique, with CPython's members, lookups, iteration order and reprs.

_auto_null = object()


class auto:
    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return 'auto(%r)' % (self.value,)


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__'


def _is_descriptor(obj):
    return (hasattr(obj, '__get__') or hasattr(obj, '__set__')
            or isinstance(obj, (staticmethod, classmethod, property)) or callable(obj))


class EnumType(type):
    def __new__(mcls, name, bases, ns, boundary=None, **kwds):
        order = __spython_definition_order__(ns)
        member_names = []
        values = {}
        for key in order:
            if key.startswith('_') or key in ('name', 'value'):
                continue
            value = ns[key]
            if isinstance(value, auto) or not _is_descriptor(value):
                member_names.append(key)
                values[key] = value
        for key in member_names:
            del ns[key]
        cls = super().__new__(mcls, name, bases, ns)
        member_type = object
        for b in cls.__mro__[1:]:
            if b in (int, str, float):
                member_type = b
                break
        cls._member_names_ = []
        cls._member_map_ = {}
        cls._value2member_map_ = {}
        cls._member_type_ = member_type
        last = []
        for key in member_names:
            value = values[key]
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value = cls._generate_next_value_(key, 1, len(last), last[:])
                else:
                    value = value.value
            last.append(value)
            args = value if isinstance(value, tuple) and member_type is object else (value,)
            if member_type is object:
                member = object.__new__(cls)
                if '__init__' in cls.__dict__:
                    member.__init__(*args)
            else:
                member = member_type.__new__(cls, *args)
            object.__setattr__(member, '_name_', key)
            object.__setattr__(member, '_value_', value)
            if value in cls._value2member_map_:
                canonical = cls._value2member_map_[value]
                cls._member_map_[key] = canonical
                type.__setattr__(cls, key, canonical)
                continue
            cls._member_names_.append(key)
            cls._member_map_[key] = member
            cls._value2member_map_[value] = member
            type.__setattr__(cls, key, member)
        return cls

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
        return value in cls._value2member_map_

    def __repr__(cls):
        return "<enum %r>" % cls.__name__

    @property
    def __members__(cls):
        return dict(cls._member_map_)


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    def __new__(cls, value):
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        missing = cls._missing_(value)
        if isinstance(missing, cls):
            return missing
        raise ValueError('%r is not a valid %s' % (value, cls.__qualname__))

    @classmethod
    def _missing_(cls, value):
        return None

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        for v in reversed(last_values):
            if isinstance(v, int):
                return v + 1
        return start

    @property
    def name(self):
        return self._name_

    @property
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

    def __eq__(self, other):
        return self is other

    def __reduce_ex__(self, proto):
        return (type(self), (self._value_,))


class ReprEnum(Enum):
    pass


class IntEnum(int, ReprEnum):
    def __str__(self):
        return str(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)

    def __eq__(self, other):
        return int(self) == other

    def __hash__(self):
        return hash(self._value_)


class StrEnum(str, ReprEnum):
    def __str__(self):
        return self._value_

    def __format__(self, spec):
        return format(self._value_, spec)

    def __eq__(self, other):
        return str.__eq__(self, other)

    def __hash__(self):
        return hash(self._value_)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class Flag(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return 1
        high = max(v for v in last_values if isinstance(v, int))
        return 1 << high.bit_length()

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            return None
        pseudo = object.__new__(cls)
        names = [m._name_ for m in cls if m._value_ & value == m._value_ and m._value_]
        object.__setattr__(pseudo, '_name_', '|'.join(names) if names else None)
        object.__setattr__(pseudo, '_value_', value)
        return pseudo

    def __or__(self, other):
        return type(self)(self._value_ | other._value_)

    def __and__(self, other):
        return type(self)(self._value_ & other._value_)

    def __contains__(self, other):
        return other._value_ & self._value_ == other._value_

    def __bool__(self):
        return bool(self._value_)

    def __iter__(self):
        return iter([m for m in type(self) if m._value_ and m._value_ & self._value_ == m._value_])

    def __eq__(self, other):
        return isinstance(other, type(self)) and self._value_ == other._value_

    def __hash__(self):
        return hash(self._value_)

    def __repr__(self):
        return '<%s.%s: %r>' % (type(self).__name__, self._name_, self._value_)


class IntFlag(int, Flag):
    def __or__(self, other):
        return type(self)(int(self) | int(other))

    def __and__(self, other):
        return type(self)(int(self) & int(other))

    def __str__(self):
        return str(self._value_)


def unique(enumeration):
    duplicates = [(name, member.name) for name, member in enumeration.__members__.items()
                  if name != member.name]
    if duplicates:
        raise ValueError('duplicate values found in %r: %s' % (
            enumeration, ', '.join('%s -> %s' % (a, b) for a, b in duplicates)))
    return enumeration
