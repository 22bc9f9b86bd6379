# Each single-byte codec's table, both ways, and text in the Unicode codecs.
names = ('cp437 cp850 cp852 cp855 cp858 cp860 cp862 cp863 cp865 cp866 cp874 cp1250 cp1251 '
         'cp1252 cp1253 cp1254 cp1255 cp1256 cp1257 cp1258 iso8859-2 iso8859-3 iso8859-4 '
         'iso8859-5 iso8859-6 iso8859-7 iso8859-8 iso8859-9 iso8859-10 iso8859-11 iso8859-13 '
         'iso8859-14 iso8859-15 iso8859-16 koi8-r koi8-u mac-roman mac-cyrillic latin-1 ascii').split()
for name in names:
    text = []
    undefined = []
    for b in range(256):
        try:
            c = bytes([b]).decode(name)
        except UnicodeDecodeError:
            undefined.append(b)
            continue
        text.append(c)
        assert c.encode(name) == bytes([b]), (name, b)
    count = 0
    for cp in range(0x3000):
        try:
            chr(cp).encode(name)
            count += 1
        except UnicodeEncodeError:
            pass
    print(name, ascii(''.join(text[128:])), undefined, count)
for enc in ['utf-8', 'utf-8-sig', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be',
            'unicode_escape', 'raw_unicode_escape']:
    for s in ['', 'ab', 'é€', '\x00\t\n\r\\\'"\x7f', 'ÿ\U0001f600\uffff']:
        b = s.encode(enc)
        print(enc, ascii(s), b, b.decode(enc) == s)
print(repr(b'\xef\xbb\xbfab'.decode('utf-8-sig')), repr(b'\xef\xbb\xbf\xef\xbb\xbfab'.decode('utf-8-sig')))
print(repr(b'\xef\xbb\xbfab'.decode('utf-8')))
print(repr(b'\xff\xfeA\x00'.decode('utf-16')), repr(b'\xfe\xff\x00A'.decode('utf-16')))
print(repr(b'\xff\xfe\x00\x00A\x00\x00\x00'.decode('utf-32')), repr(b'\x00\x00\xfe\xff\x00\x00\x00A'.decode('utf-32')))
print(repr(b'A\x00'.decode('utf-16')), repr(b'\xff\xfe'.decode('utf-16')), repr(b''.decode('utf-32')))
for data in [b'\\x41\\u20ac\\U0001f600\\n\\t\\\\\\\'\\"\\101\\7', b'a\\\nb', b'\\\\u0041', b'\\\\\\u0041',
             b'\\u00e9\\x41']:
    for enc in ['unicode_escape', 'raw_unicode_escape']:
        print(enc, data, ascii(data.decode(enc)))
