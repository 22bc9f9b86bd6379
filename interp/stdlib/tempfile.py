# Temporary files and folders, built on mkstemp and mkdtemp (Go), which
# raise their events before they create anything.

import os

TMP_MAX = 10000
template = 'tmp'
tempdir = None


def gettempdir():
    """The folder for temporary files: tempfile.tempdir, which the first
    call sets (from TMPDIR, else /tmp) when it is None."""
    global tempdir
    if tempdir is None:
        tempdir = _tempdir()
    return tempdir


def gettempdirb():
    return os.fsencode(gettempdir())


def gettempprefix():
    return template


def gettempprefixb():
    return os.fsencode(template)


def _dir(dir):
    if dir is None:
        return gettempdir()
    return dir


def mktemp(suffix='', prefix=template, dir=None):
    """Return a file name that did not exist when it was chosen (unsafe:
    another process may create it first)."""
    dir = _dir(dir)
    for _ in range(TMP_MAX):
        name = os.path.join(dir, prefix + _random_name() + suffix)
        if not os.path.lexists(name):
            return name
    raise FileExistsError('No usable temporary filename found')


class _TemporaryFileWrapper:
    """A file object with a name on disk, removed when it is closed (if
    delete is true)."""

    def __init__(self, file, name, delete=True, delete_on_close=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._delete_on_close = delete_on_close
        self._removed = False

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def _remove(self):
        if not self._removed:
            self._removed = True
            try:
                os.unlink(self.name)
            except FileNotFoundError:
                pass

    def close(self):
        self.file.close()
        if self.delete and self._delete_on_close:
            self._remove()

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.file.close()
        if self.delete:
            self._remove()
        return False

    def __iter__(self):
        return iter(self.file)

    def __repr__(self):
        return '<tempfile._TemporaryFileWrapper object>'


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None,
                       newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None,
                       delete_on_close=True):
    """Create and return a temporary file with a visible name, removed
    when it is closed (delete=True)."""
    fd, name = mkstemp(suffix, prefix, dir, 'b' not in mode)
    try:
        file = os.fdopen(fd, mode, buffering, encoding=encoding,
                         newline=newline, errors=errors)
    except BaseException:
        os.unlink(name)
        os.close(fd)
        raise
    return _TemporaryFileWrapper(file, name, delete, delete_on_close)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None,
                  newline=None, suffix=None, prefix=None,
                  dir=None, *, errors=None):
    """Create and return a temporary file with no name on disk."""
    fd, name = mkstemp(suffix, prefix, dir, 'b' not in mode)
    try:
        os.unlink(name)
        return os.fdopen(fd, mode, buffering, encoding=encoding,
                         newline=newline, errors=errors)
    except BaseException:
        os.close(fd)
        raise


SpooledTemporaryFile = None


class TemporaryDirectory:
    """Create and return a temporary folder; it and everything in it are
    removed by cleanup() or at the end of a with block."""

    def __init__(self, suffix=None, prefix=None, dir=None,
                 ignore_cleanup_errors=False, *, delete=True):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._delete = delete
        self._done = False

    def __repr__(self):
        return '<{} {!r}>'.format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        if self._delete:
            self.cleanup()
        return False

    def cleanup(self):
        if self._done:
            return
        self._done = True
        import shutil
        if os.path.lexists(self.name):
            shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)
