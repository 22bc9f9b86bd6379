# A deployment tool's command line: sub-commands, option types, choices,
# mutually exclusive flags and errors turned into exceptions.
import argparse
import sys


class UsageError(Exception):
    pass


class Parser(argparse.ArgumentParser):
    def error(self, message):
        raise UsageError(message)


def replicas(text):
    n = int(text)
    if not 1 <= n <= 20:
        raise argparse.ArgumentTypeError('replicas must be between 1 and 20, got %d' % n)
    return n


def build_parser():
    p = Parser(prog='deployctl', description='Deploy services to the cluster.',
               formatter_class=lambda prog: argparse.HelpFormatter(prog, width=78))
    p.add_argument('-v', '--verbose', action='count', default=0, help='more output')
    p.add_argument('--cluster', default='eu-west', choices=['eu-west', 'us-east'])
    sub = p.add_subparsers(dest='command', required=True, metavar='COMMAND')
    d = sub.add_parser('deploy', help='roll out a version')
    d.add_argument('service')
    d.add_argument('version')
    d.add_argument('--replicas', type=replicas, default=2)
    d.add_argument('--env', action='append', default=[], metavar='KEY=VALUE')
    speed = d.add_mutually_exclusive_group()
    speed.add_argument('--canary', action='store_true')
    speed.add_argument('--all-at-once', action='store_true')
    d.set_defaults(handler=do_deploy)
    r = sub.add_parser('rollback', help='go back to the previous version')
    r.add_argument('service')
    r.add_argument('--steps', type=int, default=1)
    r.set_defaults(handler=do_rollback)
    s = sub.add_parser('status', help='show what runs')
    s.add_argument('services', nargs='*')
    s.set_defaults(handler=do_status)
    return p


def do_deploy(args):
    env = dict(item.split('=', 1) for item in args.env)
    mode = 'canary' if args.canary else 'all-at-once' if args.all_at_once else 'rolling'
    print('deploy %s %s to %s: %d replicas, %s, env=%s' % (
        args.service, args.version, args.cluster, args.replicas, mode, sorted(env.items())))


def do_rollback(args):
    print('rollback %s by %d step(s) on %s' % (args.service, args.steps, args.cluster))


def do_status(args):
    print('status of %s (verbosity %d)' % (', '.join(args.services) or 'everything', args.verbose))


def main(argv):
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except UsageError as e:
        print('usage error:', e)
        return 2
    args.handler(args)
    return 0


runs = [
    ['deploy', 'api', '1.4.2'],
    ['-vv', '--cluster', 'us-east', 'deploy', 'web', '2.0', '--replicas', '5', '--canary',
     '--env', 'DEBUG=0', '--env', 'REGION=us'],
    ['rollback', 'api', '--steps', '3'],
    ['status'],
    ['-v', 'status', 'api', 'web'],
    ['deploy', 'api'],
    ['deploy', 'api', '1.0', '--replicas', '50'],
    ['deploy', 'api', '1.0', '--replicas', 'two'],
    ['deploy', 'api', '1.0', '--canary', '--all-at-once'],
    ['--cluster', 'mars', 'status'],
    ['restart', 'api'],
    [],
    ['rollback', 'api', '--force'],
]
codes = []
for argv in runs:
    print('$ deployctl', ' '.join(argv))
    codes.append(main(argv))
print('exit codes:', codes)
parser = build_parser()
parser.print_help()
print(parser.format_usage(), end='')
sys.exit(max(codes))
