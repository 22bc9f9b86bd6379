# Pathname pattern expansion. Folders are read with os.scandir, which
# raises its event for each; results come in the order the system lists
# the entries.

import os

__all__ = ['glob', 'iglob', 'escape']

_magic = '*?['


def has_magic(s):
    if isinstance(s, bytes):
        s = s.decode('utf-8', 'surrogateescape')
    for c in _magic:
        if c in s:
            return True
    return False


def _ishidden(name):
    return name[:1] in ('.', b'.')


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """The existing paths that pathname, with * ? and [...] wildcards,
    names, as a list.

    Names that start with a dot are left out unless the pattern part says
    the dot, or include_hidden is true. With recursive true, a '**' part
    matches any number of directory levels, zero included.
    """
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd,
                      recursive=recursive, include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """Return an iterator which yields the paths matching a pathname
    pattern."""
    if dir_fd is not None:
        raise NotImplementedError('dir_fd unavailable on this platform')
    pathname = os.fspath(pathname)
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    it = _iglob(pathname, root_dir, recursive, False, include_hidden)
    if recursive and _isrecursive(pathname):
        next(it)  # the empty match of '**' itself
    return it


def _join(root, path):
    if root is None:
        return path
    if not path:
        return root
    return os.path.join(root, path)


def _lexists(root, path):
    return os.path.lexists(_join(root, path) if path else root or path)


def _isdir(root, path):
    return os.path.isdir(_join(root, path) if path else root or path)


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if _lexists(root_dir, pathname):
                yield pathname
        else:
            if _isdir(root_dir, dirname):
                yield pathname
        return
    if not dirname:
        if recursive and _isrecursive(basename):
            yield from _glob2(root_dir, basename, dironly, include_hidden)
        else:
            yield from _glob1(root_dir, basename, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if has_magic(basename):
        if recursive and _isrecursive(basename):
            glob_in_dir = _glob2
        else:
            glob_in_dir = _glob1
    else:
        glob_in_dir = _glob0
    for dirname in dirs:
        for name in glob_in_dir(_join(root_dir, dirname), basename, dironly, include_hidden):
            yield os.path.join(dirname, name)


def _glob1(dirname, pattern, dironly, include_hidden):
    names = _listdir(dirname, dironly)
    if include_hidden or not _ishidden(pattern):
        names = [x for x in names if include_hidden or not _ishidden(x)]
    return [x for x in names if _fnmatch(x, pattern)]


def _glob0(dirname, basename, dironly, include_hidden):
    if basename:
        if _lexists(dirname, basename):
            return [basename]
    else:
        if _isdir(dirname, basename):
            return [basename]
    return []


def _glob2(dirname, pattern, dironly, include_hidden):
    yield pattern[:0]
    yield from _rlistdir(dirname, dironly, include_hidden)


def _iterdir(dirname, dironly):
    if not dirname:
        dirname = os.curdir
    try:
        with os.scandir(dirname) as it:
            entries = list(it)
    except OSError:
        return []
    names = []
    for entry in entries:
        try:
            if not dironly or entry.is_dir():
                names.append(entry.name)
        except OSError:
            pass
    return names


def _listdir(dirname, dironly):
    return _iterdir(dirname, dironly)


def _rlistdir(dirname, dironly, include_hidden):
    names = _listdir(dirname, dironly)
    for x in names:
        if include_hidden or not _ishidden(x):
            yield x
            path = os.path.join(dirname, x) if dirname else x
            for y in _rlistdir(path, dironly, include_hidden):
                yield os.path.join(x, y)


def _isrecursive(pattern):
    return pattern == '**' or pattern == b'**'


def escape(pathname):
    """pathname with each *, ? and [ put in brackets, so it matches only itself."""
    out = []
    for c in pathname:
        if c in _magic:
            out.append('[' + c + ']')
        else:
            out.append(c)
    return ''.join(out)


magic_check = None

_seal()
