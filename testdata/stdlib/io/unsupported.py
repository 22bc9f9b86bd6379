# io.UnsupportedOperation is both an OSError and a ValueError.
import io
import os
import tempfile

U = io.UnsupportedOperation
print(U.__name__, U.__qualname__, U.__module__)
print(U.__mro__)
print(U.__bases__)
print(issubclass(U, OSError), issubclass(U, ValueError), issubclass(U, Exception))
d = tempfile.mkdtemp()
p = os.path.join(d, 'w.txt')
with open(p, 'w') as f:
    for call in (f.read, f.readline):
        try:
            call()
        except ValueError as e:
            print('ValueError:', type(e).__name__, e)
with open(p, 'r') as f:
    try:
        f.write('x')
    except OSError as e:
        print('OSError:', type(e).__name__, e)
with open(p, 'rb') as f:
    try:
        f.write(b'x')
    except U as e:
        print('U:', type(e).__name__, e, e.args)
try:
    raise U('custom')
except ValueError as e:
    print(repr(e))
os.remove(p)
os.rmdir(d)
