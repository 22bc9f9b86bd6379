# Encoding names are normalised and resolved to CPython's canonical names.
import codecs

for name in ['utf-8', 'UTF8', 'u8', 'utf_8', 'Utf-8', ' utf-8 ', 'utf-8-sig', 'UTF_8_SIG',
             'utf-16', 'UTF-16LE', 'utf_16_be', 'u16', 'utf-32', 'utf-32-le', 'UTF-32BE', 'u32',
             'latin1', 'latin-1', 'Latin 1', 'cp819', 'iso-8859-1', 'ISO8859-1', 'l1',
             'ISO_8859-15', 'latin9', 'iso8859_2', 'l2', 'cyrillic', 'greek', 'hebrew', 'thai',
             'iso-8859-16', 'cp1252', 'windows-1252', 'WINDOWS-1251', 'cp437', '437', 'IBM437',
             'cp850', 'koi8-r', 'KOI8_U', 'mac-roman', 'macintosh', 'unicode_escape',
             'raw-unicode-escape', 'ascii', 'US-ASCII', '646', 'utf',
             'UTF32BE', 'utf-99', 'nope', '']:
    try:
        print(repr(name), codecs.lookup(name).name)
    except LookupError as e:
        print(repr(name), 'LookupError:', e)
info = codecs.lookup('Latin-1')
print(info.encode('é'), info.decode(b'\xe9'))
print(codecs.encode('€', 'cp1252'), codecs.decode(b'\x80', 'cp1252'), codecs.decode(b'abc'))
print(codecs.getencoder('utf-16-be')('A'), codecs.getdecoder('koi8-r')(b'\xe1'))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
print(codecs.BOM_UTF16 == codecs.BOM_UTF16_LE, codecs.BOM_UTF32 == codecs.BOM_UTF32_LE)
for call in (lambda: 'x'.encode('nope'), lambda: b'x'.decode('Nope-2'), lambda: str(b'x', 'bogus')):
    try:
        call()
    except LookupError as e:
        print(type(e).__name__, e)
