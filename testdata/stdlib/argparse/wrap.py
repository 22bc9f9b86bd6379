import sys
import argparse
sys.stderr = sys.stdout

p = argparse.ArgumentParser(
    prog='backup-manager',
    description='Back up folders to a remote store, keeping a number of daily, weekly and monthly copies, and prune the copies that fall outside the retention policy.',
    epilog='Exit status is 0 on success and 1 when any folder failed.')
p.add_argument('sources', nargs='+', metavar='SOURCE', help='folders to back up; each is archived separately and uploaded in the order given on the command line')
p.add_argument('--destination', '-d', required=True, help='remote URL')
p.add_argument('--keep-daily', type=int, default=7, help='daily copies to keep (default: %(default)s)')
p.add_argument('--keep-weekly', type=int, default=4)
p.add_argument('--keep-monthly', type=int, default=12, help='monthly copies to keep')
p.add_argument('--compression-level-for-archives', type=int, choices=range(1, 10), metavar='LEVEL', help='zstd level')
p.add_argument('--exclude', action='append', default=[], help='glob pattern to exclude')
p.add_argument('--bandwidth-limit-in-kilobytes-per-second', type=int, help='a very long option name')
p.add_argument('--log-file')
p.print_help()
print(p.format_usage())
try:
    p.parse_args(['x'])
except SystemExit:
    print('-- exit')
try:
    p.parse_args(['x', '-d', 'u', '--compression-level-for-archives', '12'])
except SystemExit:
    print('-- exit')

raw = argparse.ArgumentParser(prog='raw', formatter_class=argparse.RawDescriptionHelpFormatter,
                              description='Examples:\n  raw --fast\n  raw --slow\n')
raw.add_argument('--fast', action='store_true', help='go fast')
raw.print_help()
d = argparse.ArgumentParser(prog='defaults', formatter_class=argparse.ArgumentDefaultsHelpFormatter)
d.add_argument('--size', type=int, default=10, help='size')
d.add_argument('--name', help='name')
d.add_argument('item', nargs='?', default='x', help='item')
d.print_help()
h = argparse.ArgumentParser(prog='hyphens', description='A long-running, well-known job runner -- with em-dashes--like this -- that re-tries self-healing tasks in a round-robin fashion across multi-region clusters.')
h.add_argument('--retry-policy', help='the back-off policy: exponential-with-jitter or fixed-interval, applied per-task and per-cluster with re-tries capped by --max-retries-per-task')
h.add_argument('--max-retries-per-task', type=int, help='supercalifragilisticexpialidocious-and-more-words-here')
h.print_help()
