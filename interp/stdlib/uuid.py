"""UUID objects (universally unique identifiers, RFC 4122).

UUID(hex=..., bytes=..., bytes_le=..., fields=..., int=...) builds one;
uuid3 and uuid5 derive one from a namespace and a name (MD5, SHA-1);
uuid4 draws a random one from os.urandom. uuid1 and getnode, which need
the host's hardware address, are not provided.
"""

import os
from enum import Enum

__all__ = ['UUID', 'uuid3', 'uuid4', 'uuid5', 'SafeUUID', 'NAMESPACE_DNS',
           'NAMESPACE_URL', 'NAMESPACE_OID', 'NAMESPACE_X500', 'NIL', 'MAX',
           'RESERVED_NCS', 'RFC_4122', 'RESERVED_MICROSOFT', 'RESERVED_FUTURE']

RESERVED_NCS = 'reserved for NCS compatibility'
RFC_4122 = 'specified in RFC 4122'
RESERVED_MICROSOFT = 'reserved for Microsoft compatibility'
RESERVED_FUTURE = 'reserved for future definition'

int_ = int
bytes_ = bytes

_BITS128 = 1 << 128


class SafeUUID(Enum):
    safe = 0
    unsafe = -1
    unknown = None


def _immutable(self, name, value):
    raise TypeError('UUID objects are immutable')


def _swap_le(b):
    # bytes_le stores the first three fields little-endian
    return b[3::-1] + b[5:3:-1] + b[7:5:-1] + b[8:]


class UUID:
    """A UUID: a 128-bit number, shown as 32 hex digits in five groups.

    Give exactly one of hex (a string, braces, hyphens and a 'urn:uuid:'
    prefix allowed), bytes (16 bytes, big-endian), bytes_le (16 bytes,
    first three fields little-endian), fields (a 6-tuple of the fields)
    or int (a 128-bit integer). version, if given, overrides the variant
    and version bits. UUIDs are immutable, hashable and ordered.
    """

    __slots__ = ('int', 'is_safe', '__weakref__')

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None,
                 int=None, version=None, *, is_safe=SafeUUID.unknown):
        given = [hex, bytes, bytes_le, fields, int]
        if given.count(None) != 4:
            raise TypeError('one of the hex, bytes, bytes_le, fields, '
                            'or int arguments must be given')
        if hex is not None:
            digits = hex.replace('urn:', '').replace('uuid:', '')
            digits = digits.strip('{}').replace('-', '')
            if len(digits) != 32:
                raise ValueError('badly formed hexadecimal UUID string')
            int = int_(digits, 16)
        elif bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError('bytes_le is not a 16-char string')
            assert isinstance(bytes_le, bytes_), repr(bytes_le)
            int = int_.from_bytes(_swap_le(bytes_le), 'big')
        elif bytes is not None:
            if len(bytes) != 16:
                raise ValueError('bytes is not a 16-char string')
            assert isinstance(bytes, bytes_), repr(bytes)
            int = int_.from_bytes(bytes, 'big')
        elif fields is not None:
            if len(fields) != 6:
                raise ValueError('fields is not a 6-tuple')
            (time_low, time_mid, time_hi_version,
             clock_seq_hi_variant, clock_seq_low, node) = fields
            limits = ((time_low, 32), (time_mid, 16), (time_hi_version, 16),
                      (clock_seq_hi_variant, 8), (clock_seq_low, 8),
                      (node, 48))
            for position, (value, width) in enumerate(limits, 1):
                if not 0 <= value < 1 << width:
                    raise ValueError('field %d out of range (need a%s %d-bit value)'
                                     % (position, 'n' if width == 8 else '', width))
            clock_seq = (clock_seq_hi_variant << 8) | clock_seq_low
            int = ((time_low << 96) | (time_mid << 80) |
                   (time_hi_version << 64) | (clock_seq << 48) | node)
        elif not 0 <= int < _BITS128:
            raise ValueError('int is out of range (need a 128-bit value)')
        if version is not None:
            if not 1 <= version <= 5:
                raise ValueError('illegal version number')
            # the RFC 4122 variant (10xx in the clock_seq_hi_variant byte)
            int &= ~(0xc000 << 48)
            int |= 0x8000 << 48
            # and the version in the top four bits of time_hi_version
            int &= ~(0xf000 << 64)
            int |= version << 76
        object.__setattr__(self, 'int', int)
        object.__setattr__(self, 'is_safe', is_safe)

    __setattr__ = _immutable

    def __getstate__(self):
        state = {'int': self.int}
        if self.is_safe != SafeUUID.unknown:
            state['is_safe'] = self.is_safe.value
        return state

    def __setstate__(self, state):
        object.__setattr__(self, 'int', state['int'])
        object.__setattr__(self, 'is_safe',
                           SafeUUID(state['is_safe']) if 'is_safe' in state
                           else SafeUUID.unknown)

    def __eq__(self, other):
        if isinstance(other, UUID):
            return self.int == other.int
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, UUID):
            return self.int < other.int
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, UUID):
            return self.int > other.int
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, UUID):
            return self.int <= other.int
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, UUID):
            return self.int >= other.int
        return NotImplemented

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, str(self))

    def __str__(self):
        h = '%032x' % self.int
        return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    @property
    def bytes(self):
        return self.int.to_bytes(16, 'big')

    @property
    def bytes_le(self):
        return _swap_le(self.bytes)

    @property
    def fields(self):
        return (self.time_low, self.time_mid, self.time_hi_version,
                self.clock_seq_hi_variant, self.clock_seq_low, self.node)

    @property
    def time_low(self):
        return self.int >> 96

    @property
    def time_mid(self):
        return (self.int >> 80) & 0xffff

    @property
    def time_hi_version(self):
        return (self.int >> 64) & 0xffff

    @property
    def clock_seq_hi_variant(self):
        return (self.int >> 56) & 0xff

    @property
    def clock_seq_low(self):
        return (self.int >> 48) & 0xff

    @property
    def time(self):
        return (((self.time_hi_version & 0x0fff) << 48) |
                (self.time_mid << 32) | self.time_low)

    @property
    def clock_seq(self):
        return ((self.clock_seq_hi_variant & 0x3f) << 8) | self.clock_seq_low

    @property
    def node(self):
        return self.int & 0xffffffffffff

    @property
    def hex(self):
        return '%032x' % self.int

    @property
    def urn(self):
        return 'urn:uuid:' + str(self)

    @property
    def variant(self):
        top = self.int >> 61  # the three high bits of clock_seq_hi_variant
        if not top & 4:
            return RESERVED_NCS
        if not top & 2:
            return RFC_4122
        if not top & 1:
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE

    @property
    def version(self):
        if self.variant == RFC_4122:
            return (self.int >> 76) & 0xf
        return None


def _name_bytes(name):
    return bytes(name, 'utf-8') if isinstance(name, str) else name


def uuid3(namespace, name):
    """The UUID of name in namespace, from an MD5 hash (version 3)."""
    from hashlib import md5
    digest = md5(namespace.bytes + _name_bytes(name)).digest()
    return UUID(bytes=digest[:16], version=3)


def uuid4():
    """A random UUID (version 4), from os.urandom."""
    return UUID(bytes=os.urandom(16), version=4)


def uuid5(namespace, name):
    """The UUID of name in namespace, from a SHA-1 hash (version 5)."""
    from hashlib import sha1
    digest = sha1(namespace.bytes + _name_bytes(name)).digest()
    return UUID(bytes=digest[:16], version=5)


NAMESPACE_DNS = UUID('6ba7b810-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_URL = UUID('6ba7b811-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_OID = UUID('6ba7b812-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_X500 = UUID('6ba7b814-9dad-11d1-80b4-00c04fd430c8')

NIL = UUID(int=0)
MAX = UUID(int=_BITS128 - 1)
