# The traceback module beside what the interpreter prints. Every line a
# traceback shows here is one CPython 3.13 prints without column markers
# (a raise statement, `x = f(...)`, `return f(...)`).
import sys
import traceback


def inner(x):
    raise ValueError("bad %d" % x)


def outer():
    try:
        r = inner(3)
    except ValueError as e:
        raise RuntimeError("wrapped") from e


def during():
    try:
        raise KeyError('k')
    except KeyError:
        raise TypeError("during handling")


def quiet():
    try:
        raise KeyError('hidden')
    except KeyError:
        raise TypeError("from None") from None


def rec(n):
    if n == 0:
        raise ValueError("bottom")
    return rec(n - 1)


def show(title, value):
    print('--', title)
    if isinstance(value, str):
        print(value, end='')
    else:
        for item in value:
            print(repr(item))


try:
    r = outer()
except Exception as e:
    exc = e
    show('format_exc', traceback.format_exc())
    show('format_exception(e)', traceback.format_exception(e))
    show('format_exception(type, value, tb)', traceback.format_exception(type(e), e, e.__traceback__))
    show('chain=False', traceback.format_exception(e, chain=False))
    show('limit=1', traceback.format_exception(e, limit=1))
    show('limit=-1', traceback.format_exception(e, limit=-1))
    show('limit=0', traceback.format_exception(e, limit=0))
    show('format_exception_only(e)', traceback.format_exception_only(e))
    show('format_exception_only(type, e)', traceback.format_exception_only(type(e), e))
    show('format_tb', traceback.format_tb(e.__traceback__))
    show('format_tb limit=1', traceback.format_tb(e.__traceback__, limit=1))
    print('-- print_exc')
    traceback.print_exc(file=sys.stdout)
    print('-- print_exc limit=1 chain=False')
    traceback.print_exc(limit=1, file=sys.stdout, chain=False)
    print('-- print_exception')
    traceback.print_exception(e, file=sys.stdout)
    print('-- print_tb')
    traceback.print_tb(e.__traceback__, file=sys.stdout)
    print('-- sys.stderr is the default file')
    saved = sys.stderr
    sys.stderr = sys.stdout
    try:
        traceback.print_exc()
    finally:
        sys.stderr = saved

print('-- outside an except block')
print(repr(traceback.format_exc()))
traceback.print_exc(file=sys.stdout)

try:
    r = during()
except TypeError:
    show('context', traceback.format_exc())
try:
    r = quiet()
except TypeError:
    show('from None', traceback.format_exc())
try:
    r = rec(10)
except ValueError:
    show('recursion', traceback.format_exc())
try:
    r = rec(4)
except ValueError:
    show('one more time', traceback.format_exc())
try:
    r = rec(3)
except ValueError:
    show('no repeat line', traceback.format_exc())

show('only', traceback.format_exception_only(ValueError("x")))
show('only KeyError', traceback.format_exception_only(KeyError("x")))
show('only empty', traceback.format_exception_only(KeyError()))
show('only None', traceback.format_exception_only(None))
show('only type and None', traceback.format_exception_only(ValueError, None))
show('only two args', traceback.format_exception_only(OSError(2, 'No such file or directory')))
show('only multi-line', traceback.format_exception_only(ValueError("a\nb")))


class Custom(Exception):
    def __str__(self):
        return 'custom text'


class Broken(Exception):
    def __str__(self):
        raise RuntimeError('no str')


show('custom __str__', traceback.format_exception_only(Custom()))
show('broken __str__', traceback.format_exception_only(Broken()))
show('exception of None', traceback.format_exception(None))
noted = ValueError("noted")
noted.add_note("first note")
noted.add_note("second\nnote")
show('notes', traceback.format_exception_only(noted))
try:
    raise noted
except ValueError:
    show('notes in a traceback', traceback.format_exc())

for bad in [lambda: traceback.format_exception(5), lambda: traceback.format_exception(exc, exc),
            lambda: noted.add_note(3)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

try:
    code = compile("a b c\n", "snippet.py", "exec")
except SyntaxError as e:
    show('SyntaxError only', traceback.format_exception_only(e))
    show('SyntaxError', traceback.format_exception(e))

print('-- extract_tb and FrameSummary')
summary = traceback.extract_tb(exc.__traceback__)
print(type(summary).__name__, len(summary), summary)
for fs in summary:
    print(fs.filename == __file__, fs.lineno, fs.name, repr(fs.line), fs.locals, len(fs))
    print(tuple(fs)[1:], fs[2], fs == tuple(fs), fs == fs, list(fs)[1:])
cause = traceback.extract_tb(exc.__cause__.__traceback__)
print([(fs.lineno, fs.name, fs.line) for fs in cause])
fs = traceback.FrameSummary('nofile.py', 3, 'func')
print(repr(fs), repr(fs.line), fs == ('nofile.py', 3, 'func', ''))
fs = traceback.FrameSummary('nofile.py', 3, 'func', line='  given line  ')
print(repr(fs.line), list(fs))
fs = traceback.FrameSummary('nofile.py', None, 'func', lookup_line=False)
print(repr(fs.line))
show('format_list', traceback.format_list(summary))
show('format_list of tuples', traceback.format_list([('a.py', 1, 'f', 'x = 1'), ('b.py', 2, 'g', None), ('c.py', 3, 'h', '')]))
show('StackSummary.format', traceback.StackSummary.from_list([('a.py', 1, 'f', 'x = 1')]).format())
print('-- print_list')
traceback.print_list([('a.py', 1, 'f', 'pass')], file=sys.stdout)
print('-- walk_tb')
for frame, lineno in traceback.walk_tb(exc.__traceback__):
    print(frame.f_code.co_name, lineno, frame.f_code.co_filename == __file__)
tb = exc.__traceback__
print(tb.tb_lineno, tb.tb_frame.f_code.co_name, tb.tb_next.tb_lineno, tb.tb_next.tb_frame.f_lineno, tb.tb_next.tb_next)


def deepest():
    stack = traceback.extract_stack()
    return stack


def middle():
    s = deepest()
    return s


def printer():
    traceback.print_stack(file=sys.stdout)


def formatter():
    s = traceback.format_stack()
    return s


def limited():
    s = traceback.extract_stack(limit=2)
    return s


print('-- extract_stack')
s = middle()
print(s)
print([(fs.lineno, fs.name, fs.line) for fs in s])
print('-- print_stack')
printer()
show('format_stack', formatter())
print('-- limit=2')
print([(fs.lineno, fs.name) for fs in limited()])
print('-- walk_stack')


def walker():
    try:
        raise ValueError
    except ValueError as e:
        f = e.__traceback__.tb_frame
    out = []
    for fr, ln in traceback.walk_stack(f):
        out.append((fr.f_code.co_name, ln))
    return out


r = walker()
print(r)

print('-- TracebackException')
te = traceback.TracebackException.from_exception(exc)
print(te.exc_type_str, te._str, str(te), te.__suppress_context__)
print(te.__cause__.exc_type_str, te.__cause__._str, te.__context__)
print(te.stack, type(te.stack).__name__)
show('te.format()', list(te.format()))
show('te.format(chain=False)', list(te.format(chain=False)))
show('te.format_exception_only()', list(te.format_exception_only()))
show('te.stack.format()', te.stack.format())
print('-- te.print')
te.print(file=sys.stdout)
te2 = traceback.TracebackException(type(exc), exc, exc.__traceback__, limit=1)
show('limit=1', list(te2.format()))
try:
    r = during()
except TypeError as e:
    te3 = traceback.TracebackException.from_exception(e)
    print(te3.__cause__, te3.__context__.exc_type_str, te3.__context__._str)
try:
    r = quiet()
except TypeError as e:
    te4 = traceback.TracebackException.from_exception(e)
    print(te4.__cause__, te4.__context__, te4.__suppress_context__)
print('-- uncaught')
r = outer()
