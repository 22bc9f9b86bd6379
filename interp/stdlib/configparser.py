"""INI-style configuration files: sections of `name = value` options, a
section of defaults shared by all the others, substitution of references
inside values, and access to the whole thing as a mapping of mappings."""

import os
import re
from collections.abc import Mapping, MutableMapping

__all__ = ['NoSectionError', 'DuplicateOptionError', 'DuplicateSectionError',
           'NoOptionError', 'InterpolationError', 'InterpolationDepthError',
           'InterpolationMissingOptionError', 'InterpolationSyntaxError',
           'ParsingError', 'MissingSectionHeaderError',
           'MultilineContinuationError', 'ConfigParser', 'RawConfigParser',
           'Interpolation', 'BasicInterpolation', 'ExtendedInterpolation',
           'SectionProxy', 'ConverterMapping', 'DEFAULTSECT',
           'MAX_INTERPOLATION_DEPTH', 'UNNAMED_SECTION']

DEFAULTSECT = "DEFAULT"
MAX_INTERPOLATION_DEPTH = 10


class _Nameless:
    """Stands for the section of the options that precede every header."""

    def __repr__(self):
        return "<UNNAMED_SECTION>"


UNNAMED_SECTION = _Nameless()


class _Missing:
    """Marks an argument the caller left out."""

    def __repr__(self):
        return '<object>'


_MISSING = _Missing()


# ---------------------------------------------------------------- errors

def _fill(exc, message, args, **fields):
    """Give exc its message, its public fields and its args tuple."""
    Error.__init__(exc, message)
    for name in fields:
        setattr(exc, name, fields[name])
    exc.args = args


def _reading(source, lineno):
    """The 'While reading from ...' lead of the messages about duplicates."""
    lead = "While reading from %r" % (source,)
    if lineno is None:
        return lead
    return lead + " [line %2d]" % (lineno,)


class Error(Exception):
    """Root of the errors of this module; str() is the .message field."""

    def __init__(self, msg=''):
        self.message = msg
        super().__init__(msg)

    def __repr__(self):
        return self.message

    __str__ = __repr__


class NoSectionError(Error):
    """The named section does not exist."""

    def __init__(self, section):
        _fill(self, "No section: %r" % (section,), (section,),
              section=section)


class DuplicateSectionError(Error):
    """A section was created, or found in a source, a second time."""

    def __init__(self, section, source=None, lineno=None):
        if source is None:
            text = "Section %r already exists" % (section,)
        else:
            text = "%s: section %r already exists" % (
                _reading(source, lineno), section)
        _fill(self, text, (section, source, lineno),
              section=section, source=source, lineno=lineno)


class DuplicateOptionError(Error):
    """An option appears twice in one section of a single source."""

    def __init__(self, section, option, source=None, lineno=None):
        what = "%r in section %r already exists" % (option, section)
        if source is None:
            text = "Option " + what
        else:
            text = "%s: option %s" % (_reading(source, lineno), what)
        _fill(self, text, (section, option, source, lineno),
              section=section, option=option, source=source, lineno=lineno)


class NoOptionError(Error):
    """The section (and the defaults) lack the named option."""

    def __init__(self, option, section):
        _fill(self, "No option %r in section: %r" % (option, section),
              (option, section), option=option, section=section)


class InterpolationError(Error):
    """Root of the errors met while substituting references."""

    def __init__(self, option, section, msg):
        _fill(self, msg, (option, section, msg),
              option=option, section=section)


class InterpolationMissingOptionError(InterpolationError):
    """A reference names an option that cannot be found."""

    def __init__(self, option, section, rawval, reference):
        text = ("Bad value substitution: option %r in section %r contains "
                "an interpolation key %r which is not a valid option name. "
                "Raw value: %r" % (option, section, reference, rawval))
        _fill(self, text, (option, section, rawval, reference),
              option=option, section=section, reference=reference)


class InterpolationSyntaxError(InterpolationError):
    """A value holds a malformed reference."""


class InterpolationDepthError(InterpolationError):
    """References lead through more than MAX_INTERPOLATION_DEPTH values."""

    def __init__(self, option, section, rawval):
        text = ("Recursion limit exceeded in value substitution: option %r "
                "in section %r contains an interpolation key which cannot "
                "be substituted in %d steps. Raw value: %r"
                % (option, section, MAX_INTERPOLATION_DEPTH, rawval))
        _fill(self, text, (option, section, rawval),
              option=option, section=section)


class ParsingError(Error):
    """A source holds lines that are not valid; .errors lists them as
    (lineno, line) pairs."""

    def __init__(self, source, *args):
        _fill(self, "Source contains parsing errors: %r" % (source,),
              (source,), source=source, errors=[])
        if args:
            self.append(*args)

    def append(self, lineno, line):
        """Record one more bad line."""
        self.errors.append((lineno, line))
        self.message = "%s\n\t[line %2d]: %r" % (self.message, lineno, line)

    def combine(self, others):
        """Take over the bad lines of the ParsingErrors others; return self."""
        for other in others:
            for lineno, line in other.errors:
                self.append(lineno, line)
        return self


class MissingSectionHeaderError(ParsingError):
    """A source starts with an option rather than with a [section]."""

    def __init__(self, filename, lineno, line):
        text = ("File contains no section headers.\nfile: %r, line: %d\n%r"
                % (filename, lineno, line))
        _fill(self, text, (filename, lineno, line),
              source=filename, lineno=lineno, line=line)


class MultilineContinuationError(ParsingError):
    """An indented line follows an option that has no value."""

    def __init__(self, filename, lineno, line):
        text = ("Key without value continued with an indented line.\n"
                "file: %r, line: %d\n%r" % (filename, lineno, line))
        _fill(self, text, (filename, lineno, line),
              source=filename, lineno=lineno, line=line)


# --------------------------------------------------------- interpolation

class Interpolation:
    """The do-nothing scheme: values are kept exactly as given.  The base
    of the schemes that substitute references."""

    def before_get(self, parser, section, option, value, defaults):
        return value

    def before_set(self, parser, section, option, value):
        return value

    def before_read(self, parser, section, option, value):
        return value

    def before_write(self, parser, section, option, value):
        return value


class _Substituting(Interpolation):
    """What both substituting schemes share.  A reference is MARK OPEN
    name CLOSE TAIL; MARK MARK stands for a literal MARK.  A value is cut
    into pieces lazily, so that a malformed reference is reported only
    once everything before it has been resolved."""

    _mark = _opening = _closing = _tail = ''

    def _reference_at(self, text, at):
        """(name, end) of the well-formed reference at text[at], or None."""
        shut = text.find(self._closing, at + 2)
        if shut <= at + 2:
            return None
        end = shut + 1
        if self._tail:
            if not text.startswith(self._tail, end):
                return None
            end += len(self._tail)
        return text[at + 2:shut], end

    def _pieces(self, text, section, option):
        """Yield (literal, None, None) and (None, name, rest_after) tuples."""
        mark = self._mark
        pos = 0
        size = len(text)
        while pos < size:
            at = text.find(mark, pos)
            if at < 0:
                yield text[pos:], None, None
                return
            if at > pos:
                yield text[pos:at], None, None
            follower = text[at + 1:at + 2]
            if follower == mark:
                yield mark, None, None
                pos = at + 2
                continue
            if follower != self._opening:
                raise InterpolationSyntaxError(
                    option, section,
                    "'%s' must be followed by '%s' or '%s', found: %r"
                    % (mark, mark, self._opening, text[at:]))
            found = self._reference_at(text, at)
            if found is None:
                raise InterpolationSyntaxError(
                    option, section,
                    "bad interpolation variable reference %r" % (text[at:],))
            pos = found[1]
            yield None, found[0], text[pos:]

    @staticmethod
    def _raw(parser, section, option, text):
        return parser.get(section, option, raw=True, fallback=text)

    def _expand(self, parser, section, option, text, scope, depth):
        """Yield the pieces of text with its references resolved."""
        if depth > MAX_INTERPOLATION_DEPTH:
            raise InterpolationDepthError(
                option, section, self._raw(parser, section, option, text))
        if not text:
            return
        for literal, name, after in self._pieces(text, section, option):
            if name is None:
                yield literal
                continue
            value, where, key = self._resolve(parser, section, option, text,
                                              scope, name, after)
            if self._mark in value:
                inner = self._inner_scope(parser, where, scope)
                yield from self._expand(parser, where, key, value, inner,
                                        depth + 1)
            else:
                yield value

    def before_get(self, parser, section, option, value, defaults):
        return ''.join(self._expand(parser, section, option, value,
                                    defaults, 1))

    def before_set(self, parser, section, option, value):
        left = self._unreferenced(value.replace(self._mark * 2, ''))
        bad = left.find(self._mark)
        if bad >= 0:
            raise ValueError("invalid interpolation syntax in %r at "
                             "position %d" % (value, bad))
        return value

    def _unreferenced(self, text):
        """text with every well-formed reference taken out."""
        lead = self._mark + self._opening
        kept = []
        copied = search = 0
        while True:
            at = text.find(lead, search)
            if at < 0:
                break
            found = self._reference_at(text, at)
            if found is None:
                search = at + 1
                continue
            kept.append(text[copied:at])
            copied = search = found[1]
        kept.append(text[copied:])
        return ''.join(kept)


class BasicInterpolation(_Substituting):
    """'%(name)s' stands for the value of option name of the same section
    (or of the defaults); '%%' for a single '%'."""

    _mark, _opening, _closing, _tail = '%', '(', ')', 's'

    def _resolve(self, parser, section, option, text, scope, name, after):
        key = parser.optionxform(name)
        try:
            return scope[key], section, option
        except KeyError:
            raw = self._raw(parser, section, option, text)
            raise InterpolationMissingOptionError(option, section, raw,
                                                  key) from None

    def _inner_scope(self, parser, section, scope):
        return scope


class ExtendedInterpolation(_Substituting):
    """'${name}' stands for the value of option name of the same section,
    '${section:name}' for one of another section; '$$' for a single '$'."""

    _mark, _opening, _closing, _tail = '$', '{', '}', ''

    def _resolve(self, parser, section, option, text, scope, name, after):
        path = name.split(':')
        if len(path) > 2:
            raise InterpolationSyntaxError(
                option, section, "More than one ':' found: %r" % (after,))
        if len(path) == 1:
            key = parser.optionxform(path[0])
            if key in scope:
                return scope[key], section, key
        else:
            key = parser.optionxform(path[1])
            try:
                return parser.get(path[0], key, raw=True), path[0], key
            except (NoOptionError, NoSectionError):
                pass
        raw = self._raw(parser, section, option, text)
        raise InterpolationMissingOptionError(option, section, raw, name)

    def _inner_scope(self, parser, section, scope):
        return dict(parser.items(section, raw=True))


class _Layers(Mapping):
    """A read-only mapping over several others: the first one holding a
    key gives its value."""

    def __init__(self, *layers):
        self._layers = layers

    def __getitem__(self, key):
        for layer in self._layers:
            if key in layer:
                return layer[key]
        raise KeyError(key)

    def __contains__(self, key):
        return any(key in layer for layer in self._layers)

    def __iter__(self):
        order = {}
        for layer in self._layers[::-1]:
            order.update(dict.fromkeys(layer))
        return iter(order)

    def __len__(self):
        return len(set().union(*self._layers))


# --------------------------------------------------------------- reading

class _Fragments(list):
    """The lines of a value still being read."""

    def joined(self):
        return '\n'.join(self).rstrip()


def _split_lines(text):
    """The lines of text, each with its '\\n' (the last may lack one)."""
    pieces = text.split('\n')
    lines = [piece + '\n' for piece in pieces[:-1]]
    if pieces[-1]:
        lines.append(pieces[-1])
    return lines


class _Loader:
    """Takes the lines of one source, one at a time, into a parser.  Bad
    option lines are collected and reported together by finish(); other
    errors stop the reading at once."""

    def __init__(self, parser, source):
        self.parser = parser
        self.source = source
        self.options = None     # the table of the section being read
        self.section = None
        self.key = None         # the option continuation lines extend
        self.indent = 0         # the indentation of the line that set key
        self.met = set()        # sections and (section, key) of this source
        self.bad = []

    def feed(self, number, line):
        cfg = self.parser
        text, commented = cfg._decomment(line)
        if not text:
            self._blank(commented)
            return
        indent = len(line) - len(line.lstrip())
        if self.options is not None and self.key and indent > self.indent:
            pending = self.options[self.key]
            if pending is None:
                raise MultilineContinuationError(self.source, number, line)
            pending.append(text)
            return
        self.indent = indent
        if self.options is None and cfg._nameless_ok:
            self._begin_nameless()
        header = cfg._header_of(text)
        if header is not None:
            self._begin_section(header, number)
        elif self.options is None:
            raise MissingSectionHeaderError(self.source, number, line)
        else:
            self._take_option(number, line, text)

    def _blank(self, commented):
        if not self.parser._blanks_in_values:
            self.indent = float('inf')
        elif not commented and self.options is not None and self.key:
            pending = self.options[self.key]
            if pending is not None:
                pending.append('')

    def _begin_nameless(self):
        self.options = self.parser._new_section(UNNAMED_SECTION)
        self.section = UNNAMED_SECTION
        self.met.add(UNNAMED_SECTION)

    def _begin_section(self, name, number):
        cfg = self.parser
        if name in cfg._tables:
            if cfg._strict_reads and name in self.met:
                raise DuplicateSectionError(name, self.source, number)
            self.options = cfg._tables[name]
            self.met.add(name)
        elif name == cfg.default_section:
            self.options = cfg._fallbacks
        else:
            self.options = cfg._new_section(name)
            self.met.add(name)
        self.section = name
        self.key = None

    def _take_option(self, number, line, text):
        cfg = self.parser
        parts = cfg._split_option(text)
        if parts is None:
            self.bad.append(ParsingError(self.source, number, line))
            return
        name, value = parts
        if not name:
            self.bad.append(ParsingError(self.source, number, line))
        key = cfg.optionxform(name.rstrip())
        if cfg._strict_reads and (self.section, key) in self.met:
            raise DuplicateOptionError(self.section, key, self.source, number)
        self.met.add((self.section, key))
        if value is None:
            self.options[key] = None
        else:
            self.options[key] = _Fragments([value.strip()])
        self.key = key

    def finish(self):
        if self.bad:
            raise self.bad[0].combine(self.bad[1:])


# ---------------------------------------------------------------- parsers

class RawConfigParser(MutableMapping):
    """Sections of options read from INI text, files or dicts; values are
    kept as given (no references are substituted)."""

    SECTCRE = re.compile(r"\[(?P<header>.+)\]")
    BOOLEAN_STATES = dict(
        [('1', True), ('yes', True), ('true', True), ('on', True),
         ('0', False), ('no', False), ('false', False), ('off', False)])

    _scheme_class = Interpolation

    def __init__(self, defaults=None, dict_type=dict, allow_no_value=False,
                 *, delimiters=('=', ':'), comment_prefixes=('#', ';'),
                 inline_comment_prefixes=None,
                 strict=True, empty_lines_in_values=True,
                 default_section=DEFAULTSECT, interpolation=_MISSING,
                 converters=_MISSING, allow_unnamed_section=False):
        self._table_type = dict_type
        self._tables = dict_type()
        self._fallbacks = dict_type()
        self._views = dict_type()
        self.default_section = default_section
        self._delims = tuple(delimiters)
        self._whole_line_marks = tuple(comment_prefixes or ())
        self._trailing_marks = tuple(inline_comment_prefixes or ())
        self._strict_reads = strict
        self._no_value_ok = allow_no_value
        self._blanks_in_values = empty_lines_in_values
        self._nameless_ok = allow_unnamed_section
        self._conv_table = ConverterMapping(self)
        self._views[default_section] = SectionProxy(self, default_section)
        if interpolation is _MISSING:
            scheme = self._scheme_class()
        elif interpolation is None:
            scheme = Interpolation()
        else:
            scheme = interpolation
        if not isinstance(scheme, Interpolation):
            raise TypeError("interpolation= must be None or an instance of "
                            "Interpolation; got an object of type %s"
                            % (type(scheme),))
        self._scheme = scheme
        if converters is not _MISSING:
            self._conv_table.update(converters)
        if defaults:
            self._load_defaults(defaults)

    @property
    def converters(self):
        return self._conv_table

    # -- sections and options

    def defaults(self):
        return self._fallbacks

    def sections(self):
        """The names of the sections, the default section left out."""
        return list(self._tables)

    def _new_section(self, name):
        table = self._table_type()
        self._tables[name] = table
        self._views[name] = SectionProxy(self, name)
        return table

    def add_section(self, section):
        """Create an empty section named section."""
        if section == self.default_section:
            raise ValueError('Invalid section name: %r' % (section,))
        if section in self._tables:
            raise DuplicateSectionError(section)
        self._new_section(section)

    def has_section(self, section):
        """Whether section exists; the default section does not count."""
        return section in self._tables

    def options(self, section):
        """The option names of section followed by those it inherits."""
        if section not in self._tables:
            raise NoSectionError(section)
        own = self._tables[section]
        names = list(own)
        names.extend(key for key in self._fallbacks if key not in own)
        return names

    def _means_defaults(self, section):
        # set(), has_option() and remove_option() take a false section
        # name for the default section too.
        return not section or section == self.default_section

    def _table_for_update(self, section):
        if self._means_defaults(section):
            return self._fallbacks
        if section not in self._tables:
            raise NoSectionError(section)
        return self._tables[section]

    def has_option(self, section, option):
        """Whether section (the defaults, if section is false or the
        default section) has option."""
        key = self.optionxform(option)
        if self._means_defaults(section):
            return key in self._fallbacks
        if section not in self._tables:
            return False
        return key in self._tables[section] or key in self._fallbacks

    def optionxform(self, optionstr):
        return optionstr.lower()

    def set(self, section, option, value=None):
        """Give option of section the value value."""
        if value:
            value = self._scheme.before_set(self, section, option, value)
        table = self._table_for_update(section)
        table[self.optionxform(option)] = value

    def remove_option(self, section, option):
        """Drop option from section; tell whether it was there."""
        table = self._table_for_update(section)
        key = self.optionxform(option)
        if key not in table:
            return False
        del table[key]
        return True

    def remove_section(self, section):
        """Drop section; tell whether it was there."""
        if section not in self._tables:
            return False
        del self._tables[section]
        del self._views[section]
        return True

    # -- reading

    def read(self, filenames, encoding=None):
        """Read each file of filenames (one path or several) that can be
        opened; return the names of those read."""
        if isinstance(filenames, (str, bytes)) or hasattr(filenames,
                                                          '__fspath__'):
            filenames = [filenames]
        done = []
        for name in filenames:
            try:
                handle = open(name, encoding=encoding)
            except OSError:
                continue
            with handle:
                self._ingest(handle, name)
            if hasattr(name, '__fspath__'):
                name = os.fspath(name)
            done.append(name)
        return done

    def read_file(self, f, source=None):
        """Read the lines of f: an open file or any iterable of str."""
        if source is None:
            source = getattr(f, 'name', '<???>')
        self._ingest(f, source)

    def read_string(self, string, source='<string>'):
        """Read the configuration held in string."""
        self.read_file(_split_lines(string), source)

    def read_dict(self, dictionary, source='<dict>'):
        """Read a mapping of section names to mappings of options; names
        and values are turned into str (None values stay None)."""
        met = set()
        for label, pairs in dictionary.items():
            label = str(label)
            known = label == self.default_section or label in self._tables
            if not known or (label in met and self._strict_reads):
                self.add_section(label)     # raises for a known label
            met.add(label)
            for name, value in pairs.items():
                key = self.optionxform(str(name))
                if value is not None:
                    value = str(value)
                if (label, key) in met and self._strict_reads:
                    raise DuplicateOptionError(label, key, source)
                met.add((label, key))
                self.set(label, key, value)

    def _load_defaults(self, defaults):
        wrapped = {self.default_section: defaults}
        self.read_dict(wrapped)

    def _ingest(self, lines, source):
        loader = _Loader(self, source)
        try:
            number = 0
            for line in lines:
                number += 1
                loader.feed(number, line)
            loader.finish()
        finally:
            self._settle()

    def _settle(self):
        """Join the lines of the values just read; let the interpolation
        scheme see every value."""
        scheme = self._scheme
        groups = [(self.default_section, self._fallbacks)]
        groups.extend(self._tables.items())
        for label, table in groups:
            for key in list(table):
                value = table[key]
                if isinstance(value, _Fragments):
                    value = value.joined()
                table[key] = scheme.before_read(self, label, key, value)

    def _decomment(self, line):
        """(line without comment and outer blanks, whether it had some)."""
        bare = line.strip()
        if self._whole_line_marks and bare.startswith(self._whole_line_marks):
            return '', bare != ''
        cut = -1
        for mark in self._trailing_marks:
            at = line.find(mark)
            while at > 0 and not line[at - 1].isspace():
                at = line.find(mark, at + 1)
            if at >= 0 and (cut < 0 or at < cut):
                cut = at
        if cut < 0:
            return bare, False
        kept = line[:cut].strip()
        return kept, kept != bare

    def _header_of(self, text):
        found = self.SECTCRE.match(text)
        if found is None:
            return None
        return found.group('header')

    def _split_option(self, text):
        """(name, value) of an option line; value is None for a name
        alone when that is allowed.  None when the line is not valid."""
        where = -1
        width = 0
        for delim in self._delims:
            at = text.find(delim)
            if at >= 0 and (where < 0 or at < where):
                where, width = at, len(delim)
        if where >= 0:
            return text[:where], text[where + width:]
        if self._no_value_ok:
            return text, None
        return None

    # -- getting values

    def _scope(self, section, vars):
        if section in self._tables:
            own = self._tables[section]
        elif section == self.default_section:
            own = {}
        else:
            raise NoSectionError(section)
        given = {}
        if vars:
            for name, value in vars.items():
                if value is not None:
                    value = str(value)
                given[self.optionxform(name)] = value
        return _Layers(given, own, self._fallbacks)

    def get(self, section, option, *, raw=False, vars=None, fallback=_MISSING):
        """The value of option in section (or in the defaults), with its
        references substituted unless raw; vars, a mapping, is looked at
        first.  fallback, when given, is returned for a missing section or
        option."""
        try:
            scope = self._scope(section, vars)
        except NoSectionError:
            if fallback is _MISSING:
                raise
            return fallback
        key = self.optionxform(option)
        if key not in scope:
            if fallback is _MISSING:
                raise NoOptionError(key, section)
            return fallback
        value = scope[key]
        if raw or value is None:
            return value
        return self._scheme.before_get(self, section, key, value, scope)

    def _fetch_converted(self, section, option, conv, *, raw=False,
                         vars=None, fallback=_MISSING, **kwargs):
        try:
            text = self.get(section, option, raw=raw, vars=vars, **kwargs)
        except (NoSectionError, NoOptionError):
            if fallback is _MISSING:
                raise
            return fallback
        return conv(text)

    def getint(self, section, option, *, raw=False, vars=None,
               fallback=_MISSING, **kwargs):
        return self._fetch_converted(section, option, int, fallback=fallback,
                                     raw=raw, vars=vars, **kwargs)

    def getfloat(self, section, option, *, raw=False, vars=None,
                 fallback=_MISSING, **kwargs):
        return self._fetch_converted(section, option, float,
                                     fallback=fallback, raw=raw, vars=vars,
                                     **kwargs)

    def getboolean(self, section, option, *, raw=False, vars=None,
                   fallback=_MISSING, **kwargs):
        return self._fetch_converted(section, option, self._truth,
                                     fallback=fallback, raw=raw, vars=vars,
                                     **kwargs)

    def _truth(self, text):
        word = text.lower()
        if word not in self.BOOLEAN_STATES:
            raise ValueError('Not a boolean: %s' % text)
        return self.BOOLEAN_STATES[word]

    def items(self, section=_MISSING, raw=False, vars=None):
        """Without section: (name, SectionProxy) pairs, the default
        section first.  With it: the (option, value) pairs of section,
        inherited options included."""
        if section is _MISSING:
            return MutableMapping.items(self)
        merged = dict(self._fallbacks)
        if section in self._tables:
            merged.update(self._tables[section])
        elif section != self.default_section:
            raise NoSectionError(section)
        names = list(merged)
        if vars:
            for name, value in vars.items():
                merged[self.optionxform(name)] = value
        if raw:
            return [(name, merged[name]) for name in names]
        scheme = self._scheme
        return [(name, scheme.before_get(self, section, name, merged[name],
                                         merged))
                for name in names]

    def popitem(self):
        """Remove the first section and return (name, its proxy)."""
        names = self.sections()
        if not names:
            raise KeyError
        first = names[0]
        view = self[first]
        del self[first]
        return first, view

    def _check_types(self, *, section="", option="", value=""):
        if not isinstance(section, str):
            raise TypeError("section names must be strings")
        if not isinstance(option, str):
            raise TypeError("option keys must be strings")
        if (value or not self._no_value_ok) and not isinstance(value, str):
            raise TypeError("option values must be strings")

    # -- writing

    def write(self, fp, space_around_delimiters=True):
        """Write the configuration to fp in INI form (comments are lost)."""
        sep = self._delims[0]
        if space_around_delimiters:
            sep = " %s " % (sep,)
        if self._fallbacks:
            self._emit(fp, self.default_section, self._fallbacks, sep)
        if UNNAMED_SECTION in self._tables:
            self._emit(fp, UNNAMED_SECTION, self._tables[UNNAMED_SECTION],
                       sep, headed=False)
        for label, table in self._tables.items():
            if label is not UNNAMED_SECTION:
                self._emit(fp, label, table, sep)

    def _emit(self, fp, label, table, sep, headed=True):
        if headed:
            fp.write("[%s]\n" % (label,))
        scheme = self._scheme
        for key, value in table.items():
            value = scheme.before_write(self, label, key, value)
            if value is None and self._no_value_ok:
                fp.write("%s\n" % (key,))
            else:
                text = str(value).replace('\n', '\n\t')
                fp.write("%s%s%s\n" % (key, sep, text))
        fp.write("\n")

    # -- the mapping of section names to proxies

    def __getitem__(self, key):
        if key == self.default_section or self.has_section(key):
            return self._views[key]
        raise KeyError(key)

    def __setitem__(self, key, value):
        if key in self and self[key] is value:
            return
        if key == self.default_section:
            self._fallbacks.clear()
        elif key in self._tables:
            self._tables[key].clear()
        self.read_dict({key: value})

    def __delitem__(self, key):
        if key == self.default_section:
            raise ValueError("Cannot remove the default section.")
        if not self.has_section(key):
            raise KeyError(key)
        self.remove_section(key)

    def __contains__(self, key):
        return self.has_section(key) or key == self.default_section

    def __len__(self):
        return 1 + len(self._tables)

    def __iter__(self):
        yield self.default_section
        yield from list(self._tables)


class ConfigParser(RawConfigParser):
    """A RawConfigParser whose values are str and may hold '%(name)s'
    references."""

    _scheme_class = BasicInterpolation

    def set(self, section, option, value=None):
        """Give option of section the str value."""
        self._check_types(option=option, value=value)
        super().set(section, option, value)

    def add_section(self, section):
        """Create an empty section; its name must be a str."""
        self._check_types(section=section)
        super().add_section(section)

    def _load_defaults(self, defaults):
        # Defaults go in verbatim: no reference checking.
        scheme = self._scheme
        self._scheme = Interpolation()
        try:
            super()._load_defaults(defaults)
        finally:
            self._scheme = scheme


# --------------------------------------------------------- mapping views

class SectionProxy(MutableMapping):
    """One section of a parser seen as a mapping of its options (the
    inherited ones included).  It has a getNAME method for every converter
    of the parser."""

    def __init__(self, parser, name):
        self._cfg = parser
        self._label = name

    def __repr__(self):
        return '<Section: %s>' % (self._label,)

    @property
    def parser(self):
        return self._cfg

    @property
    def name(self):
        return self._label

    def _keys(self):
        if self._label == self._cfg.default_section:
            return self._cfg.defaults()
        return self._cfg.options(self._label)

    def __getitem__(self, key):
        if self._cfg.has_option(self._label, key):
            return self._cfg.get(self._label, key)
        raise KeyError(key)

    def __setitem__(self, key, value):
        self._cfg._check_types(option=key, value=value)
        return self._cfg.set(self._label, key, value)

    def __delitem__(self, key):
        removed = (self._cfg.has_option(self._label, key)
                   and self._cfg.remove_option(self._label, key))
        if not removed:
            raise KeyError(key)

    def __contains__(self, key):
        return self._cfg.has_option(self._label, key)

    def __len__(self):
        return len(self._keys())

    def __iter__(self):
        return iter(self._keys())

    def get(self, option, fallback=None, *, raw=False, vars=None, **kwargs):
        """The value of option, or fallback when there is none."""
        return self._cfg.get(self._label, option, fallback=fallback,
                             raw=raw, vars=vars, **kwargs)

    def __getattr__(self, attr):
        if not attr.startswith('_') and attr.startswith('get') and \
                attr[3:] and attr[3:] in self._cfg.converters:
            method = getattr(self._cfg, attr)
            label = self._label

            def converted(option, fallback=None, *, raw=False, vars=None,
                          **kwargs):
                return method(label, option, fallback=fallback, raw=raw,
                              vars=vars, **kwargs)
            return converted
        raise AttributeError("'%s' object has no attribute '%s'"
                             % (type(self).__name__, attr))


class _ConvertedGetter:
    """The getNAME method a converter gives its parser."""

    def __init__(self, parser, converter):
        self._cfg = parser
        self.converter = converter

    def __call__(self, section, option, *, raw=False, vars=None,
                 fallback=_MISSING, **kwargs):
        return self._cfg._fetch_converted(section, option, self.converter,
                                          fallback=fallback, raw=raw,
                                          vars=vars, **kwargs)


class ConverterMapping(MutableMapping):
    """The converters of a parser, by NAME.  Setting one gives the parser
    and its sections a getNAME method; the parser's own getNAME methods
    (getint, getfloat, getboolean...) are listed with None."""

    def __init__(self, parser):
        self._cfg = parser
        self._funcs = {}
        for attr in dir(parser):
            if len(attr) > 3 and attr.startswith('get') and \
                    callable(getattr(parser, attr)):
                self._funcs[attr[3:]] = None

    def __getitem__(self, key):
        return self._funcs[key]

    def __setitem__(self, key, value):
        try:
            attr = 'get' + key
        except TypeError:
            raise ValueError("Incompatible key: %s (type: %s)"
                             % (key, type(key)))
        if not key:
            raise ValueError('Incompatible key: cannot use "" as a name')
        self._funcs[key] = value
        setattr(self._cfg, attr, _ConvertedGetter(self._cfg, value))

    def __delitem__(self, key):
        if not key or not isinstance(key, str):
            raise KeyError(key)
        del self._funcs[key]
        try:
            delattr(self._cfg, 'get' + key)
        except AttributeError:
            pass

    def __iter__(self):
        return iter(self._funcs)

    def __len__(self):
        return len(self._funcs)
