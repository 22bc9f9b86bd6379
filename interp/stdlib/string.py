"""A collection of string constants, capwords and Template."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]


def capwords(s, sep=None):
    """Split s on sep, capitalise each word and join them with sep
    (a single space when sep is None)."""
    return (sep or ' ').join([w.capitalize() for w in s.split(sep)])


_ID_START = ascii_letters + '_'
_ID_REST = _ID_START + digits


def _identifier_end(s, i):
    """The end of the identifier starting at i, or i if there is none."""
    n = len(s)
    if i < n and s[i] in _ID_START:
        i += 1
        while i < n and s[i] in _ID_REST:
            i += 1
    return i


class _Chain:
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


class Template:
    """Text with $name and ${name} placeholders, filled in by substitute()."""
    delimiter = '$'
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _placeholders(self):
        # (kind, start, end, name, invalid_at) for each placeholder: kind
        # is 'escaped', 'named', 'braced' or 'invalid'.
        s = self.template
        d = self.delimiter
        n = len(s)
        dn = len(d)
        found = []
        i = 0
        while True:
            i = s.find(d, i)
            if i < 0:
                break
            j = i + dn
            if s.startswith(d, j):
                found.append(('escaped', i, j + dn, None, j))
                i = j + dn
                continue
            k = _identifier_end(s, j)
            if k > j:
                found.append(('named', i, k, s[j:k], j))
                i = k
                continue
            if j < n and s[j] == '{':
                k = _identifier_end(s, j + 1)
                if k > j + 1 and k < n and s[k] == '}':
                    found.append(('braced', i, k + 1, s[j + 1:k], j))
                    i = k + 1
                    continue
            found.append(('invalid', i, j, None, j))
            i = j
        return found

    def _invalid(self, at):
        lines = self.template[:at].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = at - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def _mapping(self, args, kws):
        if len(args) > 1:
            raise TypeError('Too many positional arguments')
        if not args:
            return kws
        if kws:
            return _Chain(kws, args[0])
        return args[0]

    def _render(self, mapping, safe):
        s = self.template
        parts = []
        last = 0
        for kind, start, end, name, at in self._placeholders():
            parts.append(s[last:start])
            last = end
            if kind == 'escaped':
                parts.append(self.delimiter)
            elif kind == 'invalid':
                if not safe:
                    self._invalid(at)
                parts.append(s[start:end])
            elif safe:
                try:
                    parts.append(str(mapping[name]))
                except KeyError:
                    parts.append(s[start:end])
            else:
                parts.append(str(mapping[name]))
        parts.append(s[last:])
        return ''.join(parts)

    def substitute(self, *args, **kws):
        return self._render(self._mapping(args, kws), False)

    def safe_substitute(self, *args, **kws):
        return self._render(self._mapping(args, kws), True)

    def is_valid(self):
        for p in self._placeholders():
            if p[0] == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        for p in self._placeholders():
            if p[3] is not None and p[3] not in ids:
                ids.append(p[3])
        return ids


class Formatter:
    """str.format as a class whose steps can be overridden."""

    def format(self, format_string, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used = set()
        result = self._vformat(format_string, args, kwargs, used, 2)
        self.check_unused_args(used, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used, depth):
        if depth < 0:
            raise ValueError('Max string recursion exceeded')
        out = []
        auto = 0
        for literal, field, spec, conv in self.parse(format_string):
            if literal:
                out.append(literal)
            if field is None:
                continue
            if field == '':
                if auto is False:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                field = str(auto)
                auto += 1
            elif field.split('.')[0].split('[')[0].isdigit():
                if auto:
                    raise ValueError('cannot switch from automatic field '
                                     'numbering to manual field '
                                     'specification')
                auto = False
            obj, key = self.get_field(field, args, kwargs)
            used.add(key)
            obj = self.convert_field(obj, conv)
            spec = self._vformat(spec, args, kwargs, used, depth - 1)
            out.append(self.format_field(obj, spec))
        return ''.join(out)

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        """Yield (literal_text, field_name, format_spec, conversion)."""
        s = format_string
        n = len(s)
        i = 0
        literal = []
        result = []
        while i < n:
            c = s[i]
            if c == '{':
                if i + 1 < n and s[i + 1] == '{':
                    # An escaped brace ends a literal chunk, as in CPython.
                    literal.append('{')
                    result.append((''.join(literal), None, None, None))
                    literal = []
                    i += 2
                    continue
                depth = 1
                j = i + 1
                while j < n and depth:
                    if s[j] == '{':
                        depth += 1
                    elif s[j] == '}':
                        depth -= 1
                    j += 1
                if depth:
                    raise ValueError("expected '}' before end of string")
                body = s[i + 1:j - 1]
                conv = None
                spec = ''
                colon = body.find(':')
                bang = body.find('!')
                if bang >= 0 and (colon < 0 or bang < colon):
                    name = body[:bang]
                    rest = body[bang + 1:]
                    if ':' in rest:
                        conv, spec = rest.split(':', 1)
                    else:
                        conv = rest
                    if len(conv) != 1:
                        raise ValueError('expected \':\' after conversion specifier')
                elif colon >= 0:
                    name = body[:colon]
                    spec = body[colon + 1:]
                else:
                    name = body
                result.append((''.join(literal), name, spec, conv))
                literal = []
                i = j
            elif c == '}':
                if i + 1 < n and s[i + 1] == '}':
                    # An escaped brace ends a literal chunk, as in CPython.
                    literal.append('}')
                    result.append((''.join(literal), None, None, None))
                    literal = []
                    i += 2
                    continue
                raise ValueError("Single '}' encountered in format string")
            else:
                literal.append(c)
                i += 1
        if literal:
            result.append((''.join(literal), None, None, None))
        return iter(result)

    def get_field(self, field_name, args, kwargs):
        first = field_name
        rest = ''
        for k, ch in enumerate(field_name):
            if ch in '.[':
                first = field_name[:k]
                rest = field_name[k:]
                break
        key = int(first) if first.isdigit() else first
        obj = self.get_value(key, args, kwargs)
        while rest:
            if rest[0] == '.':
                k = 1
                while k < len(rest) and rest[k] not in '.[':
                    k += 1
                obj = getattr(obj, rest[1:k])
                rest = rest[k:]
            else:
                k = rest.find(']')
                if k < 0:
                    raise ValueError("Missing ']' in format string")
                item = rest[1:k]
                obj = obj[int(item) if item.isdigit() else item]
                rest = rest[k + 1:]
        return obj, key
