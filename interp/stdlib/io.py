# In-memory streams: StringIO and BytesIO. open, open_code and the file
# types come from Go.


class _Memory:
    """What StringIO and BytesIO share: a buffer and a position."""

    _empty = ''

    def __init__(self, initial):
        self._value = initial
        self._tail = []
        self._pos = 0
        # The length of the value, tail included: len() of a long str
        # counts its characters, so it is kept rather than asked for.
        self._size = len(initial)
        # Lines split once for reading line by line: the value they were
        # split from, the lines, the next one's index and its position.
        self._cache = None
        self._closed = False

    def _flat(self):
        if self._tail:
            self._value = self._value + self._empty.join(self._tail)
            self._tail = []
        return self._value

    def _check(self):
        if self._closed:
            raise ValueError(self._closed_msg)

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()

    def __iter__(self):
        self._check()
        return self._lines()

    def _lines(self):
        while True:
            line = self.readline()
            if len(line) == 0:
                return
            yield line

    def __next__(self):
        line = self.readline()
        if len(line) == 0:
            raise StopIteration
        return line

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return False

    def flush(self):
        self._check()

    def fileno(self):
        raise UnsupportedOperation('fileno')

    def getvalue(self):
        self._check()
        return self._flat()

    def tell(self):
        self._check()
        return self._pos

    def _write(self, s):
        n = len(s)
        if not n:
            return 0
        self._cache = None
        value = self._value
        if self._pos == self._size:
            self._tail.append(s)
            self._size += n
        else:
            value = self._flat()
            if self._pos > len(value):
                value = value + self._pad * (self._pos - len(value))
            self._value = value[:self._pos] + s + value[self._pos + n:]
            self._size = len(self._value)
        self._pos += n
        return n

    def read(self, size=-1):
        self._check()
        if size is None:
            size = -1
        value = self._flat()
        start = min(self._pos, len(value))
        end = len(value) if size < 0 else min(len(value), start + size)
        self._pos = max(self._pos, end)
        return value[start:end]

    def _split_lines(self, text):
        nl = self._nl
        parts = text.split(nl)
        lines = [p + nl for p in parts[:-1]]
        if parts[-1]:
            lines.append(parts[-1])
        return lines

    def _next_line(self):
        """The next line from the lines split at the first call, or None
        when the value or the position changed since."""
        value = self._flat()
        cache = self._cache
        if cache is None or cache[0] is not value or cache[3] != self._pos:
            if self._pos >= self._size:
                return None
            cache = self._cache = [value, self._split_lines(value[self._pos:]), 0, self._pos]
        lines = cache[1]
        i = cache[2]
        if i >= len(lines):
            return self._empty
        line = lines[i]
        cache[2] = i + 1
        self._pos += len(line)
        cache[3] = self._pos
        return line

    def readline(self, size=-1):
        self._check()
        if size is None:
            size = -1
        if size < 0:
            line = self._next_line()
            if line is not None:
                return line
        value = self._flat()
        start = min(self._pos, len(value))
        end = value.find(self._nl, start)
        end = len(value) if end < 0 else end + 1
        if size >= 0:
            end = min(end, start + size)
        self._pos = max(self._pos, end)
        return value[start:end]

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while hint is None or hint <= 0 or total <= hint:
            line = self.readline()
            if len(line) == 0:
                break
            lines.append(line)
            total += len(line)
        return lines

    def writelines(self, lines):
        self._check()
        for line in lines:
            self.write(line)

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        if size < 0:
            raise ValueError('negative size value %d' % size)
        self._value = self._flat()[:size]
        self._size = len(self._value)
        self._cache = None
        return size


class StringIO(_Memory):
    """A text file held in memory as a str."""

    _empty = ''
    _closed_msg = 'I/O operation on closed file'
    _pad = '\0'
    _nl = '\n'

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError('newline must be str or None, not ' + type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %r' % (newline,))
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not ' + type(initial_value).__name__)
        self._newline = newline
        _Memory.__init__(self, '')
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError('string argument expected, got %r' % type(s).__name__)
        n = len(s)
        if self._newline is None:
            s = s.replace('\r\n', '\n').replace('\r', '\n')
        elif self._newline not in ('', '\n'):
            s = s.replace('\n', self._newline)
        self._write(s)
        return n

    def _split_lines(self, text):
        nl = self._newline
        if nl is None or nl == '\n':
            return _Memory._split_lines(self, text)
        if nl != '':
            parts = text.split(nl)
            lines = [p + nl for p in parts[:-1]]
            if parts[-1]:
                lines.append(parts[-1])
            return lines
        lines = []
        for piece in _Memory._split_lines(self, text):
            crs = piece.split('\r')
            for p in crs[:-1]:
                lines.append(p + '\r')
            last = crs[-1]
            if last == '\n' and len(crs) > 1:
                lines[-1] = lines[-1] + last
            elif last:
                lines.append(last)
        return lines

    def readline(self, size=-1):
        nl = self._newline
        if nl is None or nl == '\n':
            return _Memory.readline(self, size)
        self._check()
        if size is None:
            size = -1
        if size < 0:
            line = self._next_line()
            if line is not None:
                return line
        value = self._flat()
        n = len(value)
        start = min(self._pos, n)
        if nl == '':
            # Lines end at '\r', '\n' or '\r\n', kept as they are.
            cr = value.find('\r', start)
            lf = value.find('\n', start)
            if cr >= 0 and (lf < 0 or cr < lf):
                end = cr + 2 if lf == cr + 1 else cr + 1
            elif lf >= 0:
                end = lf + 1
            else:
                end = n
        else:
            at = value.find(nl, start)
            end = n if at < 0 else at + len(nl)
        if size >= 0:
            end = min(end, start + size)
        self._pos = max(self._pos, end)
        return value[start:end]

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            if pos < 0:
                raise ValueError('Negative seek position %d' % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._flat())
        else:
            raise ValueError('Invalid whence (%d, should be 0, 1 or 2)' % whence)
        return self._pos

    @property
    def newlines(self):
        return None

    @property
    def line_buffering(self):
        return False

    @property
    def encoding(self):
        return None

    @property
    def errors(self):
        return None

    def __repr__(self):
        return '<_io.StringIO object>'


class BytesIO(_Memory):
    """A binary file held in memory as bytes."""

    _empty = b''
    _closed_msg = 'I/O operation on closed file.'
    _pad = b'\0'
    _nl = b'\n'

    def __init__(self, initial_bytes=b''):
        if initial_bytes is None:
            initial_bytes = b''
        if not isinstance(initial_bytes, (bytes, bytearray)):
            raise TypeError("a bytes-like object is required, not '%s'" % type(initial_bytes).__name__)
        _Memory.__init__(self, bytes(initial_bytes))

    def write(self, b):
        self._check()
        if not isinstance(b, (bytes, bytearray)):
            raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)
        return self._write(bytes(b))

    def read1(self, size=-1):
        return self.read(size)

    def getbuffer(self):
        self._check()
        return self._flat()

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            if pos < 0:
                raise ValueError('negative seek value %d' % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._flat()) + pos)
        else:
            raise ValueError('invalid whence (%d, should be 0, 1 or 2)' % whence)
        return self._pos

    def __repr__(self):
        return '<_io.BytesIO object>'


class IOBase:
    """The base class of streams."""


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    pass
