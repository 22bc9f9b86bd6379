import sys
import argparse
sys.stderr = sys.stdout


def cmd_init(args):
    print('init', args.path, args.bare)


def cmd_push(args):
    print('push', args.remote, args.force, args.refs)


p = argparse.ArgumentParser(prog='vcs', description='A tiny version control tool.')
p.add_argument('--verbose', '-v', action='store_true')
sub = p.add_subparsers(dest='command', help='sub-command help')
pi = sub.add_parser('init', help='create a repository')
pi.add_argument('path', nargs='?', default='.')
pi.add_argument('--bare', action='store_true')
pi.set_defaults(func=cmd_init)
pp = sub.add_parser('push', help='send changes')
pp.add_argument('remote')
pp.add_argument('refs', nargs='*')
pp.add_argument('-f', '--force', action='store_true')
pp.set_defaults(func=cmd_push)


def run(argv):
    print('>>', argv)
    try:
        args = p.parse_args(argv)
    except SystemExit:
        print('-- exit')
        return
    print(sorted(k for k in vars(args) if k != 'func'))
    if getattr(args, 'func', None):
        args.func(args)
    else:
        print('no command')


run(['init'])
run(['-v', 'init', 'repo', '--bare'])
run(['push', 'origin', 'main', 'dev', '-f'])
run(['push'])
run(['pull'])
run([])
run(['init', '--what'])
p.print_help()
pp.print_help()
run(['push', '-h'])
