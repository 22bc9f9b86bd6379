import os
import tempfile

d = tempfile.mkdtemp(prefix='spy', suffix='.d')
print(os.path.isdir(d), os.path.basename(d).startswith('spy'), d.endswith('.d'), oct(os.stat(d).st_mode & 0o777))
fd, name = tempfile.mkstemp(suffix='.txt', dir=d)
print(type(fd).__name__, name.startswith(d), name.endswith('.txt'), oct(os.stat(name).st_mode & 0o777))
os.write(fd, b'abc')
os.close(fd)
print(open(name).read())
with tempfile.NamedTemporaryFile('w+', suffix='.cfg', dir=d) as f:
    f.write('key=value\n')
    f.flush()
    f.seek(0)
    print(f.read(), f.name.endswith('.cfg'), os.path.exists(f.name), os.path.dirname(f.name) == d)
    kept = f.name
print(os.path.exists(kept))
f = tempfile.NamedTemporaryFile(dir=d, delete=False)
f.write(b'bytes')
f.close()
print(os.path.exists(f.name), open(f.name, 'rb').read())
os.remove(f.name)
with tempfile.TemporaryFile('w+') as t:
    t.write('anon')
    t.seek(0)
    print(t.read())
with tempfile.TemporaryDirectory(dir=d) as td:
    print(os.path.isdir(td), os.path.dirname(td) == d)
    os.makedirs(os.path.join(td, 'a', 'b'))
    open(os.path.join(td, 'a', 'b', 'f'), 'w').close()
print(os.path.exists(td))
td = tempfile.TemporaryDirectory(prefix='x', dir=d)
print(repr(td).startswith("<TemporaryDirectory '"), td.name.startswith(os.path.join(d, 'x')))
td.cleanup()
td.cleanup()
print(os.path.exists(td.name))
print(os.path.isabs(tempfile.gettempdir()), tempfile.gettempprefix(), type(tempfile.gettempdirb()).__name__)
m = tempfile.mktemp(dir=d)
print(os.path.exists(m), os.path.dirname(m) == d)
for bad in [lambda: tempfile.mkstemp(prefix='a/b'), lambda: tempfile.mkdtemp(dir=os.path.join(d, 'missing'))]:
    try:
        bad()
    except (ValueError, OSError) as e:
        print(type(e).__name__)
os.remove(name)
os.rmdir(d)
print(os.path.exists(d))
