# Reads the test results of a CI run from CSV files, merges them by
# suite, and writes a summary CSV and the commands that rerun failures.
import csv
import io
import os
import shlex
import sys

folder = sys.argv[1] if len(sys.argv) > 1 else '/tmp'

RESULTS = {
    'unit.csv': [
        ['suite', 'test', 'status', 'seconds', 'command'],
        ['core', 'test_parse', 'pass', '0.12', 'pytest tests/core/test_parse.py'],
        ['core', 'test_quote "edge"', 'fail', '0.40', 'pytest "tests/core/test quote.py" -k edge'],
        ['net', 'test_timeout', 'skip', '0', 'pytest tests/net -k timeout --net=off'],
        ['net', 'test_retry', 'pass', '2.5', "pytest tests/net -k 'retry and not slow'"],
    ],
    'integration.csv': [
        ['suite', 'test', 'status', 'seconds', 'command'],
        ['db', 'test_migrate', 'fail', '13.01', 'make itest TEST=migrate DB="postgres 16"'],
        ['db', 'test_backup,restore', 'pass', '8.2', 'make itest TEST=backup'],
        ['core', 'test_multi\nline name', 'error', '', 'make itest TEST=multi'],
    ],
}

for name, rows in RESULTS.items():
    with open(os.path.join(folder, name), 'w', newline='') as fh:
        w = csv.writer(fh)
        for row in rows:
            n = w.writerow(row)
        print(name, 'last row', n, 'chars')

with open(os.path.join(folder, 'unit.csv'), 'rb') as fh:
    print(fh.read().splitlines()[2])

records = []
for name in sorted(RESULTS):
    with open(os.path.join(folder, name), newline='') as fh:
        reader = csv.DictReader(fh)
        print(name, reader.fieldnames)
        for rec in reader:
            rec['file'] = name
            rec['seconds'] = float(rec['seconds'] or 0)
            records.append(rec)
        print('  lines read', reader.line_num)

suites = {}
for rec in records:
    s = suites.setdefault(rec['suite'], {'suite': rec['suite'], 'pass': 0, 'fail': 0, 'skip': 0, 'error': 0, 'seconds': 0.0})
    s[rec['status']] += 1
    s['seconds'] = round(s['seconds'] + rec['seconds'], 2)

out = io.StringIO()
fields = ['suite', 'pass', 'fail', 'error', 'skip', 'seconds']
w = csv.DictWriter(out, fieldnames=fields, lineterminator='\n')
w.writeheader()
for name in sorted(suites):
    w.writerow(suites[name])
print(out.getvalue(), end='')

try:
    w.writerow({'suite': 'x', 'flaky': 1})
except ValueError as e:
    print('refused:', e)

print('rerun:')
for rec in records:
    if rec['status'] in ('fail', 'error'):
        argv = shlex.split(rec['command'])
        print('  ', argv)
        print('   $', shlex.join(argv + ['--junit', 'reports/%s.xml' % rec['test'].split()[0]]))

tsv = io.StringIO()
csv.writer(tsv, dialect='excel-tab').writerows(
    [[r['suite'], r['test'], r['status']] for r in records if r['status'] != 'pass'])
print(repr(tsv.getvalue()))
back = list(csv.reader(io.StringIO(tsv.getvalue(), newline=''), delimiter='\t'))
print(back)

try:
    list(csv.reader(['ok,row', '"bad"quote', 'x'], strict=True))
except csv.Error as e:
    print('csv.Error:', e)
try:
    list(csv.reader(['a,"unterminated'], strict=True))
except csv.Error as e:
    print('csv.Error:', e)
