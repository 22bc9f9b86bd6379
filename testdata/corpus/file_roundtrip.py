# Writes a small data file, then reads it back in several ways
# (iteration, readline, readlines, seek/tell) and appends to it.
import sys

tmpdir = sys.argv[1] if len(sys.argv) > 1 else "/tmp"
path = tmpdir + "/corpus_file_roundtrip.txt"

records = [("host-%02d" % i, 10 * i + 3, i % 3 == 0) for i in range(1, 8)]

with open(path, "w") as f:
    f.write("# hosts inventory\n")
    for name, load, critical in records:
        n = f.write("%s\t%d\t%s\n" % (name, load, "yes" if critical else "no"))
    print("last write returned", n)
    f.writelines(["# end\n"])

with open(path) as f:
    header = f.readline()
    print("header:", repr(header))
    pos = f.tell()
    first = f.readline()
    print("first record at", pos, ":", first.rstrip("\n").split("\t"))
    rest = f.readlines()
    print("remaining lines:", len(rest), "last:", repr(rest[-1]))
    f.seek(pos)
    again = f.readline()
    print("after seek same line:", again == first)
    f.seek(0)
    data = f.read()
    print("total chars:", len(data), "lines:", data.count("\n"))
    print("at end:", repr(f.read()), repr(f.readline()))

total = 0
critical = []
with open(path) as f:
    for lineno, line in enumerate(f, 1):
        if line.startswith("#"):
            continue
        name, load, crit = line.rstrip("\n").split("\t")
        total += int(load)
        if crit == "yes":
            critical.append(name)
print("total load:", total, "critical:", critical)

with open(path, "a") as f:
    f.write("host-99\t999\tyes\n")
with open(path, "r") as f:
    lines = [l.rstrip() for l in f if not l.startswith("#")]
print("after append:", len(lines), lines[-1].expandtabs(10))

with open(path, "w") as f:
    f.write("short\n")
with open(path) as f:
    print("truncated:", f.readlines())

f = open(path)
print("closed before:", f.closed)
f.close()
print("closed after:", f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)

with open(path, "rb") as f:
    raw = f.read()
print("bytes:", raw, len(raw))
try:
    open(tmpdir + "/corpus_file_roundtrip.missing")
except FileNotFoundError as e:
    print("missing:", e.errno, e.strerror)
except OSError as e:
    print("other OSError", e)

with open(path, "w") as f:
    pass
with open(path) as f:
    print("empty file reads:", repr(f.read()))
# leave nothing behind: overwrite with nothing and report
print("done")
