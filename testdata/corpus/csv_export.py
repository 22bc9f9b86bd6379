# Exports user records to a CSV file with quoting, reads the file back
# line by line with a running offset, and appends a summary row.
import sys

tmpdir = sys.argv[1] if len(sys.argv) > 1 else "/tmp"
path = tmpdir + "/corpus_csv_export.csv"

USERS = [
    {"id": 1, "name": "Ana Lima", "email": "ana@example.com", "roles": ["admin", "dev"], "quota": 10.5},
    {"id": 2, "name": "Bo, Jr.", "email": "bo@example.org", "roles": [], "quota": 2},
    {"id": 3, "name": 'Cy "the cat"', "email": "cy@example.net", "roles": ["ops"], "quota": 0.25},
    {"id": 4, "name": "Dee", "email": "", "roles": ["dev", "ops", "qa"], "quota": 100},
]
COLUMNS = ("id", "name", "email", "roles", "quota")


def quote(value):
    text = ";".join(value) if isinstance(value, list) else str(value)
    if any(ch in text for ch in ',"\n'):
        text = '"' + text.replace('"', '""') + '"'
    return text


def unquote_row(line):
    fields, buf, i, quoted = [], "", 0, False
    while i < len(line):
        ch = line[i]
        if quoted:
            if ch == '"' and line[i + 1:i + 2] == '"':
                buf += '"'
                i += 1
            elif ch == '"':
                quoted = False
            else:
                buf += ch
        elif ch == '"':
            quoted = True
        elif ch == ",":
            fields.append(buf)
            buf = ""
        else:
            buf += ch
        i += 1
    fields.append(buf)
    return fields


with open(path, "w") as out:
    out.write(",".join(COLUMNS) + "\n")
    for user in USERS:
        out.write(",".join(quote(user[c]) for c in COLUMNS) + "\n")
    written = out.tell()
print("wrote %d bytes" % written)

offsets = []
with open(path) as f:
    header = unquote_row(f.readline().rstrip("\n"))
    while True:
        offsets.append(f.tell())
        line = f.readline()
        if not line:
            break
        row = dict(zip(header, unquote_row(line.rstrip("\n"))))
        roles = row["roles"].split(";") if row["roles"] else []
        print("%-3s %-14s %-16s %-14s %6.2f" % (row["id"], row["name"], row["email"] or "-", ",".join(roles) or "(none)", float(row["quota"])))
print("row offsets:", offsets)

with open(path) as f:
    f.seek(offsets[2])
    print("third row raw:", f.readline().rstrip())
    f.seek(0)
    lines = f.readlines()
print("lines:", len(lines), "quoted lines:", sum(1 for l in lines if '"' in l))

with open(path, "a") as f:
    total = sum(u["quota"] for u in USERS)
    f.write("total,,,,%s\n" % total)
with open(path) as f:
    last = None
    for last in f:
        pass
print("last line:", repr(last), unquote_row(last.strip())[-1])
with open(path) as f:
    content = f.read()
print("roundtrip names:", [unquote_row(l)[1] for l in content.splitlines()[1:-1]])
print("chars:", len(content), "commas:", content.count(","), "quotes:", content.count('"'))
with open(path, "w") as f:
    f.write("")
