# traceback for spython.
#
# The text is made in Go, by the same code that prints an exception no one
# caught (_format_exception, _exception_only, _format_entries): a script
# that catches an exception and prints it with print_exc() shows exactly
# what it would have shown by letting it through. This file turns frames
# and tracebacks into summaries and hands them to that code. Source lines
# come from what spython compiled (_source_line), never from reading a
# file, and, as in spython's own tracebacks, no ^^^ markers are drawn
# under them.

import sys

__all__ = [
    'FrameSummary',
    'StackSummary',
    'TracebackException',
    'clear_frames',
    'extract_stack',
    'extract_tb',
    'format_exc',
    'format_exception',
    'format_exception_only',
    'format_list',
    'format_stack',
    'format_tb',
    'print_exc',
    'print_exception',
    'print_last',
    'print_list',
    'print_stack',
    'print_tb',
    'walk_stack',
    'walk_tb',
]

# Stands for an argument the caller left out, where None is a value.
_UNSET = object()

# What is printed between two exceptions of a chain, by how they are linked.
_BANNERS = {
    'cause': '\nThe above exception was the direct cause of the '
             'following exception:\n\n',
    'context': '\nDuring handling of the above exception, another '
               'exception occurred:\n\n',
}


def _describe(obj, kind, convert=str):
    """convert(obj), or a placeholder naming kind when that raises."""
    try:
        return convert(obj)
    except BaseException:
        return '<{} {}() failed>'.format(kind, convert.__name__)


def _resolve_limit(limit):
    """The limit in force: limit itself, else sys.tracebacklimit when a
    script set one (a negative one counts as 0), else None."""
    if limit is not None:
        return limit
    fallback = getattr(sys, 'tracebacklimit', None)
    if fallback is None:
        return None
    return max(fallback, 0)


def _trim(items, limit):
    """items cut to the limit in force: the first n for n >= 0, the last
    -n for a negative n."""
    n = _resolve_limit(limit)
    if n is None:
        return items
    return items[:n] if n >= 0 else items[n:]


def _emit(chunks, file):
    """Write each string of chunks to file, sys.stderr when None."""
    out = sys.stderr if file is None else file
    for chunk in chunks:
        print(chunk, end='', file=out)


def _unpack(exc, value, tb):
    """The (value, traceback) pair of the two calling conventions: an
    exception alone, or the legacy (type, value, tb) triple."""
    has_value = value is not _UNSET
    if has_value != (tb is not _UNSET):
        raise ValueError("Both or neither of value and tb must be given")
    if has_value:
        return value, tb
    if exc is None:
        return None, None
    if not isinstance(exc, BaseException):
        raise TypeError('Exception expected for value, %s found' % type(exc).__name__)
    return exc, exc.__traceback__


def _render(value, tb, limit, chain):
    """The strings print_exception writes for value and tb."""
    return _format_exception(value, tb, _resolve_limit(limit), chain)


class FrameSummary:
    """One frame of a stack or traceback: the file, line number and
    function it is at, the line of source (stripped), and locals, a dict
    of the reprs of its variables when they were captured (else None)."""

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None, end_lineno=None, colno=None,
                 end_colno=None):
        if end_lineno is None:
            end_lineno = lineno
        self.filename, self.name = filename, name
        self.lineno, self.end_lineno = lineno, end_lineno
        self.colno, self.end_colno = colno, end_colno
        self._source = line
        self.locals = None
        if locals:
            self.locals = {key: _describe(val, 'local', repr)
                           for key, val in locals.items()}
        if lookup_line:
            self.line

    @property
    def line(self):
        """The first line of the frame's source, stripped; '' when the
        file is not one spython compiled, None without a line number."""
        if self._source is None:
            if self.lineno is None:
                return None
            self._source = _source_line(self.filename, self.lineno)
        first = self._source.split('\n', 1)[0]
        return first.strip()

    def _as_tuple(self):
        return (self.filename, self.lineno, self.name, self.line)

    def __eq__(self, other):
        if isinstance(other, tuple):
            return self._as_tuple() == other
        if not isinstance(other, FrameSummary):
            return NotImplemented
        mine = (self.filename, self.lineno, self.name, self.locals)
        return mine == (other.filename, other.lineno, other.name, other.locals)

    def __ne__(self, other):
        same = self.__eq__(other)
        return same if same is NotImplemented else not same

    __hash__ = None

    def __getitem__(self, index):
        return self._as_tuple()[index]

    def __iter__(self):
        return iter(self._as_tuple())

    def __len__(self):
        return 4

    def __repr__(self):
        return f'<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>'


def _row(summary):
    """The 5-tuple _format_entries takes for one FrameSummary."""
    shown = None
    if summary.locals:
        shown = [f'{key} = {val}' for key, val in sorted(summary.locals.items())]
    return summary.filename, summary.lineno, summary.name, summary.line, shown


def walk_stack(f):
    """Yield (frame, line number) for f and each of its callers in turn;
    when f is None, start from the frame that called walk_stack."""
    yield from _stack(f)


def walk_tb(tb):
    """Yield (frame, line number) for each entry of the traceback tb."""
    node = tb
    while node is not None:
        yield node.tb_frame, node.tb_lineno
        node = node.tb_next


def _summarise(cls, pairs, lookup_lines=True, capture_locals=False):
    """A cls (a StackSummary) of (frame, line number) pairs, the source
    lines read up front when lookup_lines is true."""
    summary = cls()
    for frame, at in pairs:
        code = frame.f_code
        seen = frame.f_locals if capture_locals else None
        summary.append(FrameSummary(code.co_filename, at, code.co_name,
                                    lookup_line=False, locals=seen))
    if lookup_lines:
        for entry in summary:
            entry.line
    return summary


class StackSummary(list):
    """A list of FrameSummary, one per frame, outermost first."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        """The summary of frame_gen's (frame, line number) pairs, as
        walk_tb and walk_stack yield them, cut to limit."""
        pairs = _trim(list(frame_gen), limit)
        return _summarise(klass, pairs, lookup_lines, capture_locals)

    @classmethod
    def from_list(klass, a_list):
        """A summary of a list of FrameSummary objects and (filename,
        lineno, name, line) tuples."""
        summary = klass()
        for item in a_list:
            if not isinstance(item, FrameSummary):
                where, number, func, text = item
                item = FrameSummary(where, number, func, line=text)
            summary.append(item)
        return summary

    def format_frame_summary(self, frame_summary):
        """How a traceback shows frame_summary: one string, its File line
        and its source line."""
        return _format_entries([_row(frame_summary)])[0]

    def format(self):
        """One string per frame, as a traceback prints it; a frame that
        repeats more than three times in a row is shown three times and
        then counted."""
        return _format_entries([_row(entry) for entry in self])


def extract_tb(tb, limit=None):
    """A StackSummary of the traceback tb, outermost entry first."""
    return StackSummary.extract(walk_tb(tb), limit=limit)


def extract_stack(f=None, limit=None):
    """A StackSummary of the stack from frame f (the caller when None),
    outermost frame first. limit keeps the innermost frames."""
    innermost_first = _trim(list(walk_stack(f)), limit)
    summary = _summarise(StackSummary, innermost_first)
    summary.reverse()
    return summary


def format_list(extracted_list):
    """The trace lines of FrameSummary objects or 4-tuples, a string each."""
    return StackSummary.from_list(extracted_list).format()


def print_list(extracted_list, file=None):
    """Write the trace lines of extracted_list to file (sys.stderr when
    None)."""
    _emit(format_list(extracted_list), file)


def format_tb(tb, limit=None):
    """The trace lines of the traceback tb, a string each."""
    return extract_tb(tb, limit).format()


def print_tb(tb, limit=None, file=None):
    """Write the trace lines of tb to file (sys.stderr when None)."""
    _emit(format_tb(tb, limit), file)


def format_stack(f=None, limit=None):
    """The trace lines of the stack from f (the caller when None)."""
    return extract_stack(f, limit).format()


def print_stack(f=None, limit=None, file=None):
    """Write the trace lines of the stack from f (the caller when None)
    to file (sys.stderr when None)."""
    _emit(format_stack(f, limit), file)


def format_exception(exc, value=_UNSET, tb=_UNSET, limit=None, chain=True):
    """What an uncaught exception prints, a string per part: the chain of
    causes and contexts first (unless chain is false), then each
    exception's traceback and its 'Type: message' line."""
    return _render(*_unpack(exc, value, tb), limit, chain)


def print_exception(exc, value=_UNSET, tb=_UNSET, limit=None, file=None,
                    chain=True):
    """Write format_exception's strings to file (sys.stderr when None)."""
    _emit(_render(*_unpack(exc, value, tb), limit, chain), file)


def format_exception_only(exc, value=_UNSET, *, show_group=False):
    """The last part of a traceback: where a SyntaxError points, the
    'Type: message' line and the exception's notes."""
    return _exception_only(exc if value is _UNSET else value)


def _current(limit, chain):
    """The strings print_exc writes for the exception being handled."""
    handled = sys.exception()
    return _render(handled, getattr(handled, '__traceback__', None), limit, chain)


def format_exc(limit=None, chain=True):
    """print_exc's text as one string."""
    return ''.join(_current(limit, chain))


def print_exc(limit=None, file=None, chain=True):
    """Print the exception being handled, with its traceback, to file
    (sys.stderr when None)."""
    _emit(_current(limit, chain), file)


def print_last(limit=None, file=None, chain=True):
    """Print sys.last_exc (or the older sys.last_type, sys.last_value and
    sys.last_traceback) as print_exception does."""
    if hasattr(sys, 'last_exc'):
        value, tb = _unpack(sys.last_exc, _UNSET, _UNSET)
    elif hasattr(sys, 'last_type'):
        value, tb = sys.last_value, sys.last_traceback
    else:
        raise ValueError("no last exception")
    _emit(_render(value, tb, limit, chain), file)


def clear_frames(tb):
    """Meant to drop the local variables of tb's frames: spython cannot
    clear a frame, so the traceback is only walked."""
    for _ in walk_tb(tb):
        pass


def _type_names(kind):
    """(qualified name, module, name as printed) of an exception class;
    the module is left out of the printed name for builtins and __main__."""
    if kind is None:
        return None, None, None
    qualname, module = kind.__qualname__, kind.__module__
    shown = qualname
    if module not in ('builtins', '__main__'):
        shown = f'{module}.{qualname}'
    return qualname, module, shown


def _number_text(n):
    """A line number as TracebackException keeps it: str, or None."""
    return None if n is None else str(n)


class TracebackException:
    """An exception captured for printing later: its stack (a
    StackSummary), type names and message, notes, the exceptions it is
    chained to (each a TracebackException) and, for a SyntaxError, the
    place it points at."""

    def __init__(self, exc_type, exc_value, exc_traceback, *,
                 limit=None, lookup_lines=True, capture_locals=False,
                 compact=False, max_group_width=15, max_group_depth=10,
                 _seen=None):
        visited = set() if _seen is None else _seen
        visited.add(id(exc_value))
        self._exc_value = exc_value
        self.max_group_width, self.max_group_depth = max_group_width, max_group_depth
        self.stack = StackSummary.extract(walk_tb(exc_traceback), limit=limit,
                                          lookup_lines=lookup_lines, capture_locals=capture_locals)
        self.exc_type = exc_type
        names = _type_names(exc_type)
        self.exc_type_qualname, self.exc_type_module, self.exc_type_str = names
        self._str = _describe(exc_value, 'exception')
        notes = getattr(exc_value, '__notes__', None)
        self.__notes__ = notes
        self._is_syntax_error = exc_type is not None and issubclass(exc_type, SyntaxError)
        if self._is_syntax_error:
            self._take_location(exc_value)
        self.exceptions = None
        self.__suppress_context__ = bool(getattr(exc_value, '__suppress_context__', False))

        def follow(linked):
            # A TracebackException for a chained exception, or None when
            # there is none or it was met already (a chain may loop).
            if linked is None or id(linked) in visited:
                return None
            return TracebackException(
                type(linked), linked, linked.__traceback__, limit=limit,
                lookup_lines=lookup_lines, capture_locals=capture_locals,
                compact=compact, _seen=visited)

        self.__cause__ = follow(getattr(exc_value, '__cause__', None))
        # compact drops a context that would not be printed anyway.
        shown = self.__cause__ is None and not self.__suppress_context__
        self.__context__ = None
        if shown or not compact:
            self.__context__ = follow(getattr(exc_value, '__context__', None))

    def _take_location(self, err):
        """Copy where the SyntaxError err points: file, lines (as
        strings), offsets, the source text and the bare message."""
        self.filename = getattr(err, 'filename', None)
        self.lineno = _number_text(getattr(err, 'lineno', None))
        self.end_lineno = _number_text(getattr(err, 'end_lineno', None))
        self.text = getattr(err, 'text', None)
        self.offset = getattr(err, 'offset', None)
        self.end_offset = getattr(err, 'end_offset', None)
        self.msg = getattr(err, 'msg', None)

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """The TracebackException of exc, with its type and traceback."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if not isinstance(other, TracebackException):
            return NotImplemented
        return vars(self) == vars(other)

    def __str__(self):
        return self._str

    def format_exception_only(self, *, show_group=False):
        """Yield the last part of the traceback: where a SyntaxError
        points, 'Type: message' and the notes."""
        yield from _exception_only(self._exc_value)

    def _linked(self):
        """(banner, exception) for the exception printed before this one
        in a chain, or None."""
        if self.__cause__ is not None:
            return _BANNERS['cause'], self.__cause__
        if self.__context__ is not None and not self.__suppress_context__:
            return _BANNERS['context'], self.__context__
        return None

    def format(self, *, chain=True):
        """Yield the strings print_exception would write: with chain, the
        exceptions this one is chained to come first, oldest first."""
        # Collect the chain from this exception back to its first one,
        # then print it from that end.
        pieces = []
        current = self
        while current is not None:
            link = current._linked() if chain else None
            banner, older = link if link is not None else (None, None)
            pieces.append((banner, current))
            current = older
        for banner, te in reversed(pieces):
            if banner is not None:
                yield banner
            if te.stack:
                yield 'Traceback (most recent call last):\n'
                yield from te.stack.format()
            yield from te.format_exception_only()

    def print(self, *, file=None, chain=True):
        """Write the strings of format() to file (sys.stderr when None)."""
        _emit(self.format(chain=chain), file)
