# Rotate service logs: keep the newest N, compress nothing, report sizes,
# and remove what is too old, the way a cron job on a server does.
import io
import os
import shutil
import sys

base = os.path.join(sys.argv[1] if len(sys.argv) > 1 else '/tmp', 'log_rotate')
if os.path.isdir(base):
    shutil.rmtree(base)
logdir = os.path.join(base, 'var', 'log', 'svc')
os.makedirs(logdir)
KEEP = 3


def write_log(name, lines):
    with open(os.path.join(logdir, name), 'a') as f:
        for i in range(lines):
            f.write('%s line %03d\n' % (name, i))


def rotate(name):
    path = os.path.join(logdir, name)
    for i in range(KEEP, 0, -1):
        older = '%s.%d' % (path, i)
        if os.path.exists(older):
            if i == KEEP:
                os.remove(older)
            else:
                os.rename(older, '%s.%d' % (path, i + 1))
    if os.path.exists(path):
        os.replace(path, path + '.1')
    open(path, 'w').close()


for day in range(5):
    write_log('app.log', 3 + day)
    write_log('error.log', day % 2)
    rotate('app.log')
    rotate('error.log')

report = io.StringIO()
names = sorted(os.listdir(logdir))
for name in names:
    st = os.stat(os.path.join(logdir, name))
    report.write('%-12s %5d bytes\n' % (name, st.st_size))
print(report.getvalue(), end='')
print('files kept:', len(names))

with open(os.path.join(logdir, 'app.log.1')) as f:
    first = f.readline().rstrip('\n')
    rest = f.readlines()
print('newest rotated starts with:', first, '| lines:', 1 + len(rest))

empty = [n for n in names if os.path.getsize(os.path.join(logdir, n)) == 0]
for n in empty:
    os.unlink(os.path.join(logdir, n))
print('removed empty:', empty)

try:
    os.remove(os.path.join(logdir, 'app.log.9'))
except FileNotFoundError as e:
    print('missing:', e.errno, e.strerror, os.path.basename(e.filename))
try:
    os.rmdir(logdir)
except OSError as e:
    print('not empty:', type(e).__name__, e.errno)

usage = shutil.disk_usage(base)
print('disk usage fields:', usage._fields if hasattr(usage, '_fields') else None, usage.total >= usage.used)
shutil.rmtree(base)
print('done:', os.path.exists(base))
