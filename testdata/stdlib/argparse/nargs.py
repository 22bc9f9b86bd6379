import sys
import argparse
sys.stderr = sys.stdout

p = argparse.ArgumentParser(prog='nargs', add_help=False)
p.add_argument('src')
p.add_argument('dst', nargs='?', default='out')
p.add_argument('--pair', nargs=2, metavar=('K', 'V'))
p.add_argument('--three', nargs=3, type=int)
p.add_argument('--opt', nargs='?', const='C', default='D')
p.add_argument('--many', nargs='*')
p.add_argument('--some', nargs='+')


def run(argv):
    print('>>', argv)
    try:
        print(p.parse_args(argv))
    except SystemExit:
        print('-- exit')


run(['a'])
run(['a', 'b'])
run(['a', 'b', 'c'])
run(['a', '--pair', 'k', 'v'])
run(['a', '--pair', 'k'])
run(['a', '--three', '1', '2', '3'])
run(['a', '--three', '1', 'x', '3'])
run(['a', '--opt'])
run(['a', '--opt', 'val'])
run(['a', '--many'])
run(['a', '--many', '1', '2'])
run(['a', '--some'])
run(['--some', '1', '2', '--', 'a'])
run(['-5'])
p.print_help()

q = argparse.ArgumentParser(prog='q', exit_on_error=False)
q.add_argument('--n', type=int)
try:
    q.parse_args(['--n', 'x'])
except argparse.ArgumentError as e:
    print('ArgumentError:', e)


def positive(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError('%r is not positive' % text)
    return value


r = argparse.ArgumentParser(prog='r')
r.add_argument('--workers', type=positive, default='2')
print(r.parse_args([]))
try:
    r.parse_args(['--workers', '-3'])
except SystemExit:
    print('-- exit')
try:
    r.parse_args(['--workers', 'zz'])
except SystemExit:
    print('-- exit')
r.error('custom failure')
