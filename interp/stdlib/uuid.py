"""Universally unique identifiers as laid out by RFC 4122.

A UUID object holds a single 128-bit integer; bytes, the six RFC fields,
the hex text, the variant and the version are all read off that integer
when asked for. uuid3 and uuid5 hash a namespace and a name (MD5, SHA-1),
uuid4 is random (os.urandom). uuid1 and getnode, which need the host's
hardware address, are not provided.
"""

import os
from enum import Enum

__all__ = ['UUID', 'uuid3', 'uuid4', 'uuid5', 'SafeUUID', 'NAMESPACE_DNS',
           'NAMESPACE_URL', 'NAMESPACE_OID', 'NAMESPACE_X500',
           'RESERVED_NCS', 'RFC_4122', 'RESERVED_MICROSOFT', 'RESERVED_FUTURE']

RESERVED_NCS = 'reserved for NCS compatibility'
RFC_4122 = 'specified in RFC 4122'
RESERVED_MICROSOFT = 'reserved for Microsoft compatibility'
RESERVED_FUTURE = 'reserved for future definition'


class SafeUUID(Enum):
    safe = 0
    unsafe = -1
    unknown = None


# The six RFC 4122 fields, most significant first, with their widths.
_WIDTHS = (('time_low', 32), ('time_mid', 16), ('time_hi_version', 16),
           ('clock_seq_hi_variant', 8), ('clock_seq_low', 8), ('node', 48))


def _place_fields():
    # name -> (shift, mask): where each field sits in the 128-bit number
    spans = {}
    low_bit = 128
    for name, width in _WIDTHS:
        low_bit -= width
        spans[name] = (low_bit, (1 << width) - 1)
    return spans


_SPANS = _place_fields()
_LIMIT = 1 << 128

# The hyphenated text form cuts the 32 hex digits at these offsets.
_GROUPS = ((0, 8), (8, 12), (12, 16), (16, 20), (20, 32))

# version= rewrites the version nibble (bits 76-79) and the two top
# variant bits (62-63), which become 1 0: the RFC 4122 variant.
_VERSION_SHIFT = 76
_STAMPED_BITS = (0xf << _VERSION_SHIFT) | (0x3 << 62)
_RFC_VARIANT_BIT = 1 << 63

# The variant, indexed by the three top bits of clock_seq_hi_variant.
_VARIANT_BY_TOP3 = (RESERVED_NCS,) * 4 + (RFC_4122,) * 2 + (
    RESERVED_MICROSOFT, RESERVED_FUTURE)


def _swap_le(b):
    # bytes_le stores the first three fields little-endian
    return b[3::-1] + b[5:3:-1] + b[7:5:-1] + b[8:]


# Readers turn one constructor argument into the 128-bit number.

def _read_hex(text):
    for tag in ('urn:', 'uuid:'):
        text = text.replace(tag, '')
    digits = text.strip('{}').replace('-', '')
    if len(digits) != 32:
        raise ValueError('badly formed hexadecimal UUID string')
    return int(digits, 16)


def _read_octets(octets):
    if not isinstance(octets, bytes):
        raise AssertionError(repr(octets))
    return int.from_bytes(octets, 'big')


def _read_bytes(octets):
    if len(octets) != 16:
        raise ValueError('bytes is not a 16-char string')
    return _read_octets(octets)


def _read_bytes_le(octets):
    if len(octets) != 16:
        raise ValueError('bytes_le is not a 16-char string')
    return _read_octets(_swap_le(octets))


def _read_fields(values):
    if len(values) != 6:
        raise ValueError('fields is not a 6-tuple')
    number = 0
    for position, value in enumerate(values):
        width = _WIDTHS[position][1]
        if not 0 <= value < 1 << width:
            article = 'an' if width == 8 else 'a'
            raise ValueError('field %d out of range (need %s %d-bit value)'
                             % (position + 1, article, width))
        number = (number << width) | value
    return number


def _read_int(number):
    if not 0 <= number < _LIMIT:
        raise ValueError('int is out of range (need a 128-bit value)')
    return number


# In the order of UUID's keyword parameters.
_READERS = (_read_hex, _read_bytes, _read_bytes_le, _read_fields, _read_int)


def _with_version(number, version):
    if not 1 <= version <= 5:
        raise ValueError('illegal version number')
    return (number & ~_STAMPED_BITS) | _RFC_VARIANT_BIT | (
        version << _VERSION_SHIFT)


def _store(target, number, safety):
    # UUID blocks attribute assignment, so go around it
    put = object.__setattr__
    put(target, 'int', number)
    put(target, 'is_safe', safety)


def _compare_with(test):
    def compare(self, other):
        if isinstance(other, UUID):
            return test(self.int, other.int)
        return NotImplemented
    return compare


def _field(name):
    shift, mask = _SPANS[name]
    return property(lambda self: (self.int >> shift) & mask,
                    doc='The %s field.' % name)


class UUID:
    """A UUID: a 128-bit number, shown as 32 hex digits in five groups.

    Give exactly one of hex (a string, braces, hyphens and a 'urn:uuid:'
    prefix allowed), bytes (16 bytes, big-endian), bytes_le (16 bytes,
    first three fields little-endian), fields (a 6-tuple of the fields)
    or int (a 128-bit integer). version, if given, overrides the variant
    and version bits. UUIDs are immutable, hashable and ordered.
    """

    # the slots are the two public attributes (plus weak references)
    __slots__ = 'int', 'is_safe', '__weakref__'

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None,
                 int=None, version=None, *, is_safe=SafeUUID.unknown):
        sources = (hex, bytes, bytes_le, fields, int)
        picked = [(read, arg) for read, arg in zip(_READERS, sources)
                  if arg is not None]
        if len(picked) != 1:
            raise TypeError('one of the hex, bytes, bytes_le, fields, '
                            'or int arguments must be given')
        read, arg = picked[0]
        number = read(arg)
        if version is not None:
            number = _with_version(number, version)
        _store(self, number, is_safe)

    def __setattr__(self, name, value):
        raise TypeError('UUID objects are immutable')

    def __getstate__(self):
        safety = self.is_safe
        if safety == SafeUUID.unknown:
            return {'int': self.int}
        return {'int': self.int, 'is_safe': safety.value}

    def __setstate__(self, state):
        number = state['int']
        if 'is_safe' in state:
            _store(self, number, SafeUUID(state['is_safe']))
        else:
            _store(self, number, SafeUUID.unknown)

    __eq__ = _compare_with(lambda a, b: a == b)
    __lt__ = _compare_with(lambda a, b: a < b)
    __gt__ = _compare_with(lambda a, b: a > b)
    __le__ = _compare_with(lambda a, b: a <= b)
    __ge__ = _compare_with(lambda a, b: a >= b)

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __repr__(self):
        return type(self).__name__ + '(' + repr(str(self)) + ')'

    def __str__(self):
        digits = self.hex
        return '-'.join([digits[start:stop] for start, stop in _GROUPS])

    time_low = _field('time_low')
    time_mid = _field('time_mid')
    time_hi_version = _field('time_hi_version')
    clock_seq_hi_variant = _field('clock_seq_hi_variant')
    clock_seq_low = _field('clock_seq_low')
    node = _field('node')

    @property
    def fields(self):
        return tuple([getattr(self, name) for name, _ in _WIDTHS])

    @property
    def bytes(self):
        return self.int.to_bytes(16, 'big')

    @property
    def bytes_le(self):
        return _swap_le(self.bytes)

    @property
    def time(self):
        # 60-bit timestamp: time_hi (version nibble dropped), mid, low
        n = self.int
        hi = (n >> 64) & 0xfff
        mid = (n >> 80) & 0xffff
        return (hi << 48) | (mid << 32) | (n >> 96)

    @property
    def clock_seq(self):
        # 14 bits: clock_seq_hi_variant without its variant bits, then low
        return (self.int >> 48) & 0x3fff

    @property
    def hex(self):
        return '%032x' % self.int

    @property
    def urn(self):
        return 'urn:uuid:' + str(self)

    @property
    def variant(self):
        return _VARIANT_BY_TOP3[(self.int >> 61) & 7]

    @property
    def version(self):
        if self.variant != RFC_4122:
            return None
        return (self.int >> _VERSION_SHIFT) & 0xf


def _name_based(hasher, namespace, name, version):
    if isinstance(name, str):
        name = name.encode('utf-8')
    digest = hasher(namespace.bytes + name).digest()
    return UUID(int=int.from_bytes(digest[:16], 'big'), version=version)


def uuid3(namespace, name):
    """The UUID of name in namespace, from an MD5 hash (version 3)."""
    from hashlib import md5
    return _name_based(md5, namespace, name, 3)


def uuid4():
    """A random UUID (version 4), from os.urandom."""
    return UUID(int=int.from_bytes(os.urandom(16), 'big'), version=4)


def uuid5(namespace, name):
    """The UUID of name in namespace, from a SHA-1 hash (version 5)."""
    from hashlib import sha1
    return _name_based(sha1, namespace, name, 5)


# RFC 4122, appendix C: the predefined namespaces differ only in time_low.
_NAMESPACE_TAIL = '-9dad-11d1-80b4-00c04fd430c8'
NAMESPACE_DNS = UUID('6ba7b810' + _NAMESPACE_TAIL)
NAMESPACE_URL = UUID('6ba7b811' + _NAMESPACE_TAIL)
NAMESPACE_OID = UUID('6ba7b812' + _NAMESPACE_TAIL)
NAMESPACE_X500 = UUID('6ba7b814' + _NAMESPACE_TAIL)
