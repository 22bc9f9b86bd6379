"""Reading and writing CSV files: reader, writer, DictReader, DictWriter
and the dialects that describe a file's format."""

__all__ = ['QUOTE_MINIMAL', 'QUOTE_ALL', 'QUOTE_NONNUMERIC', 'QUOTE_NONE',
           'QUOTE_STRINGS', 'QUOTE_NOTNULL', 'Error', 'Dialect', 'excel',
           'excel_tab', 'field_size_limit', 'reader', 'writer',
           'register_dialect', 'get_dialect', 'list_dialects',
           'unregister_dialect', 'DictReader', 'DictWriter', 'unix_dialect']

__version__ = '1.0'

QUOTE_MINIMAL = 0
QUOTE_ALL = 1
QUOTE_NONNUMERIC = 2
QUOTE_NONE = 3
QUOTE_STRINGS = 4
QUOTE_NOTNULL = 5


class Error(Exception):
    pass


Error.__module__ = '_csv'

_field_limit = 128 * 1024
_dialects = {}


def field_size_limit(*args, **kwargs):
    """Set the largest field the reader accepts; return the old limit."""
    global _field_limit
    if kwargs:
        if len(kwargs) != 1 or 'new_limit' not in kwargs or args:
            name = [k for k in kwargs if k != 'new_limit']
            if name:
                raise TypeError("field_size_limit() got an unexpected keyword argument '%s'" % name[0])
            raise TypeError("field_size_limit() takes at most 1 argument (2 given)")
        args = (kwargs['new_limit'],)
    if len(args) > 1:
        raise TypeError("field_size_limit() takes at most 1 argument (%d given)" % len(args))
    old = _field_limit
    if args:
        limit = args[0]
        if not isinstance(limit, int):
            raise TypeError("limit must be an integer")
        _field_limit = limit
    return old


# The validated form of a dialect, as reader and writer use it.

_UNSET = object()
_PARAMS = ('delimiter', 'doublequote', 'escapechar', 'lineterminator',
           'quotechar', 'quoting', 'skipinitialspace', 'strict')


def _one_char(name, value, none_ok):
    if value is None and none_ok:
        return None
    if not isinstance(value, str):
        if none_ok:
            raise TypeError('"%s" must be string or None, not %s' % (name, type(value).__name__))
        raise TypeError('"%s" must be string, not %s' % (name, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


def _check_char(name, c, allow_space):
    if c is not None and (c == '\n' or c == '\r' or (c == ' ' and not allow_space)):
        raise ValueError("bad %s value" % name)


def _check_pair(name1, name2, c1, c2):
    if c1 is not None and c1 == c2:
        raise ValueError("bad %s or %s value" % (name1, name2))


class _Dialect:
    """A checked set of format parameters."""

    __slots__ = _PARAMS

    def __init__(self, dialect=None, **kwargs):
        for k in kwargs:
            if k not in _PARAMS:
                raise TypeError("this function got an unexpected keyword argument '%s'" % k)
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)

        def param(name):
            if name in kwargs:
                return kwargs[name]
            if dialect is not None:
                return getattr(dialect, name, _UNSET)
            return _UNSET

        v = param('delimiter')
        delimiter = ',' if v is _UNSET else _one_char('delimiter', v, False)
        v = param('doublequote')
        doublequote = True if v is _UNSET else bool(v)
        v = param('escapechar')
        escapechar = None if v is _UNSET else _one_char('escapechar', v, True)
        v = param('lineterminator')
        if v is _UNSET:
            lineterminator = '\r\n'
        elif v is None:
            lineterminator = None
        elif not isinstance(v, str):
            raise TypeError('"lineterminator" must be a string')
        else:
            lineterminator = v
        qv = param('quotechar')
        quotechar = '"' if qv is _UNSET else _one_char('quotechar', qv, True)
        v = param('quoting')
        quoting_given = v is not _UNSET
        if not quoting_given:
            quoting = QUOTE_MINIMAL
        elif not isinstance(v, int):
            raise TypeError('"quoting" must be an integer')
        else:
            quoting = int(v)
        v = param('skipinitialspace')
        skipinitialspace = False if v is _UNSET else bool(v)
        v = param('strict')
        strict = False if v is _UNSET else bool(v)

        if quoting < 0 or quoting > 5:
            raise TypeError('bad "quoting" value')
        if qv is None and not quoting_given:
            quoting = QUOTE_NONE
        if quoting != QUOTE_NONE and quotechar is None:
            raise TypeError("quotechar must be set if quoting enabled")
        if lineterminator is None:
            raise TypeError("lineterminator must be set")
        _check_char('delimiter', delimiter, True)
        _check_char('escapechar', escapechar, not skipinitialspace)
        _check_char('quotechar', quotechar, not skipinitialspace)
        _check_pair('delimiter', 'escapechar', delimiter, escapechar)
        _check_pair('delimiter', 'quotechar', delimiter, quotechar)
        _check_pair('escapechar', 'quotechar', escapechar, quotechar)
        if delimiter in lineterminator:
            raise ValueError("bad delimiter or lineterminator value")
        if quotechar is not None and quotechar in lineterminator:
            raise ValueError("bad quotechar or lineterminator value")
        if escapechar is not None and escapechar in lineterminator:
            raise ValueError("bad escapechar or lineterminator value")

        object.__setattr__(self, 'delimiter', delimiter)
        object.__setattr__(self, 'doublequote', doublequote)
        object.__setattr__(self, 'escapechar', escapechar)
        object.__setattr__(self, 'lineterminator', lineterminator)
        object.__setattr__(self, 'quotechar', quotechar)
        object.__setattr__(self, 'quoting', quoting)
        object.__setattr__(self, 'skipinitialspace', skipinitialspace)
        object.__setattr__(self, 'strict', strict)


def _readonly(self, name, value):
    raise AttributeError("attribute '%s' of '_csv.Dialect' objects is not writable" % name)


_Dialect.__name__ = 'Dialect'
_Dialect.__qualname__ = 'Dialect'
_Dialect.__module__ = '_csv'
# Set last: assigning to the class's attributes goes through it here.
_Dialect.__setattr__ = _readonly


def _make_dialect(dialect, kwargs):
    if isinstance(dialect, _Dialect) and not kwargs:
        return dialect
    return _Dialect(dialect, **kwargs)


def _first_arg(args):
    if not args:
        raise TypeError(" expected at least 1 argument, got 0")
    if len(args) > 2:
        raise TypeError(" expected at most 2 arguments, got %d" % len(args))
    return args[0]


def _dialect_arg(args, kwargs):
    if len(args) < 2:
        return kwargs.pop('dialect', None)
    if 'dialect' in kwargs:
        raise TypeError("argument for function given by name ('dialect') "
                        "and position (1)")
    return args[1]


def register_dialect(name, dialect=None, **kwargs):
    """Register a dialect under name, from a dialect and/or parameters."""
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _Dialect(dialect, **kwargs)


def unregister_dialect(name):
    """Forget the dialect registered under name."""
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    """Return the dialect registered under name."""
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    """Return the names of the registered dialects."""
    return list(_dialects)


class Dialect:
    """The format of a CSV file, as class attributes; subclass it (see
    excel) and register it, or pass it to reader and writer."""
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        try:
            _Dialect(self)
        except TypeError as e:
            raise Error(str(e)) from None


class excel(Dialect):
    """The usual properties of an Excel-generated CSV file."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


register_dialect("excel", excel)


class excel_tab(excel):
    """The usual properties of an Excel-generated TAB-delimited file."""
    delimiter = '\t'


register_dialect("excel-tab", excel_tab)


class unix_dialect(Dialect):
    """The usual properties of a CSV file written on UNIX."""
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


register_dialect("unix", unix_dialect)


# Reading

_START_RECORD = 0
_START_FIELD = 1
_ESCAPED_CHAR = 2
_IN_FIELD = 3
_IN_QUOTED_FIELD = 4
_ESCAPE_IN_QUOTED_FIELD = 5
_QUOTE_IN_QUOTED_FIELD = 6
_EAT_CRNL = 7
_AFTER_ESCAPED_CRNL = 8

_EOL = ''


class _Reader:
    """Iterates over the records of the lines of an iterable."""

    def __init__(self, lines, dialect):
        self._lines = iter(lines)
        self.dialect = dialect
        self.line_num = 0
        self._fields = None
        self._field = []
        self._state = _START_RECORD
        self._unquoted = True
        d = dialect
        self._simple = (d.quoting in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONE)
                        and not d.skipinitialspace)

    def __iter__(self):
        return self

    def _save_field(self):
        quoting = self.dialect.quoting
        text = ''.join(self._field)
        if self._unquoted and not text and (quoting == QUOTE_NOTNULL or quoting == QUOTE_STRINGS):
            value = None
        elif self._unquoted and text and (quoting == QUOTE_NONNUMERIC or quoting == QUOTE_STRINGS):
            value = float(text)
        else:
            value = text
        self._fields.append(value)
        self._field = []
        self._unquoted = True

    def _add_char(self, c):
        if len(self._field) >= _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        self._field.append(c)

    def _fast(self, line):
        """The fields of a line that has nothing to unquote, or None."""
        d = self.dialect
        if d.quotechar is not None and d.quoting != QUOTE_NONE and d.quotechar in line:
            return None
        if d.escapechar is not None and d.escapechar in line:
            return None
        end = len(line)
        for nl in '\r\n':
            at = line.find(nl)
            if at >= 0 and at < end:
                end = at
        for c in line[end:]:
            if c != '\r' and c != '\n':
                return None
        body = line[:end]
        if not body:
            return []
        fields = body.split(d.delimiter)
        for f in fields:
            if len(f) > _field_limit:
                return None
        return fields

    def __next__(self):
        self._fields = []
        self._field = []
        self._state = _START_RECORD
        self._unquoted = True
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error("unexpected end of data")
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %s "
                            "(the file should be opened in text mode)" % type(line).__name__)
            self.line_num += 1
            if self._state == _START_RECORD and self._simple:
                fields = self._fast(line)
                if fields is not None:
                    self._fields = fields
                    break
            for c in line:
                self._process(c)
            self._process(_EOL)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = None
        return fields

    def _process(self, c):
        d = self.dialect
        state = self._state
        if state == _START_RECORD:
            if c == _EOL:
                return
            if c == '\n' or c == '\r':
                self._state = _EAT_CRNL
                return
            state = self._state = _START_FIELD
        if state == _START_FIELD:
            if c == '\n' or c == '\r' or c == _EOL:
                self._save_field()
                self._state = _START_RECORD if c == _EOL else _EAT_CRNL
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._unquoted = False
                self._state = _IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == ' ' and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save_field()
            else:
                self._add_char(c)
                self._state = _IN_FIELD
        elif state == _ESCAPED_CHAR:
            if c == '\n' or c == '\r':
                self._add_char(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            if c == _EOL:
                c = '\n'
            self._add_char(c)
            self._state = _IN_FIELD
        elif state == _AFTER_ESCAPED_CRNL or state == _IN_FIELD:
            if state == _AFTER_ESCAPED_CRNL and c == _EOL:
                return
            if c == '\n' or c == '\r' or c == _EOL:
                self._save_field()
                self._state = _START_RECORD if c == _EOL else _EAT_CRNL
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                self._add_char(c)
                self._state = _IN_FIELD
        elif state == _IN_QUOTED_FIELD:
            if c == _EOL:
                pass
            elif c == d.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                if d.doublequote:
                    self._state = _QUOTE_IN_QUOTED_FIELD
                else:
                    self._state = _IN_FIELD
            else:
                self._add_char(c)
        elif state == _ESCAPE_IN_QUOTED_FIELD:
            if c == _EOL:
                c = '\n'
            self._add_char(c)
            self._state = _IN_QUOTED_FIELD
        elif state == _QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add_char(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            elif c == '\n' or c == '\r' or c == _EOL:
                self._save_field()
                self._state = _START_RECORD if c == _EOL else _EAT_CRNL
            elif not d.strict:
                self._add_char(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%s' expected after '%s'" % (d.delimiter, d.quotechar))
        elif state == _EAT_CRNL:
            if c == '\n' or c == '\r':
                pass
            elif c == _EOL:
                self._state = _START_RECORD
            else:
                raise Error("new-line character seen in unquoted field - "
                            "do you need to open the file with newline=''?")


_Reader.__name__ = 'reader'
_Reader.__qualname__ = 'reader'
_Reader.__module__ = '_csv'


def reader(*args, **kwargs):
    """Return a reader of the records of csvfile, any iterable of lines:
    reader(csvfile, dialect='excel', **fmtparams)."""
    it = iter(_first_arg(args))
    dialect = _dialect_arg(args, kwargs)
    return _Reader(it, _make_dialect(dialect, kwargs))


# Writing

def _is_number(value):
    if isinstance(value, (int, float, complex)):
        return True
    if value is None or isinstance(value, (str, bytes, bytearray, list, tuple, dict)):
        return False
    t = type(value)
    return hasattr(t, '__index__') or hasattr(t, '__int__') or hasattr(t, '__float__')


class _Writer:
    """Writes rows as delimited lines to a file-like object."""

    def __init__(self, write, dialect):
        self._write = write
        self.dialect = dialect
        special = set([dialect.delimiter, '\n', '\r'])
        if dialect.quotechar is not None:
            special.add(dialect.quotechar)
        if dialect.escapechar is not None:
            special.add(dialect.escapechar)
        for c in dialect.lineterminator:
            special.add(c)
        self._special = special

    def _field(self, text, quoted):
        d = self.dialect
        special = self._special
        needs = False
        for c in special:
            if c in text:
                needs = True
                break
        if needs:
            out = []
            for c in text:
                if c in special:
                    escape = False
                    if d.quoting == QUOTE_NONE:
                        escape = True
                    else:
                        if c == d.quotechar:
                            if d.doublequote:
                                out.append(c)
                            else:
                                escape = True
                        elif c == d.escapechar:
                            escape = True
                        if not escape:
                            quoted = True
                    if escape:
                        if d.escapechar is None:
                            raise Error("need to escape, but no escapechar set")
                        out.append(d.escapechar)
                out.append(c)
            text = ''.join(out)
        if quoted:
            return d.quotechar + text + d.quotechar
        return text

    def writerow(self, row):
        """Write one row (an iterable of fields); return what the file's
        write returned."""
        d = self.dialect
        try:
            fields = iter(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__) from None
        parts = []
        quoting = d.quoting
        null = False
        space_split = d.delimiter == ' ' and d.skipinitialspace
        for field in fields:
            null = field is None
            if quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            elif quoting == QUOTE_ALL:
                quoted = True
            elif quoting == QUOTE_STRINGS:
                quoted = isinstance(field, str)
            elif quoting == QUOTE_NOTNULL:
                quoted = field is not None
            else:
                quoted = False
            if field is None:
                text = ''
            elif isinstance(field, str):
                text = field
            else:
                text = str(field)
            if not text and space_split:
                if quoting == QUOTE_NONE or (null and (quoting == QUOTE_STRINGS or quoting == QUOTE_NOTNULL)):
                    raise Error("empty field must be quoted if delimiter is a "
                                "space and skipinitialspace is true")
                quoted = True
            parts.append(self._field(text, quoted))
        if len(parts) == 1 and parts[0] == '':
            if quoting == QUOTE_NONE or (null and (quoting == QUOTE_STRINGS or quoting == QUOTE_NOTNULL)):
                raise Error("single empty field record must be quoted")
            parts[0] = d.quotechar + d.quotechar
        return self._write(d.delimiter.join(parts) + d.lineterminator)

    def writerows(self, rows):
        """Write each row of rows."""
        for row in rows:
            self.writerow(row)


_Writer.__name__ = 'writer'
_Writer.__qualname__ = 'writer'
_Writer.__module__ = '_csv'


def writer(*args, **kwargs):
    """Return a writer of delimited rows to fileobj, any object with a
    write method: writer(fileobj, dialect='excel', **fmtparams)."""
    write = getattr(_first_arg(args), 'write', None)
    if write is None or not callable(write):
        raise TypeError('argument 1 must have a "write" method')
    dialect = _dialect_arg(args, kwargs)
    return _Writer(write, _make_dialect(dialect, kwargs))


# Rows as dictionaries

def _reusable(names):
    """names itself, or a list of it when it is an iterator (which could be
    gone through only once)."""
    if names is None:
        return None
    walker = iter(names)
    if walker is names:
        return list(walker)
    return names


class DictReader:
    """Iterates over the records of f as dicts keyed by fieldnames, which
    default to the first record.  Fields beyond the names are listed under
    restkey; names beyond the fields get restval."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        self._names = _reusable(fieldnames)
        self.restkey = restkey
        self.restval = restval
        self.dialect = dialect
        rows = reader(f, dialect, *args, **kwds)
        self.reader = rows
        self.line_num = 0

    @property
    def fieldnames(self):
        if self._names is None:
            for first in self.reader:
                self._names = first
                break
        self.line_num = self.reader.line_num
        return self._names

    @fieldnames.setter
    def fieldnames(self, value):
        self._names = value

    def __iter__(self):
        return self

    def __next__(self):
        source = self.reader
        if self.line_num == 0:
            self.fieldnames         # the header record comes first
        record = next(source)
        self.line_num = source.line_num
        while not record:           # blank lines give no dict
            record = next(source)
        return self._keyed(self.fieldnames, record)

    def _keyed(self, names, record):
        count = len(names)
        result = dict(zip(names, record))
        if len(record) > count:
            result[self.restkey] = record[count:]
        else:
            for missing in names[len(record):]:
                result[missing] = self.restval
        return result


class DictWriter:
    """Writes dicts as records, their values in the order of fieldnames;
    absent keys give restval.  Keys not in fieldnames raise ValueError, or
    are dropped when extrasaction is 'ignore'."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        self.fieldnames = _reusable(fieldnames)
        self.restval = restval
        action = extrasaction.lower()
        if action != "raise" and action != "ignore":
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'"
                             % action)
        self.extrasaction = action
        out = writer(f, dialect, *args, **kwds)
        self.writer = out

    def writeheader(self):
        """Write a record of the field names."""
        return self.writerow({name: name for name in self.fieldnames})

    def _values_of(self, rowdict):
        names = self.fieldnames
        if self.extrasaction == "raise":
            strays = [repr(key) for key in rowdict if key not in names]
            if strays:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join(strays))
        fill = self.restval
        return [rowdict.get(name, fill) for name in names]

    def writerow(self, rowdict):
        """Write one dict as a record."""
        return self.writer.writerow(self._values_of(rowdict))

    def writerows(self, rowdicts):
        """Write each dict of rowdicts as a record."""
        return self.writer.writerows(self._values_of(row) for row in rowdicts)
