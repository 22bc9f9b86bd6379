# Loads a small sales CSV (with quoted fields), aggregates by region and
# month and prints a fixed-width report.
import sys

DATA = '''region,month,product,units,unit_price
north,2024-01,widget,10,2.50
north,2024-01,gadget,3,10.00
south,2024-01,widget,7,2.50
south,2024-02,"gizmo, deluxe",1,99.99
north,2024-02,widget,12,2.40
east,2024-02,gadget,5,9.50
south,2024-02,widget,,2.50
east,2024-03,widget,20,2.25
north,2024-03,"gizmo, deluxe",2,95.00
'''


def split_csv(line):
    fields, buf, quoted = [], "", False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif ch == "," and not quoted:
            fields.append(buf)
            buf = ""
        else:
            buf += ch
    fields.append(buf)
    return fields


lines = DATA.strip().split("\n")
header = split_csv(lines[0])
rows = []
problems = []
for n, line in enumerate(lines[1:], start=2):
    rec = dict(zip(header, split_csv(line)))
    try:
        rec["units"] = int(rec["units"])
        rec["unit_price"] = float(rec["unit_price"])
    except ValueError as exc:
        problems.append((n, str(exc)))
        continue
    rec["total"] = rec["units"] * rec["unit_price"]
    rows.append(rec)

print("columns:", header)
print("rows: %d, problems: %d" % (len(rows), len(problems)))
for n, msg in problems:
    print("  line %d: %s" % (n, msg))

totals = {}
for r in rows:
    key = (r["region"], r["month"])
    totals[key] = totals.get(key, 0.0) + r["total"]

regions = sorted({r["region"] for r in rows})
months = sorted({r["month"] for r in rows})
width = 10
print("region".ljust(8) + "".join(m.rjust(width) for m in months) + "total".rjust(width))
print("-" * (8 + width * (len(months) + 1)))
grand = 0.0
for region in regions:
    cells = [totals.get((region, m), 0.0) for m in months]
    grand += sum(cells)
    print(region.ljust(8) + "".join(("%.2f" % c).rjust(width) for c in cells) + ("%.2f" % sum(cells)).rjust(width))
print("=" * (8 + width * (len(months) + 1)))
col_totals = [sum(totals.get((r, m), 0.0) for r in regions) for m in months]
print("all".ljust(8) + "".join(format(c, ">10.2f") for c in col_totals) + format(grand, ">10.2f"))

best = max(rows, key=lambda r: r["total"])
print("largest sale: {product!r} in {region} ({total:.2f})".format(**best))
products = {}
for r in rows:
    products[r["product"]] = products.get(r["product"], 0) + r["units"]
for name, units in sorted(products.items(), key=lambda kv: kv[1], reverse=True):
    print("%-15s %4d units" % (name, units))
print(totals)
