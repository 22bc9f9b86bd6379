"""Take URLs apart and put them back together (RFC 3986), resolve relative
references, and percent-encode or decode their parts and query strings."""

from collections import namedtuple

__all__ = ['urlparse', 'urlunparse', 'urljoin', 'urldefrag', 'urlsplit',
           'urlunsplit', 'urlencode', 'parse_qs', 'parse_qsl', 'quote',
           'quote_plus', 'quote_from_bytes', 'unquote', 'unquote_plus',
           'unquote_to_bytes', 'DefragResult', 'ParseResult', 'SplitResult']

# Schemes whose URLs may be relative, carry a network location, or
# parameters after ';' in the last path segment.
uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap', 'wais', 'file',
                 'https', 'shttp', 'mms', 'prospero', 'rtsp', 'rtsps',
                 'rtspu', 'sftp', 'svn', 'svn+ssh', 'ws', 'wss']
uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet', 'imap', 'wais',
               'file', 'mms', 'https', 'shttp', 'snews', 'prospero', 'rtsp',
               'rtsps', 'rtspu', 'rsync', 'svn', 'svn+ssh', 'sftp', 'nfs',
               'git', 'git+ssh', 'ws', 'wss', 'itms-services']
uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap', 'https',
               'shttp', 'rtsp', 'rtsps', 'rtspu', 'sip', 'sips', 'mms',
               'sftp', 'tel']
non_hierarchical = ['gopher', 'hdl', 'mailto', 'news', 'telnet', 'wais',
                    'imap', 'snews', 'sip', 'sips']
uses_query = ['', 'http', 'wais', 'imap', 'https', 'shttp', 'mms', 'gopher',
              'rtsp', 'rtsps', 'rtspu', 'sip', 'sips']
uses_fragment = ['', 'ftp', 'hdl', 'http', 'gopher', 'news', 'nntp', 'wais',
                 'https', 'shttp', 'snews', 'file', 'prospero']

_LETTERS = 'abcdefghijklmnopqrstuvwxyz'
_DIGITS = '0123456789'
_HEX = frozenset(_DIGITS + 'abcdefABCDEF')
scheme_chars = _LETTERS + _LETTERS.upper() + _DIGITS + '+-.'

# Stripped from the ends of a URL (controls and space), and removed from
# anywhere in it (tab and line breaks).
_EDGE_JUNK = ''.join([chr(n) for n in range(0x21)])
_INNER_JUNK = '\t\r\n'


def _need_text(*args):
    """URLs are str here: refuse bytes, and a mix of str and other types."""
    text = isinstance(args[0], str)
    for other in args[1:]:
        if other and isinstance(other, str) != text:
            raise TypeError("Cannot mix str and non-str arguments")
    if text:
        return
    kind = type(args[0]).__name__
    if isinstance(args[0], (bytes, bytearray)):
        raise TypeError("urllib.parse takes str URLs only, not %s" % kind)
    raise AttributeError("'%s' object has no attribute 'decode'" % kind)


# The authority: [user[:password]@]host[:port], the host maybe in brackets.

def _authority_fields(netloc):
    """(username, password, host, port text) of a netloc; absent parts
    are None, except the host which is '' when missing."""
    user = password = None
    at = netloc.rfind('@')
    if at >= 0:
        user = netloc[:at]
        colon = user.find(':')
        if colon >= 0:
            user, password = user[:colon], user[colon + 1:]
        netloc = netloc[at + 1:]
    open_at = netloc.find('[')
    if open_at >= 0:
        close_at = netloc.find(']', open_at)
        if close_at < 0:
            host, after = netloc[open_at + 1:], ''
        else:
            host, after = netloc[open_at + 1:close_at], netloc[close_at + 1:]
        colon = after.find(':')
        port = after[colon + 1:] if colon >= 0 else ''
    else:
        colon = netloc.find(':')
        if colon >= 0:
            host, port = netloc[:colon], netloc[colon + 1:]
        else:
            host, port = netloc, ''
    return user, password, host, (port or None)


class _AuthorityView:
    """Properties over the netloc field of a result tuple."""
    __slots__ = ()

    @property
    def username(self):
        return _authority_fields(self.netloc)[0]

    @property
    def password(self):
        return _authority_fields(self.netloc)[1]

    @property
    def hostname(self):
        host = _authority_fields(self.netloc)[2]
        if not host:
            return None
        # A zone index after '%' keeps its case; the address is folded.
        cut = host.find('%')
        if cut < 0:
            return host.lower()
        return host[:cut].lower() + host[cut:]

    @property
    def port(self):
        text = _authority_fields(self.netloc)[3]
        if text is None:
            return None
        if not (text.isascii() and text.isdigit()):
            raise ValueError("Port could not be cast to integer value as %r"
                             % (text,))
        number = int(text)
        if number > 65535:
            raise ValueError("Port out of range 0-65535")
        return number

    def encode(self, encoding='ascii', errors='strict'):
        raise NotImplementedError("bytes results are not supported")


class DefragResult(namedtuple('DefragResult', 'url fragment',
                              module='urllib.parse')):
    __slots__ = ()

    def geturl(self):
        return self.url + '#' + self.fragment if self.fragment else self.url

    def encode(self, encoding='ascii', errors='strict'):
        raise NotImplementedError("bytes results are not supported")


class SplitResult(namedtuple('SplitResult', 'scheme netloc path query fragment',
                             module='urllib.parse'), _AuthorityView):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(namedtuple('ParseResult',
                             'scheme netloc path params query fragment',
                             module='urllib.parse'), _AuthorityView):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


# Bracketed hosts: an IPv6 address or an IPvFuture literal.

def _dotted_quad(text):
    octets = text.split('.')
    if len(octets) != 4:
        return False
    for octet in octets:
        if not (0 < len(octet) <= 3 and octet.isascii() and octet.isdigit()):
            return False
        if (octet[0] == '0' and octet != '0') or int(octet) > 255:
            return False
    return True


def _ipv6_literal(text):
    address, percent, zone = text.partition('%')
    if percent and (not zone or '%' in zone):
        return False
    if '/' in text or address.count(':') < 2:
        return False
    groups = address.split(':')
    if '.' in groups[-1]:
        if not _dotted_quad(groups[-1]):
            return False
        groups[-1:] = ['0', '0']
    if len(groups) > 9:
        return False
    last = len(groups) - 1
    gaps = [n for n in range(1, last) if not groups[n]]
    if len(gaps) > 1:
        return False
    if gaps:
        gap = gaps[0]
        before, after = groups[:gap], groups[gap + 1:]
        # '::' may touch either end; a lone ':' may not.
        if not groups[0]:
            if gap != 1:
                return False
            before = []
        if not groups[last]:
            if gap != last - 1:
                return False
            after = []
        groups = before + after
        if len(groups) > 7:
            return False
    elif len(groups) != 8:
        return False
    for group in groups:
        if not 0 < len(group) <= 4:
            return False
        for ch in group:
            if ch not in _HEX:
                return False
    return True


def _ipvfuture_literal(text):
    # "v", hex digits, ".", then at least one character.
    n = 1
    while n < len(text) and text[n] in _HEX:
        n += 1
    return (n > 1 and n + 1 < len(text) and text[n] == '.'
            and '\n' not in text[n:])


def _check_brackets(netloc):
    opened = '[' in netloc
    if opened != (']' in netloc):
        raise ValueError("Invalid IPv6 URL")
    if not opened:
        return
    begin = netloc.find('[') + 1
    end = netloc.find(']', begin)
    host = netloc[begin:] if end < 0 else netloc[begin:end]
    if host[:1] == 'v':
        if not _ipvfuture_literal(host):
            raise ValueError("IPvFuture address is invalid")
    elif _dotted_quad(host):
        raise ValueError("An IPv4 address cannot be in brackets")
    elif not _ipv6_literal(host):
        raise ValueError("%r does not appear to be an IPv4 or IPv6 address"
                         % (host,))


# Splitting and joining

def _without_junk(text, both_ends):
    text = text.strip(_EDGE_JUNK) if both_ends else text.lstrip(_EDGE_JUNK)
    for ch in _INNER_JUNK:
        if ch in text:
            text = text.replace(ch, '')
    return text


def _scheme_length(url):
    """Length of the scheme url starts with (before its ':'), or 0."""
    colon = url.find(':')
    if colon < 1 or not (url[0].isascii() and url[0].isalpha()):
        return 0
    for ch in url[1:colon]:
        if ch not in scheme_chars:
            return 0
    return colon


def _authority_length(rest):
    """Where the authority of rest (which starts with '//') ends."""
    end = len(rest)
    for mark in '/?#':
        found = rest.find(mark, 2, end)
        if found >= 0:
            end = found
    return end


def urlsplit(url, scheme='', allow_fragments=True):
    """Split a URL into 5 parts: scheme://netloc/path?query#fragment."""
    _need_text(url, scheme)
    rest = _without_junk(url, False)
    scheme = _without_junk(scheme, True)
    size = _scheme_length(rest)
    if size:
        scheme, rest = rest[:size].lower(), rest[size + 1:]
    netloc = query = fragment = ''
    if rest[:2] == '//':
        end = _authority_length(rest)
        netloc, rest = rest[2:end], rest[end:]
        _check_brackets(netloc)
    if allow_fragments:
        rest, _, fragment = rest.partition('#')
    path, _, query = rest.partition('?')
    return SplitResult(scheme, netloc, path, query, fragment)


def urlparse(url, scheme='', allow_fragments=True):
    """Split a URL into 6 parts: scheme://netloc/path;params?query#fragment."""
    parts = urlsplit(url, scheme, allow_fragments)
    path, params = parts.path, ''
    if parts.scheme in uses_params:
        # Parameters belong to the last segment only.
        semi = path.find(';', path.rfind('/') + 1)
        if semi >= 0:
            path, params = path[:semi], path[semi + 1:]
    return ParseResult(parts.scheme, parts.netloc, path, params,
                       parts.query, parts.fragment)


def urlunsplit(components):
    """Put the 5 parts of urlsplit() back together into a URL."""
    scheme, netloc, path, query, fragment = components
    _need_text(scheme, netloc, path, query, fragment)
    pieces = []
    if scheme:
        pieces.append(scheme + ':')
    if netloc:
        pieces.append('//' + netloc)
        if path[:1] not in ('', '/'):
            pieces.append('/')
    elif path[:2] == '//':
        # Keep an empty authority so the path is not read as one.
        pieces.append('//')
    elif scheme and scheme in uses_netloc and path[:1] in ('', '/'):
        pieces.append('//')
    pieces.append(path)
    if query:
        pieces.append('?' + query)
    if fragment:
        pieces.append('#' + fragment)
    return ''.join(pieces)


def urlunparse(components):
    """Put the 6 parts of urlparse() back together into a URL."""
    scheme, netloc, path, params, query, fragment = components
    _need_text(scheme, netloc, path, params, query, fragment)
    if params:
        path = path + ';' + params
    return urlunsplit((scheme, netloc, path, query, fragment))


def _merged_path(base_path, path):
    """path, made absolute against base_path, with dot segments resolved."""
    if path[:1] == '/':
        segments = path.split('/')
    else:
        # The base's directory, then the reference; empty segments in
        # between are dropped.
        head, slash, tail = base_path.rpartition('/')
        if slash:
            directory = head.split('/') + ['']
        else:
            directory = [] if tail else ['']
        segments = directory + path.split('/')
        if len(segments) > 2:
            inner = [seg for seg in segments[1:-1] if seg]
            segments = segments[:1] + inner + segments[-1:]
    kept = []
    for seg in segments:
        if seg == '..':
            if kept:
                del kept[-1]
        elif seg != '.':
            kept.append(seg)
    if segments[-1] in ('.', '..'):
        kept.append('')
    return '/'.join(kept) or '/'


def urljoin(base, url, allow_fragments=True):
    """Resolve url against base, as a browser resolves a link."""
    if not base:
        return url
    if not url:
        return base
    _need_text(base, url)
    home = urlparse(base, '', allow_fragments)
    ref = urlparse(url, home.scheme, allow_fragments)
    scheme, netloc, path, params, query, fragment = ref
    if scheme != home.scheme or scheme not in uses_relative:
        return url
    if scheme in uses_netloc:
        if netloc:
            return urlunparse(ref)
        netloc = home.netloc
    if path or params:
        path = _merged_path(home.path, path)
    else:
        path, params = home.path, home.params
        query = query or home.query
    return urlunparse((scheme, netloc, path, params, query, fragment))


def urldefrag(url):
    """Split url into the URL without its fragment, and the fragment."""
    _need_text(url)
    if '#' not in url:
        return DefragResult(url, '')
    parts = urlparse(url)
    return DefragResult(urlunparse(parts._replace(fragment='')), parts.fragment)


def unwrap(url):
    """Strip the '<...>' and 'URL:' wrapping of a URL."""
    url = str(url).strip()
    if url.startswith('<') and url.endswith('>'):
        url = url[1:-1].strip()
    if url.startswith('URL:'):
        url = url[4:].strip()
    return url


# Percent-encoding

_UNRESERVED = (_LETTERS + _LETTERS.upper() + _DIGITS + '_.-~').encode('ascii')
_byte_tables = {}   # safe bytes -> for each byte value, how it is written


def _byte_table(safe):
    table = _byte_tables.get(safe)
    if table is None:
        keep = _UNRESERVED + safe
        table = [chr(b) if b in keep else '%%%02X' % b for b in range(256)]
        if len(_byte_tables) > 64:
            _byte_tables.clear()
        _byte_tables[safe] = table
    return table


def quote_from_bytes(bs, safe='/'):
    """Percent-encode the bytes of bs that are neither unreserved nor in safe."""
    if not (isinstance(bs, bytes) or isinstance(bs, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ''
    if isinstance(safe, str):
        safe = safe.encode('ascii', 'ignore')
    else:
        safe = bytes([b for b in safe if b < 128])
    table = _byte_table(safe)
    return ''.join([table[b] for b in bs])


def quote(string, safe='/', encoding=None, errors=None):
    """Percent-encode string for a URL: '/' and the unreserved characters
    stay as they are."""
    if not isinstance(string, str):
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
        return quote_from_bytes(string, safe)
    if not string:
        return string
    if encoding is None:
        encoding = 'utf-8'
    if errors is None:
        errors = 'strict'
    data = string.encode(encoding, errors)
    return quote_from_bytes(data, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """As quote(), with spaces written as '+' (HTML form encoding)."""
    if isinstance(string, str):
        spaced = ' ' in string
    elif isinstance(string, bytes):
        spaced = b' ' in string
    else:
        spaced = True
    if spaced:
        safe = safe + (' ' if isinstance(safe, str) else b' ')
    quoted = quote(string, safe, encoding, errors)
    return quoted.replace(' ', '+') if spaced else quoted


_HEX_VALUE = {}   # byte value of a hex digit -> the number it stands for
for _n, _ch in enumerate('0123456789abcdef'):
    _HEX_VALUE[ord(_ch)] = _n
    _HEX_VALUE[ord(_ch.upper())] = _n
del _n, _ch


def _decode_escapes(data):
    """data (bytes) with each %XX escape replaced by the byte it names;
    a '%' not followed by two hex digits stays."""
    pct = data.find(b'%')
    if pct < 0:
        return data
    out = bytearray()
    done = 0
    size = len(data)
    while pct >= 0:
        high = low = None
        if pct + 2 < size:
            high = _HEX_VALUE.get(data[pct + 1])
            low = _HEX_VALUE.get(data[pct + 2])
        if high is None or low is None:
            out += data[done:pct + 1]
            done = pct + 1
        else:
            out += data[done:pct]
            out.append(high * 16 + low)
            done = pct + 3
        pct = data.find(b'%', done)
    out += data[done:]
    return bytes(out)


def unquote_to_bytes(string):
    """Decode the %XX escapes of string into the bytes they stand for."""
    if not isinstance(string, (str, bytes, bytearray)):
        raise AttributeError("'%s' object has no attribute 'split'"
                             % type(string).__name__)
    if not string:
        return b''
    if isinstance(string, str):
        string = string.encode('utf-8')
    return _decode_escapes(string)


def unquote(string, encoding='utf-8', errors='replace'):
    """Replace the %XX escapes of string by the characters they encode."""
    if isinstance(string, bytes):
        return _decode_escapes(string).decode(encoding, errors)
    if '%' not in string:
        if not isinstance(string, str):
            raise AttributeError("'%s' object has no attribute 'split'"
                                 % type(string).__name__)
        return string
    if encoding is None:
        encoding = 'utf-8'
    if errors is None:
        errors = 'replace'

    def decoded(ascii_run):
        return _decode_escapes(ascii_run.encode('ascii')).decode(encoding, errors)

    if string.isascii():
        return decoded(string)
    # Escapes are decoded within each run of ASCII characters; other
    # characters are kept as they are.
    out = []
    run_start = 0
    for at, ch in enumerate(string):
        if ch >= '\x80':
            if run_start < at:
                out.append(decoded(string[run_start:at]))
            out.append(ch)
            run_start = at + 1
    if run_start < len(string):
        out.append(decoded(string[run_start:]))
    return ''.join(out)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    """As unquote(), with '+' read as a space."""
    return unquote(string.replace('+', ' '), encoding, errors)


# Query strings

def parse_qsl(qs, keep_blank_values=False, strict_parsing=False,
              encoding='utf-8', errors='replace', max_num_fields=None,
              separator='&'):
    """Parse a query string into a list of (name, value) pairs."""
    if not (isinstance(separator, (str, bytes)) and separator):
        raise ValueError("Separator must be of type string or bytes.")
    if isinstance(qs, str):
        if isinstance(separator, bytes):
            separator = separator.decode('ascii')
        equals = '='

        def decode(text):
            return unquote(text.replace('+', ' '), encoding, errors)
    elif not qs:
        return []
    else:
        if not isinstance(qs, (bytes, bytearray)):
            raise TypeError("memoryview: a bytes-like object is required, "
                            "not '%s'" % type(qs).__name__)
        qs = bytes(qs)
        if isinstance(separator, str):
            separator = separator.encode('ascii')
        equals = b'='

        def decode(data):
            return unquote_to_bytes(data.replace(b'+', b' '))
    fields = qs.split(separator) if qs else []
    if max_num_fields is not None and max_num_fields < len(fields):
        raise ValueError('Max number of fields exceeded')
    pairs = []
    for field in fields:
        if not (field or strict_parsing):
            continue
        name, has_equals, value = field.partition(equals)
        if not has_equals:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (field,))
            if not keep_blank_values:
                continue
        if value or keep_blank_values:
            pairs.append((decode(name), decode(value)))
    return pairs


def parse_qs(qs, keep_blank_values=False, strict_parsing=False,
             encoding='utf-8', errors='replace', max_num_fields=None,
             separator='&'):
    """Parse a query string into a dict of lists of values."""
    grouped = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing,
                                 encoding=encoding, errors=errors,
                                 max_num_fields=max_num_fields,
                                 separator=separator):
        grouped.setdefault(name, []).append(value)
    return grouped


def urlencode(query, doseq=False, safe='', encoding=None, errors=None,
              quote_via=quote_plus):
    """Encode a mapping or a sequence of pairs as a query string."""
    if hasattr(query, 'items'):
        query = query.items()
    else:
        try:
            malformed = len(query) and not isinstance(query[0], tuple)
        except TypeError:
            malformed = True
        if malformed:
            raise TypeError("not a valid non-string sequence or mapping object")

    def encoded(obj):
        if isinstance(obj, bytes):
            return quote_via(obj, safe)
        return quote_via(str(obj), safe, encoding, errors)

    fields = []
    for key, value in query:
        values = (value,)
        if doseq and not isinstance(value, (str, bytes)):
            try:
                len(value)
                values = value
            except TypeError:
                pass
        key = encoded(key)
        for item in values:
            fields.append(key + '=' + encoded(item))
    return '&'.join(fields)
