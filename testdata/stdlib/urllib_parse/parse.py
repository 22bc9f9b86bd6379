import urllib.parse
from urllib.parse import *
from urllib import parse as P
print(P is urllib.parse)
urls = ['http://user:pw@Example.COM:8080/a/b;p?q=1&r=2#frag', 'https://example.com', 'http://[::1]:80/x', 'http://[fe80::1%25Eth0]/', 
 'ftp://ftp.x.org/pub/file.txt', 'mailto:someone@example.com', 'file:///etc/passwd', '//host/path', '/just/a/path?x#y', 'relative/path',
 'http://host:/x', 'http://host:abc/', 'http://host:99999/', 'http://u@h', 'http://:pw@h', 'HTTP://H/', 'git+ssh://git@github.com/a/b.git',
 'tel:+1-555;ext=2', ' \thttp://x/\n y', 'http://a/b#c#d', 'http://a?b?c', 'urn:isbn:0451450523', 'a1:b', '1a:b', 'http://h/p;a;b/c;d', '', 'x:',
 'http://[::1', 'http://::1]/', 'http://[1.2.3.4]/', 'http://[zz]/', 'http://[v1.x]/', 'http://[vg.x]/', 'http://[::ffff:1.2.3.4]/', 'path?a=1']
for u in urls:
    for f in (urlsplit, urlparse):
        try:
            r = f(u)
            print(repr(u), r, r.geturl())
            for a in ('username', 'password', 'hostname', 'port'):
                try: print('  ', a, repr(getattr(r, a)))
                except Exception as e: print('  ', a, type(e).__name__, e)
        except Exception as e:
            print(repr(u), type(e).__name__, e)
    print(urlsplit(u, scheme='zz', allow_fragments=False) if '[' not in u and ']' not in u else '')
r = urlparse('http://a/b?c')
print(r._replace(scheme='https', query=''), r._replace(netloc='z').geturl(), r._fields, r.scheme, r[0], len(r), tuple(r), type(r).__name__)
print(isinstance(r, tuple), r == ('http', 'a', '/b', '', 'c', ''))
print(urlunsplit(('http','','/a','','')), urlunsplit(('http','','a','','')), urlunsplit(('','','//a','','')), urlunsplit(('file','','','','')), urlunsplit(('mailto','','x@y','','')))
print(urlunparse(('http', 'h', '/p', 'par', 'q=1', 'f')), urlunparse(['', '', 'p', '', '', '']))
base = 'http://a/b/c/d;p?q'
for rel in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x', 'g;x?y#s', '', '.', './', '..', '../', '../g', '../..', '../../', '../../g', '../../../g', '../../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y', 'g?y/./x', 'g?y/../x', 'g#s/./x', 'g#s/../x', 'http:g', 'https://other/x', 'a//b']:
    print(repr(rel), urljoin(base, rel), urljoin(base, rel, allow_fragments=False))
print(urljoin('', 'x'), urljoin('http://a/', ''), urljoin('http://a', 'b'), urljoin('mailto:x', 'y'), urljoin('http://a/b/', '../../../c'))
print(urldefrag('http://a/b#c'), urldefrag('http://a/b'), urldefrag('http://a/b#c').geturl(), urldefrag('x#'))
for s in ['', 'abc', 'a b&c=d/e', 'é日本', '~_.-', '%', "!*'()", '/a b/']:
    print(repr(quote(s)), repr(quote(s, safe='')), repr(quote(s, safe='&= ')), repr(quote_plus(s)), repr(quote_plus(s, safe='/')))
print(quote(b'a b\xff'), quote_plus(b'a b'), quote_from_bytes(b'\x00/x'), quote('é', encoding='latin-1'), quote('x', safe=b'x'))
for bad in [1, None]:
    for f in (quote, quote_plus, quote_from_bytes, unquote, unquote_plus):
        try: print(f(bad))
        except Exception as e: print(f.__name__, type(e).__name__, e)
try: quote(b'x', encoding='utf-8')
except Exception as e: print(type(e).__name__, e)
for s in ['', 'abc', 'a%20b', 'a+b', '%e9%97%a8', '%E9%97', '%zz%4', '%', '%2', 'é%C3%A9', '%C3a%A9', '100%', '%41%42%43']:
    print(repr(unquote(s)), repr(unquote_plus(s)), repr(unquote_to_bytes(s)), repr(unquote(s, errors='ignore')), repr(unquote(s, encoding='latin-1')))
print(unquote(b'a%20b'), unquote_to_bytes(b'%41x'))
print(urlencode({'a': 1, 'b': 'x y', 'c': ['1', '2']}), urlencode({'c': ['1', '2'], 'd': (3,), 'e': 5, 'f': b'by tes'}, doseq=True))
print(urlencode([('q', 'a&b'), ('k', 'é/')]), urlencode([('q', 'a b/')], quote_via=quote), urlencode({'q': 'a/b'}, safe='/'), urlencode([]), urlencode({}))
for bad in ['abc', 5, [1, 2]]:
    try: print(urlencode(bad))
    except Exception as e: print(type(e).__name__, e)
for q in ['a=1&b=2&a=3', 'a=&b', 'a=1;b=2', '&&x=1&', 'x=%20+y&z=%E9', '', 'k=v=w', '=v']:
    print(repr(q), parse_qs(q), parse_qsl(q), parse_qsl(q, keep_blank_values=True), parse_qs(q, keep_blank_values=True), parse_qsl(q, separator=';'))
    try: print(parse_qsl(q, strict_parsing=True))
    except Exception as e: print(type(e).__name__, e)
try: parse_qsl('a=1&b=2', max_num_fields=1)
except Exception as e: print(type(e).__name__, e)
print(parse_qsl('a=1&b=2', max_num_fields=2), parse_qsl(b'a=1+2&b=%41'))
try: parse_qsl('a=1', separator=None)
except Exception as e: print(type(e).__name__, e)
for bad in [(1,), ('http://x', b'y')]:
    try: print(urlsplit(*bad))
    except Exception as e: print(type(e).__name__, e)
print(urlsplit('http://h/p').port, SplitResult('http', 'h:1', '/', '', '').port, ParseResult(*'abcdef'))
print(urllib.parse.uses_netloc[:3], urllib.parse.scheme_chars)
