import stat, os, sys
tmp = sys.argv[1] if len(sys.argv) > 1 else '/tmp'
for n in sorted(vars(stat)):
    if n.startswith('_') and n != '_filemode_table': continue
    v = getattr(stat, n)
    print(n, v if not callable(v) else 'function')
modes = [0o170777, 0o4755|stat.S_IFREG, 0o2644|0o100000, 0o1777|stat.S_IFDIR, 0o6644, 0o1666, 0, stat.S_IFIFO|0o600,
         stat.S_IFSOCK|0o7777, stat.S_IFCHR, stat.S_IFBLK|0o444, stat.S_IFLNK|0o777, 0o2000, 0o4000, 0o1000, 0o1001, 2**32-1, True, 0o100644]
for m in modes:
    print(oct(m), stat.filemode(m), stat.S_IMODE(m), stat.S_IFMT(m), [f for f in ['S_ISDIR','S_ISCHR','S_ISBLK','S_ISREG','S_ISFIFO','S_ISLNK','S_ISSOCK','S_ISDOOR','S_ISPORT','S_ISWHT'] if getattr(stat, f)(m)])
for f in ['S_ISDIR','S_IMODE','S_IFMT','filemode','S_ISDOOR']:
  for a in [1.5, '1', -1, 2**70, True, 2**32, 2**32+0o40755, 2**64-1, 2**64]:
    try: print(f, a, repr(getattr(stat,f)(a)))
    except Exception as e: print(f, a, type(e).__name__, e)
class M(int): pass
print(stat.filemode(M(0o40755)), stat.S_ISDIR(M(0o40755)))
for args in [(), (1, 2)]:
    try: stat.S_ISDIR(*args)
    except TypeError as e: print(e)
try: stat.filemode(mode=1)
except TypeError as e: print(e)
# with os.stat
d = os.path.join(tmp, 'd'); os.mkdir(d)
f = os.path.join(d, 'f'); open(f, 'w').close(); os.chmod(f, 0o640)
l = os.path.join(d, 'l'); os.symlink(f, l)
for p in [d, f, l]:
    st = os.lstat(p)
    print(os.path.basename(p), stat.filemode(st.st_mode), stat.S_ISDIR(st.st_mode), stat.S_ISREG(st[stat.ST_MODE]), stat.S_ISLNK(st.st_mode), oct(stat.S_IMODE(st.st_mode)) if not stat.S_ISLNK(st.st_mode) else '', st[stat.ST_SIZE] == st.st_size, st[stat.ST_MTIME] == int(st.st_mtime), st[stat.ST_INO] == st.st_ino)
print(stat.filemode(os.stat(l).st_mode))
os.chmod(f, stat.S_IRUSR | stat.S_IWUSR | stat.S_IXUSR | stat.S_IRGRP)
print(stat.filemode(os.stat(f).st_mode))
from stat import *
print(S_IFMT(0o40755) == S_IFDIR, filemode(0o100600))
