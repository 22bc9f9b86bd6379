# uuid: parsing, fields, formatting, name-based and random UUIDs.
import uuid

u = uuid.UUID('{12345678-1234-5678-1234-567812345678}')
for name in ('bytes', 'bytes_le', 'fields', 'time_low', 'time_mid',
             'time_hi_version', 'clock_seq_hi_variant', 'clock_seq_low',
             'time', 'clock_seq', 'node', 'hex', 'urn', 'variant',
             'version', 'int', 'is_safe'):
    print(name, repr(getattr(u, name)))
print(str(u), repr(u), int(u), hash(u) == hash(u.int), f'{u}', '%s' % u, [u])

for text in ['urn:uuid:12345678-1234-5678-1234-567812345678',
             '12345678123456781234567812345678',
             '{12345678123456781234567812345678}',
             'uuid:12345678-1234-5678-1234-567812345678',
             '12345678-1234-5678-1234-56781234567F',
             '1_34567812345678123456781234567f']:
    print(uuid.UUID(text))
print(uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u,
      uuid.UUID(fields=u.fields) == u, uuid.UUID(int=u.int) == u)

for v in range(1, 6):
    x = uuid.UUID(int=0x0123456789abcdef0123456789abcdef, version=v)
    print(v, x, x.version, x.variant)
for nibble in '08cef':
    x = uuid.UUID('12345678-1234-5678-%s234-567812345678' % nibble)
    print(nibble, x.variant, x.version)

print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'))
print(uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'))
print(uuid.uuid3(uuid.NAMESPACE_URL, b'https://example.com/'))
print(uuid.uuid5(uuid.NAMESPACE_OID, '1.3.6.1'))
print(uuid.uuid5(uuid.NAMESPACE_X500, 'cn=Zoë,o=Example'))
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
print(uuid.RFC_4122, '|', uuid.RESERVED_NCS, '|', uuid.RESERVED_MICROSOFT, '|', uuid.RESERVED_FUTURE)

r = uuid.uuid4()
print(type(r).__name__, r.version, r.variant, len(str(r)), r == uuid.UUID(str(r)), r != u,
      str(r)[14], str(r)[19] in '89ab')
print(len({uuid.uuid4() for _ in range(100)}))

a, b = uuid.UUID(int=1), uuid.UUID(int=2)
print(a < b, a <= b, a > b, a >= b, a == uuid.UUID(int=1), a == 1, a != 1)
print(sorted([b, a, uuid.UUID(int=0)]), {a: 'one'}[uuid.UUID(int=1)], max(a, b))
print(a.__getstate__(), uuid.UUID(int=1, is_safe=uuid.SafeUUID.safe).__getstate__())
print(uuid.SafeUUID.safe, repr(uuid.SafeUUID.unsafe), uuid.SafeUUID.unknown.value, list(uuid.SafeUUID))


class RequestId(uuid.UUID):
    pass


print(repr(RequestId(int=255)), isinstance(RequestId(int=1), uuid.UUID))


def attempt(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)


attempt('short', uuid.UUID, '1234')
attempt('empty', uuid.UUID, '')
attempt('bad digit', uuid.UUID, '1234567812345678123456781234567g')
attempt('nothing', uuid.UUID)
attempt('two', uuid.UUID, '12345678123456781234567812345678', int=5)
attempt('bytes short', uuid.UUID, bytes=b'abc')
attempt('bytes_le short', uuid.UUID, bytes_le=b'x')
attempt('fields short', uuid.UUID, fields=(1, 2, 3))
for i in range(6):
    f = list(u.fields)
    f[i] = -1
    attempt('field %d low' % (i + 1), uuid.UUID, fields=tuple(f))
    f[i] = 1 << 48
    attempt('field %d high' % (i + 1), uuid.UUID, fields=tuple(f))
attempt('int negative', uuid.UUID, int=-1)
attempt('int big', uuid.UUID, int=1 << 128)
attempt('version 0', uuid.UUID, int=0, version=0)
attempt('version 6', uuid.UUID, int=0, version=6)
attempt('immutable', setattr, a, 'int', 5)
attempt('new attribute', setattr, a, 'label', 'x')
attempt('order', lambda: a < 1)
attempt('uuid3 str namespace', uuid.uuid3, 'ns', 'x')
