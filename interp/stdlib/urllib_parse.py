"""Parse URLs into components, join them, and quote and unquote their
parts (RFC 3986)."""

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

scheme_chars = ('abcdefghijklmnopqrstuvwxyz'
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                '0123456789'
                '+-.')

_LEADING_JUNK = ''.join([chr(i) for i in range(0x21)])
_REMOVED = ('\t', '\r', '\n')


# The result types: named tuples with the parts of the network location
# as properties.

class _NetlocParts:
    __slots__ = ()

    def _userinfo(self):
        userinfo, at, _ = self.netloc.rpartition('@')
        if not at:
            return None, None
        username, colon, password = userinfo.partition(':')
        if not colon:
            password = None
        return username, password

    def _hostinfo(self):
        hostinfo = self.netloc.rpartition('@')[2]
        before, bracket, inside = hostinfo.partition('[')
        if bracket:
            hostname, _, rest = inside.partition(']')
            port = rest.partition(':')[2]
        else:
            hostname, _, port = hostinfo.partition(':')
        if not port:
            port = None
        return hostname, port

    @property
    def username(self):
        return self._userinfo()[0]

    @property
    def password(self):
        return self._userinfo()[1]

    @property
    def hostname(self):
        hostname = self._hostinfo()[0]
        if not hostname:
            return None
        name, percent, zone = hostname.partition('%')
        return name.lower() + percent + zone

    @property
    def port(self):
        port = self._hostinfo()[1]
        if port is None:
            return None
        if not (port.isdigit() and port.isascii()):
            raise ValueError("Port could not be cast to integer value as %r" % (port,))
        port = int(port)
        if port < 0 or port > 65535:
            raise ValueError("Port out of range 0-65535")
        return port

    def encode(self, encoding='ascii', errors='strict'):
        raise NotImplementedError("bytes results are not supported")


def _result_type(name, fields, geturl, netloc=True):
    base = namedtuple(name, fields, module='urllib.parse')
    if netloc:
        bases = (base, _NetlocParts)
    else:
        bases = (base,)
    cls = type(name, bases, {'__slots__': (), 'geturl': geturl,
                             '__module__': 'urllib.parse'})
    cls.__qualname__ = name
    return cls


def _defrag_geturl(self):
    if self.fragment:
        return self.url + '#' + self.fragment
    return self.url


def _split_geturl(self):
    return urlunsplit(self)


def _parse_geturl(self):
    return urlunparse(self)


DefragResult = _result_type('DefragResult', 'url fragment', _defrag_geturl, False)
SplitResult = _result_type('SplitResult', 'scheme netloc path query fragment',
                           _split_geturl)
ParseResult = _result_type('ParseResult',
                           'scheme netloc path params query fragment',
                           _parse_geturl)


def _check_str(*args):
    first = args[0]
    if isinstance(first, str):
        for a in args[1:]:
            if a and not isinstance(a, str):
                raise TypeError("Cannot mix str and non-str arguments")
        return
    if isinstance(first, (bytes, bytearray)):
        raise TypeError("urllib.parse takes str URLs only, not %s"
                        % type(first).__name__)
    raise AttributeError("'%s' object has no attribute 'decode'"
                         % type(first).__name__)


def _is_ipv4(text):
    parts = text.split('.')
    if len(parts) != 4:
        return False
    for p in parts:
        if not p or len(p) > 3 or not (p.isdigit() and p.isascii()):
            return False
        if int(p) > 255:
            return False
        if len(p) > 1 and p[0] == '0':
            return False
    return True


def _is_ipv6(text):
    text = text.partition('%')[0]
    if not text:
        return False
    groups_max = 8
    if '.' in text.rpartition(':')[2]:
        tail = text.rpartition(':')[2]
        if not _is_ipv4(tail):
            return False
        text = text[:len(text) - len(tail)] + '0:0'
    if text.count('::') > 1:
        return False
    hexdigits = '0123456789abcdefABCDEF'
    if '::' in text:
        head, _, tail = text.partition('::')
        groups = (head.split(':') if head else []) + (tail.split(':') if tail else [])
        if len(groups) > groups_max - 1:
            return False
    else:
        groups = text.split(':')
        if len(groups) != groups_max:
            return False
    for g in groups:
        if not g or len(g) > 4:
            return False
        for c in g:
            if c not in hexdigits:
                return False
    return True


def _check_bracketed_host(host):
    if host.startswith('v'):
        dot = host.find('.')
        ok = dot > 1 and dot < len(host) - 1
        if ok:
            for c in host[1:dot]:
                if c not in '0123456789abcdefABCDEF':
                    ok = False
        if ok and '\n' in host[dot + 1:]:
            ok = False
        if not ok:
            raise ValueError("IPvFuture address is invalid")
        return
    if _is_ipv4(host):
        raise ValueError("An IPv4 address cannot be in brackets")
    if not _is_ipv6(host):
        raise ValueError("%r does not appear to be an IPv4 or IPv6 address" % (host,))


def _split_netloc(url, start=0):
    end = len(url)
    for c in '/?#':
        at = url.find(c, start)
        if at >= 0 and at < end:
            end = at
    return url[start:end], url[end:]


def urlsplit(url, scheme='', allow_fragments=True):
    """Split a URL into 5 parts: scheme://netloc/path?query#fragment."""
    _check_str(url, scheme)
    url = url.lstrip(_LEADING_JUNK)
    scheme = scheme.strip(_LEADING_JUNK)
    for c in _REMOVED:
        url = url.replace(c, '')
        scheme = scheme.replace(c, '')
    netloc = query = fragment = ''
    colon = url.find(':')
    if colon > 0 and url[0].isascii() and url[0].isalpha():
        for c in url[:colon]:
            if c not in scheme_chars:
                break
        else:
            scheme = url[:colon].lower()
            url = url[colon + 1:]
    if url[:2] == '//':
        netloc, url = _split_netloc(url, 2)
        has_open, has_close = '[' in netloc, ']' in netloc
        if has_open != has_close:
            raise ValueError("Invalid IPv6 URL")
        if has_open:
            _check_bracketed_host(netloc.partition('[')[2].partition(']')[0])
    if allow_fragments and '#' in url:
        url, fragment = url.split('#', 1)
    if '?' in url:
        url, query = url.split('?', 1)
    return SplitResult(scheme, netloc, url, query, fragment)


def _split_params(path):
    if '/' in path:
        semi = path.find(';', path.rfind('/'))
    else:
        semi = path.find(';')
    if semi < 0:
        return path, ''
    return path[:semi], path[semi + 1:]


def urlparse(url, scheme='', allow_fragments=True):
    """Split a URL into 6 parts: scheme://netloc/path;params?query#fragment."""
    scheme, netloc, path, query, fragment = urlsplit(url, scheme, allow_fragments)
    if scheme in uses_params and ';' in path:
        path, params = _split_params(path)
    else:
        params = ''
    return ParseResult(scheme, netloc, path, params, query, fragment)


def urlunsplit(components):
    """Put the 5 parts of urlsplit() back together into a URL."""
    scheme, netloc, url, query, fragment = components
    _check_str(scheme, netloc, url, query, fragment)
    if netloc:
        if url and url[:1] != '/':
            url = '/' + url
        url = '//' + netloc + url
    elif url[:2] == '//':
        url = '//' + url
    elif scheme and scheme in uses_netloc and (not url or url[:1] == '/'):
        url = '//' + url
    if scheme:
        url = scheme + ':' + url
    if query:
        url = url + '?' + query
    if fragment:
        url = url + '#' + fragment
    return url


def urlunparse(components):
    """Put the 6 parts of urlparse() back together into a URL."""
    scheme, netloc, url, params, query, fragment = components
    _check_str(scheme, netloc, url, params, query, fragment)
    if params:
        url = url + ';' + params
    return urlunsplit((scheme, netloc, url, query, fragment))


def urljoin(base, url, allow_fragments=True):
    """Resolve url against base, as a browser resolves a link."""
    if not base:
        return url
    if not url:
        return base
    _check_str(base, url)
    bscheme, bnetloc, bpath, bparams, bquery, bfragment = urlparse(base, '', allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, bscheme, allow_fragments)
    if scheme != bscheme or scheme not in uses_relative:
        return url
    if scheme in uses_netloc:
        if netloc:
            return urlunparse((scheme, netloc, path, params, query, fragment))
        netloc = bnetloc
    if not path and not params:
        if not query:
            query = bquery
        return urlunparse((scheme, netloc, bpath, bparams, query, fragment))

    if path[:1] == '/':
        segments = path.split('/')
    else:
        base_dir = bpath.split('/')
        if base_dir[-1] != '':
            base_dir.pop()
        segments = base_dir + path.split('/')
        if len(segments) > 2:
            middle = [s for s in segments[1:-1] if s]
            segments = [segments[0]] + middle + [segments[-1]]
    out = []
    for seg in segments:
        if seg == '..':
            if out:
                out.pop()
        elif seg != '.':
            out.append(seg)
    if segments[-1] == '.' or segments[-1] == '..':
        out.append('')
    return urlunparse((scheme, netloc, '/'.join(out) or '/', params, query, fragment))


def urldefrag(url):
    """Split url into the URL without its fragment, and the fragment."""
    _check_str(url)
    if '#' in url:
        s, n, p, a, q, frag = urlparse(url)
        return DefragResult(urlunparse((s, n, p, a, q, '')), frag)
    return DefragResult(url, '')


# Quoting

_ALWAYS_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                         b'abcdefghijklmnopqrstuvwxyz'
                         b'0123456789_.-~')
_HEX = '0123456789ABCDEF'
_quoted_byte = ['%' + _HEX[b >> 4] + _HEX[b & 15] for b in range(256)]


def quote_from_bytes(bs, safe='/'):
    """Percent-encode the bytes of bs that are neither unreserved nor in safe."""
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ''
    if isinstance(safe, str):
        safe = safe.encode('ascii', 'ignore')
    else:
        safe = bytes([c for c in safe if c < 128])
    keep = set(_ALWAYS_SAFE)
    for b in safe:
        keep.add(b)
    out = []
    for b in bs:
        if b in keep:
            out.append(chr(b))
        else:
            out.append(_quoted_byte[b])
    return ''.join(out)


def quote(string, safe='/', encoding=None, errors=None):
    """Percent-encode string for a URL: '/' and the unreserved characters
    stay as they are."""
    if isinstance(string, str):
        if not string:
            return string
        if encoding is None:
            encoding = 'utf-8'
        if errors is None:
            errors = 'strict'
        string = string.encode(encoding, errors)
    else:
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """As quote(), with spaces written as '+' (HTML form encoding)."""
    if isinstance(string, str):
        has_space = ' ' in string
    elif isinstance(string, (bytes, bytearray)):
        has_space = b' ' in string
    else:
        has_space = False
    if not has_space:
        return quote(string, safe, encoding, errors)
    if isinstance(safe, str):
        safe = safe + ' '
    else:
        safe = safe + b' '
    return quote(string, safe, encoding, errors).replace(' ', '+')


_HEXVAL = {}
for _i, _c in enumerate('0123456789abcdef'):
    _HEXVAL[_c] = _i
    _HEXVAL[_c.upper()] = _i
del _i, _c


def _unquote_ascii(text):
    """The bytes of an ASCII str with its %XX escapes decoded."""
    out = bytearray()
    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == '%' and i + 2 < n and text[i + 1] in _HEXVAL and text[i + 2] in _HEXVAL:
            out.append(_HEXVAL[text[i + 1]] * 16 + _HEXVAL[text[i + 2]])
            i += 3
        else:
            out.append(ord(c))
            i += 1
    return bytes(out)


def unquote_to_bytes(string):
    """Decode the %XX escapes of string into the bytes they stand for."""
    if not string:
        string.split
        return b''
    if isinstance(string, str):
        string = string.encode('utf-8')
    out = bytearray()
    i, n = 0, len(string)
    hexdigits = b'0123456789abcdefABCDEF'
    while i < n:
        b = string[i]
        if (b == 37 and i + 2 < n
                and string[i + 1] in hexdigits and string[i + 2] in hexdigits):
            out.append(int(string[i + 1:i + 3].decode('ascii'), 16))
            i += 3
        else:
            out.append(b)
            i += 1
    return bytes(out)


def unquote(string, encoding='utf-8', errors='replace'):
    """Replace the %XX escapes of string by the characters they encode."""
    if isinstance(string, (bytes, bytearray)):
        return unquote_to_bytes(string).decode(encoding, errors)
    if '%' not in string:
        string.split
        return string
    if encoding is None:
        encoding = 'utf-8'
    if errors is None:
        errors = 'replace'
    parts = []
    run_start = None
    for i, c in enumerate(string):
        if ord(c) < 128:
            if run_start is None:
                run_start = i
        else:
            if run_start is not None:
                parts.append(_unquote_ascii(string[run_start:i]).decode(encoding, errors))
                run_start = None
            parts.append(c)
    if run_start is not None:
        parts.append(_unquote_ascii(string[run_start:]).decode(encoding, errors))
    return ''.join(parts)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    """As unquote(), with '+' read as a space."""
    string = string.replace('+', ' ')
    return unquote(string, encoding, errors)


# Query strings

def parse_qsl(qs, keep_blank_values=False, strict_parsing=False,
              encoding='utf-8', errors='replace', max_num_fields=None,
              separator='&'):
    """Parse a query string into a list of (name, value) pairs."""
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    if isinstance(qs, (bytes, bytearray)):
        if not qs:
            return []
        qs = bytes(qs)
        if isinstance(separator, str):
            separator = separator.encode('ascii')
        eq = b'='

        def dec(s):
            return unquote_to_bytes(s.replace(b'+', b' '))
    else:
        if isinstance(separator, bytes):
            separator = separator.decode('ascii')
        eq = '='

        def dec(s):
            return unquote_plus(s, encoding=encoding, errors=errors)
    if not qs:
        return []
    if max_num_fields is not None:
        if max_num_fields < 1 + qs.count(separator):
            raise ValueError('Max number of fields exceeded')
    pairs = []
    for field in qs.split(separator):
        if not field and not strict_parsing:
            continue
        name, has_eq, value = field.partition(eq)
        if not has_eq and strict_parsing:
            raise ValueError("bad query field: %r" % (field,))
        if value or keep_blank_values:
            pairs.append((dec(name), dec(value)))
    return pairs


def parse_qs(qs, keep_blank_values=False, strict_parsing=False,
             encoding='utf-8', errors='replace', max_num_fields=None,
             separator='&'):
    """Parse a query string into a dict of lists of values."""
    result = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing,
                                 encoding=encoding, errors=errors,
                                 max_num_fields=max_num_fields,
                                 separator=separator):
        if name in result:
            result[name].append(value)
        else:
            result[name] = [value]
    return result


def urlencode(query, doseq=False, safe='', encoding=None, errors=None,
              quote_via=quote_plus):
    """Encode a mapping or a sequence of pairs as a query string."""
    if hasattr(query, 'items'):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError:
            raise TypeError("not a valid non-string sequence or mapping object") from None

    def enc(v):
        if isinstance(v, (bytes, bytearray)):
            return quote_via(v, safe)
        return quote_via(str(v), safe, encoding, errors)

    out = []
    for k, v in query:
        k = enc(k)
        if not doseq or isinstance(v, (str, bytes, bytearray)):
            out.append(k + '=' + enc(v))
            continue
        try:
            len(v)
        except TypeError:
            out.append(k + '=' + enc(v))
            continue
        for item in v:
            out.append(k + '=' + enc(item))
    return '&'.join(out)


def unwrap(url):
    """Strip the '<...>' and 'URL:' wrapping of a URL."""
    url = str(url).strip()
    if url[:1] == '<' and url[-1:] == '>':
        url = url[1:-1].strip()
    if url[:4] == 'URL:':
        url = url[4:].strip()
    return url
