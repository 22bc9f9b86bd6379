# A text file's buffer (the binary file under it) and newlines attribute.
import io
import os
import shutil
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, 'x.txt')
with open(p, 'wb') as f:
    f.write(b'a\r\nb\rc\nd\r\n')
with open(p) as f:
    print(f.newlines)
    f.read()
    print(f.newlines)
with open(p, newline='') as f:
    f.read()
    print(f.newlines)
with open(p, newline='\n') as f:
    f.read()
    print(f.newlines)
with open(p, 'wb') as f:
    f.write(b'one\ntwo\n')
with open(p) as f:
    f.read()
    print(repr(f.newlines))
with open(p) as f:
    b = f.buffer
    print(isinstance(b, io.BufferedReader), b.mode, b is f.buffer, b.read(4), repr(f.read()))
with open(p, 'w') as f:
    print(isinstance(f.buffer, io.BufferedWriter), f.buffer.mode, f.line_buffering, f.write_through, f.newlines)
    f.write('x')
    f.flush()
    f.buffer.write(b'y')
    f.buffer.flush()
    f.write('z')
with open(p, 'rb') as f:
    print(f.read())
with open(p, 'r+') as f:
    print(isinstance(f.buffer, io.BufferedRandom), f.buffer.mode)
with open(p, 'a') as f:
    print(f.buffer.mode)
with open(p, 'rb') as f:
    for name in ('buffer', 'newlines', 'reconfigure', 'line_buffering'):
        try:
            getattr(f, name)
        except AttributeError as e:
            print(e)
f = open(p)
f.buffer.close()
print(f.closed, f.buffer.closed)
f = open(p)
f.close()
print(f.buffer.closed)
with open(p, 'w', encoding='latin-1') as f:
    f.write('\xe9')
    f.reconfigure(encoding='utf-8')
    f.write('\xe9')
    print(f.encoding, f.errors)
with open(p, 'rb') as f:
    print(f.read())
shutil.rmtree(d)
