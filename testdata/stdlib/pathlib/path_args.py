# Path objects where scripts pass them: makedirs, removedirs, tempfile's
# dir, shutil.copytree and shutil.which.
import os, pathlib, shutil, sys, tempfile
base = pathlib.Path(sys.argv[1]) / "work"
os.makedirs(base / "a" / "b", exist_ok=True)
print(sorted(p.name for p in base.iterdir()))
with tempfile.TemporaryDirectory(dir=base) as d:
    print(os.path.dirname(d) == str(base))
fd, name = tempfile.mkstemp(dir=base, suffix=".txt")
os.close(fd)
print(os.path.dirname(name) == str(base), name.endswith(".txt"))
print(os.path.isdir(tempfile.mkdtemp(dir=base)))
shutil.copytree(base / "a", base / "copy")
print(sorted(p.name for p in (base / "copy").iterdir()))
os.removedirs(base / "copy" / "b")
print((base / "copy").exists())
print(shutil.which("sh", path=pathlib.Path("/bin")))
try:
    tempfile.mkdtemp(dir=3)
except TypeError as e:
    print(type(e).__name__)
