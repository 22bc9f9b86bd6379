# The lines of a StringIO end where its newline argument says.
import io
text = 'a\rb\r\nc\nd\r'
for nl in (None, '', '\n', '\r', '\r\n'):
    f = io.StringIO(text, newline=nl)
    print(repr(nl), repr(f.getvalue()), f.readlines())
    f.seek(0)
    print(repr(f.readline(1)), repr(f.readline()), list(f))
print(list(io.StringIO('x\r\n\r\ny', newline='')))
for nl in (None, '', '\n', '\r', '\r\n'):
    f = io.StringIO('x\n\ny\r\rz\r\n\r\n', newline=nl)
    print(repr(nl), list(f))
    f.seek(2)
    print(repr(f.readline()), f.tell(), repr(f.readline(2)), repr(f.readline()), f.write('W'), repr(f.readline()), repr(f.getvalue()))
    f.seek(0, 2)
    print(repr(f.readline()), f.tell())
    f.seek(100)
    print(repr(f.readline()), f.tell())
f = io.StringIO()
for i in range(5):
    f.write('line %d\n' % i)
f.seek(0)
print(f.readline(), list(f), f.tell(), len(f.getvalue()))
