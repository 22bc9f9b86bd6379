import csv, io, sys, os
def rd(text, **kw):
    try:
        r = csv.reader(io.StringIO(text, newline=''), **kw)
        out = []
        for row in r:
            out.append((r.line_num, row))
        return out
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
def rdl(lines, **kw):
    try:
        r = csv.reader(lines, **kw)
        return [row for row in r], r.line_num
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)
texts = ['a,b,c\r\n1,2,3\r\n', 'a,b\n\nc,d\n', '"a,b","c""d",e\n', '"multi\nline",x\r\ny,z', 'a,"b\n', 'a,"b"c,d\n', ' a, b ,"c"\n', 'a;b;c\n',
 '1,2.5,abc,"3"\n', ',,\n', '"",x,\n', 'a\\,b,c\\\nd\n', 'x\ry\n', 'a,b\r', '"a"  ,b\n', '""""\n', 'a\x00b,c\n', 'tab\there\tx\n', '"unterminated',
 'a,b,', '\n\n\n', '"a""b""c"', 'a"b,c', ' "q",  "r"\n', '"x"\r\n"y"\r\n', 'é,ü,日本\n', 'a,"",b\n', ',', '"\r\n"', 'a\\"b,c\n']
opts = [{}, dict(delimiter=';'), dict(skipinitialspace=True), dict(quoting=csv.QUOTE_NONNUMERIC), dict(quoting=csv.QUOTE_NONE), dict(escapechar='\\'),
        dict(doublequote=False, escapechar='\\'), dict(strict=True), dict(quoting=csv.QUOTE_STRINGS), dict(quoting=csv.QUOTE_NOTNULL), dict(dialect='excel-tab'),
        dict(quotechar="'"), dict(quoting=csv.QUOTE_ALL), dict(doublequote=False)]
for t in texts:
    for o in opts:
        print(repr(t), o, rd(t, **o))
print(rdl(['a,b', 'c,d']), rdl(['a,"b', 'c",d']), rdl([b'a,b']), rdl(iter(['x\n', 'y\n'])), rdl(['']), rdl([]), rdl([1]))
csv.field_size_limit(5)
print(rd('abcde,f\n'), rd('abcdef,g\n'), rd('"abcdef"\n'))
csv.field_size_limit(131072)
r = csv.reader(['a,b'])
print(iter(r) is r, r.dialect.delimiter, r.line_num, next(r), r.line_num)
try: next(r)
except StopIteration: print('stop')

def wr(rows, **kw):
    f = io.StringIO()
    try:
        w = csv.writer(f, **kw)
        rets = [w.writerow(r) for r in rows]
        return repr(f.getvalue()), rets
    except Exception as e:
        return type(e).__name__ + ': ' + str(e), repr(f.getvalue())
rows = [['a', 'b', 'c'], [1, 2.5, None, True, -3], ['with,comma', 'with "quote"', 'new\nline', 'cr\rx'], [''], [], [None], ['', ''], ['  sp  ', ' '],
        ['back\\slash', "it's"], ['é', '日本'], ('t', 'u'), 'str', [1.0, 10**20, 1e-7, float('inf')], ['x;y', 'z\tw']]
wopts = [{}, dict(quoting=csv.QUOTE_ALL), dict(quoting=csv.QUOTE_NONNUMERIC), dict(quoting=csv.QUOTE_NONE), dict(quoting=csv.QUOTE_NONE, escapechar='\\'),
         dict(quoting=csv.QUOTE_STRINGS), dict(quoting=csv.QUOTE_NOTNULL), dict(doublequote=False), dict(doublequote=False, escapechar='\\'),
         dict(escapechar='\\'), dict(delimiter=';'), dict(delimiter='\t'), dict(lineterminator='\n'), dict(dialect='unix'), dict(dialect='excel-tab'),
         dict(quotechar="'"), dict(lineterminator='!'), dict(delimiter=' ', skipinitialspace=True), dict(quotechar=None), dict(quotechar=None, escapechar='\\')]
for r in rows:
    for o in wopts:
        print(repr(r), o, wr([r], **o))
print(wr([5]), wr([None]), wr([['a'], 5]))
f = io.StringIO()
w = csv.writer(f)
print(w.writerows([[1, 2], (3, 4), 'ab']), repr(f.getvalue()), w.dialect.lineterminator == '\r\n')
try: w.writerows(5)
except Exception as e: print(type(e).__name__, e)
class Num:
    def __float__(self): return 1.5
    def __str__(self): return 'num'
print(wr([[Num(), 'x', None, 3]], quoting=csv.QUOTE_NONNUMERIC))
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return 'RET'
o = W()
print(csv.writer(o).writerow(['a']), o.parts)
# round trip through real files
path = os.path.join(sys.argv[1] if len(sys.argv) > 1 else '/tmp', 'rt.csv')
data = [['id', 'name', 'note'], ['1', 'Ann', 'says "hi"'], ['2', 'Bob', 'two\nlines'], ['3', '', ' lead']]
with open(path, 'w', newline='') as fh:
    csv.writer(fh).writerows(data)
with open(path, 'rb') as fh:
    print(fh.read())
with open(path, newline='') as fh:
    back = list(csv.reader(fh))
print(back == data, back)
with open(path, newline='') as fh:
    dr = csv.DictReader(fh)
    print(dr.fieldnames, dr.line_num)
    for row in dr:
        print(dr.line_num, row)
dr = csv.DictReader(['a,b', '1,2,3,4', '5', '', '6,7'], restkey='rest', restval='?')
print(list(dr))
dr = csv.DictReader(['1;2', '3;4'], fieldnames=['x', 'y'], delimiter=';')
print(list(dr), dr.fieldnames)
dr = csv.DictReader(iter(['1,2']), fieldnames=iter(['p', 'q']))
print(list(dr))
dr = csv.DictReader([])
print(dr.fieldnames, list(dr))
f = io.StringIO()
dw = csv.DictWriter(f, fieldnames=['id', 'name', 'score'], restval='NA')
print(dw.writeheader(), dw.writerow({'id': 1, 'name': 'x, y'}), dw.writerows([{'id': 2, 'score': 9.5}, {'name': 'z'}]))
print(repr(f.getvalue()))
try: dw.writerow({'id': 1, 'bogus': 2})
except Exception as e: print(type(e).__name__, e)
dw2 = csv.DictWriter(f, fieldnames=['a'], extrasaction='ignore')
dw2.writerow({'a': 1, 'b': 2})
print(repr(f.getvalue()[-6:]))
try: csv.DictWriter(f, ['a'], extrasaction='skip')
except Exception as e: print(type(e).__name__, e)
dw3 = csv.DictWriter(f, ['a', 'b'], extrasaction='IGNORE')
print(dw3.extrasaction, dw3.writerow({'a': 1, 'c': 3}))
f = io.StringIO()
dw = csv.DictWriter(f, ['a', 'b'], dialect='unix', quoting=csv.QUOTE_MINIMAL)
dw.writeheader(); dw.writerow({'a': 'x', 'b': 'y z'})
print(repr(f.getvalue()))
class Semi(csv.Dialect):
    delimiter = ';'
    quotechar = "'"
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL
csv.register_dialect('semi', Semi)
print(csv.list_dialects(), csv.get_dialect('semi').delimiter, wr([['a;b', "c'd"]], dialect='semi'), rd("'a;b';c\n", dialect='semi'))
print(wr([['a;b']], dialect=Semi), wr([['a;b']], dialect=Semi(), delimiter='|'))
csv.register_dialect('pipes', delimiter='|', quoting=csv.QUOTE_ALL)
print(wr([['a', 1]], dialect='pipes'), csv.get_dialect('pipes').quoting)
csv.unregister_dialect('pipes')
print(csv.list_dialects())
d = csv.get_dialect('excel')
try: d.delimiter = ';'
except Exception as e: print(type(e).__name__)
print(csv.excel.delimiter, csv.excel_tab.delimiter, repr(csv.unix_dialect.lineterminator), csv.excel().quotechar, Semi._name, Semi._valid, Semi()._valid)
# A space as delimiter with skipinitialspace: empty fields are quoted.
for kw in [dict(quoting=csv.QUOTE_NONE), {}, dict(quoting=csv.QUOTE_STRINGS), dict(quoting=csv.QUOTE_NOTNULL)]:
    for row in [['', 'x'], [None, 'x'], ['x', ''], [''], [None], ['', '']]:
        print(kw, row, wr([row], delimiter=' ', skipinitialspace=True, **kw))
# Writing to and reading from a StringIO, larger.
rows = [[i, 'name %d' % i, 'note, with "quotes"' if i % 3 == 0 else 'plain', i * 1.5] for i in range(300)]
f = io.StringIO()
csv.writer(f).writerows(rows)
back = list(csv.reader(io.StringIO(f.getvalue())))
print(len(f.getvalue()), len(back), back[3], back[-1])
