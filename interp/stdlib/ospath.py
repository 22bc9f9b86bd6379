# os.path for POSIX: pure functions on path strings, and the queries
# that stat the file system (through os.stat and os.lstat).

import os

sep = '/'
altsep = None
curdir = '.'
pardir = '..'
extsep = '.'
pathsep = ':'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
supports_unicode_filenames = False

_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000
_S_IFLNK = 0o120000


def _seps(p):
    if isinstance(p, bytes):
        return b'/', b'.', b''
    return '/', '.', ''


def _check(funcname, *args):
    has_str = has_bytes = False
    for a in args:
        if isinstance(a, str):
            has_str = True
        elif isinstance(a, bytes):
            has_bytes = True
        else:
            raise TypeError('%s() argument must be str, bytes, or os.PathLike object, not %r'
                            % (funcname, type(a).__name__))
    if has_str and has_bytes:
        raise TypeError("Can't mix strings and bytes in path components")


def normcase(s):
    """The path as the system compares it: unchanged on POSIX."""
    return os.fspath(s)


def isabs(s):
    s = os.fspath(s)
    return s.startswith(_seps(s)[0])


def join(a, *p):
    a = os.fspath(a)
    sep = _seps(a)[0]
    path = a
    parts = [os.fspath(b) for b in p]
    _check('join', a, *parts)
    for b in parts:
        if b.startswith(sep):
            path = b
        elif not path or path.endswith(sep):
            path = path + b
        else:
            path = path + sep + b
    return path


def split(p):
    p = os.fspath(p)
    sep = _seps(p)[0]
    i = p.rfind(sep) + 1
    head, tail = p[:i], p[i:]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head, tail


def splitext(p):
    p = os.fspath(p)
    sep, dot, empty = _seps(p)
    sep_index = p.rfind(sep)
    dot_index = p.rfind(dot)
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index:filename_index + 1] != dot:
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, p[:0]


def splitdrive(p):
    p = os.fspath(p)
    return p[:0], p


def splitroot(p):
    p = os.fspath(p)
    sep, dot, empty = _seps(p)
    if p[:1] != sep:
        return empty, empty, p
    if p[1:2] != sep or p[2:3] == sep:
        return empty, sep, p[1:]
    return empty, p[:2], p[2:]


def basename(p):
    p = os.fspath(p)
    return p[p.rfind(_seps(p)[0]) + 1:]


def dirname(p):
    p = os.fspath(p)
    sep = _seps(p)[0]
    head = p[:p.rfind(sep) + 1]
    if head and head != sep * len(head):
        head = head.rstrip(sep)
    return head


def normpath(path):
    path = os.fspath(path)
    sep, dot, empty = _seps(path)
    dotdot = dot + dot
    if path == empty:
        return dot
    initial = 0
    if path.startswith(sep):
        initial = 1
        if path.startswith(sep + sep) and not path.startswith(sep + sep + sep):
            initial = 2
    comps = path.split(sep)
    new_comps = []
    for comp in comps:
        if comp == empty or comp == dot:
            continue
        if comp != dotdot or (not initial and not new_comps) or (new_comps and new_comps[-1] == dotdot):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = sep * initial + sep.join(new_comps)
    return path or dot


def abspath(path):
    path = os.fspath(path)
    if not isabs(path):
        if isinstance(path, bytes):
            cwd = os.getcwdb()
        else:
            cwd = os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    filename = os.fspath(filename)
    sep, dot, empty = _seps(filename)
    if isinstance(filename, bytes):
        return os.fsencode(realpath(os.fsdecode(filename), strict=strict))
    if not isabs(filename):
        filename = join(os.getcwd(), filename)
    parts = [c for c in filename.split('/') if c and c != '.']
    resolved = '/'
    seen = {}
    while parts:
        name = parts.pop(0)
        if name == '..':
            resolved = dirname(resolved) or '/'
            continue
        newpath = join(resolved, name)
        try:
            st = _lstat(newpath)
        except OSError:
            if strict:
                raise
            resolved = newpath
            continue
        if st.st_mode & _S_IFMT != _S_IFLNK:
            resolved = newpath
            continue
        if newpath in seen:
            if strict:
                os.stat(newpath)
            resolved = join(newpath, *parts)
            return normpath(resolved)
        seen[newpath] = True
        target = os.readlink(newpath)
        if target.startswith('/'):
            resolved = '/'
        parts = [c for c in target.split('/') if c and c != '.'] + parts
    return resolved


def relpath(path, start=None):
    path = os.fspath(path)
    if not path:
        raise ValueError('no path specified')
    sep, dot, empty = _seps(path)
    if start is None:
        start = dot
    else:
        start = os.fspath(start)
    _check('relpath', path, start)
    start_list = [x for x in abspath(start).split(sep) if x]
    path_list = [x for x in abspath(path).split(sep) if x]
    i = len(commonprefix([start_list, path_list]))
    rel_list = [dot + dot] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return dot
    return join(*rel_list)


def commonprefix(m):
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    paths = tuple(map(os.fspath, paths))
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    _check('commonpath', *paths)
    sep, dot, empty = _seps(paths[0])
    split_paths = [p.split(sep) for p in paths]
    isabs_set = set(p[:1] == sep for p in paths)
    if len(isabs_set) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    absolute = paths[0][:1] == sep
    split_paths = [[c for c in s if c and c != dot] for s in split_paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = sep if absolute else sep[:0]
    return prefix + sep.join(common)


def expanduser(path):
    path = os.fspath(path)
    sep, dot, empty = _seps(path)
    tilde = b'~' if isinstance(path, bytes) else '~'
    if not path.startswith(tilde):
        return path
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i == 1:
        if 'HOME' in os.environ:
            userhome = os.environ['HOME']
        else:
            return path
    else:
        return path
    if isinstance(path, bytes):
        userhome = os.fsencode(userhome)
    userhome = userhome.rstrip(sep)
    return (userhome + path[i:]) or sep


def _is_name_char(c):
    return c.isalnum() or c == '_'


def expandvars(path):
    path = os.fspath(path)
    if isinstance(path, bytes):
        return os.fsencode(expandvars(os.fsdecode(path)))
    if '$' not in path:
        return path
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        if i + 1 < n and path[i + 1] == '{':
            j = path.find('}', i + 2)
            if j < 0:
                out.append(path[i:])
                break
            name = path[i + 2:j]
            if name and name in os.environ:
                out.append(os.environ[name])
            else:
                out.append(path[i:j + 1])
            i = j + 1
            continue
        j = i + 1
        while j < n and _is_name_char(path[j]):
            j += 1
        name = path[i + 1:j]
        if name and name in os.environ:
            out.append(os.environ[name])
        else:
            out.append(path[i:j])
        i = j
    return ''.join(out)


def exists(path):
    try:
        os.stat(path)
    except (OSError, ValueError):
        return False
    return True


def lexists(path):
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def _mode(path, lstat=False):
    try:
        if lstat:
            return os.lstat(path).st_mode
        return os.stat(path).st_mode
    except (OSError, ValueError):
        return None


def isdir(s):
    m = _mode(s)
    return m is not None and m & _S_IFMT == _S_IFDIR


def isfile(path):
    m = _mode(path)
    return m is not None and m & _S_IFMT == _S_IFREG


def islink(path):
    m = _mode(path, True)
    return m is not None and m & _S_IFMT == _S_IFLNK


def isjunction(path):
    os.fspath(path)
    return False


def ismount(path):
    try:
        s1 = os.lstat(path)
    except (OSError, ValueError):
        return False
    if s1.st_mode & _S_IFMT == _S_IFLNK:
        return False
    path = os.fspath(path)
    parent = join(path, b'..' if isinstance(path, bytes) else '..')
    try:
        s2 = os.lstat(parent)
    except (OSError, ValueError):
        return False
    return s1.st_dev != s2.st_dev or s1.st_ino == s2.st_ino


def getsize(filename):
    return os.stat(filename).st_size


def getmtime(filename):
    return os.stat(filename).st_mtime


def getatime(filename):
    return os.stat(filename).st_atime


def getctime(filename):
    return os.stat(filename).st_ctime


def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    return samestat(os.fstat(fp1), os.fstat(fp2))
