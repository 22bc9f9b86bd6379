import sys
import argparse
sys.stderr = sys.stdout
sys.argv = ['/usr/local/bin/report.py', '--format', 'json', 'jan', 'feb']
p = argparse.ArgumentParser(description='Monthly report.')
p.add_argument('months', nargs='*')
p.add_argument('--format', default='text')
args = p.parse_args()
print(args)
print(p.prog)
p.print_usage()
sys.argv = ['report.py', '--format']
p.parse_args()
