# Path.glob and rglob with dot-files, as_uri, is_mount, with_segments,
# relative_to(walk_up=True), is_reserved and bytes().
import glob
import os
import sys
import warnings
from pathlib import Path, PurePath, PurePosixPath

base = Path(sys.argv[1])
D = base / 'd'


def rel(paths):
    return sorted(str(p.relative_to(base)) for p in paths)


def t(label, f):
    try:
        r = f()
    except Exception as e:
        r = '%s: %s' % (type(e).__name__, e)
    print(label, repr(r))


(D / '.cache').mkdir(parents=True, exist_ok=True)
(D / 'sub').mkdir(exist_ok=True)
for n in ['d/a.txt', 'd/.env', 'd/.cache/b.txt', 'd/sub/c.txt', 'd/sub/.h.txt']:
    (base / n).write_text('x')
t('glob *', lambda: rel(D.glob('*')))
t('rglob *.txt', lambda: rel(D.rglob('*.txt')))
t('glob **/*', lambda: rel(D.glob('**/*')))
t('glob .*', lambda: rel(D.glob('.*')))
t('glob */', lambda: rel(D.glob('*/')))
t('rglob empty', lambda: rel(D.rglob('')))
t('glob empty', lambda: list(Path('a').glob('')))
t('glob .', lambda: list(Path('a').glob('.')))
t('glob absolute', lambda: list(Path('a').glob('/etc/*')))
t('rglob absolute', lambda: list(Path('a').rglob('/etc/*')))
t('glob module', lambda: sorted(os.path.relpath(p, base) for p in glob.glob(str(D / '*'))))
t('glob module hidden', lambda: sorted(os.path.relpath(p, base) for p in glob.glob(str(D / '*'), include_hidden=True)))
t('as_uri', lambda: Path('/tmp/a b/\xe9%#?').as_uri())
t('as_uri relative', lambda: Path('a').as_uri())
t('as_uri pure', lambda: PurePosixPath('/x/y.txt').as_uri())
t('as_uri root', lambda: Path('/').as_uri())
t('is_mount /', lambda: Path('/').is_mount())
t('is_mount d', lambda: D.is_mount())
t('is_mount missing', lambda: Path('nope').is_mount())
t('with_segments', lambda: Path('a').with_segments('b', 'c'))
t('with_segments pure', lambda: PurePosixPath('a').with_segments('/b', 'c'))
t('walk_up', lambda: Path('a/b').relative_to('a/c', walk_up=True))
t('walk_up deeper', lambda: Path('/x/y').relative_to('/x/z/w', walk_up=True))
t('walk_up inside', lambda: Path('/x/y/z').relative_to('/x', walk_up=True))
t('walk_up same', lambda: Path('a/b').relative_to('a/b', walk_up=True))
t('walk_up dotdot', lambda: Path('a').relative_to('b/..', walk_up=True))
t('walk_up dotdot 2', lambda: Path('a/b').relative_to('a/..', walk_up=True))
t('walk_up leading dotdot', lambda: Path('../x').relative_to('../y', walk_up=True))
t('walk_up anchors', lambda: Path('/a').relative_to('b', walk_up=True))
t('walk_up anchors 2', lambda: Path('a').relative_to('/b', walk_up=True))
t('not walk_up', lambda: Path('a/b').relative_to('c'))
t('not walk_up abs', lambda: Path('/a/b').relative_to('/c'))
t('not walk_up anchors', lambda: Path('a').relative_to('/b'))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    t('is_reserved', lambda: (Path('nul').is_reserved(), PurePosixPath('/x').is_reserved()))
print([(w.category.__name__, str(w.message)) for w in caught])
t('bytes', lambda: bytes(Path('/a/\xe9')))
t('bytes pure', lambda: bytes(PurePosixPath('x')))
t('bytes relative', lambda: bytes(PurePath('a', 'b')))
