import sys
import argparse
sys.stderr = sys.stdout

p = argparse.ArgumentParser(prog='tool', description='Process some files.', epilog='See the manual for more.')
p.add_argument('files', nargs='+', help='files to process')
p.add_argument('-n', '--count', type=int, default=3, help='how many (default: %(default)s)')
p.add_argument('--ratio', type=float, default=0.5)
p.add_argument('--mode', choices=['fast', 'slow'], default='fast', help='speed: %(choices)s')
p.add_argument('-v', '--verbose', action='count', default=0)
p.add_argument('-q', '--quiet', action='store_true')
p.add_argument('--no-color', dest='color', action='store_false')
p.add_argument('--tag', action='append', metavar='TAG')
p.add_argument('--level', action='store_const', const=10)
p.add_argument('--debug', action='append_const', const='d', dest='flags')
p.add_argument('--name', required=False, default='anon')


def run(argv):
    print('>>', argv)
    try:
        ns = p.parse_args(argv)
    except SystemExit:
        print('-- exit')
        return
    print(ns)
    print(sorted(vars(ns).items()))


run(['a.txt'])
run(['a.txt', 'b.txt', '-n', '7', '--ratio=2.5', '-vvv', '-q'])
run(['-n5', 'x', '--tag', 't1', '--tag=t2', '--no-color', '--level', '--debug', '--debug'])
run(['x', '--mode', 'slow', '--name', 'bob'])
run(['x', '--mode', 'medium'])
run(['x', '-n', 'many'])
run(['x', '--ratio', 'abc'])
run([])
run(['x', '--bogus', 'y'])
run(['x', '-n'])
run(['x', '--cou', '4'])
run(['x', '--', '-n'])
run(['-v', '-v', 'x', '-v'])
ns, rest = p.parse_known_args(['x', '--other', '1', '-q'])
print(ns, rest)
p.print_usage()
p.print_help()
print(repr(p.format_usage()))
print('x' in argparse.Namespace(x=1), argparse.Namespace(a=1) == argparse.Namespace(a=1))
run(['-h'])
print('not reached')
