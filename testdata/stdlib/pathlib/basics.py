import os
import sys
from pathlib import Path, PurePath

work = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp") / "pathlib_case"
p = PurePath("/srv/app/logs/app.log.gz")
print(p, repr(p), p.name, p.stem, p.suffix, p.suffixes, p.parent, p.parts, p.anchor)
print(p.with_suffix(".txt"), p.with_name("x.log"), p.relative_to("/srv"), p.is_absolute(), p.match("*.gz"))
print(list(p.parents)[:2], PurePath("a/./b//c/"), PurePath("a") / "b" / "c.txt", "x" / PurePath("y"))
print(Path("data/../x").parts, PurePath() , PurePath("a") == PurePath("a/"), sorted([PurePath("b"), PurePath("a/z")]))
if work.exists():
    for f in sorted(work.iterdir()):
        f.unlink()
    work.rmdir()
work.mkdir()
(work / "a.txt").write_text("hello\n")
(work / "b.log").write_bytes(b"\x00\x01")
(work / "sub").mkdir()
(work / "sub" / "c.txt").touch()
print(sorted(x.name for x in work.iterdir()))
print([str(x.relative_to(work)) for x in work.glob("*.txt")], [str(x.relative_to(work)) for x in work.rglob("*.txt")])
print((work / "a.txt").read_text(), (work / "b.log").read_bytes(), (work / "a.txt").is_file(), (work / "sub").is_dir())
print((work / "a.txt").stat().st_size, (work / "nope").exists())
with (work / "a.txt").open() as f:
    print(f.readline().strip())
(work / "a.txt").rename(work / "d.txt")
print(sorted(x.name for x in work.iterdir()))
try:
    (work / "missing").unlink()
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
(work / "missing").unlink(missing_ok=True)
for f in [work / "d.txt", work / "b.log", work / "sub" / "c.txt"]:
    f.unlink()
(work / "sub").rmdir()
work.rmdir()
print(work.exists(), os.fspath(work).endswith("pathlib_case"))
