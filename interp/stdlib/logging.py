"""Logging to handlers: loggers, levels, handlers, filters and formatters.

spython's logging follows CPython 3.13's module for the parts scripts use:
the same levels, record attributes, default formats and propagation. A
FileHandler opens its file with the built-in open(), so the `open` audit
event is raised and a policy may refuse it.
"""

import sys
import os
import time

__all__ = ['BASIC_FORMAT', 'CRITICAL', 'DEBUG', 'ERROR', 'FATAL', 'FileHandler', 'Filter',
           'Formatter', 'Handler', 'INFO', 'LogRecord', 'Logger', 'LoggerAdapter', 'NOTSET',
           'NullHandler', 'StreamHandler', 'WARN', 'WARNING', 'addLevelName', 'basicConfig',
           'critical', 'debug', 'disable', 'error', 'exception', 'fatal', 'getLevelName',
           'getLogger', 'getLoggerClass', 'info', 'log', 'makeLogRecord', 'setLoggerClass',
           'shutdown', 'warn', 'warning', 'getLevelNamesMapping', 'lastResort', 'raiseExceptions']

raiseExceptions = True
logThreads = True
logMultiprocessing = True
logProcesses = True
logAsyncioTasks = True

# Records measure relativeCreated from the moment the module was loaded.
_LOADED_AT = time.time()

# ------------------------------------------------------------------ levels

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

# Both directions of the level table; the aliases FATAL and WARN only map
# names to numbers.
_LEVEL_OF = {'CRITICAL': 50, 'FATAL': 50, 'ERROR': 40, 'WARN': 30,
             'WARNING': 30, 'INFO': 20, 'DEBUG': 10, 'NOTSET': 0}
_NAME_OF = {50: 'CRITICAL', 40: 'ERROR', 30: 'WARNING', 20: 'INFO',
            10: 'DEBUG', 0: 'NOTSET'}


def getLevelNamesMapping():
    """A copy of the table from level names to numbers."""
    return dict(_LEVEL_OF)


def getLevelName(level):
    """The name of a level number, or the number of a level name."""
    for table in (_NAME_OF, _LEVEL_OF):
        found = table.get(level)
        if found is not None:
            return found
    return 'Level %s' % level


def addLevelName(level, levelName):
    """Name a level number (both ways)."""
    _NAME_OF[level] = levelName
    _LEVEL_OF[levelName] = level


def _level_number(level):
    # A level given as a number or a registered name, as a number.
    if isinstance(level, int):
        return level
    if str(level) != level:
        raise TypeError('Level not an integer or a valid string: %r' % (level,))
    if level in _LEVEL_OF:
        return _LEVEL_OF[level]
    raise ValueError('Unknown level: %r' % level)


def _contains_same(items, obj):
    for item in items:
        if item is obj:
            return True
    return False


def _drop_same(items, obj):
    for i in range(len(items)):
        if items[i] is obj:
            del items[i]
            return


# ----------------------------------------------------------------- records

class LogRecord(object):
    """One logged event."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info,
                 func=None, sinfo=None, **kwargs):
        now = time.time()
        # A single non-empty mapping argument serves %(key)s formats.
        if args and len(args) == 1 and isinstance(args[0], dict) and args[0]:
            args = args[0]
        base = pathname.split('/')[-1]
        stem = base.rsplit('.', 1)[0] if '.' in base else base
        self.name = name
        self.msg = msg
        self.args = args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.pathname = pathname
        self.filename = base
        self.module = stem
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = now
        self.msecs = float(int((now - int(now)) * 1000))
        self.relativeCreated = (now - _LOADED_AT) * 1000
        self.thread = 1
        self.threadName = 'MainThread'
        self.processName = 'MainProcess'
        self.process = os.getpid()
        self.taskName = None

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (
            self.name, self.levelno, self.pathname, self.lineno, self.msg)

    def getMessage(self):
        """The message with its arguments merged in."""
        text = str(self.msg)
        return text % self.args if self.args else text


_record_factory = LogRecord


def setLogRecordFactory(factory):
    global _record_factory
    _record_factory = factory


def getLogRecordFactory():
    return _record_factory


def makeLogRecord(dict):
    """A record whose attributes are the items of dict."""
    record = _record_factory(None, None, '', 0, '', (), None, None)
    for key in dict:
        setattr(record, key, dict[key])
    return record


# ------------------------------------------------------------- format styles

class PercentStyle(object):
    """Formats with %(name)s fields."""

    default_format = '%(message)s'
    asctime_format = '%(asctime)s'
    asctime_search = '%(asctime)'
    _basic = '%(levelname)s:%(name)s:%(message)s'

    def __init__(self, fmt, defaults=None):
        self._layout = fmt or self.default_format
        self._fallbacks = defaults

    def usesTime(self):
        return self.asctime_search in self._layout

    def validate(self):
        if not _has_percent_field(self._layout):
            raise ValueError("Invalid format '%s' for '%s' style"
                             % (self._layout, self.default_format[0]))

    def _fields(self, record):
        fields = dict(self._fallbacks) if self._fallbacks else {}
        fields.update(vars(record))
        return fields

    def _render(self, fields):
        return self._layout % fields

    def format(self, record):
        try:
            return self._render(self._fields(record))
        except KeyError as missing:
            raise ValueError('Formatting field not found in record: %s' % missing)


def _has_percent_field(layout):
    # Is there a %(name) followed by optional flags and a conversion?
    start = layout.find('%(')
    while start >= 0:
        close = layout.find(')', start)
        if close < 0:
            return False
        after = close + 1
        while after < len(layout) and layout[after] in '#0+- 0123456789.':
            after += 1
        if after < len(layout) and layout[after] in 'diouxXeEfFgGcrsa%':
            return True
        start = layout.find('%(', close)
    return False


class StrFormatStyle(PercentStyle):
    """Formats with str.format fields."""

    default_format = '{message}'
    asctime_format = '{asctime}'
    asctime_search = '{asctime'
    _basic = '{levelname}:{name}:{message}'

    def _render(self, fields):
        return self._layout.format_map(fields)

    def validate(self):
        if '{' not in self._layout or '}' not in self._layout:
            raise ValueError('invalid format: no fields')


def _name_char(c, first):
    # The ASCII identifier characters of $-format field names.
    if c == '_' or 'a' <= c <= 'z' or 'A' <= c <= 'Z':
        return True
    return not first and '0' <= c <= '9'


def _template_pieces(layout):
    # A $-format as ('text', str), ('field', name) and ('bad', index)
    # pieces, in order.
    pieces = []
    pos = 0
    while True:
        dollar = layout.find('$', pos)
        if dollar < 0:
            pieces.append(('text', layout[pos:]))
            return pieces
        pieces.append(('text', layout[pos:dollar]))
        if layout.startswith('$', dollar + 1):
            pieces.append(('text', '$'))
            pos = dollar + 2
            continue
        braced = layout.startswith('{', dollar + 1)
        start = dollar + 2 if braced else dollar + 1
        end = start
        while end < len(layout) and _name_char(layout[end], end == start):
            end += 1
        if end == start or (braced and not layout.startswith('}', end)):
            pieces.append(('bad', dollar))
            pos = dollar + 1
            continue
        pieces.append(('field', layout[start:end]))
        pos = end + 1 if braced else end


class StringTemplateStyle(PercentStyle):
    """Formats with $name and ${name} fields."""

    default_format = '${message}'
    asctime_format = '${asctime}'
    asctime_search = '${asctime}'
    _basic = '${levelname}:${name}:${message}'

    def usesTime(self):
        return '$asctime' in self._layout or '${asctime}' in self._layout

    def validate(self):
        kinds = [kind for kind, _ in _template_pieces(self._layout)]
        if 'bad' in kinds:
            raise ValueError("invalid format: bare '$' not allowed")
        if 'field' not in kinds:
            raise ValueError('invalid format: no fields')

    def _render(self, fields):
        out = []
        for kind, value in _template_pieces(self._layout):
            if kind == 'text':
                out.append(value)
            elif kind == 'field':
                out.append(str(fields[value]))
            else:
                rows = (self._layout[:value] + '$').splitlines()
                raise ValueError('Invalid placeholder in string: line %d, col %d'
                                 % (len(rows), len(rows[-1])))
        return ''.join(out)


BASIC_FORMAT = PercentStyle._basic

_STYLE_BY_MARK = {'%': PercentStyle, '{': StrFormatStyle, '$': StringTemplateStyle}


def _style_for(mark):
    if mark not in _STYLE_BY_MARK:
        raise ValueError('Style must be one of: %s' % ','.join(_STYLE_BY_MARK))
    return _STYLE_BY_MARK[mark]


# ---------------------------------------------------------------- formatters

def _after_newline(text, more):
    # Append a further block of output on a line of its own.
    return (text if text.endswith('\n') else text + '\n') + more


class Formatter(object):
    """Turns a LogRecord into text."""

    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *, defaults=None):
        self._styler = _style_for(style)(fmt, defaults)
        if validate:
            self._styler.validate()
        self.datefmt = datefmt
        # Scripts read the format string and the style under these names.
        self._fmt = self._styler._layout
        self._style = self._styler

    def converter(self, seconds=None):
        return _time_parts(seconds, False)

    def formatTime(self, record, datefmt=None):
        """record.created as text: by datefmt when given, else by
        default_time_format followed by the milliseconds."""
        in_utc = self.converter is getattr(time, 'gmtime', None)
        pattern = datefmt or self.default_time_format
        stamp = _strftime(pattern, record.created, in_utc)
        if datefmt or not self.default_msec_format:
            return stamp
        return self.default_msec_format % (stamp, record.msecs)

    def formatException(self, ei):
        """The traceback of an exc_info triple (or exception) as text."""
        exc = ei[1] if isinstance(ei, tuple) else ei
        return 'NoneType: None' if exc is None else _format_exception(exc)

    def usesTime(self):
        return self._styler.usesTime()

    def formatMessage(self, record):
        return self._styler.format(record)

    def formatStack(self, stack_info):
        return stack_info

    def format(self, record):
        """The record as text: the formatted message, then its traceback
        and stack when it has them, each on lines of their own."""
        record.message = record.getMessage()
        if self.usesTime():
            when = self.formatTime(record, self.datefmt)
            record.asctime = when
        text = self.formatMessage(record)
        info = record.exc_info
        if info and not record.exc_text:
            # Kept on the record: other handlers reuse it.
            record.exc_text = self.formatException(info)
        if record.exc_text:
            text = _after_newline(text, record.exc_text)
        stack = record.stack_info
        if stack:
            text = _after_newline(text, self.formatStack(stack))
        return text


_PLAIN = Formatter()


class BufferingFormatter(object):
    """Formats a batch of records: a header, each record, a footer."""

    def __init__(self, linefmt=None):
        self.linefmt = linefmt or _PLAIN

    def formatHeader(self, records):
        return ''

    def formatFooter(self, records):
        return ''

    def format(self, records):
        if not records:
            return ''
        body = ''.join([self.linefmt.format(r) for r in records])
        return self.formatHeader(records) + body + self.formatFooter(records)


# ------------------------------------------------------------------- filters

class Filter(object):
    """Lets through the records of a logger and its children."""

    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if self.nlen == 0 or record.name == self.name:
            return True
        return (record.name.startswith(self.name) and
                record.name[self.nlen:self.nlen + 1] == '.')


class Filterer(object):
    """The base of loggers and handlers: a list of filters."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if not _contains_same(self.filters, filter):
            self.filters.append(filter)

    def removeFilter(self, filter):
        _drop_same(self.filters, filter)

    def filter(self, record):
        """False when a filter refuses the record, else the record (which a
        filter may have replaced)."""
        for check in self.filters:
            verdict = check.filter(record) if hasattr(check, 'filter') else check(record)
            if not verdict:
                return False
            if isinstance(verdict, LogRecord):
                record = verdict
        return record


# ------------------------------------------------------------------ handlers

# Every handler made, for shutdown(); and the named ones.
_every_handler = []
_named_handlers = {}


def getHandlerByName(name):
    """The handler whose name is name, or None."""
    return _named_handlers.get(name)


def getHandlerNames():
    """The names of the named handlers, as a frozenset."""
    return frozenset(_named_handlers)


class Handler(Filterer):
    """Sends records somewhere."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._label = None
        self.level = _level_number(level)
        self.formatter = None
        self._was_closed = False
        _every_handler.append(self)

    def get_name(self):
        return self._label

    def set_name(self, name):
        _named_handlers.pop(self._label, None)
        self._label = name
        if name:
            _named_handlers[name] = self

    name = property(get_name, set_name)

    def createLock(self):
        pass

    def acquire(self):
        pass

    def release(self):
        pass

    def setLevel(self, level):
        self.level = _level_number(level)

    def format(self, record):
        return (self.formatter or _PLAIN).format(record)

    def emit(self, record):
        raise NotImplementedError('emit must be implemented by Handler subclasses')

    def handle(self, record):
        """Emit the record unless a filter refuses it; return the filters'
        verdict."""
        verdict = self.filter(record)
        if verdict:
            self.emit(verdict if isinstance(verdict, LogRecord) else record)
        return verdict

    def setFormatter(self, fmt):
        self.formatter = fmt

    def flush(self):
        pass

    def close(self):
        self._was_closed = True
        if self._label and _named_handlers.get(self._label) is not None:
            del _named_handlers[self._label]

    def handleError(self, record):
        """Report, on standard error, an exception raised while emitting."""
        if not raiseExceptions:
            return
        problem = _exc_info()[1]
        report = ['--- Logging error ---\n']
        if problem is not None:
            report.append(_format_exception(problem) + '\n')
        report.append('Message: %r\nArguments: %s\n' % (record.msg, record.args))
        sys.stderr.write(''.join(report))

    def __repr__(self):
        return '<%s (%s)>' % (type(self).__name__, getLevelName(self.level))


class StreamHandler(Handler):
    """Writes records to a stream, standard error by default."""

    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        self.stream = sys.stderr if stream is None else stream

    def flush(self):
        out = self.stream
        if out is not None and hasattr(out, 'flush'):
            out.flush()

    def emit(self, record):
        try:
            self.stream.write(self.format(record) + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        """Write to stream from now on; return the former stream (None when
        it is the same)."""
        former = self.stream
        if stream is former:
            return None
        self.flush()
        self.stream = stream
        return former

    def __repr__(self):
        label = getattr(self.stream, 'name', '')
        if not label and self.stream is sys.__stdout__:
            label = '<stdout>'
        elif not label and self.stream is sys.__stderr__:
            label = '<stderr>'
        label = str(label)
        return '<%s %s(%s)>' % (type(self).__name__, label + ' ' if label else '',
                                getLevelName(self.level))


class FileHandler(StreamHandler):
    """Writes records to a file, opened with the built-in open()."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        self.baseFilename = _abspath(filename)
        self.mode = mode
        self.encoding = encoding
        self.errors = errors
        self.delay = delay
        self._opener = open
        if delay:
            # The file is opened by the first record.
            Handler.__init__(self)
            self.stream = None
            return
        stream = self._open_file()
        StreamHandler.__init__(self, stream)

    def _open_file(self):
        return self._opener(self.baseFilename, self.mode, errors=self.errors,
                            encoding=self.encoding)

    def close(self):
        stream, self.stream = self.stream, None
        if stream is not None:
            for step in ('flush', 'close'):
                if hasattr(stream, step):
                    getattr(stream, step)()
        StreamHandler.close(self)

    def emit(self, record):
        # A closed handler in 'w' mode does not truncate its file again.
        if self.stream is None and (self.mode != 'w' or not self._was_closed):
            self.stream = self._open_file()
        if self.stream is not None:
            StreamHandler.emit(self, record)

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.baseFilename,
                                 getLevelName(self.level))


class _StderrOfTheMoment(StreamHandler):
    """Writes to whatever sys.stderr is when a record comes."""

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    @property
    def stream(self):
        return sys.stderr


# Used for the records of a logger tree without any handler.
lastResort = _StderrOfTheMoment(WARNING)


class NullHandler(Handler):
    """Does nothing: for libraries that log without configuring logging."""

    def handle(self, record):
        pass

    def emit(self, record):
        pass

    def createLock(self):
        self.lock = None


# ------------------------------------------------------------------- loggers

class PlaceHolder(object):
    def __init__(self, alogger):
        self.loggerMap = {alogger: None}


class Manager(object):
    """Holds the loggers by name and links each to its parent."""

    def __init__(self, rootnode):
        self.root = rootnode
        self.disable = 0
        self.emittedNoHandlerWarning = False
        self.loggerDict = {}
        self.loggerClass = None
        self.logRecordFactory = None

    def getLogger(self, name):
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        existing = self.loggerDict.get(name)
        if existing is not None:
            return existing
        make = self.loggerClass or _logger_class
        made = make(name)
        made.manager = self
        self.loggerDict[name] = made
        self._link(made)
        return made

    def _link(self, new):
        # Its parent is the nearest existing ancestor (the root if none);
        # it becomes the parent of the existing descendants whose parent
        # was above it.
        name = new.name
        parent = None
        cut = name.rfind('.')
        while cut > 0 and parent is None:
            parent = self.loggerDict.get(name[:cut])
            cut = name.rfind('.', 0, cut)
        new.parent = parent or self.root
        below = name + '.'
        for other in list(self.loggerDict.values()):
            if other is new or not other.name.startswith(below):
                continue
            up = other.parent
            if up is self.root or name.startswith(up.name + '.'):
                other.parent = new


def _exc_triple(given):
    # exc_info as passed to a logging call, as a (type, value, traceback).
    if isinstance(given, BaseException):
        return type(given), given, given.__traceback__
    if isinstance(given, tuple):
        return given
    return _exc_info()


class Logger(Filterer):
    """A named channel for log records."""

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _level_number(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False

    def setLevel(self, level):
        self.level = _level_number(level)

    def debug(self, msg, *args, **kwargs):
        if self.isEnabledFor(DEBUG):
            self._submit(DEBUG, msg, args, **kwargs)

    def info(self, msg, *args, **kwargs):
        if self.isEnabledFor(INFO):
            self._submit(INFO, msg, args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        if self.isEnabledFor(WARNING):
            self._submit(WARNING, msg, args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        if self.isEnabledFor(ERROR):
            self._submit(ERROR, msg, args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        kwargs['exc_info'] = exc_info
        self.error(msg, *args, **kwargs)

    def critical(self, msg, *args, **kwargs):
        if self.isEnabledFor(CRITICAL):
            self._submit(CRITICAL, msg, args, **kwargs)

    fatal = critical

    def log(self, level, msg, *args, **kwargs):
        if isinstance(level, int):
            if self.isEnabledFor(level):
                self._submit(level, msg, args, **kwargs)
        elif raiseExceptions:
            raise TypeError('level must be an integer')

    def findCaller(self, stack_info=False, stacklevel=1):
        """(file, line, function, stack) of the code that logged."""
        path, line, function = _caller(stacklevel)
        return path, line, function, None

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info,
                   func=None, extra=None, sinfo=None):
        record = _record_factory(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        for key in (extra or ()):
            if key in ('message', 'asctime') or key in vars(record):
                raise KeyError('Attempt to overwrite %r in LogRecord' % key)
            setattr(record, key, extra[key])
        return record

    def _submit(self, level, msg, args, exc_info=None, extra=None, stack_info=False,
                stacklevel=1):
        origin = self.findCaller(stack_info, stacklevel)
        if exc_info:
            exc_info = _exc_triple(exc_info)
        self.handle(self.makeRecord(self.name, level, origin[0], origin[1], msg, args,
                                    exc_info, origin[2], extra, origin[3]))

    def handle(self, record):
        if self.disabled:
            return
        verdict = self.filter(record)
        if verdict:
            self.callHandlers(verdict if isinstance(verdict, LogRecord) else record)

    def addHandler(self, hdlr):
        if not _contains_same(self.handlers, hdlr):
            self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        _drop_same(self.handlers, hdlr)

    def _upwards(self):
        # This logger, then its ancestors for as long as records propagate.
        node = self
        while node is not None:
            yield node
            if not node.propagate:
                return
            node = node.parent

    def hasHandlers(self):
        for node in self._upwards():
            if node.handlers:
                return True
        return False

    def callHandlers(self, record):
        """Give the record to the handlers of this logger and of its
        ancestors; to lastResort when there are none at all."""
        count = 0
        for node in self._upwards():
            for handler in node.handlers:
                count += 1
                if record.levelno >= handler.level:
                    handler.handle(record)
        if count:
            return
        fallback = lastResort
        if fallback:
            if record.levelno >= fallback.level:
                fallback.handle(record)
            return
        owner = self.manager
        if raiseExceptions and not owner.emittedNoHandlerWarning:
            sys.stderr.write('No handlers could be found for logger "%s"\n' % self.name)
            owner.emittedNoHandlerWarning = True

    def getEffectiveLevel(self):
        """The first level set on this logger or an ancestor."""
        node = self
        while node is not None:
            if node.level:
                return node.level
            node = node.parent
        return NOTSET

    def isEnabledFor(self, level):
        if self.disabled or self.manager.disable >= level:
            return False
        return level >= self.getEffectiveLevel()

    def getChild(self, suffix):
        full = suffix if self.root is self else self.name + '.' + suffix
        return self.manager.getLogger(full)

    def getChildren(self):
        return set([lg for lg in self.manager.loggerDict.values() if lg.parent is self])

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.name,
                                 getLevelName(self.getEffectiveLevel()))


class RootLogger(Logger):
    def __init__(self, level):
        Logger.__init__(self, 'root', level)


_logger_class = Logger


def setLoggerClass(klass):
    global _logger_class
    if klass is not Logger and not issubclass(klass, Logger):
        raise TypeError('logger not derived from logging.Logger: ' + klass.__name__)
    _logger_class = klass


def getLoggerClass():
    return _logger_class


root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(root)


class LoggerAdapter(object):
    """Adds contextual information to a logger's records."""

    def __init__(self, logger, extra=None, merge_extra=False):
        self.logger = logger
        self.extra = extra
        self.merge_extra = merge_extra

    def process(self, msg, kwargs):
        """The message and keyword arguments to log: extra becomes the
        adapter's (merged with the call's own, with merge_extra)."""
        given = kwargs.get('extra')
        if self.merge_extra and 'extra' in kwargs:
            combined = dict(self.extra)
            combined.update(given)
            kwargs['extra'] = combined
        else:
            kwargs['extra'] = self.extra
        return msg, kwargs

    def debug(self, msg, *args, **kwargs):
        self.log(DEBUG, msg, *args, **kwargs)

    def info(self, msg, *args, **kwargs):
        self.log(INFO, msg, *args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        self.log(WARNING, msg, *args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        self.log(ERROR, msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        kwargs['exc_info'] = exc_info
        self.log(ERROR, msg, *args, **kwargs)

    def critical(self, msg, *args, **kwargs):
        self.log(CRITICAL, msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if not self.isEnabledFor(level):
            return
        msg, kwargs = self.process(msg, kwargs)
        target = self.logger
        target.log(level, msg, *args, **kwargs)

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    @property
    def manager(self):
        return self.logger.manager

    @property
    def name(self):
        return self.logger.name

    def __repr__(self):
        inner = self.logger
        return '<%s %s (%s)>' % (type(self).__name__, inner.name,
                                 getLevelName(inner.getEffectiveLevel()))


# ----------------------------------------------------------- configuration

_BASIC_KEYS = ('filename', 'filemode', 'format', 'datefmt', 'style', 'level',
               'stream', 'handlers', 'force', 'encoding', 'errors')


def _basic_handler(options):
    # The one handler basicConfig makes when not given any.
    filename = options.get('filename')
    if not filename:
        return StreamHandler(options.get('stream'))
    mode = options.get('filemode', 'a')
    # Binary modes take no error handler.
    on_error = None if 'b' in mode else options.get('errors', 'backslashreplace')
    return FileHandler(filename, mode, encoding=options.get('encoding'), errors=on_error)


def basicConfig(**kwargs):
    """Configure the root logger once: a handler, a format and a level."""
    options = {}
    unknown = []
    for key in kwargs:
        if key in _BASIC_KEYS:
            options[key] = kwargs[key]
        else:
            unknown.append(key)
    if options.get('force'):
        for old in list(root.handlers):
            root.removeHandler(old)
            old.close()
    if root.handlers:
        return
    handlers = options.get('handlers')
    if handlers is None:
        if 'stream' in options and 'filename' in options:
            raise ValueError("'stream' and 'filename' should not be specified together")
        handlers = [_basic_handler(options)]
    elif 'stream' in options or 'filename' in options:
        raise ValueError("'stream' or 'filename' should not be specified together with 'handlers'")
    mark = options.get('style', '%')
    layout = options.get('format', _style_for(mark)._basic)
    shared = Formatter(layout, options.get('datefmt'), mark)
    for handler in handlers:
        if handler.formatter is None:
            handler.setFormatter(shared)
        root.addHandler(handler)
    if options.get('level') is not None:
        root.setLevel(options['level'])
    if unknown:
        raise ValueError('Unrecognised argument(s): %s' % ', '.join(unknown))


def getLogger(name=None):
    """The logger of that name, made on first use; the root logger for None."""
    if name and not (isinstance(name, str) and name == root.name):
        return Logger.manager.getLogger(name)
    return root


def _configured_root():
    # The module-level functions configure logging on first use.
    if not root.handlers:
        basicConfig()
    return root


def critical(msg, *args, **kwargs):
    _configured_root().critical(msg, *args, **kwargs)


fatal = critical


def error(msg, *args, **kwargs):
    _configured_root().error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    kwargs['exc_info'] = exc_info
    error(msg, *args, **kwargs)


def warning(msg, *args, **kwargs):
    _configured_root().warning(msg, *args, **kwargs)


def warn(msg, *args, **kwargs):
    warning(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    _configured_root().info(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    _configured_root().debug(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    _configured_root().log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    root.manager.disable = level


def shutdown(handlerList=None):
    """Flush and close every handler, the last made first."""
    targets = list(_every_handler if handlerList is None else handlerList)
    targets.reverse()
    for handler in targets:
        try:
            handler.flush()
            handler.close()
        except (OSError, ValueError):
            pass


_saved_showwarning = None


def _warning_to_log(message, category, filename, lineno, file=None, line=None):
    """warnings.showwarning while warnings are captured: the formatted
    warning goes to the 'py.warnings' logger at WARNING level; one bound
    for an explicit file goes there as before."""
    if file is not None:
        if _saved_showwarning is not None:
            _saved_showwarning(message, category, filename, lineno, file, line)
        return
    import warnings
    logger = getLogger("py.warnings")
    if not logger.handlers:
        logger.addHandler(NullHandler())
    logger.warning("%s", warnings.formatwarning(message, category, filename, lineno, line))


def captureWarnings(capture):
    """Send warnings to the 'py.warnings' logger (True), or back to
    warnings.showwarning (False)."""
    global _saved_showwarning
    import warnings
    if capture and _saved_showwarning is None:
        _saved_showwarning = warnings.showwarning
        warnings.showwarning = _warning_to_log
    elif not capture and _saved_showwarning is not None:
        warnings.showwarning = _saved_showwarning
        _saved_showwarning = None
