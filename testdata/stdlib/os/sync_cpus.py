# os.fsync, os.fdatasync, getloadavg, sched_getaffinity, cpu_count and
# os.path.normcase.
import os
import shutil
import tempfile

tmp = tempfile.mkdtemp()
path = os.path.join(tmp, 'out.txt')
part = path + '.part'
fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
os.write(fd, b'data')
print(os.fsync(fd), os.fdatasync(fd))
os.close(fd)
os.replace(part, path)
with open(path) as f:
    print(f.read(), os.fsync(f), os.fdatasync(f.fileno()))
for call in [lambda: os.fsync(fd), lambda: os.fdatasync(fd), lambda: os.fsync('x'),
             lambda: os.fsync(-1), lambda: os.fsync(), lambda: os.fdatasync(object())]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
load = os.getloadavg()
print(type(load).__name__, len(load), all(isinstance(x, float) and x >= 0 for x in load))
try:
    os.getloadavg(1)
except TypeError as e:
    print(e)
cpus = os.sched_getaffinity(0)
print(type(cpus).__name__, cpus == os.sched_getaffinity(os.getpid()), len(cpus) == os.process_cpu_count())
print(isinstance(os.cpu_count(), int), os.cpu_count() >= len(cpus))
for args in [(), ('x',), (2 ** 40,)]:
    try:
        os.sched_getaffinity(*args)
    except Exception as e:
        print(type(e).__name__, e)
shutil.rmtree(tmp)
print(os.path.normcase('/A/b'), os.path.normcase(b'/A/B'))


class P:
    def __fspath__(self):
        return '/X'


print(os.path.normcase(P()))
try:
    os.path.normcase(1)
except TypeError as e:
    print(e)
