import csv, io
tests = [dict(delimiter=''), dict(delimiter='ab'), dict(delimiter=1), dict(delimiter=None), dict(delimiter='\n'), dict(delimiter='\r'), dict(delimiter=' ', skipinitialspace=True),
 dict(quotechar=''), dict(quotechar='ab'), dict(quotechar=1), dict(quotechar=None), dict(quotechar=None, quoting=csv.QUOTE_NONE), dict(quotechar=','), dict(quotechar='\n'),
 dict(escapechar=''), dict(escapechar='ab'), dict(escapechar=1), dict(escapechar=','), dict(escapechar='"'), dict(escapechar='\n'), dict(escapechar=' ', skipinitialspace=True),
 dict(lineterminator=1), dict(lineterminator=''), dict(lineterminator='x,'), dict(lineterminator=','), dict(lineterminator='"'), dict(lineterminator=None),
 dict(quoting=9), dict(quoting='a'), dict(quoting=None), dict(quoting=1.0), dict(doublequote=0), dict(doublequote='x'), dict(strict=2), dict(skipinitialspace=None),
 dict(foo=1), dict(dialect='nope'), dict(dialect=5), dict(quotechar=' ', skipinitialspace=True)]
for t in tests:
    for f in (csv.reader, csv.writer):
        try:
            r = f(io.StringIO(), **t)
            d = r.dialect
            print(f.__name__, t, 'ok', repr(d.delimiter), repr(d.quotechar), repr(d.escapechar), repr(d.lineterminator), d.quoting, d.doublequote, d.skipinitialspace, d.strict)
        except Exception as e:
            print(f.__name__, t, type(e).__name__, e)
for args in [(), (1,), (None,)]:
    try: csv.reader(*args)
    except Exception as e: print(type(e).__name__, e)
    try: csv.writer(*args)
    except Exception as e: print(type(e).__name__, e)
print(type(csv.reader(io.StringIO()).dialect))
print(type(csv.reader(io.StringIO())), type(csv.writer(io.StringIO())))
print(csv.Error, csv.Error.__module__, csv.Error.__mro__, csv.Dialect, csv.excel, csv.excel.__mro__)
print(sorted(set(csv.__all__) - {"Sniffer"}))
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.QUOTE_STRINGS, csv.QUOTE_NOTNULL, csv.__version__)
try: csv.Dialect()
except Exception as e: print(type(e).__name__, e)
class D(csv.Dialect):
    delimiter = ';'
try: D()
except Exception as e: print(type(e).__name__, e)
class D2(csv.excel):
    delimiter = ''
try: D2()
except Exception as e: print(type(e).__name__, e)
print(csv.list_dialects())
for bad in [(1,), ('x', 5), ('y', None)]:
    try: csv.register_dialect(*bad); print('reg ok', bad)
    except Exception as e: print(type(e).__name__, e)
print(csv.list_dialects())
try: csv.get_dialect('nope')
except Exception as e: print(type(e).__name__, e)
try: csv.unregister_dialect('nope')
except Exception as e: print(type(e).__name__, e)
for a in [(1,), ('x',), (), (2**40,), (10, 20)]:
    try: print(csv.field_size_limit(*a))
    except Exception as e: print(type(e).__name__, e)
print(csv.field_size_limit(131072))
