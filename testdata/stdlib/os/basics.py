# os: files, folders, descriptors, stat, scandir, walk, environ, errors.
import os
import tempfile

base = tempfile.mkdtemp()
old = os.getcwd()
os.chdir(base)
print(os.getcwd() == os.path.realpath(base))
os.mkdir('d')
os.makedirs('d/e/f')
os.makedirs('d/e/f', exist_ok=True)
with open('d/a.txt', 'w') as f:
    f.write('hello')
with open('d/e/b.txt', 'w') as f:
    f.write('')
print(sorted(os.listdir('d')), sorted(os.listdir(b'd')))
st = os.stat('d/a.txt')
print(st.st_size, st[6], type(st).__name__, len(st), isinstance(st.st_mtime, float), isinstance(st[8], int))
print(oct(st.st_mode & 0o170000), st.st_nlink, st.st_uid == os.getuid(), st.st_gid == os.getgid())
print(os.lstat('d').st_mode & 0o170000 == 0o040000, os.fstat(0) is not None)
with os.scandir('d') as it:
    for e in sorted(it, key=lambda e: e.name):
        print(repr(e), e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(), e.stat().st_size if e.is_file() else '-', os.fspath(e))
for e in os.scandir():
    print(e.path)
for root, dirs, files in os.walk('d'):
    dirs.sort()
    print(root, dirs, sorted(files))
for root, dirs, files in os.walk('d', topdown=False):
    print(root, sorted(dirs), sorted(files))
errors = []
print(list(os.walk('missing', onerror=errors.append)), [type(e).__name__ for e in errors])
os.symlink('a.txt', 'd/link')
print(os.readlink('d/link'), os.path.islink('d/link'), os.lstat('d/link').st_mode & 0o170000 == 0o120000)
os.link('d/a.txt', 'd/hard')
print(os.stat('d/hard').st_nlink)
os.rename('d/hard', 'd/hard2')
os.replace('d/hard2', 'd/a2.txt')
os.chmod('d/a2.txt', 0o600)
print(oct(os.stat('d/a2.txt').st_mode & 0o777))
os.utime('d/a2.txt', (1000000000, 1000000000))
print(os.stat('d/a2.txt').st_mtime, os.stat('d/a2.txt')[8])
os.utime('d/a2.txt', ns=(2000000000500000000, 2000000000500000000))
print(os.stat('d/a2.txt').st_mtime_ns)
os.truncate('d/a.txt', 2)
print(os.path.getsize('d/a.txt'))
print(os.access('d/a.txt', os.R_OK), os.access('missing', os.F_OK))
os.remove('d/a2.txt')
os.unlink('d/link')
fd = os.open('x.bin', os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(os.write(fd, b'abcdef'))
os.close(fd)
fd = os.open('x.bin', os.O_RDONLY)
print(os.read(fd, 3), os.lseek(fd, 0, os.SEEK_CUR), os.read(fd, 10), os.read(fd, 10))
os.lseek(fd, 1, os.SEEK_SET)
print(os.read(fd, 2))
os.close(fd)
fd = os.open('x.bin', os.O_RDWR)
with os.fdopen(fd, 'r+') as f:
    print(repr(f.read()))
    f.write('!')
print(open('x.bin').read())
for call in [lambda: os.stat('nope'), lambda: os.rename('nope', 'x'), lambda: os.mkdir('d'),
             lambda: os.rmdir('d'), lambda: os.remove('d'), lambda: os.listdir('nope'),
             lambda: os.chdir('x.bin'), lambda: os.open('nope', os.O_RDONLY), lambda: os.readlink('x.bin'),
             lambda: os.makedirs('d'), lambda: os.unlink('nope'), lambda: os.scandir('x.bin')]:
    try:
        call()
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename, e.filename2, '|', e)
for bad in [lambda: os.stat(None), lambda: os.listdir(3.5), lambda: os.fspath(1)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
os.environ['SPY_X'] = '1'
print(os.environ['SPY_X'], os.getenv('SPY_X'), 'SPY_X' in os.environ, os.environ.get('SPY_NOPE', 'd'), os.getenv('SPY_NOPE'))
print(os.environ.setdefault('SPY_Y', '2'), os.environ.pop('SPY_Y'), 'SPY_Y' in os.environ)
os.environ.update({'SPY_Z': '3'})
print(os.environ.copy()['SPY_Z'], type(os.environ.copy()).__name__, dict(os.environ.items())['SPY_Z'])
del os.environ['SPY_X']
print(os.getenv('SPY_X'), os.getenv('SPY_X', 'default'))
try:
    os.environ['SPY_NOPE']
except KeyError as e:
    print('KeyError', e)
try:
    os.environ['SPY_N'] = 1
except TypeError as e:
    print('TypeError', e)
print(os.sep, os.name, repr(os.linesep), os.devnull, os.curdir, os.pardir, os.extsep, os.pathsep, os.altsep)
print(os.fspath('x'), os.fspath(b'y'), os.strerror(2), os.strerror(13), os.error is OSError)
print(os.getpid() > 0, os.getppid() > 0, os.cpu_count() > 0, len(os.urandom(8)), type(os.umask(0o22)).__name__)
print(os.get_exec_path({'PATH': '/a:/b'}), os.fsencode('x'), os.fsdecode(b'y'))
try:
    os.get_terminal_size(os.open('x.bin', os.O_RDONLY))
except OSError as e:
    print(type(e).__name__, e.errno)
os.chdir(old)
import shutil
shutil.rmtree(base)
print(os.path.exists(base))
