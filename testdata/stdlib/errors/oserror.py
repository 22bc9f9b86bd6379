# OSError from failed system calls and from constructors: args are
# (errno, strerror), the file names are attributes, str() names them.
import os
import subprocess
import sys

tmp = sys.argv[1]
missing = os.path.join(tmp, "missing")


def scrub(o):
    return str(o).replace(tmp, "TMP")


for fn in [
    lambda: open(os.path.join(missing, "x")),
    lambda: os.stat(missing),
    lambda: os.listdir(missing),
    lambda: os.mkdir(tmp),
    lambda: os.rename(os.path.join(missing, "a"), os.path.join(tmp, "b")),
    lambda: os.remove(tmp),
    lambda: subprocess.run([os.path.join(missing, "prog")]),
]:
    try:
        fn()
    except OSError as e:
        print(type(e).__name__, e.args, repr(e), e.errno, e.strerror)
        print("  ", scrub(e.filename), scrub(e.filename2), "|", scrub(e))
        code, msg = e.args
e = OSError(2, "No such file or directory", "x.txt")
print(type(e).__name__, e.args, repr(e), str(e), e.filename)
e = OSError(1, "Operation not permitted", "a", None, "b")
print(type(e).__name__, e.args, str(e), e.filename2)
e = FileNotFoundError("custom")
print(e.args, e.errno, e.filename, str(e))
e = OSError(13, "Permission denied")
print(type(e).__name__, str(e), e.args)
e = OSError("just a message")
print(e.args, e.errno, str(e))
for t in [OSError, FileNotFoundError, PermissionError, ConnectionRefusedError]:
    e = t(2, "No such file", "f.txt")
    print(type(e).__name__, str(e), e.args, e.filename)
print(type(OSError(2, "x")).__name__, str(FileExistsError(17, "File exists", "a", None, "b")))
