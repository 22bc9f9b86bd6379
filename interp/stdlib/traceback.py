# traceback for spython. What is printed is formatted in Go by the code
# that prints an uncaught exception (_format_exception, _exception_only,
# _format_entries), so print_exc() shows what the script would have shown
# had it not caught the exception. Source lines are those of the files
# spython compiled (_source_line); no file is read. No column markers
# (^^^) are printed, as spython prints none for an uncaught exception.

import sys

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb', 'print_list']

_sentinel = object()

_cause_message = ('\nThe above exception was the direct cause '
                  'of the following exception:\n\n')

_context_message = ('\nDuring handling of the above exception, '
                    'another exception occurred:\n\n')


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except:
        return '<%s %s() failed>' % (what, func.__name__)


def _limit(limit):
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    return limit


def _apply_limit(items, limit):
    limit = _limit(limit)
    if limit is None:
        return items
    if limit >= 0:
        return items[:limit]
    return items[limit:]


def _print_lines(lines, file):
    if file is None:
        file = sys.stderr
    for line in lines:
        print(line, file=file, end='')


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError('Exception expected for value, %s found' % type(exc).__name__)
        return None, None
    return value, tb


class FrameSummary:
    """Information about a single frame from a traceback: filename,
    lineno, name, line (the source line, stripped) and locals (None, or
    a dict of the reprs of the frame's variables)."""

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None, end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = lineno if end_lineno is None else end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        if locals:
            self.locals = {k: _safe_string(v, 'local', func=repr) for k, v in locals.items()}
        else:
            self.locals = None

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = _source_line(self.filename, self.lineno)
        return self._line.partition('\n')[0].strip()

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno and
                    self.name == other.name and self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return '<FrameSummary file %s, line %s in %s>' % (self.filename, self.lineno, self.name)

    def __len__(self):
        return 4


def _entry(fs):
    local_lines = None
    if fs.locals:
        local_lines = ['%s = %s' % (k, v) for k, v in sorted(fs.locals.items())]
    return (fs.filename, fs.lineno, fs.name, fs.line, local_lines)


def walk_stack(f):
    """Walk a stack yielding the frame and line number for each frame,
    from f (the caller, when None) outwards."""
    for frame, lineno in _stack(f):
        yield frame, lineno


def walk_tb(tb):
    """Walk a traceback yielding the frame and line number for each
    frame."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


class StackSummary(list):
    """Frames of a stack or traceback, one FrameSummary each, oldest first."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        """Create a StackSummary from a traceback or stack object: an
        iterable of (frame, lineno) pairs, as walk_stack and walk_tb
        give."""
        return klass._extract(_apply_limit(list(frame_gen), limit), lookup_lines, capture_locals)

    @classmethod
    def _extract(klass, frames, lookup_lines=True, capture_locals=False):
        result = klass()
        for f, lineno in frames:
            code = f.f_code
            result.append(FrameSummary(code.co_filename, lineno, code.co_name, lookup_line=False,
                                       locals=f.f_locals if capture_locals else None))
        if lookup_lines:
            for fs in result:
                fs.line
        return result

    @classmethod
    def from_list(klass, a_list):
        """Create a StackSummary from a list of FrameSummary objects or
        (filename, lineno, name, line) tuples."""
        result = klass()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """The text a traceback shows for frame_summary, as one string."""
        return _format_entries([_entry(frame_summary)])[0]

    def format(self):
        """Format the stack ready for printing: a list of strings, one for
        each frame, each with its source line; long runs of the same
        frame and line are cut short."""
        return _format_entries([_entry(fs) for fs in self])


def extract_tb(tb, limit=None):
    """Return a StackSummary of the entries of a traceback, outermost
    first."""
    return StackSummary.extract(walk_tb(tb), limit=limit)


def extract_stack(f=None, limit=None):
    """Return a StackSummary of the stack, outermost first, from frame f
    (the caller when None) outwards."""
    stack = StackSummary._extract(_apply_limit(list(walk_stack(f)), limit))
    stack.reverse()
    return stack


def format_list(extracted_list):
    """Format a list of FrameSummary objects or tuples for printing."""
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    """Write the entries of a StackSummary (or of (filename, lineno, name,
    line) tuples) to file, sys.stderr by default, as trace lines."""
    _print_lines(format_list(extracted_list), file)


def format_tb(tb, limit=None):
    """The trace lines for the traceback tb, as a list of strings."""
    return extract_tb(tb, limit=limit).format()


def print_tb(tb, limit=None, file=None):
    """Write the trace lines of tb to file (sys.stderr by default); limit
    caps how many entries are shown."""
    print_list(extract_tb(tb, limit=limit), file=file)


def format_stack(f=None, limit=None):
    """The trace lines for the current stack (or from frame f), as a list."""
    return format_list(extract_stack(f, limit=limit))


def print_stack(f=None, limit=None, file=None):
    """Write the trace lines of the current stack (or from frame f) to file."""
    print_list(extract_stack(f, limit=limit), file=file)


def format_exception(exc, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """Format a stack trace and the exception information, as the
    interpreter prints an uncaught exception: a list of strings, each
    ending in a newline."""
    value, tb = _parse_value_tb(exc, value, tb)
    return _format_exception(value, tb, _limit(limit), chain)


def print_exception(exc, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    """Print exception up to 'limit' stack trace entries from 'tb' to
    'file' (sys.stderr when None)."""
    value, tb = _parse_value_tb(exc, value, tb)
    _print_lines(_format_exception(value, tb, _limit(limit), chain), file)


def format_exception_only(exc, value=_sentinel, *, show_group=False):
    """Format the exception part of a traceback: the last line, 'Type:
    message', and the exception's notes."""
    if value is _sentinel:
        value = exc
    return _exception_only(value)


def format_exc(limit=None, chain=True):
    """The text print_exc() would print, as a string."""
    return ''.join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Shorthand for 'print_exception(sys.exception(), limit=limit,
    file=file, chain=chain)'."""
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    """This is a shorthand for 'print_exception(sys.last_exc, limit=limit,
    file=file, chain=chain)'."""
    if not hasattr(sys, 'last_exc') and not hasattr(sys, 'last_type'):
        raise ValueError("no last exception")
    if hasattr(sys, 'last_exc'):
        print_exception(sys.last_exc, limit=limit, file=file, chain=chain)
    else:
        print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit=limit, file=file, chain=chain)


def clear_frames(tb):
    """Clear all references to local variables in the frames of a
    traceback: spython keeps them, as a frame cannot be cleared."""
    while tb is not None:
        tb = tb.tb_next


class TracebackException:
    """An exception ready for rendering: stack (a StackSummary), the
    exception's type and message, its cause and context, each a
    TracebackException, and for a SyntaxError where it points."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self._exc_value = exc_value
        self._exc_tb = exc_traceback
        self._limit = _limit(limit)
        self.stack = StackSummary.extract(walk_tb(exc_traceback), limit=limit,
                                          lookup_lines=lookup_lines, capture_locals=capture_locals)
        self.exc_type = exc_type
        self._have_exc_type = exc_type is not None
        if exc_type is not None:
            self.exc_type_qualname = exc_type.__qualname__
            self.exc_type_module = exc_type.__module__
            module = self.exc_type_module
            if module in ('__main__', 'builtins'):
                self.exc_type_str = self.exc_type_qualname
            else:
                self.exc_type_str = '%s.%s' % (module, self.exc_type_qualname)
        else:
            self.exc_type_qualname = None
            self.exc_type_module = None
            self.exc_type_str = None
        self._str = _safe_string(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)
        self._is_syntax_error = False
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.msg = exc_value.msg
            self._is_syntax_error = True
        self.exceptions = None
        self.__suppress_context__ = exc_value.__suppress_context__ if exc_value is not None else False
        cause = getattr(exc_value, '__cause__', None)
        if cause is not None and id(cause) not in _seen:
            self.__cause__ = TracebackException(type(cause), cause, cause.__traceback__, limit=limit,
                                                lookup_lines=lookup_lines, capture_locals=capture_locals,
                                                compact=compact, _seen=_seen)
        else:
            self.__cause__ = None
        need_context = not compact or (self.__cause__ is None and not self.__suppress_context__)
        context = getattr(exc_value, '__context__', None)
        if context is not None and need_context and id(context) not in _seen:
            self.__context__ = TracebackException(type(context), context, context.__traceback__, limit=limit,
                                                  lookup_lines=lookup_lines, capture_locals=capture_locals,
                                                  compact=compact, _seen=_seen)
        else:
            self.__context__ = None

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """The TracebackException for exc, using its own type and traceback."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self, *, show_group=False, _depth=0):
        """Format the exception part of the traceback: 'Type: message'
        and the notes, a string each."""
        return iter(_exception_only(self._exc_value))

    def format(self, *, chain=True, _ctx=None):
        """Format the exception: the strings print_exception prints, the
        chain first when chain is true."""
        output = []
        exc = self
        while exc is not None:
            if not chain:
                output.append((None, exc))
                break
            if exc.__cause__ is not None:
                message, following = _cause_message, exc.__cause__
            elif exc.__context__ is not None and not exc.__suppress_context__:
                message, following = _context_message, exc.__context__
            else:
                message, following = None, None
            output.append((message, exc))
            exc = following
        for message, exc in reversed(output):
            if message is not None:
                yield message
            if exc.stack:
                yield 'Traceback (most recent call last):\n'
                yield from exc.stack.format()
            yield from exc.format_exception_only()

    def print(self, *, file=None, chain=True):
        """Write the lines of format() to file, sys.stderr by default."""
        _print_lines(self.format(chain=chain), file)
