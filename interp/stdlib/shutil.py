# High-level file operations, on top of os and open(): every file opened,
# folder read, file removed or folder created raises its own event.
#
# The public copy/move functions are looked up by name when they call each
# other, so that the events raised for them (see std_shutil.go) are raised
# for the nested calls too.

import os
import sys

COPY_BUFSIZE = 64 * 1024

_KIND_MASK = 0o170000
_KIND_LINK = 0o120000
_PERMISSIONS = 0o7777


class Error(OSError):
    pass


class SameFileError(Error):
    """Source and destination name one and the same file."""


class SpecialFileError(OSError):
    """The operation cannot be done on a special file, such as a FIFO."""


class ExecError(OSError):
    """A command could not be run."""


class ReadError(OSError):
    """An archive could not be read."""


class RegistryError(Exception):
    pass


def copyfileobj(fsrc, fdst, length=0):
    """Write to fdst everything read from fsrc, length bytes at a time."""
    step = length or COPY_BUFSIZE
    pull, push = fsrc.read, fdst.write
    piece = pull(step)
    while piece:
        push(piece)
        piece = pull(step)


def _alias(a, b):
    # True when both names lead to one file; a missing file aliases nothing.
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _symlink_at(name):
    try:
        kind = os.lstat(name).st_mode & _KIND_MASK
    except (OSError, ValueError):
        return False
    return kind == _KIND_LINK


def _both_links(a, b):
    return _symlink_at(a) and _symlink_at(b)


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy the bytes of src into dst (no metadata); return dst."""
    if _alias(src, dst):
        raise SameFileError('{!r} and {!r} are the same file'.format(src, dst))
    if not follow_symlinks and _symlink_at(src):
        os.symlink(os.readlink(src), dst)
        return dst
    with open(src, 'rb') as reader:
        try:
            writer = open(dst, 'wb')
        except IsADirectoryError as failure:
            if os.path.exists(dst):
                raise
            raise FileNotFoundError('Directory does not exist: ' + str(dst)) from failure
        with writer:
            copyfileobj(reader, writer)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Give dst the permission bits of src."""
    if follow_symlinks or not _both_links(src, dst):
        os.chmod(dst, os.stat(src).st_mode & _PERMISSIONS)


def copystat(src, dst, *, follow_symlinks=True):
    """Give dst the access and modification times of src and, unless both
    are symbolic links left unfollowed, its permission bits."""
    deref = follow_symlinks or not _both_links(src, dst)
    info = os.stat(src) if deref else os.lstat(src)
    os.utime(dst, ns=(info.st_atime_ns, info.st_mtime_ns), follow_symlinks=deref)
    if deref:
        os.chmod(dst, info.st_mode & _PERMISSIONS)


def _copy_then(finish, src, dst, follow):
    # A folder as destination receives a file named like the source.
    target = os.path.join(dst, os.path.basename(src)) if os.path.isdir(dst) else dst
    copyfile(src, target, follow_symlinks=follow)
    finish(src, target, follow_symlinks=follow)
    return target


def copy(src, dst, *, follow_symlinks=True):
    """Copy the bytes and permission bits of src, like `cp`; return the
    name of the new file."""
    return _copy_then(copymode, src, dst, follow_symlinks)


def copy2(src, dst, *, follow_symlinks=True):
    """Copy the bytes, permission bits and times of src, like `cp -p`;
    return the name of the new file."""
    return _copy_then(copystat, src, dst, follow_symlinks)


def ignore_patterns(*patterns):
    """Build a copytree() `ignore` callable leaving out the names that match
    any of the glob-style patterns."""
    import glob
    match = glob._fnmatch

    def skipped(folder, names):
        return set(n for n in names if any(match(n, p) for p in patterns))
    return skipped


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Copy the folder src and everything under it to dst; return dst.

    Failures on single entries are gathered and raised together, as one
    Error whose argument lists (source, destination, reason) triples."""
    with os.scandir(src) as listing:
        entries = list(listing)
    if ignore is None:
        skip = ()
    else:
        skip = ignore(os.fspath(src), [e.name for e in entries])
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    settings = (symlinks, ignore, copy_function, ignore_dangling_symlinks, dirs_exist_ok)
    problems = []
    for entry in entries:
        if entry.name in skip:
            continue
        origin = os.path.join(src, entry.name)
        target = os.path.join(dst, entry.name)
        try:
            _copy_entry(entry, origin, target, settings)
        except Error as nested:
            problems.extend(nested.args[0])
        except OSError as failure:
            problems.append((origin, target, str(failure)))
    try:
        copystat(src, dst)
    except OSError as failure:
        problems.append((src, dst, str(failure)))
    if problems:
        raise Error(problems)
    return dst


def _copy_entry(entry, origin, target, settings):
    # settings holds copytree's arguments after src and dst, in order.
    keep_links, copier, skip_dangling = settings[0], settings[2], settings[3]
    if entry.is_symlink():
        pointee = os.readlink(origin)
        if keep_links:
            os.symlink(pointee, target)
            copystat(entry, target, follow_symlinks=False)
            return
        if skip_dangling and not os.path.exists(pointee):
            return
    if entry.is_dir():
        copytree(origin, target, *settings)
    else:
        copier(origin, target)


def _erase(folder, report):
    # Depth first: the entries (sub-folders emptied first), then the folder.
    try:
        with os.scandir(folder) as listing:
            entries = list(listing)
    except OSError as failure:
        report(os.scandir, folder, failure)
        entries = ()
    for entry in entries:
        try:
            descend = entry.is_dir(follow_symlinks=False)
        except OSError:
            descend = False
        if descend:
            _erase(entry.path, report)
            continue
        try:
            os.unlink(entry.path)
        except OSError as failure:
            report(os.unlink, entry.path, failure)
    try:
        os.rmdir(folder)
    except OSError as failure:
        report(os.rmdir, folder, failure)


def _error_reporter(ignore_errors, onerror, onexc):
    # One callable (function, path, exception) for every failure of rmtree.
    if ignore_errors:
        return lambda func, name, failure: None
    if onexc is not None:
        return onexc
    if onerror is not None:
        def legacy(func, name, failure):
            onerror(func, name, (type(failure), failure, failure.__traceback__))
        return legacy

    def reraise(func, name, failure):
        raise failure
    return reraise


def rmtree(path, ignore_errors=False, onerror=None, *, onexc=None, dir_fd=None):
    """Delete the folder path and everything in it.

    Each failure goes to onexc(function, path, exception) when given, else
    to onerror(function, path, exc_info), else is raised; ignore_errors
    drops them all. path itself must not be a symbolic link."""
    if dir_fd is not None:
        raise NotImplementedError('dir_fd unavailable on this platform')
    report = _error_reporter(ignore_errors, onerror, onexc)
    try:
        kind = os.lstat(path).st_mode & _KIND_MASK
    except OSError as failure:
        report(os.lstat, path, failure)
        return
    if kind == _KIND_LINK:
        try:
            raise OSError('Cannot call rmtree on a symbolic link')
        except OSError as failure:
            report(os.path.islink, path, failure)
        return
    _erase(os.fspath(path), report)


avoids_symlink_attacks = False


def _with_sep(name):
    name = os.path.abspath(name)
    return name if name.endswith(os.sep) else name + os.sep


def _within(folder, other):
    # Is other the folder itself or somewhere below it?
    return _with_sep(other).startswith(_with_sep(folder))


def move(src, dst, copy_function=copy2):
    """Move the file or folder src to dst (into it, when dst is a folder);
    return the new name. A rename is tried first, then a copy and a
    removal."""
    target = dst
    if os.path.isdir(dst):
        if _alias(src, dst) and not _symlink_at(src):
            # Only the case of the name changes.
            os.rename(src, dst)
            return dst
        leaf = os.path.basename(os.fspath(src).rstrip(os.sep))
        target = os.path.join(dst, leaf)
        if os.path.exists(target):
            raise Error("Destination path '%s' already exists" % target)
    try:
        os.rename(src, target)
        return target
    except PermissionError:
        # A refused rename (by the system or by the policy) is not turned
        # into a copy and a removal.
        raise
    except OSError:
        pass
    if _symlink_at(src):
        os.symlink(os.readlink(src), target)
        os.unlink(src)
    elif os.path.isdir(src):
        if _within(src, dst):
            raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
        copytree(src, target, copy_function=copy_function, symlinks=True)
        rmtree(src)
    else:
        copy_function(src, target)
        os.unlink(src)
    return target


def disk_usage(path):
    """Total, used and free bytes of the file system holding path, as a
    named tuple."""
    return _statvfs(path)


def _usable(name, mode):
    if not os.path.exists(name) or os.path.isdir(name):
        return False
    return os.access(name, mode)


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """The first file named cmd, in the folders of path (by default $PATH),
    that is accessible with mode; None when there is none. A cmd holding a
    folder part is checked as it is."""
    if os.path.dirname(cmd):
        return cmd if _usable(cmd, mode) else None
    if path is not None and not isinstance(path, str):
        path = os.fspath(path)
    if path is None:
        path = os.environ.get('PATH')
        if path is None:
            path = os.defpath
    tried = set()
    for folder in (path.split(os.pathsep) if path else ()):
        if folder not in tried:
            tried.add(folder)
            candidate = os.path.join(folder, cmd)
            if _usable(candidate, mode):
                return candidate
    return None


def _env_size(var):
    try:
        return int(os.environ[var])
    except (KeyError, ValueError):
        return 0


def get_terminal_size(fallback=(80, 24)):
    """Columns and lines of the terminal: $COLUMNS and $LINES when set and
    positive, else the size of the terminal on standard output, else
    fallback."""
    columns, lines = _env_size('COLUMNS'), _env_size('LINES')
    if columns > 0 and lines > 0:
        return _terminal_size(columns, lines)
    try:
        measured = os.get_terminal_size(sys.__stdout__.fileno())
        cols_seen, lines_seen = measured.columns, measured.lines
    except (AttributeError, OSError, ValueError):
        cols_seen, lines_seen = fallback
    if columns <= 0:
        columns = cols_seen or fallback[0]
    if lines <= 0:
        lines = lines_seen or fallback[1]
    return _terminal_size(columns, lines)


_seal()
