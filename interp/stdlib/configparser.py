"""Configuration files in the INI format: sections of options, defaults,
interpolation of values, reading and writing."""

import os
import sys
from collections.abc import MutableMapping

__all__ = ['NoSectionError', 'DuplicateOptionError', 'DuplicateSectionError',
           'NoOptionError', 'InterpolationError', 'InterpolationDepthError',
           'InterpolationMissingOptionError', 'InterpolationSyntaxError',
           'ParsingError', 'MissingSectionHeaderError',
           'MultilineContinuationError', 'ConfigParser', 'RawConfigParser',
           'Interpolation', 'BasicInterpolation', 'ExtendedInterpolation',
           'SectionProxy', 'ConverterMapping', 'DEFAULTSECT',
           'MAX_INTERPOLATION_DEPTH']

DEFAULTSECT = "DEFAULT"
MAX_INTERPOLATION_DEPTH = 10


# Exceptions

class Error(Exception):
    """The base of the configparser exceptions."""

    def __init__(self, msg=''):
        self.message = msg
        Exception.__init__(self, msg)

    def __repr__(self):
        return self.message

    __str__ = __repr__


class NoSectionError(Error):
    """A section was asked for that does not exist."""

    def __init__(self, section):
        Error.__init__(self, 'No section: %r' % (section,))
        self.section = section
        self.args = (section,)


def _where(source, lineno):
    text = "While reading from " + repr(source)
    if lineno is not None:
        text += " [line %2d]" % lineno
    return text


class DuplicateSectionError(Error):
    """A section was added, or read, twice."""

    def __init__(self, section, source=None, lineno=None):
        if source is not None:
            msg = _where(source, lineno) + ": section " + repr(section) + " already exists"
        else:
            msg = "Section " + repr(section) + " already exists"
        Error.__init__(self, msg)
        self.section = section
        self.source = source
        self.lineno = lineno
        self.args = (section, source, lineno)


class DuplicateOptionError(Error):
    """An option was read twice in one section."""

    def __init__(self, section, option, source=None, lineno=None):
        what = repr(option) + " in section " + repr(section) + " already exists"
        if source is not None:
            msg = _where(source, lineno) + ": option " + what
        else:
            msg = "Option " + what
        Error.__init__(self, msg)
        self.section = section
        self.option = option
        self.source = source
        self.lineno = lineno
        self.args = (section, option, source, lineno)


class NoOptionError(Error):
    """An option was asked for that the section does not have."""

    def __init__(self, option, section):
        Error.__init__(self, "No option %r in section: %r" % (option, section))
        self.option = option
        self.section = section
        self.args = (option, section)


class InterpolationError(Error):
    """The base of the errors of interpolation."""

    def __init__(self, option, section, msg):
        Error.__init__(self, msg)
        self.option = option
        self.section = section
        self.args = (option, section, msg)


class InterpolationMissingOptionError(InterpolationError):
    """A value refers to an option that does not exist."""

    def __init__(self, option, section, rawval, reference):
        msg = ("Bad value substitution: option %r in section %r contains an "
               "interpolation key %r which is not a valid option name. "
               "Raw value: %r" % (option, section, reference, rawval))
        InterpolationError.__init__(self, option, section, msg)
        self.reference = reference
        self.args = (option, section, rawval, reference)


class InterpolationSyntaxError(InterpolationError):
    """A value's interpolation syntax is wrong."""


class InterpolationDepthError(InterpolationError):
    """References nest deeper than MAX_INTERPOLATION_DEPTH."""

    def __init__(self, option, section, rawval):
        msg = ("Recursion limit exceeded in value substitution: option %r "
               "in section %r contains an interpolation key which cannot "
               "be substituted in %d steps. Raw value: %r"
               % (option, section, MAX_INTERPOLATION_DEPTH, rawval))
        InterpolationError.__init__(self, option, section, msg)
        self.args = (option, section, rawval)


class ParsingError(Error):
    """Lines of a source that are not INI syntax."""

    def __init__(self, source, *args):
        Error.__init__(self, 'Source contains parsing errors: %r' % (source,))
        self.source = source
        self.errors = []
        self.args = (source,)
        if args:
            self.append(*args)

    def append(self, lineno, line):
        self.errors.append((lineno, line))
        self.message += '\n\t[line %2d]: %s' % (lineno, repr(line))

    def combine(self, others):
        for other in others:
            for error in other.errors:
                self.append(*error)
        return self


class MissingSectionHeaderError(ParsingError):
    """A source has options before its first section header."""

    def __init__(self, filename, lineno, line):
        Error.__init__(self, 'File contains no section headers.\nfile: %r, line: %d\n%r'
                       % (filename, lineno, line))
        self.source = filename
        self.lineno = lineno
        self.line = line
        self.args = (filename, lineno, line)


class MultilineContinuationError(ParsingError):
    """An option without a value is followed by an indented line."""

    def __init__(self, filename, lineno, line):
        Error.__init__(self, "Key without value continued with an indented line.\n"
                       "file: %r, line: %d\n%r" % (filename, lineno, line))
        self.source = filename
        self.lineno = lineno
        self.line = line
        self.args = (filename, lineno, line)


class _Unset:
    def __repr__(self):
        return '<object>'


_UNSET = _Unset()


# Interpolation

class Interpolation:
    """No interpolation: values are returned as they are stored."""

    def before_get(self, parser, section, option, value, defaults):
        return value

    def before_set(self, parser, section, option, value):
        return value

    def before_read(self, parser, section, option, value):
        return value

    def before_write(self, parser, section, option, value):
        return value


def _find_refs(text, sigil, opener, closer):
    """The (start, end, name) of each ${name} or %(name)s in text."""
    refs = []
    i = 0
    suffix = 's' if sigil == '%' else ''
    while True:
        i = text.find(sigil + opener, i)
        if i < 0:
            return refs
        j = text.find(closer, i + 2)
        if j > i + 2 and text[j + 1:j + 1 + len(suffix)] == suffix:
            end = j + 1 + len(suffix)
            refs.append((i, end, text[i + 2:j]))
            i = end
        else:
            i += 1


def _match_ref(rest, sigil, opener, closer):
    """The name and length of the reference rest starts with, or None."""
    if not rest.startswith(sigil + opener):
        return None
    j = rest.find(closer, 2)
    if j <= 2:
        return None
    if sigil == '%':
        if rest[j + 1:j + 2] != 's':
            return None
        return rest[2:j], j + 2
    return rest[2:j], j + 1


def _strip_refs(value, sigil, opener, closer):
    value = value.replace(sigil + sigil, '')
    out = []
    last = 0
    for start, end, _ in _find_refs(value, sigil, opener, closer):
        out.append(value[last:start])
        last = end
    out.append(value[last:])
    return ''.join(out)


class BasicInterpolation(Interpolation):
    """'%(name)s' is replaced by the value of option name of the same
    section (or the defaults); '%%' is a '%'."""

    def before_get(self, parser, section, option, value, defaults):
        parts = []
        self._interpolate_some(parser, option, parts, value, section, defaults, 1)
        return ''.join(parts)

    def before_set(self, parser, section, option, value):
        rest = _strip_refs(value, '%', '(', ')')
        if '%' in rest:
            raise ValueError("invalid interpolation syntax in %r at position %d"
                             % (value, rest.find('%')))
        return value

    def _interpolate_some(self, parser, option, accum, rest, section, values, depth):
        rawval = parser.get(section, option, raw=True, fallback=rest)
        if depth > MAX_INTERPOLATION_DEPTH:
            raise InterpolationDepthError(option, section, rawval)
        while rest:
            p = rest.find('%')
            if p < 0:
                accum.append(rest)
                return
            if p > 0:
                accum.append(rest[:p])
                rest = rest[p:]
            c = rest[1:2]
            if c == '%':
                accum.append('%')
                rest = rest[2:]
            elif c == '(':
                ref = _match_ref(rest, '%', '(', ')')
                if ref is None:
                    raise InterpolationSyntaxError(option, section,
                                                   "bad interpolation variable reference %r" % (rest,))
                name = parser.optionxform(ref[0])
                rest = rest[ref[1]:]
                try:
                    v = values[name]
                except KeyError:
                    raise InterpolationMissingOptionError(option, section, rawval, name) from None
                if '%' in v:
                    self._interpolate_some(parser, option, accum, v, section, values, depth + 1)
                else:
                    accum.append(v)
            else:
                raise InterpolationSyntaxError(
                    option, section,
                    "'%%' must be followed by '%%' or '(', found: %r" % (rest,))


class ExtendedInterpolation(Interpolation):
    """'${name}' is replaced by the value of option name of the same
    section, '${section:name}' by that of another section; '$$' is a '$'."""

    def before_get(self, parser, section, option, value, defaults):
        parts = []
        self._interpolate_some(parser, option, parts, value, section, defaults, 1)
        return ''.join(parts)

    def before_set(self, parser, section, option, value):
        rest = _strip_refs(value, '$', '{', '}')
        if '$' in rest:
            raise ValueError("invalid interpolation syntax in %r at position %d"
                             % (value, rest.find('$')))
        return value

    def _interpolate_some(self, parser, option, accum, rest, section, values, depth):
        rawval = parser.get(section, option, raw=True, fallback=rest)
        if depth > MAX_INTERPOLATION_DEPTH:
            raise InterpolationDepthError(option, section, rawval)
        while rest:
            p = rest.find('$')
            if p < 0:
                accum.append(rest)
                return
            if p > 0:
                accum.append(rest[:p])
                rest = rest[p:]
            c = rest[1:2]
            if c == '$':
                accum.append('$')
                rest = rest[2:]
            elif c == '{':
                ref = _match_ref(rest, '$', '{', '}')
                if ref is None:
                    raise InterpolationSyntaxError(option, section,
                                                   "bad interpolation variable reference %r" % (rest,))
                path = ref[0].split(':')
                rest = rest[ref[1]:]
                sect = section
                opt = option
                try:
                    if len(path) == 1:
                        opt = parser.optionxform(path[0])
                        v = values[opt]
                    elif len(path) == 2:
                        sect = path[0]
                        opt = parser.optionxform(path[1])
                        v = parser.get(sect, opt, raw=True)
                    else:
                        raise InterpolationSyntaxError(
                            option, section, "More than one ':' found: %r" % (rest,))
                except (KeyError, NoSectionError, NoOptionError):
                    raise InterpolationMissingOptionError(option, section, rawval,
                                                          ':'.join(path)) from None
                if '$' in v:
                    self._interpolate_some(parser, opt, accum, v, sect,
                                           dict(parser.items(sect, raw=True)), depth + 1)
                else:
                    accum.append(v)
            else:
                raise InterpolationSyntaxError(
                    option, section,
                    "'$' must be followed by '$' or '{', found: %r" % (rest,))


class _Chain:
    """Looks a key up in several mappings, first to last."""

    def __init__(self, *maps):
        self.maps = maps

    def __getitem__(self, key):
        for m in self.maps:
            if key in m:
                return m[key]
        raise KeyError(key)

    def __contains__(self, key):
        for m in self.maps:
            if key in m:
                return True
        return False

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def keys(self):
        seen = {}
        for m in reversed(self.maps):
            for k in m:
                seen[k] = None
        return list(seen)

    def __iter__(self):
        return iter(self.keys())

    def __len__(self):
        return len(self.keys())


def _is_space(c):
    return c.isspace()


class RawConfigParser(MutableMapping):
    """A configuration of sections of options, without interpolation."""

    _DEFAULT_INTERPOLATION = Interpolation()
    BOOLEAN_STATES = {'1': True, 'yes': True, 'true': True, 'on': True,
                      '0': False, 'no': False, 'false': False, 'off': False}

    def __init__(self, defaults=None, dict_type=dict, allow_no_value=False, *,
                 delimiters=('=', ':'), comment_prefixes=('#', ';'),
                 inline_comment_prefixes=None, strict=True,
                 empty_lines_in_values=True, default_section=DEFAULTSECT,
                 interpolation=_UNSET, converters=_UNSET,
                 allow_unnamed_section=False):
        self._dict = dict_type
        self._sections = self._dict()
        self._defaults = self._dict()
        self._converters = ConverterMapping(self)
        self._proxies = self._dict()
        self._proxies[default_section] = SectionProxy(self, default_section)
        self._delimiters = tuple(delimiters)
        self._full_prefixes = tuple(comment_prefixes or ())
        self._inline_prefixes = tuple(inline_comment_prefixes or ())
        self._strict = strict
        self._allow_no_value = allow_no_value
        self._empty_lines_in_values = empty_lines_in_values
        self.default_section = default_section
        if allow_unnamed_section:
            raise NotImplementedError("allow_unnamed_section is not supported")
        self._interpolation = interpolation
        if self._interpolation is _UNSET:
            self._interpolation = self._DEFAULT_INTERPOLATION
        if self._interpolation is None:
            self._interpolation = Interpolation()
        if not isinstance(self._interpolation, Interpolation):
            raise TypeError("interpolation= must be None or an instance of "
                            "Interpolation; got an object of type %s"
                            % (type(self._interpolation),))
        if converters is not _UNSET:
            self._converters.update(converters)
        if defaults:
            self._read_defaults(defaults)

    def defaults(self):
        return self._defaults

    def sections(self):
        """The names of the sections, DEFAULT left out."""
        return list(self._sections.keys())

    def add_section(self, section):
        """Add a section named section."""
        if section == self.default_section:
            raise ValueError('Invalid section name: %r' % (section,))
        if section in self._sections:
            raise DuplicateSectionError(section)
        self._sections[section] = self._dict()
        self._proxies[section] = SectionProxy(self, section)

    def has_section(self, section):
        """Whether section exists (DEFAULT does not count)."""
        return section in self._sections

    def options(self, section):
        """The options of section, the defaults included."""
        try:
            opts = self._sections[section].copy()
        except KeyError:
            raise NoSectionError(section) from None
        opts.update(self._defaults)
        return list(opts.keys())

    def read(self, filenames, encoding=None):
        """Read the files that can be opened of filenames (a path or a
        list of them); return the list of those read."""
        if isinstance(filenames, (str, bytes)) or hasattr(filenames, '__fspath__'):
            filenames = [filenames]
        read_ok = []
        for filename in filenames:
            try:
                with open(filename, encoding=encoding) as fp:
                    self._read(fp, filename)
            except OSError:
                continue
            if hasattr(filename, '__fspath__'):
                filename = os.fspath(filename)
            read_ok.append(filename)
        return read_ok

    def read_file(self, f, source=None):
        """Read the lines of f, an open file or any iterable of lines."""
        if source is None:
            try:
                source = f.name
            except AttributeError:
                source = '<???>'
        self._read(f, source)

    def read_string(self, string, source='<string>'):
        """Read the configuration in string."""
        self._read(_lines_of(string), source)

    def read_dict(self, dictionary, source='<dict>'):
        """Read sections and their options from a mapping of mappings."""
        added = set()
        for section, keys in dictionary.items():
            section = str(section)
            try:
                self.add_section(section)
            except (DuplicateSectionError, ValueError):
                if self._strict and section in added:
                    raise
            added.add(section)
            for key, value in keys.items():
                key = self.optionxform(str(key))
                if value is not None:
                    value = str(value)
                if self._strict and (section, key) in added:
                    raise DuplicateOptionError(section, key, source)
                added.add((section, key))
                self.set(section, key, value)

    def get(self, section, option, *, raw=False, vars=None, fallback=_UNSET):
        """The value of option in section (or the defaults), interpolated
        unless raw; fallback if there is no such option."""
        try:
            d = self._unify_values(section, vars)
        except NoSectionError:
            if fallback is _UNSET:
                raise
            return fallback
        option = self.optionxform(option)
        try:
            value = d[option]
        except KeyError:
            if fallback is _UNSET:
                raise NoOptionError(option, section)
            return fallback
        if raw or value is None:
            return value
        return self._interpolation.before_get(self, section, option, value, d)

    def _get(self, section, conv, option, **kwargs):
        return conv(self.get(section, option, **kwargs))

    def _get_conv(self, section, option, conv, *, raw=False, vars=None,
                  fallback=_UNSET, **kwargs):
        try:
            return self._get(section, conv, option, raw=raw, vars=vars, **kwargs)
        except (NoSectionError, NoOptionError):
            if fallback is _UNSET:
                raise
            return fallback

    def getint(self, section, option, *, raw=False, vars=None,
               fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, int, raw=raw, vars=vars,
                              fallback=fallback, **kwargs)

    def getfloat(self, section, option, *, raw=False, vars=None,
                 fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, float, raw=raw, vars=vars,
                              fallback=fallback, **kwargs)

    def getboolean(self, section, option, *, raw=False, vars=None,
                   fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, self._convert_to_boolean,
                              raw=raw, vars=vars, fallback=fallback, **kwargs)

    def items(self, section=_UNSET, raw=False, vars=None):
        """Without section, the (name, SectionProxy) pairs, DEFAULT
        first; with it, the (option, value) pairs of that section."""
        if section is _UNSET:
            return MutableMapping.items(self)
        d = self._defaults.copy()
        try:
            d.update(self._sections[section])
        except KeyError:
            if section != self.default_section:
                raise NoSectionError(section)
        names = list(d.keys())
        if vars:
            for key, value in vars.items():
                d[self.optionxform(key)] = value
        if raw:
            return [(name, d[name]) for name in names]
        return [(name, self._interpolation.before_get(self, section, name, d[name], d))
                for name in names]

    def popitem(self):
        """Remove a section (not DEFAULT) and return (name, proxy)."""
        for key in self.sections():
            value = self[key]
            del self[key]
            return key, value
        raise KeyError

    def optionxform(self, optionstr):
        return optionstr.lower()

    def has_option(self, section, option):
        """Whether section (or DEFAULT, for a false section) has option."""
        if not section or section == self.default_section:
            return self.optionxform(option) in self._defaults
        if section not in self._sections:
            return False
        option = self.optionxform(option)
        return option in self._sections[section] or option in self._defaults

    def set(self, section, option, value=None):
        """Set option of section to value."""
        if value:
            value = self._interpolation.before_set(self, section, option, value)
        if not section or section == self.default_section:
            sectdict = self._defaults
        else:
            try:
                sectdict = self._sections[section]
            except KeyError:
                raise NoSectionError(section) from None
        sectdict[self.optionxform(option)] = value

    def write(self, fp, space_around_delimiters=True):
        """Write the configuration in INI format to fp (comments are not
        kept)."""
        if space_around_delimiters:
            d = " %s " % (self._delimiters[0],)
        else:
            d = self._delimiters[0]
        if self._defaults:
            self._write_section(fp, self.default_section, self._defaults.items(), d)
        for section in self._sections:
            self._write_section(fp, section, self._sections[section].items(), d)

    def _write_section(self, fp, section_name, section_items, delimiter):
        fp.write("[%s]\n" % (section_name,))
        for key, value in section_items:
            value = self._interpolation.before_write(self, section_name, key, value)
            if value is not None or not self._allow_no_value:
                value = delimiter + str(value).replace('\n', '\n\t')
            else:
                value = ""
            fp.write("%s%s\n" % (key, value))
        fp.write("\n")

    def remove_option(self, section, option):
        """Remove option from section; return whether it existed."""
        if not section or section == self.default_section:
            sectdict = self._defaults
        else:
            try:
                sectdict = self._sections[section]
            except KeyError:
                raise NoSectionError(section) from None
        option = self.optionxform(option)
        existed = option in sectdict
        if existed:
            del sectdict[option]
        return existed

    def remove_section(self, section):
        """Remove section; return whether it existed."""
        existed = section in self._sections
        if existed:
            del self._sections[section]
            del self._proxies[section]
        return existed

    def __getitem__(self, key):
        if key != self.default_section and not self.has_section(key):
            raise KeyError(key)
        return self._proxies[key]

    def __setitem__(self, key, value):
        if key in self and self[key] is value:
            return
        if key == self.default_section:
            self._defaults.clear()
        elif key in self._sections:
            self._sections[key].clear()
        self.read_dict({key: value})

    def __delitem__(self, key):
        if key == self.default_section:
            raise ValueError("Cannot remove the default section.")
        if not self.has_section(key):
            raise KeyError(key)
        self.remove_section(key)

    def __contains__(self, key):
        return key == self.default_section or self.has_section(key)

    def __len__(self):
        return len(self._sections) + 1

    def __iter__(self):
        return iter([self.default_section] + list(self._sections.keys()))

    # Reading

    def _clean(self, line):
        """The line without its comment, stripped, and whether it had one."""
        stripped = line.strip()
        for prefix in self._full_prefixes:
            if stripped.startswith(prefix):
                return '', stripped != ''
        cut = -1
        for prefix in self._inline_prefixes:
            if not prefix:
                continue
            at = line.find(prefix)
            while at > 0 and not line[at - 1].isspace():
                at = line.find(prefix, at + 1)
            if at >= 0 and (cut < 0 or at < cut):
                cut = at
        if cut >= 0:
            clean = line[:cut].strip()
        else:
            clean = stripped
        return clean, stripped != clean

    def _split_option(self, text):
        """(name, value) of an option line, value None when it has no
        delimiter and options may go without values; None if it is not
        an option line."""
        best = -1
        best_delim = None
        for delim in self._delimiters:
            if not delim:
                continue
            at = text.find(delim)
            if at >= 0 and (best < 0 or at < best):
                best = at
                best_delim = delim
        if best < 0:
            if self._allow_no_value:
                return text, None
            return None
        return text[:best], text[best + len(best_delim):]

    def _read(self, fp, fpname):
        errors = []
        added = set()
        cursect = None
        sectname = None
        optname = None
        indent_level = 0
        try:
            lineno = 0
            for line in fp:
                lineno += 1
                clean, has_comments = self._clean(line)
                if not clean:
                    if self._empty_lines_in_values:
                        if (not has_comments and cursect is not None and optname
                                and cursect[optname] is not None):
                            cursect[optname].append('')
                    else:
                        indent_level = sys.maxsize
                    continue
                cur_indent = 0
                for c in line:
                    if not c.isspace():
                        break
                    cur_indent += 1
                else:
                    cur_indent = 0
                if cursect is not None and optname and cur_indent > indent_level:
                    if cursect[optname] is None:
                        raise MultilineContinuationError(fpname, lineno, line)
                    cursect[optname].append(clean)
                    continue
                indent_level = cur_indent
                header = None
                if clean.startswith('['):
                    close = clean.rfind(']')
                    if close > 1:
                        header = clean[1:close]
                if header is None and cursect is None:
                    raise MissingSectionHeaderError(fpname, lineno, line)
                if header is not None:
                    sectname = header
                    if sectname in self._sections:
                        if self._strict and sectname in added:
                            raise DuplicateSectionError(sectname, fpname, lineno)
                        cursect = self._sections[sectname]
                        added.add(sectname)
                    elif sectname == self.default_section:
                        cursect = self._defaults
                    else:
                        cursect = self._dict()
                        self._sections[sectname] = cursect
                        self._proxies[sectname] = SectionProxy(self, sectname)
                        added.add(sectname)
                    optname = None
                    continue
                parts = self._split_option(clean)
                if parts is None:
                    errors.append(ParsingError(fpname, lineno, line))
                    continue
                optname, optval = parts
                if not optname.strip():
                    errors.append(ParsingError(fpname, lineno, line))
                optname = self.optionxform(optname.rstrip())
                if self._strict and (sectname, optname) in added:
                    raise DuplicateOptionError(sectname, optname, fpname, lineno)
                added.add((sectname, optname))
                if optval is not None:
                    cursect[optname] = [optval.strip()]
                else:
                    cursect[optname] = None
            if errors:
                raise errors[0].combine(errors[1:])
        finally:
            self._join_multiline_values()

    def _join_multiline_values(self):
        everything = [(self.default_section, self._defaults)] + list(self._sections.items())
        for section, options in everything:
            for name in list(options.keys()):
                val = options[name]
                if isinstance(val, list):
                    val = '\n'.join(val).rstrip()
                    options[name] = self._interpolation.before_read(self, section, name, val)

    def _read_defaults(self, defaults):
        self.read_dict({self.default_section: defaults})

    def _unify_values(self, section, vars):
        try:
            sectiondict = self._sections[section]
        except KeyError:
            if section != self.default_section:
                raise NoSectionError(section) from None
            sectiondict = {}
        vardict = {}
        if vars:
            for key, value in vars.items():
                if value is not None:
                    value = str(value)
                vardict[self.optionxform(key)] = value
        return _Chain(vardict, sectiondict, self._defaults)

    def _convert_to_boolean(self, value):
        if value.lower() not in self.BOOLEAN_STATES:
            raise ValueError('Not a boolean: %s' % value)
        return self.BOOLEAN_STATES[value.lower()]

    def _validate_value_types(self, *, section="", option="", value=""):
        if not isinstance(section, str):
            raise TypeError("section names must be strings")
        if not isinstance(option, str):
            raise TypeError("option keys must be strings")
        if not self._allow_no_value or value:
            if not isinstance(value, str):
                raise TypeError("option values must be strings")

    @property
    def converters(self):
        return self._converters


def _lines_of(text):
    """The lines of text with their ends, as io.StringIO gives them."""
    parts = text.split('\n')
    lines = [p + '\n' for p in parts[:-1]]
    if parts[-1]:
        lines.append(parts[-1])
    return lines


class ConfigParser(RawConfigParser):
    """A configuration with '%(name)s' interpolation of its values."""

    _DEFAULT_INTERPOLATION = BasicInterpolation()

    def set(self, section, option, value=None):
        """Set option of section to value, a str."""
        self._validate_value_types(option=option, value=value)
        RawConfigParser.set(self, section, option, value)

    def add_section(self, section):
        """Add a section named section, a str."""
        self._validate_value_types(section=section)
        RawConfigParser.add_section(self, section)

    def _read_defaults(self, defaults):
        hold = self._interpolation
        self._interpolation = Interpolation()
        try:
            self.read_dict({self.default_section: defaults})
        finally:
            self._interpolation = hold


class SectionProxy(MutableMapping):
    """One section of a parser, as a mapping of its options."""

    def __init__(self, parser, name):
        self._parser = parser
        self._name = name

    def __repr__(self):
        return '<Section: %s>' % (self._name,)

    def __getitem__(self, key):
        if not self._parser.has_option(self._name, key):
            raise KeyError(key)
        return self._parser.get(self._name, key)

    def __setitem__(self, key, value):
        self._parser._validate_value_types(option=key, value=value)
        return self._parser.set(self._name, key, value)

    def __delitem__(self, key):
        if not (self._parser.has_option(self._name, key) and
                self._parser.remove_option(self._name, key)):
            raise KeyError(key)

    def __contains__(self, key):
        return self._parser.has_option(self._name, key)

    def __len__(self):
        return len(self._options())

    def __iter__(self):
        return iter(self._options())

    def _options(self):
        if self._name != self._parser.default_section:
            return self._parser.options(self._name)
        return list(self._parser.defaults())

    @property
    def parser(self):
        return self._parser

    @property
    def name(self):
        return self._name

    def get(self, option, fallback=None, *, raw=False, vars=None, _impl=None, **kwargs):
        """The value of option, or fallback."""
        if not _impl:
            _impl = self._parser.get
        return _impl(self._name, option, raw=raw, vars=vars, fallback=fallback, **kwargs)

    def getint(self, option, fallback=None, *, raw=False, vars=None, **kwargs):
        return self._parser.getint(self._name, option, raw=raw, vars=vars,
                                   fallback=fallback, **kwargs)

    def getfloat(self, option, fallback=None, *, raw=False, vars=None, **kwargs):
        return self._parser.getfloat(self._name, option, raw=raw, vars=vars,
                                     fallback=fallback, **kwargs)

    def getboolean(self, option, fallback=None, *, raw=False, vars=None, **kwargs):
        return self._parser.getboolean(self._name, option, raw=raw, vars=vars,
                                       fallback=fallback, **kwargs)

    def __getattr__(self, name):
        if name.startswith('get') and name != 'get':
            conv = self._parser._converters.get(name[3:])
            if conv is not None:
                section = self._name
                parser = self._parser

                def getter(option, fallback=None, *, raw=False, vars=None, **kwargs):
                    return parser._get_conv(section, option, conv, raw=raw, vars=vars,
                                            fallback=fallback, **kwargs)
                return getter
        raise AttributeError("'SectionProxy' object has no attribute '%s'" % (name,))


class ConverterMapping(MutableMapping):
    """The converters of a parser: NAME -> function, each giving the
    parser (and its sections) a getNAME method."""

    def __init__(self, parser):
        self._parser = parser
        self._data = {}
        for name in ('int', 'float', 'boolean'):
            self._data[name] = None

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        try:
            k = 'get' + key
        except TypeError:
            raise ValueError('Incompatible key: {} (type: {})'.format(key, type(key)))
        if k == 'get':
            raise ValueError('Incompatible key: cannot use "" as a name')
        self._data[key] = value
        parser = self._parser

        def getter(section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
            return parser._get_conv(section, option, value, raw=raw, vars=vars,
                                    fallback=fallback, **kwargs)
        setattr(parser, k, getter)

    def __delitem__(self, key):
        try:
            k = 'get' + (key or None)
        except TypeError:
            raise KeyError(key)
        del self._data[key]
        try:
            delattr(self._parser, k)
        except AttributeError:
            pass

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)

