import os
import os.path
import tempfile
from os import path

print(path is os.path)
cases = [
    ('join', [('a', 'b', 'c'), ('a/', 'b'), ('a', '/b', 'c'), ('', 'x'), ('a', ''), (b'a', b'b')]),
    ('split', [('a/b/c',), ('/a',), ('a',), ('a/',), ('//a//b',), ('/',), ('',)]),
    ('splitext', [('x.tar.gz',), ('.bashrc',), ('a/b.c/d',), ('a.',), ('..a',), ('',), ('a/.b.c',)]),
    ('basename', [('/a/b',), ('/a/b/',), ('a',), ('',)]),
    ('dirname', [('/a/b',), ('/a/b/',), ('a',), ('/',), ('//a',)]),
    ('normpath', [('a//b/../c/.',), ('/../a',), ('',), ('//a',), ('///a',), ('a/../..',), ('./',), (b'a/./b',)]),
    ('isabs', [('/a',), ('a',), ('',)]),
    ('commonprefix', [(['/usr/lib', '/usr/local'],), ([],), (['abc', 'abd', 'ab'],)]),
    ('commonpath', [(['/a/b', '/a/c'],), (['a/b/c', 'a/b'],), (['/a'],)]),
    ('relpath', [('/a/b/c', '/a/d'), ('/a', '/a'), ('/a/b', '/'), ('/x', '/a/b')]),
    ('splitdrive', [('/a/b',)]),
    ('expandvars', [('$SPY_V/x',), ('${SPY_V}y',), ('$NOPE_NOPE/$',), ('a$',), ('${NOPE_NOPE}',)]),
]
os.environ['SPY_V'] = 'val'
for name, argsets in cases:
    for args in argsets:
        print(name, repr(args), '->', repr(getattr(os.path, name)(*args)))
for bad in [lambda: os.path.join('a', b'b'), lambda: os.path.commonpath([]), lambda: os.path.commonpath(['/a', 'b']),
            lambda: os.path.relpath(''), lambda: os.path.join(1), lambda: os.path.basename(None)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
os.environ['HOME'] = '/home/u'
print(os.path.expanduser('~/x'), os.path.expanduser('~'), os.path.expanduser('x~'), os.path.expanduser('~other/x'))
d = tempfile.mkdtemp()
f = os.path.join(d, 'f.txt')
with open(f, 'w') as fh:
    fh.write('12345')
os.symlink(f, os.path.join(d, 'l'))
os.symlink(os.path.join(d, 'missing'), os.path.join(d, 'dangling'))
print(os.path.exists(f), os.path.exists(d + '/nope'), os.path.isfile(f), os.path.isfile(d), os.path.isdir(d), os.path.isdir(f))
print(os.path.islink(d + '/l'), os.path.islink(f), os.path.exists(d + '/dangling'), os.path.lexists(d + '/dangling'))
print(os.path.getsize(f), type(os.path.getmtime(f)).__name__, os.path.getmtime(f) == os.stat(f).st_mtime)
print(type(os.path.getatime(f)).__name__, type(os.path.getctime(f)).__name__)
print(os.path.samefile(f, d + '/l'), os.path.realpath(d + '/l') == os.path.realpath(f))
print(os.path.abspath('x') == os.path.join(os.getcwd(), 'x'), os.path.abspath('/a/./b/../c'))
print(os.path.ismount('/'), os.path.ismount(d), os.path.exists(''), os.path.isdir('.'))
try:
    os.path.getsize(d + '/nope')
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
print(os.path.sep, os.path.curdir, os.path.pardir, os.path.extsep, os.path.pathsep, os.path.devnull)
import shutil
shutil.rmtree(d)
