# pathlib for spython: POSIX paths. Every operation on the file system
# goes through os, os.path, glob and open, so it raises their audit
# events and the policy decides, as for the functions themselves.

import os
import os.path
import fnmatch as _fnmatch
import glob as _glob


class PurePath:
    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return object.__new__(cls)

    def __init__(self, *args):
        parts = []
        for a in args:
            if isinstance(a, PurePath):
                parts.append(a._str)
            else:
                a = os.fspath(a)
                if isinstance(a, bytes):
                    raise TypeError("argument should be a str or an os.PathLike object "
                                    "where __fspath__ returns a str, not 'bytes'")
                parts.append(a)
        path = os.path.join(*parts) if parts else '.'
        self._str = _normalise(path)

    def __str__(self):
        return self._str

    def __fspath__(self):
        return self._str

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self._str)

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._str == other._str

    def __hash__(self):
        return hash(self._str)

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self.parts < other.parts

    def __le__(self, other):
        return self == other or self < other

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return other < self

    def __truediv__(self, key):
        try:
            return type(self)(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)(key, self)
        except TypeError:
            return NotImplemented

    def as_posix(self):
        return self._str

    def joinpath(self, *others):
        return type(self)(self, *others)

    @property
    def parts(self):
        if self._str == '.':
            return ()
        if self._str.startswith('/'):
            rest = [p for p in self._str[1:].split('/') if p]
            return tuple(['/'] + rest)
        return tuple(self._str.split('/'))

    @property
    def drive(self):
        return ''

    @property
    def root(self):
        return '/' if self._str.startswith('/') else ''

    @property
    def anchor(self):
        return self.root

    @property
    def name(self):
        if self._str in ('.', '/'):
            return ''
        return self._str.rsplit('/', 1)[-1]

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name, suffix = self.name, self.suffix
        return name[:len(name) - len(suffix)] if suffix else name

    @property
    def parent(self):
        s = self._str
        if s in ('.', '/'):
            return self
        head = s.rsplit('/', 1)[0] if '/' in s else '.'
        if head == '' and s.startswith('/'):
            head = '/'
        return type(self)(head)

    @property
    def parents(self):
        out = []
        p = self
        while p.parent != p:
            p = p.parent
            out.append(p)
        return tuple(out)

    def is_absolute(self):
        return self._str.startswith('/')

    def with_name(self, name):
        if not self.name:
            raise ValueError('%r has an empty name' % (self,))
        if not name or '/' in name or name == '.':
            raise ValueError('Invalid name %r' % (name,))
        return self.parent / name

    def with_suffix(self, suffix):
        if suffix and (not suffix.startswith('.') or suffix == '.'):
            raise ValueError('Invalid suffix %r' % (suffix,))
        if not self.name:
            raise ValueError('%r has an empty name' % (self,))
        return self.with_name(self.stem + suffix)

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def __bytes__(self):
        return os.fsencode(self._str)

    def with_segments(self, *pathsegments):
        """A path of the same type made from pathsegments."""
        return type(self)(*pathsegments)

    def as_uri(self):
        """The path as a file: URI; it must be absolute."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        quoted = ''.join(chr(b) if b in _URI_SAFE else '%%%02X' % b for b in os.fsencode(self._str))
        return 'file://' + quoted

    def is_reserved(self):
        import warnings
        warnings.warn('pathlib.PurePath.is_reserved() is deprecated and scheduled for removal in '
                      'Python 3.15. Use os.path.isreserved() to detect reserved paths on Windows.',
                      DeprecationWarning, stacklevel=2)
        return False

    def relative_to(self, other, /, *, walk_up=False):
        """The path relative to other; with walk_up, other may be beside
        it, and '..' parts climb out of other first."""
        other = self.with_segments(other)
        if self == other:
            return self.with_segments('.')
        mine, theirs = self._steps(), other._steps()
        if mine[:len(theirs)] == theirs:
            return self.with_segments(*mine[len(theirs):]) if mine[len(theirs):] else self.with_segments('.')
        if not walk_up:
            raise ValueError('%r is not in the subpath of %r' % (self._str, other._str))
        if self.is_absolute() != other.is_absolute():
            raise ValueError('%r and %r have different anchors' % (self._str, other._str))
        common = 0
        while common < min(len(mine), len(theirs)) and mine[common] == theirs[common]:
            common += 1
        if '..' in theirs[common:]:
            raise ValueError("'..' segment in %r cannot be walked" % (other._str,))
        return self.with_segments(*(['..'] * (len(theirs) - common) + mine[common:]))

    def _steps(self):
        # The parts below the anchor.
        if self._str == '.':
            return []
        return [p for p in self.parts if p != '/']

    def is_relative_to(self, other):
        try:
            self.relative_to(other)
            return True
        except ValueError:
            return False

    def match(self, pattern):
        pat_parts = [p for p in pattern.split('/') if p]
        parts = [p for p in self.parts if p != '/']
        if pattern.startswith('/'):
            if not self.is_absolute() or len(parts) != len(pat_parts):
                return False
        elif len(pat_parts) > len(parts):
            return False
        for part, pat in zip(reversed(parts), reversed(pat_parts)):
            if not _fnmatch.fnmatchcase(part, pat):
                return False
        return True


# The bytes a file: URI keeps as they are.
_URI_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/')


def _normalise(path):
    # What pathlib keeps of a path: no empty or '.' parts, no trailing
    # slash; '..' is kept.
    if path == '':
        return '.'
    absolute = path.startswith('/')
    parts = [p for p in path.split('/') if p and p != '.']
    s = '/'.join(parts)
    if absolute:
        s = '/' + s
    return s or '.'


class PurePosixPath(PurePath):
    pass


class Path(PurePath):
    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return object.__new__(cls)

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(os.path.expanduser('~'))

    def absolute(self):
        if self.is_absolute():
            return self
        return type(self)(os.getcwd(), self)

    def resolve(self, strict=False):
        if strict:
            os.stat(self._str)
        return type(self)(os.path.realpath(self._str))

    def expanduser(self):
        return type(self)(os.path.expanduser(self._str))

    def stat(self, follow_symlinks=True):
        if follow_symlinks:
            return os.stat(self._str)
        return os.lstat(self._str)

    def lstat(self):
        return os.lstat(self._str)

    def exists(self, follow_symlinks=True):
        if follow_symlinks:
            return os.path.exists(self._str)
        return os.path.lexists(self._str)

    def is_file(self):
        return os.path.isfile(self._str)

    def is_dir(self):
        return os.path.isdir(self._str)

    def is_symlink(self):
        return os.path.islink(self._str)

    def samefile(self, other):
        return os.path.samefile(self._str, os.fspath(other))

    def iterdir(self):
        for name in os.listdir(self._str):
            yield self / name

    def glob(self, pattern, *, case_sensitive=None, recurse_symlinks=False):
        """The paths under this folder that match pattern; as in CPython's
        pathlib, '*' matches names starting with a dot too."""
        pattern = _glob_pattern(self, pattern)
        return self._glob(pattern)

    def rglob(self, pattern, *, case_sensitive=None, recurse_symlinks=False):
        """glob() of pattern in this folder and every folder below it."""
        pattern = _glob_pattern(self, pattern, recursive=True)
        return self._glob('**/' + pattern if pattern != '.' else '**/')

    def _glob(self, pattern):
        base = _glob.escape(self._str)
        for p in sorted(_glob.glob(os.path.join(base, pattern), recursive='**' in pattern,
                                   include_hidden=True)):
            yield type(self)(p)

    def is_mount(self):
        """Whether the path is a mount point."""
        return os.path.ismount(self._str)

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        return open(self._str, mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None):
        with self.open('r', encoding=encoding, errors=errors) as f:
            return f.read()

    def read_bytes(self):
        with self.open('rb') as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % type(data).__name__)
        with self.open('w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def write_bytes(self, data):
        with self.open('wb') as f:
            return f.write(data)

    def touch(self, mode=0o666, exist_ok=True):
        if os.path.exists(self._str):
            if not exist_ok:
                raise FileExistsError(17, 'File exists', self._str)
            os.utime(self._str)
            return
        self.open('a').close()

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        if parents:
            os.makedirs(self._str, mode, exist_ok=exist_ok)
            return
        try:
            os.mkdir(self._str, mode)
        except FileExistsError:
            if not exist_ok or not self.is_dir():
                raise

    def rmdir(self):
        os.rmdir(self._str)

    def unlink(self, missing_ok=False):
        try:
            os.remove(self._str)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rename(self, target):
        os.rename(self._str, os.fspath(target))
        return type(self)(target)

    def replace(self, target):
        os.replace(self._str, os.fspath(target))
        return type(self)(target)

    def chmod(self, mode):
        os.chmod(self._str, mode)

    def symlink_to(self, target):
        os.symlink(os.fspath(target), self._str)

    def readlink(self):
        return type(self)(os.readlink(self._str))


class PosixPath(Path, PurePosixPath):
    pass


def _glob_pattern(path, pattern, recursive=False):
    """pattern as a str, refused when absolute, or empty for glob()."""
    if isinstance(pattern, PurePath):
        pattern = pattern._str
    else:
        pattern = os.fspath(pattern)
    if pattern.startswith('/'):
        raise NotImplementedError('Non-relative patterns are unsupported')
    if not recursive and _normalise(pattern) == '.':
        raise ValueError('Unacceptable pattern: %r' % (path.with_segments(pattern),))
    return _normalise(pattern) if recursive and _normalise(pattern) == '.' else pattern
