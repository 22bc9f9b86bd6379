import sys
import argparse
sys.stderr = sys.stdout


def run(p, argv):
    print('>>', argv)
    try:
        print(p.parse_known_args(argv))
    except SystemExit as e:
        print('-- exit', e.code)
    except argparse.ArgumentError as e:
        print('ArgumentError:', e)


# '--' ends the options; positionals drop the first '--' they get,
# sub-commands and REMAINDER keep theirs
p = argparse.ArgumentParser(prog='sep', exit_on_error=False)
p.add_argument('a', nargs='?')
p.add_argument('b', nargs='*')
p.add_argument('-x')
for argv in (['--'], ['--', '--'], ['1', '--', '2'], ['--', '-x', '3'], ['-x', '1', '--', '--'],
             ['a', '--', '--', 'b'], ['-x', '--', '1']):
    run(p, argv)
q = argparse.ArgumentParser(prog='rest', exit_on_error=False)
q.add_argument('first')
q.add_argument('rest', nargs=argparse.REMAINDER)
for argv in (['a', '--', 'b'], ['a', 'b', '--', 'c'], ['--', '--', 'b']):
    run(q, argv)
c = argparse.ArgumentParser(prog='cmd', exit_on_error=False)
sub = c.add_subparsers(dest='cmd')
sub.add_parser('go')
for argv in (['go', '--', 'x'], ['--', 'go']):
    run(c, argv)

# short option clusters and values written in the option's word
s = argparse.ArgumentParser(prog='short')
s.add_argument('-x', action='store_true')
s.add_argument('-y')
s.add_argument('-z', nargs='?', const='C')
s.add_argument('-w', action='store_true')
for argv in (['-xy1'], ['-xy=1'], ['-y=1'], ['-xz'], ['-xzv'], ['-x=1'], ['-xq'], ['-xq=1'],
             ['-xwq'], ['-xw-'], ['-x-w'], ['-zx'], ['-y', '-5'], ['-y=-x'], ['-'], ['a b'],
             ['-a b']):
    run(s, argv)
n = argparse.ArgumentParser(prog='neg')
n.add_argument('-1', dest='one', action='store_true')
n.add_argument('v', nargs='?')
for argv in (['-1'], ['-2'], ['-1.5']):
    run(n, argv)

# without exit_on_error, every usage error is an ArgumentError
e = argparse.ArgumentParser(prog='e', exit_on_error=False)
e.add_argument('--alpha')
e.add_argument('--alps')
for argv in (['--al', '1'], ['--alp', '2']):
    run(e, argv)
for argv in (['--bogus'], ['x']):
    print('>>', argv)
    try:
        e.parse_args(argv)
    except argparse.ArgumentError as err:
        print('ArgumentError:', err, repr(err.argument_name), repr(err.message))

# defaults meet choices and types
d = argparse.ArgumentParser(prog='dflt')
d.add_argument('pos', nargs='?', default='zz', choices=['a', 'b'])
run(d, [])
d = argparse.ArgumentParser(prog='dflt')
d.add_argument('star', nargs='*', default=['qq'], choices=['a', 'b'])
run(d, [])
d = argparse.ArgumentParser(prog='dflt')
d.add_argument('a', nargs='?', default=5, choices=[1, 2])
d.add_argument('b', nargs='*', default='7', type=int)
d.add_argument('--n', type=int, default='8')
d.add_argument('--o', type=int, nargs='?', const='9')
d.add_argument('--c', choices='abc')
run(d, [])
run(d, ['--o', '--c', 'ab'])

# mutually exclusive groups in usage: only when their members stand
# together; long usage breaks between the members
for required in (False, True):
    u = argparse.ArgumentParser(prog='grp')
    g = u.add_mutually_exclusive_group(required=required)
    g.add_argument('--a', action='store_true')
    g.add_argument('x', nargs='?', default=3)
    u.print_usage()
    run(u, ['--a', 'b'])
u = argparse.ArgumentParser(prog='grp')
g = u.add_mutually_exclusive_group()
g.add_argument('--g1', action='store_true')
u.add_argument('--a2')
g.add_argument('--g2')
u.print_usage()
u = argparse.ArgumentParser(prog='grp')
g = u.add_mutually_exclusive_group(required=True)
g.add_argument('--only', action='store_true')
g.add_argument('--hidden', help=argparse.SUPPRESS)
u.print_usage()
run(u, [])
u = argparse.ArgumentParser(prog='p', add_help=False,
                            formatter_class=lambda prog: argparse.HelpFormatter(prog, width=30))
g = u.add_mutually_exclusive_group(required=True)
for flag in ('--aaaaaaaaaaaaaaaaaa', '--bbbbbbbbbbbbbbbbbbbbb', '--ccccccccc'):
    g.add_argument(flag, action='store_true')
u.add_argument('--after', action='store_true')
u.print_usage()
u = argparse.ArgumentParser(prog='p' * 40, add_help=False,
                            formatter_class=lambda prog: argparse.HelpFormatter(prog, width=30))
g = u.add_mutually_exclusive_group()
g.add_argument('--aaaaaaaaaaaaaaa', action='store_true')
g.add_argument('--bbbbbbbbbbbbb', nargs=2)
u.print_usage()

# a positional with nargs=SUPPRESS leaves an empty place in usage
v = argparse.ArgumentParser(prog='gap')
v.add_argument('a')
v.add_argument('w', nargs=argparse.SUPPRESS)
v.add_argument('b')
v.add_argument('--o', nargs=argparse.SUPPRESS)
print(repr(v.format_usage()))
run(v, ['1', '2'])

# deprecated options, arguments and sub-commands warn once each
w = argparse.ArgumentParser(prog='old')
w.add_argument('--old', '-o', deprecated=True, action='store_true')
w.add_argument('pos', nargs='?', deprecated=True)
ws = w.add_subparsers(dest='c')
ws.add_parser('run', deprecated=True)
run(w, ['--old', '-o', '--old', 'x', 'run'])

# definitions that are refused
for kw in (dict(nargs=0), dict(const=1), dict(action='bogus'), dict(type='int'),
           dict(type=argparse.FileType), dict(nargs='x'), dict(metavar=('a', 'b')),
           dict(nargs=2, metavar=('a', 'b', 'c'))):
    try:
        argparse.ArgumentParser().add_argument('--x', **kw)
    except ValueError as err:
        print('ValueError:', err)
for args, kw in ((('x',), dict(dest='y')), (('x',), dict(required=True)), (('x', 'y'), {}),
                 (('--',), {})):
    try:
        argparse.ArgumentParser().add_argument(*args, **kw)
    except (TypeError, ValueError) as err:
        print(type(err).__name__ + ':', err)
try:
    argparse.ArgumentParser().add_mutually_exclusive_group().add_argument('y', nargs='*')
except ValueError as err:
    print('ValueError:', err)
cp = argparse.ArgumentParser(prog='cp')
cp.add_subparsers()
try:
    cp.add_subparsers()
except argparse.ArgumentError as err:
    print('ArgumentError:', err)

# conflict_handler='resolve' takes the option strings over
r = argparse.ArgumentParser(prog='r', conflict_handler='resolve')
r.add_argument('-f', '--foo', help='old')
r.add_argument('--foo', help='new')
r.add_argument('-h', help='hh')
r.print_help()

# appending to a list default copies it; the default stays as it was
a = argparse.ArgumentParser(prog='app')
base = ['x']
a.add_argument('--item', action='append', default=base)
a.add_argument('--more', action='extend', nargs='+', default=('t',))
run(a, ['--item', 'y'])
print(base)
try:
    a.parse_args(['--more', 'z'])
except AttributeError as err:
    print('AttributeError:', err)

print(repr(argparse.FileType('r')), repr(argparse.FileType('w', 1, encoding='utf-8', errors='x')))
print(repr(argparse.Action(['-a'], 'a')))
ns = argparse.Namespace(b=1, a=2)
ns.c = 3
del ns.b
ns.b = 4
print(ns, ns == argparse.Namespace(a=2, c=3, b=4), ns != argparse.Namespace(), 'c' in ns)
