"""argparse tool printing --help for a realistic CLI."""
import argparse
import sys

VERSION = "2.3.1"


class KeyValue(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        d = getattr(namespace, self.dest) or {}
        for item in values:
            k, _, v = item.partition("=")
            d[k] = v
        setattr(namespace, self.dest, d)


def build():
    p = argparse.ArgumentParser(
        prog="syncer",
        description="Synchronise files between a local folder and a remote bucket. "
                    "Supports dry runs, include/exclude filters and parallel transfers.",
        epilog="Report bugs to ops@example.org.",
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    p.add_argument("source", help="local folder to sync")
    p.add_argument("dest", nargs="?", default="s3://bucket", help="remote target")
    p.add_argument("-n", "--dry-run", action="store_true", help="show what would happen")
    p.add_argument("-j", "--jobs", type=int, default=4, metavar="N", help="parallel transfers")
    p.add_argument("--include", action="append", default=[], metavar="GLOB", help="only these files")
    p.add_argument("--exclude", action="extend", nargs="+", default=[], help="skip these")
    p.add_argument("--set", nargs="+", action=KeyValue, dest="meta", metavar="K=V", help="metadata")
    p.add_argument("--color", choices=["auto", "always", "never"], default="auto")
    p.add_argument("--checksum", action=argparse.BooleanOptionalAction, default=True,
                   help="verify checksums")
    p.add_argument("--version", action="version", version=f"%(prog)s {VERSION}")
    g = p.add_argument_group("network", "Connection tuning options")
    g.add_argument("--timeout", type=float, default=30.0, help="seconds before giving up")
    g.add_argument("--retries", type=int, default=3)
    m = p.add_mutually_exclusive_group()
    m.add_argument("-q", "--quiet", action="store_true", help="less output")
    m.add_argument("-v", "--verbose", action="count", default=0, help="more output")
    return p


def main():
    p = build()
    print(p.format_usage(), end="")
    print("=" * 40)
    p.print_help()
    print("=" * 40)
    ns = p.parse_args(["src/", "--include", "*.py", "--include", "*.md", "--exclude", "a", "b",
                       "--set", "owner=me", "env=prod", "-vv", "--no-checksum", "-j5"])
    for k, v in sorted(vars(ns).items()):
        print(f"  {k:<10} = {v!r}")
    print(ns.dry_run, "source" in ns, ns == argparse.Namespace(**vars(ns)))
    ns2, rest = p.parse_known_args(["x", "y", "--unknown", "--jobs=2", "z"])
    print(ns2.jobs, ns2.dest, rest)
    print(p.get_default("jobs"), p.get_default("nothing"))
    raw = argparse.ArgumentParser(prog="raw", formatter_class=argparse.RawTextHelpFormatter,
                                  description="Line one\n  indented line two\n\nAfter blank")
    raw.add_argument("--mode", help="a\nb\nc", default="x")
    raw.print_help()
    sys.stderr = sys.stdout
    for argv in (["src", "-q", "-v"], ["src", "--color", "red"], ["--version"], ["src", "--jobs", "x"]):
        try:
            p.parse_args(argv)
        except SystemExit as e:
            print(f"exit {e.code} for {argv}")
    p.parse_args(["--help"])


if __name__ == "__main__":
    main()
