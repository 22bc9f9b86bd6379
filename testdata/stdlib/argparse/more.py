import sys
import argparse
sys.stderr = sys.stdout

common = argparse.ArgumentParser(add_help=False)
common.add_argument('--config', metavar='PATH', help='configuration file')
p = argparse.ArgumentParser(prog='svc', parents=[common], description='Manage the service.')
p.add_argument('action', choices=['start', 'stop', 'restart'], help='what to do')
p.add_argument('target', nargs='?', help='optional target')
p.add_argument('--timeout', type=float, default=30.0, help='seconds to wait before giving up on a stuck process, a long sentence that needs wrapping over several lines')
p.add_argument('--retries', type=int, default=3, help=argparse.SUPPRESS)
p.add_argument('-x', dest='extra', nargs=2, metavar=('NAME', 'VALUE'), action='append', help='extra setting')
p.add_argument('--percent', type=int, default=50, help='share in %% (default: %(default)s%%)')
sub = None
print(p.parse_args(['start']))
print(p.parse_args(['stop', 'web', '--config', 'c.ini', '-x', 'a', '1', '-x', 'b', '2']))
print(p.parse_args(['restart', '--retries', '9']))
p.print_help()
print(p.get_default('timeout'), p.get_default('retries'))
p.set_defaults(timeout=5.0, color='auto')
print(p.parse_args(['start']))

q = argparse.ArgumentParser(prog='git-like')
subs = q.add_subparsers(title='commands', description='available commands', dest='cmd', metavar='CMD')
c = subs.add_parser('checkout', aliases=['co'], help='switch branches')
c.add_argument('branch')
subs.add_parser('log', help='show history')
print(q.parse_args(['co', 'main']))
print(q.parse_args(['log']))
q.print_help()
c.print_help()
try:
    q.parse_args(['--bad'])
except SystemExit:
    print('-- exit')

r = argparse.ArgumentParser(prog='r', allow_abbrev=False)
r.add_argument('--verbose', action='store_true')
r.add_argument('--verbosity', type=int)
print(r.parse_known_args(['--verb', '--verbose']))
s = argparse.ArgumentParser(prog='s')
s.add_argument('--verbose', action='store_true')
s.add_argument('--verbosity', type=int)
try:
    s.parse_args(['--verb'])
except SystemExit:
    print('-- exit')
print(s.parse_args(['--verbose', '--verbosi', '2']))
try:
    s.add_argument('--verbose')
except argparse.ArgumentError as e:
    print('ArgumentError:', e)
t = argparse.ArgumentParser(prog='t', usage='%(prog)s [options] FILE')
t.add_argument('file')
t.print_usage()
t.print_help()
print(repr(argparse.Namespace(a=1, **{'with-dash': 2})))
