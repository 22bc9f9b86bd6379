import errno, os, sys
print(errno.errorcode)
print(sorted((n, getattr(errno, n)) for n in dir(errno) if n.startswith('E')))
print([n for n in dir(errno) if not n.startswith("E") and not n.startswith("__")])
print(errno.ENOENT, errno.errorcode[errno.EAGAIN], errno.EWOULDBLOCK == errno.EAGAIN, errno.errorcode[errno.ENOTSUP])
for code in [errno.ENOENT, errno.EACCES, errno.EPIPE, errno.ECONNRESET, errno.EAGAIN, errno.EINPROGRESS, errno.ESRCH, errno.EINVAL, errno.ETIMEDOUT, errno.ECHILD]:
    e = OSError(code, os.strerror(code))
    print(code, errno.errorcode[code], type(e).__name__, e.errno == code, e)
try:
    os.stat('/nonexistent/file')
except OSError as e:
    print(type(e).__name__, e.errno == errno.ENOENT, errno.errorcode[e.errno])
import errno as e2
print(len([n for n in dir(e2) if n.startswith('E')]), len(e2.errorcode))
print(all(e2.errorcode[getattr(e2, n)] in dir(e2) for n in dir(e2) if n.startswith('E')))
for name in ['EWOULDBLOCK', 'EDEADLOCK', 'ENOTSUP', 'EOPNOTSUPP', 'EAGAIN', 'EDEADLK']:
    print(name, getattr(e2, name), e2.errorcode[getattr(e2, name)])
try:
    open(os.path.join(sys.argv[1], 'missing'))
except FileNotFoundError as x:
    print(x.errno == e2.ENOENT, e2.errorcode[x.errno])
try:
    os.mkdir(sys.argv[1])
except FileExistsError as x:
    print(e2.errorcode[x.errno])
