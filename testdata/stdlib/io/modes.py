# The mode attribute of binary files, as CPython's FileIO reports it, and
# unbuffered text refused.
import os
import tempfile

base = tempfile.mkdtemp()
for m in ["rb", "wb", "ab", "xb", "r+b", "w+b", "a+b", "x+b", "rb+", "br", "w", "r+", "a+"]:
    p = os.path.join(base, m.replace("+", "p"))
    if "r" in m:
        open(p, "wb").close()
    with open(p, m) as f:
        print(m, f.mode)
try:
    open(os.path.join(base, "rb"), buffering=0)
except ValueError as e:
    print(e)
with open(os.path.join(base, "rb"), "rb", buffering=0) as f:
    print(f.read())
