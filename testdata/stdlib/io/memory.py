import io

s = io.StringIO()
print(s.write('hello\n'), s.write('world\n'))
print(repr(s.getvalue()), s.tell())
print(s.seek(0), repr(s.readline()), repr(s.read()), repr(s.read()))
s.seek(2)
s.write('XY')
print(repr(s.getvalue()), s.tell())
print(s.truncate(4), repr(s.getvalue()), s.tell())
s.seek(10)
s.write('z')
print(repr(s.getvalue()))
t = io.StringIO('a\nb\nc')
print(list(t), t.closed, t.readable(), t.writable(), t.seekable())
t.seek(0)
print(t.readlines(), io.StringIO('1\n2\n3\n').readlines(2))
t.seek(0)
for line in t:
    print(repr(line))
print(repr(io.StringIO('abc').read(2)), repr(io.StringIO('ab\ncd').readline(1)))
with io.StringIO('x') as u:
    print(u.read())
print(u.closed)
for call in [lambda: u.read(), lambda: u.write('x'), lambda: u.getvalue(), lambda: u.seek(0)]:
    try:
        call()
    except ValueError as e:
        print('ValueError', e)
for call in [lambda: io.StringIO().write(b'x'), lambda: io.StringIO(b'x')]:
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
for call in [lambda: io.StringIO('abc').seek(1, 1), lambda: io.StringIO('abc').seek(-1)]:
    try:
        call()
    except (OSError, ValueError) as e:
        print(type(e).__name__, e)
print(repr(io.StringIO('a\r\nb', newline=None).getvalue()))
b = io.BytesIO(b'abc\ndef')
print(b.readline(), b.read(2), b.tell(), b.getvalue())
print(b.seek(0, io.SEEK_END), b.write(b'!'), b.getvalue())
print(b.seek(-2, io.SEEK_END), b.read())
b.seek(0)
print(list(b), b.readlines())
try:
    b.write('s')
except TypeError as e:
    print('TypeError', e)
b.close()
try:
    b.read()
except ValueError as e:
    print('ValueError', e)
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, issubclass(io.UnsupportedOperation, OSError))
print(io.open is open, callable(io.open_code))
try:
    io.StringIO().fileno()
except io.UnsupportedOperation as e:
    print('UnsupportedOperation', e)
import tempfile, os
d = tempfile.mkdtemp()
p = os.path.join(d, 'f.py')
with io.open(p, 'w') as f:
    print(isinstance(f, io.TextIOWrapper))
    f.write('data')
with io.open(p, 'rb') as f:
    print(isinstance(f, io.BufferedReader), f.read())
with io.open_code(p) as f:
    print(f.read())
os.remove(p)
os.rmdir(d)
