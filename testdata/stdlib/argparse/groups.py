import sys
import argparse
sys.stderr = sys.stdout

p = argparse.ArgumentParser(prog='deploy')
g = p.add_mutually_exclusive_group()
g.add_argument('--staging', action='store_true', help='deploy to staging')
g.add_argument('--production', action='store_true', help='deploy to production')
r = p.add_mutually_exclusive_group(required=True)
r.add_argument('--tag', help='release tag')
r.add_argument('--branch', help='branch name')
net = p.add_argument_group('network', 'Options for the network.')
net.add_argument('--host', default='localhost', help='host name')
net.add_argument('--port', type=int, default=8080, help='port number (default: %(default)s)')
p.add_argument('--version', action='version', version='%(prog)s 1.2.3')
p.add_argument('--dry-run', action=argparse.BooleanOptionalAction, default=False, help='only print')


def run(argv):
    print('>>', argv)
    try:
        print(p.parse_args(argv))
    except SystemExit:
        print('-- exit')


run(['--tag', 'v1'])
run(['--staging', '--branch', 'main', '--port', '9000', '--no-dry-run'])
run(['--staging', '--production', '--tag', 'x'])
run(['--dry-run'])
run(['--tag', 'a', '--branch', 'b'])
run(['--host'])
p.print_help()
run(['--version'])
