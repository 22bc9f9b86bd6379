# Text files in every codec: byte order marks, error handlers, seeking back.
import os
import shutil
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, 'text.txt')


def raw():
    with open(p, 'rb') as f:
        return f.read()


with open(p, 'w', encoding='utf-8-sig') as f:
    f.write('héllo\n')
    f.write('wörld\n')
print(raw())
with open(p, encoding='utf-8-sig') as f:
    print(ascii(f.read()), f.encoding)
with open(p, encoding='utf-8') as f:
    print(ascii(f.read()))
with open(p, encoding='utf-8-sig') as f:
    print(ascii(f.readline()))
    f.seek(0)
    print(ascii(f.readline()))
with open(p, 'a', encoding='utf-8-sig') as f:
    f.write('more\n')
print(raw())
samples = {'koi8-r': 'aЖ\n', 'cp437': 'aé░\n', 'cp850': 'aé\n', 'ascii': 'a\n'}
for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'cp1252', 'koi8-r',
            'mac-roman', 'iso-8859-15', 'latin9', 'cp437', 'cp850', 'ascii', 'unicode_escape',
            'raw_unicode_escape']:
    with open(p, 'w', encoding=enc) as f:
        f.write(samples.get(enc, 'a€\n'))
        f.write('x\\y\n')
    print(enc, raw())
    with open(p, encoding=enc) as f:
        print(enc, ascii(f.read()))
    with open(p, encoding=enc) as f:
        print(enc, ascii(f.readlines()), ascii(f.read()))
with open(p, 'w', encoding='utf-16') as f:
    f.write('ab')
    f.seek(0)
    f.write('cd')
print(raw())
with open(p, 'wb') as f:
    f.write(b'ok\n\xff\xfeend\n')
for errs in ['strict', 'replace', 'ignore', 'backslashreplace']:
    try:
        with open(p, encoding='utf-8', errors=errs) as f:
            print(errs, ascii(f.read()))
    except UnicodeDecodeError as e:
        print(errs, type(e).__name__, e, e.start, e.end, e.reason)
with open(p, 'wb') as f:
    f.write(b'\x81ok')
try:
    with open(p, encoding='cp1252') as f:
        f.read()
except UnicodeDecodeError as e:
    print(e)
for errs in ['xmlcharrefreplace', 'backslashreplace', 'replace', 'ignore', 'strict']:
    try:
        with open(p, 'w', encoding='ascii', errors=errs) as f:
            f.write('é€x\n')
    except UnicodeEncodeError as e:
        print(errs, e)
    print(errs, raw())
try:
    open(p, encoding='nope')
except LookupError as e:
    print(e)
for enc in ['utf-16', 'utf-16-be', 'utf-32', 'utf-8', 'cp1252']:
    for nl in [None, '', '\r\n', '\r']:
        with open(p, 'w', encoding=enc, newline='\r\n') as f:
            f.write('a\nb\rc\n\nd')
        with open(p, encoding=enc, newline=nl) as f:
            print(enc, repr(nl), f.readlines(), f.newlines)
shutil.rmtree(d)
