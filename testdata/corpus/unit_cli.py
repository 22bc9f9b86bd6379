"""Unit conversion CLI with argparse errors."""
import argparse
import sys

UNITS = {
    "length": {"m": 1.0, "km": 1000.0, "cm": 0.01, "mi": 1609.344, "ft": 0.3048, "in": 0.0254},
    "mass": {"kg": 1.0, "g": 0.001, "lb": 0.45359237, "oz": 0.028349523125},
    "time": {"s": 1, "min": 60, "h": 3600, "d": 86400},
}


def find_kind(unit):
    for kind, table in UNITS.items():
        if unit in table:
            return kind
    raise argparse.ArgumentTypeError(f"unknown unit: {unit}")


def positive(s):
    v = float(s)
    if v < 0:
        raise argparse.ArgumentTypeError(f"{s} is negative")
    return v


def convert(value, src, dst):
    k1, k2 = find_kind(src), find_kind(dst)
    if k1 != k2:
        raise ValueError(f"cannot convert {k1} to {k2}")
    return value * UNITS[k1][src] / UNITS[k2][dst]


def temp(value, src, dst):
    to_c = {"C": lambda v: v, "F": lambda v: (v - 32) * 5 / 9, "K": lambda v: v - 273.15}
    from_c = {"C": lambda v: v, "F": lambda v: v * 9 / 5 + 32, "K": lambda v: v + 273.15}
    return from_c[dst](to_c[src](value))


def build():
    p = argparse.ArgumentParser(prog="conv", description="Convert units.",
                                epilog="Example: conv len 5 km mi")
    p.add_argument("-p", "--precision", type=int, default=3, choices=range(0, 8), metavar="N")
    p.add_argument("-v", "--verbose", action="count", default=0)
    sub = p.add_subparsers(dest="cmd", metavar="COMMAND")
    a = sub.add_parser("len", aliases=["unit"], help="generic units")
    a.add_argument("value", type=positive)
    a.add_argument("src")
    a.add_argument("dst")
    t = sub.add_parser("temp", help="temperatures")
    t.add_argument("value", type=float)
    t.add_argument("src", choices="CFK")
    t.add_argument("dst", choices="CFK")
    l = sub.add_parser("list", help="list units")
    l.add_argument("--kind", nargs="*", default=[])
    return p


def run(argv):
    p = build()
    try:
        ns = p.parse_args(argv)
    except SystemExit as e:
        return e.code
    if ns.verbose:
        print("args:", sorted(vars(ns).items(), key=lambda kv: kv[0]))
    if ns.cmd in ("len", "unit"):
        try:
            r = convert(ns.value, ns.src, ns.dst)
        except (ValueError, argparse.ArgumentTypeError) as e:
            print("error:", e)
            return 1
        print(f"{ns.value:g} {ns.src} = {r:.{ns.precision}f} {ns.dst}")
    elif ns.cmd == "temp":
        print(f"{ns.value}{ns.src} = {temp(ns.value, ns.src, ns.dst):.{ns.precision}f}{ns.dst}")
    elif ns.cmd == "list":
        for kind in ns.kind or UNITS:
            print(f"{kind}: {', '.join(UNITS.get(kind, {}))}")
    else:
        p.print_usage()
        return 2
    return 0


CASES = [
    ["len", "5", "km", "mi"],
    ["-p", "1", "unit", "12", "in", "cm"],
    ["-vv", "temp", "100", "C", "F"],
    ["temp", "0", "K", "C", "-p", "2"],
    ["len", "1", "kg", "m"],
    ["len", "-3", "m", "ft"],
    ["temp", "1", "X", "C"],
    ["-p", "9", "list"],
    ["list", "--kind", "mass", "time"],
    [],
    ["--bogus"],
]

if __name__ == "__main__":
    rc = 0
    for argv in CASES:
        print(f"$ conv {' '.join(argv)}")
        sys.stdout.flush()
        rc = run(argv)
        print(f"  rc={rc}")
    sys.stderr = sys.stdout
    build().parse_args(["len", "x", "m", "m"])
