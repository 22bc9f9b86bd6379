# Chains, limits, TracebackException.format(), SyntaxError locations,
# printing to a StringIO and the length of extracted stacks.
import io
import sys
import traceback


def show(title, value):
    print('--', title)
    if isinstance(value, str):
        print(value, end='')
    else:
        for item in value:
            print(repr(item))


def level3():
    raise KeyError('three')


def level2():
    try:
        r = level3()
    except KeyError:
        raise ValueError('two')


def level1():
    try:
        r = level2()
    except ValueError as e:
        raise RuntimeError('one') from e


def deep(n):
    if n == 0:
        raise OSError('deep')
    return deep(n - 1)


try:
    r = level1()
except RuntimeError as e:
    chained = e

show('three levels', traceback.format_exception(chained))
show('three levels, chain=False', traceback.format_exception(chained, chain=False))
show('three levels, limit=1', traceback.format_exception(chained, limit=1))
show('three levels, limit=-1', traceback.format_exception(chained, limit=-1))
show('three levels, limit=0', traceback.format_exception(chained, limit=0))
show('legacy form, limit=2', traceback.format_exception(type(chained), chained, chained.__traceback__, limit=2))
show('tb=None', traceback.format_exception(type(chained), chained, None, chain=False))

try:
    r = deep(5)
except OSError as e:
    deep_exc = e
for lim in (None, 2, -2, 100, -100):
    show('deep limit=%r' % (lim,), traceback.format_tb(deep_exc.__traceback__, limit=lim))
    print(len(traceback.extract_tb(deep_exc.__traceback__, limit=lim)))

print('-- sys.tracebacklimit')
sys.tracebacklimit = 2
show('tracebacklimit=2', traceback.format_exception(deep_exc, chain=False))
print(len(traceback.extract_tb(deep_exc.__traceback__)))
sys.tracebacklimit = -3
print(len(traceback.extract_tb(deep_exc.__traceback__)))
show('tracebacklimit=-3', traceback.format_tb(deep_exc.__traceback__))
show('explicit limit wins', traceback.format_tb(deep_exc.__traceback__, limit=1))
del sys.tracebacklimit

print('-- TracebackException')
te = traceback.TracebackException.from_exception(chained)
show('format()', te.format())
show('format(chain=False)', te.format(chain=False))
print(te.exc_type_str, te.exc_type_qualname, te.exc_type_module, str(te))
print(te.__cause__.exc_type_str, te.__cause__.__context__.exc_type_str)
print(te.__context__ is None, te.__cause__.__cause__)
print(len(te.stack), len(te.__cause__.stack), len(te.__cause__.__context__.stack))
te_limited = traceback.TracebackException.from_exception(chained, limit=1)
show('from_exception(limit=1).format()', te_limited.format())
te_compact = traceback.TracebackException.from_exception(chained, compact=True)
print('compact', te_compact.__context__, te_compact.__cause__.exc_type_str,
      te_compact.__cause__.__context__.exc_type_str)
show('compact format()', te_compact.format())
te_none = traceback.TracebackException(None, None, None)
print(te_none.exc_type_str, te_none.exc_type_qualname, te_none.exc_type_module, repr(str(te_none)), list(te_none.stack))
print(te == traceback.TracebackException.from_exception(chained), te == 5)
buf = io.StringIO()
te.print(file=buf)
print(buf.getvalue() == ''.join(traceback.format_exception(chained)))

print('-- a loop in the chain')
a = ValueError('a')
b = TypeError('b')
a.__context__ = b
b.__context__ = a
show('loop', traceback.format_exception(a))
te_loop = traceback.TracebackException.from_exception(a)
print(te_loop.__context__.exc_type_str, te_loop.__context__.__context__)

print('-- SyntaxError')
for source in ["x = = 1\n", "def f(:\n  pass\n", "foo(1,,2)\n"]:
    try:
        code = compile(source, "source.py", "exec")
    except SyntaxError as e:
        show('compiled %r' % source, traceback.format_exception_only(e))
        show('with its traceback', traceback.format_exception(e))
        te_syn = traceback.TracebackException.from_exception(e)
        print(te_syn.filename, repr(te_syn.lineno), te_syn.offset, te_syn.msg, te_syn.exc_type_str)
        show('te.format_exception_only()', te_syn.format_exception_only())
        show('te.format()', te_syn.format())

print('-- print_exc to a StringIO')
try:
    r = level1()
except RuntimeError:
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    text = buf.getvalue()
    print(text == traceback.format_exc(), text.count('\n'))
    print(text, end='')
    buf = io.StringIO()
    traceback.print_exc(limit=1, chain=False, file=buf)
    print(buf.getvalue(), end='')
    buf = io.StringIO()
    traceback.print_exception(sys.exception(), limit=-1, file=buf)
    print(buf.getvalue(), end='')
buf = io.StringIO()
traceback.print_exception(KeyError('plain'), file=buf)
print(repr(buf.getvalue()))
buf = io.StringIO()
traceback.print_tb(deep_exc.__traceback__, limit=2, file=buf)
print(buf.getvalue(), end='')


print('-- stack lengths')


def stacked(n, fn):
    if n == 0:
        s = fn()
        return s
    return stacked(n - 1, fn)


full = stacked(3, traceback.extract_stack)
print(len(full), [fs.name for fs in full])
print([fs.name for fs in stacked(3, lambda: traceback.extract_stack(limit=2))])
print(len(stacked(3, traceback.format_stack)), len(stacked(2, traceback.format_stack)))
print(len(stacked(3, lambda: traceback.format_stack(limit=3))))
print(len(stacked(3, lambda: traceback.format_stack(limit=-2))))
frame = sys._getframe()
print(len(traceback.extract_stack(frame)), len(traceback.format_stack(frame)))
print(all(line.startswith('  File ') and line.endswith('\n') for line in stacked(1, traceback.format_stack)))
