"""Atomic file writer using tempfile, os.replace and os.fsync."""
import contextlib
import errno
import json
import os
import stat
import sys
import tempfile


class AtomicWriter:
    def __init__(self, path, mode="w", encoding="utf-8", perms=0o640):
        self.path = path
        self.mode = mode
        self.encoding = encoding if "b" not in mode else None
        self.perms = perms
        self._tmp = None
        self._fh = None

    def __enter__(self):
        d = os.path.dirname(os.path.abspath(self.path))
        fd, self._tmp = tempfile.mkstemp(dir=d, prefix=".tmp-", suffix=".part")
        self._fh = os.fdopen(fd, self.mode, encoding=self.encoding)
        return self._fh

    def __exit__(self, exc_type, exc, tb):
        try:
            if exc_type is None:
                self._fh.flush()
                os.fsync(self._fh.fileno())
                self._fh.close()
                os.chmod(self._tmp, self.perms)
                os.replace(self._tmp, self.path)
            else:
                self._fh.close()
                os.unlink(self._tmp)
        finally:
            self._fh = None
        return False


def listing(root):
    out = []
    for name in sorted(os.listdir(root)):
        st = os.stat(os.path.join(root, name))
        out.append(f"{name}:{stat.filemode(st.st_mode)}:{st.st_size}")
    return out


def main():
    root = tempfile.mkdtemp(prefix="atomic-")
    target = os.path.join(root, "state.json")
    with AtomicWriter(target) as fh:
        json.dump({"version": 1, "items": [1, 2, 3]}, fh)
    print(listing(root))
    try:
        with AtomicWriter(target) as fh:
            fh.write("partial garbage")
            raise RuntimeError("crash mid-write")
    except RuntimeError as e:
        print("caught:", e)
    print(listing(root))
    with open(target) as fh:
        print(json.load(fh))
    with AtomicWriter(os.path.join(root, "blob.bin"), "wb", perms=0o600) as fh:
        fh.write(bytes(range(10)) * 3)
    print(listing(root))
    with open(os.path.join(root, "blob.bin"), "rb") as fh:
        fh.seek(5)
        print(fh.read(4), fh.tell())
        fh.seek(-3, os.SEEK_END)
        print(fh.read(), fh.tell())
    with open(os.path.join(root, "log.txt"), "a+") as fh:
        fh.write("one\n")
        fh.write("two\n")
        fh.seek(0)
        print(fh.readlines())
    with open(os.path.join(root, "log.txt"), "r+") as fh:
        fh.seek(0, 2)
        fh.write("three\n")
    with open(os.path.join(root, "log.txt")) as fh:
        print([line.rstrip() for line in fh])
    try:
        open(os.path.join(root, "state.json"), "x")
    except FileExistsError as e:
        print("FileExistsError", e.errno == errno.EEXIST, os.path.basename(e.filename))
    try:
        os.remove(os.path.join(root, "nope"))
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
    with contextlib.suppress(FileNotFoundError):
        os.unlink(os.path.join(root, "nope"))
        print("not reached")
    fd = os.open(os.path.join(root, "raw"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    os.write(fd, b"raw bytes\n")
    os.close(fd)
    fd = os.open(os.path.join(root, "raw"), os.O_RDONLY)
    print(os.read(fd, 100), os.fstat(fd).st_size)
    os.close(fd)
    os.rename(os.path.join(root, "raw"), os.path.join(root, "raw2"))
    print(listing(root))
    for dirpath, dirnames, filenames in os.walk(root):
        print(os.path.relpath(dirpath, root), sorted(dirnames), sorted(filenames))
    for name in os.listdir(root):
        os.remove(os.path.join(root, name))
    os.rmdir(root)
    print("cleaned:", not os.path.exists(root))
    return 0


if __name__ == "__main__":
    sys.exit(main())
