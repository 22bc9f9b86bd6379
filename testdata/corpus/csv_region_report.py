"""CSV report builder: sales by region with statistics."""
import csv
import io
import statistics
import sys
from itertools import groupby
from operator import itemgetter

RAW = """region,rep,product,units,unit_price
North,alice,widget,10,2.50
North,alice,gadget,3,10.00
North,bob,widget,7,2.50
South,carol,gizmo,1,99.99
South,carol,widget,20,2.45
South,dave,gadget,5,9.75
East,erin,widget,0,2.50
East,erin,gizmo,2,100.00
West,frank,gadget,8,10.10
"""


def load(text):
    rows = []
    for r in csv.DictReader(io.StringIO(text)):
        r["units"] = int(r["units"])
        r["unit_price"] = float(r["unit_price"])
        r["revenue"] = round(r["units"] * r["unit_price"], 2)
        rows.append(r)
    return rows


def summarize(rows):
    rows = sorted(rows, key=itemgetter("region", "rep"))
    summary = []
    for region, grp in groupby(rows, key=itemgetter("region")):
        grp = list(grp)
        revs = [r["revenue"] for r in grp]
        summary.append({
            "region": region,
            "orders": len(grp),
            "units": sum(r["units"] for r in grp),
            "revenue": round(sum(revs), 2),
            "mean": round(statistics.mean(revs), 2),
            "median": statistics.median(revs),
            "stdev": round(statistics.stdev(revs), 3) if len(revs) > 1 else 0.0,
        })
    return summary


def main():
    rows = load(RAW)
    summary = summarize(rows)
    hdr = f"{'region':<8}{'orders':>7}{'units':>7}{'revenue':>10}{'mean':>9}{'median':>9}{'stdev':>9}"
    print(hdr)
    print("-" * len(hdr))
    for s in summary:
        print(f"{s['region']:<8}{s['orders']:>7}{s['units']:>7}{s['revenue']:>10.2f}"
              f"{s['mean']:>9.2f}{s['median']:>9.2f}{s['stdev']:>9.3f}")
    total = round(sum(s["revenue"] for s in summary), 2)
    print(f"{'TOTAL':<22}{total:>10.2f}")

    out = io.StringIO()
    w = csv.DictWriter(out, fieldnames=list(summary[0]), lineterminator="\n")
    w.writeheader()
    w.writerows(summary)
    print(out.getvalue(), end="")

    tsv = io.StringIO()
    tw = csv.writer(tsv, delimiter="\t", quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    tw.writerow(["rep", "note"])
    tw.writerow(["alice", 'said "hi"\tthere'])
    tw.writerow(["bob", "a,b"])
    print(tsv.getvalue(), end="")
    back = list(csv.reader(io.StringIO(tsv.getvalue()), delimiter="\t"))
    print(back)

    units = [r["units"] for r in rows]
    print("mode:", statistics.mode([r["product"] for r in rows]))
    print("pstdev:", round(statistics.pstdev(units), 4))
    print("variance:", round(statistics.variance(units), 4))
    print("quantiles:", statistics.quantiles(units, n=4))
    print("fmean:", statistics.fmean(units))
    print("median_low/high:", statistics.median_low(units), statistics.median_high(units))
    print("round half even:", round(2.675, 2), round(0.5), round(1.5), round(2.5), round(-0.5))
    best = max(rows, key=lambda r: (r["revenue"], r["rep"]))
    print(f"best: {best['rep']} {best['product']} {best['revenue']}")
    zero = [r["rep"] for r in rows if not r["units"]]
    print("zero-unit reps:", zero)
    try:
        statistics.mean([])
    except statistics.StatisticsError as e:
        print("StatisticsError:", e)
    return 0 if total > 0 else 1


if __name__ == "__main__":
    sys.exit(main())
