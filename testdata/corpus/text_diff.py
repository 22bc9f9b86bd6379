# Compares two versions of a config file line by line: an LCS-based
# diff with unified-style output and change statistics.
import sys

OLD = """\
[server]
host = 0.0.0.0
port = 8080
workers = 4
timeout = 30

[log]
level = info
file = /var/log/app.log
"""

NEW = """\
[server]
host = 0.0.0.0
port = 9090
workers = 4
keepalive = yes

[log]
level = debug
file = /var/log/app.log
format = json
"""


def lcs_table(a, b):
    rows = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) - 1, -1, -1):
        for j in range(len(b) - 1, -1, -1):
            if a[i] == b[j]:
                rows[i][j] = rows[i + 1][j + 1] + 1
            else:
                rows[i][j] = max(rows[i + 1][j], rows[i][j + 1])
    return rows


def diff(a, b):
    t = lcs_table(a, b)
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            yield " ", a[i], i + 1, j + 1
            i, j = i + 1, j + 1
        elif t[i + 1][j] >= t[i][j + 1]:
            yield "-", a[i], i + 1, None
            i += 1
        else:
            yield "+", b[j], None, j + 1
            j += 1
    for k in range(i, len(a)):
        yield "-", a[k], k + 1, None
    for k in range(j, len(b)):
        yield "+", b[k], None, k + 1


old_lines = OLD.splitlines()
new_lines = NEW.splitlines()
print("--- old (%d lines)" % len(old_lines))
print("+++ new (%d lines)" % len(new_lines))
ops = list(diff(old_lines, new_lines))
for tag, text, i, j in ops:
    where = "%3s %3s" % (i or "", j or "")
    print("%s %s%s" % (where, tag, text))

stats = {}
for tag, *_ in ops:
    stats[tag] = stats.get(tag, 0) + 1
print("unchanged=%d removed=%d added=%d" % (stats.get(" ", 0), stats.get("-", 0), stats.get("+", 0)))
removed = {i for tag, _, i, _ in ops if tag == "-"}
added = {j for tag, _, _, j in ops if tag == "+"}
print("removed old lines:", sorted(removed), "added new lines:", sorted(added))


def keyvals(lines):
    out = {}
    section = ""
    for line in lines:
        if line.startswith("["):
            section = line.strip("[]")
        elif "=" in line:
            k, v = (p.strip() for p in line.split("=", 1))
            out[section, k] = v
    return out


a, b = keyvals(old_lines), keyvals(new_lines)
for key in sorted(a.keys() | b.keys()):
    if a.get(key) != b.get(key):
        print("%-18s %-8s -> %s" % (".".join(key), a.get(key, "(none)"), b.get(key, "(none)")))
same = [k for k in a if a[k] == b.get(k)]
print("same:", same)
print("similarity: %.2f" % (2 * stats.get(" ", 0) / (len(old_lines) + len(new_lines))))
