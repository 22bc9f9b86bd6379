# The parts of os written in Python, on top of the primitives the module's
# Go half defines (each of which raises its audit event).

name = 'posix'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
linesep = '\n'
defpath = '/bin:/usr/bin'
curdir = '.'
pardir = '..'
devnull = '/dev/null'
supports_bytes_environ = True


class PathLike:
    """Abstract base class for objects with an __fspath__ method."""

    def __fspath__(self):
        raise NotImplementedError


def fspath(path):
    """Return the file system representation of path: str and bytes are
    returned unchanged, other objects give what their __fspath__ returns."""
    if isinstance(path, (str, bytes)):
        return path
    try:
        method = path.__fspath__
    except AttributeError:
        raise TypeError('expected str, bytes or os.PathLike object, not ' + type(path).__name__) from None
    result = method()
    if isinstance(result, (str, bytes)):
        return result
    raise TypeError('expected %s.__fspath__() to return str or bytes, not %s'
                    % (type(path).__name__, type(result).__name__))


def fsencode(filename):
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


class _Environ:
    """os.environ: a mapping of the process environment. Setting a key
    calls putenv and deleting one unsetenv, which raise their events."""

    def __init__(self, items):
        self._data = {}
        for k, v in items:
            self._data[k] = v

    def __getitem__(self, key):
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError('str expected, not ' + type(key).__name__)
        if not isinstance(value, str):
            raise TypeError('str expected, not ' + type(value).__name__)
        putenv(key.encode('utf-8', 'surrogateescape'), value.encode('utf-8', 'surrogateescape'))
        self._data[key] = value

    def __delitem__(self, key):
        if key not in self._data:
            raise KeyError(key)
        unsetenv(key.encode('utf-8', 'surrogateescape'))
        del self._data[key]

    def __contains__(self, key):
        return key in self._data

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __eq__(self, other):
        if isinstance(other, _Environ):
            return self._data == other._data
        return self._data == other

    def __repr__(self):
        items = ', '.join('%r: %r' % (k, v) for k, v in self._data.items())
        return 'environ({' + items + '})'

    def __or__(self, other):
        new = dict(self._data)
        new.update(other)
        return new

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def get(self, key, default=None):
        return self._data.get(key, default)

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self._data:
            self[key] = value
        return self._data[key]

    def pop(self, key, *default):
        if key in self._data:
            value = self._data[key]
            del self[key]
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def update(self, *args, **kwargs):
        for other in args:
            if hasattr(other, 'keys'):
                for k in other.keys():
                    self[k] = other[k]
            else:
                for k, v in other:
                    self[k] = v
        for k, v in kwargs.items():
            self[k] = v

    def clear(self):
        for k in list(self._data):
            del self[k]


environ = _Environ(_environ())


def _register_mapping():
    # A MutableMapping to isinstance, when collections.abc is loaded
    # already; it registers environ itself when it comes second.
    import sys
    abc = sys.modules.get('collections.abc')
    if abc is not None:
        abc.MutableMapping.register(_Environ)


_register_mapping()
del _environ


def getenv(key, default=None):
    """The value of the environment variable key, or default when unset."""
    return environ.get(key, default)


def walk(top, topdown=True, onerror=None, followlinks=False):
    """For each folder of the tree rooted at top, yield its path, the names
    of its subfolders and the names of its other entries, in the order
    os.scandir gives them."""
    _audit_walk(top, topdown, onerror, followlinks)
    top = fspath(top)
    stack = [top]
    while stack:
        top = stack.pop()
        if isinstance(top, tuple):
            yield top
            continue
        dirs = []
        nondirs = []
        walk_dirs = []
        try:
            entries = list(scandir(top))
        except OSError as error:
            if onerror is not None:
                onerror(error)
            continue
        for entry in entries:
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                dirs.append(entry.name)
            else:
                nondirs.append(entry.name)
            if not topdown and is_dir:
                if followlinks:
                    walk_into = True
                else:
                    try:
                        walk_into = not entry.is_symlink()
                    except OSError:
                        walk_into = False
                if walk_into:
                    walk_dirs.append(entry.path)
        if topdown:
            yield top, dirs, nondirs
            for dirname in reversed(dirs):
                new_path = path.join(top, dirname)
                if followlinks or not path.islink(new_path):
                    stack.append(new_path)
        else:
            stack.append((top, dirs, nondirs))
            for new_path in reversed(walk_dirs):
                stack.append(new_path)


def get_exec_path(env=None):
    if env is None:
        env = environ
    value = env.get('PATH', defpath)
    return value.split(pathsep)

