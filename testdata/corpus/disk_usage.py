# Summarises disk usage from a listing of file paths and sizes: folder
# totals up the tree, largest files, extensions, human-readable sizes.
import sys

LISTING = """\
4096 /srv/app/README.md
1843200 /srv/app/static/bundle.js
524288 /srv/app/static/bundle.js.map
20480 /srv/app/static/logo.png
734003200 /srv/app/data/dump-2024-05-01.sql
12582912 /srv/app/data/cache.db
918 /srv/app/config/app.ini
2048 /srv/app/config/logging.ini
31457280 /srv/app/logs/app.log
10485760 /srv/app/logs/app.log.1
3145728 /srv/app/logs/app.log.2.gz
0 /srv/app/logs/.keep
7340032 /srv/app/venv/lib/site.tar
"""


def human(n):
    for unit in ("B", "K", "M", "G", "T"):
        if n < 1024 or unit == "T":
            return ("%d%s" % (n, unit)) if unit == "B" else ("%.1f%s" % (n, unit))
        n /= 1024


files = []
for line in LISTING.splitlines():
    size, path = line.split(" ", 1)
    files.append((path, int(size)))

totals = {}
for path, size in files:
    parts = path.strip("/").split("/")
    for depth in range(1, len(parts)):
        folder = "/" + "/".join(parts[:depth])
        totals[folder] = totals.get(folder, 0) + size

print("%-22s %10s %6s" % ("folder", "size", "share"))
root = totals["/srv"]
for folder in sorted(totals):
    depth = folder.count("/") - 1
    name = "  " * depth + folder.rsplit("/", 1)[1] + "/"
    print("%-22s %10s %5.1f%%" % (name, human(totals[folder]), 100 * totals[folder] / root))

print("largest files:")
for path, size in sorted(files, key=lambda f: f[1], reverse=True)[:4]:
    print("  %8s  %s" % (human(size), path))

by_ext = {}
for path, size in files:
    name = path.rsplit("/", 1)[-1]
    base, dot, ext = name.rpartition(".")
    ext = ext if dot and base else "(none)"
    count, total = by_ext.get(ext, (0, 0))
    by_ext[ext] = (count + 1, total + size)
for ext, (count, total) in sorted(by_ext.items(), key=lambda kv: -kv[1][1]):
    print("  .%-8s %2d file(s) %8s" % (ext, count, human(total)))

logs = [(p, s) for p, s in files if "/logs/" in p]
rotated = [p for p, _ in logs if p.endswith((".1", ".gz"))]
print("rotated logs:", rotated, "empty files:", [p for p, s in files if not s])
limit = 500 * 1024 * 1024
print("over limit:", [p.split("/")[-1] for p, s in files if s > limit], human(limit))
print([human(n) for n in (0, 1023, 1024, 1536, 10 ** 6, 2 ** 30, 5 * 2 ** 40, 2 ** 52)])
