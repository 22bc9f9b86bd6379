# Error handlers, and the UnicodeError attributes and messages.
def show(f):
    try:
        print(ascii(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)


for errs in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'surrogateescape',
             'surrogatepass', 'bogus']:
    print('--', errs)
    for enc in ['ascii', 'latin-1', 'cp1252', 'koi8-r', 'utf-8', 'utf-16-le', 'utf-32-be', 'unicode_escape']:
        show(lambda: 'aé€😀b'.encode(enc, errs))
        show(lambda: 'éé'.encode(enc, errs))
        if errs not in ('surrogateescape', 'surrogatepass'):
            show(lambda: b'a\x81\xffb'.decode(enc, errs))
for errs in ['surrogateescape', 'surrogatepass']:
    show(lambda: b'abc'.decode('utf-8', errs))
    show(lambda: b'abc'.decode('ascii', errs))
show(lambda: 'abc'.encode('ascii', 'bogus'))
show(lambda: b'abc'.decode('ascii', 'bogus'))
show(lambda: str(b'\xff', 'utf-8'))
show(lambda: str(b'\xff', 'utf-8', 'replace'))
for data, enc in [(b'\xff', 'utf-16'), (b'a\x81b', 'utf-16-le'), (b'\x00\xd8', 'utf-16-le'),
                  (b'\x00\xd8\x41\x00', 'utf-16-le'), (b'\x00\xdcA\x00', 'utf-16-le'),
                  (b'\xfe\xff\x00A\xd8', 'utf-16'), (b'a\x81b', 'utf-32'), (b'\x00\xd8\x00\x00', 'utf-32'),
                  (b'\x00\x00\x11\x00', 'utf-32-le'), (b'\\x4', 'unicode_escape'), (b'\\u12', 'unicode_escape'),
                  (b'\\U00110000', 'unicode_escape'), (b'\\U00110000', 'raw_unicode_escape'),
                  (b'\\', 'unicode_escape'), (b'\\x4g', 'unicode_escape'), (b'\\N', 'unicode_escape'),
                  (b'\\N{', 'unicode_escape'), (b'\\u004', 'raw_unicode_escape'), (b'\xe0\x80', 'utf-8'),
                  (b'\xf0\x9f\x98', 'utf-8'), (b'\xed\xa0\x80', 'utf-8'), (b'a\x81b', 'cp1252')]:
        try:
            data.decode(enc)
        except UnicodeDecodeError as e:
            print(e, '|', e.encoding, e.object, e.start, e.end, e.reason)
        print(ascii(data.decode(enc, 'replace')), ascii(data.decode(enc, 'backslashreplace')),
              ascii(data.decode(enc, 'ignore')))
e = UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte')
print(str(e), repr(e), e.encoding, e.object, e.start, e.end, e.reason, e.args)
print(UnicodeDecodeError('utf-8', b'ab\xff\xfe', 2, 4, 'bad'))
e = UnicodeEncodeError('ascii', 'a\xe9', 1, 2, 'ordinal not in range(128)')
print(e, e.object, e.start, repr(e))
print(UnicodeEncodeError('ascii', 'a\u20ac\U0001f600', 1, 3, 'nope'))
print(UnicodeEncodeError('ascii', 'a\u20ac', 1, 2, 'nope'), UnicodeEncodeError('x', '\U0001f600', 0, 1, 'r'))
try:
    raise UnicodeDecodeError('utf-8', b'a\xff', 1, 2, 'invalid start byte')
except UnicodeError as e:
    print(type(e).__name__, e, isinstance(e, ValueError))
try:
    'a\xe9\xe9b\u20ac'.encode('ascii')
except UnicodeEncodeError as e:
    print(e, '|', e.encoding, e.object, e.start, e.end, e.reason)
for a in [(), ('x',), ('utf-8', 'notbytes', 0, 1, 'r'), ('utf-8', b'x', 'a', 1, 'r'), (1, b'x', 0, 1, 'r'),
          ('utf-8', bytearray(b'\xff'), 0, 1, 'r'), ('utf-8', b'x', 0, 1, 2)]:
    try:
        print(UnicodeDecodeError(*a))
    except TypeError as e:
        print(type(e).__name__, e)
for a in [(), ('x',), ('utf-8', b'x', 0, 1, 'r'), ('ascii', 'é', 0, 1, 'r')]:
    try:
        print(UnicodeEncodeError(*a))
    except TypeError as e:
        print(type(e).__name__, e)


class MyErr(UnicodeDecodeError):
    pass


try:
    raise MyErr('utf-8', b'ab', 0, 2, 'why')
except UnicodeDecodeError as e:
    print(type(e).__name__, e, e.object)
