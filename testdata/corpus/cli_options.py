# A tiny command-line front end: parses options from a list like
# sys.argv, dispatches to commands taking *args, **kwargs and
# keyword-only arguments.
import sys


def parse_args(argv, flags=("verbose", "dry-run"), aliases=None):
    aliases = aliases or {}
    opts, positional = {}, []
    it = iter(argv)
    for arg in it:
        if arg == "--":
            positional.extend(it)
            break
        if arg.startswith("--"):
            name, eq, value = arg[2:].partition("=")
            if name in flags:
                opts[name.replace("-", "_")] = True
            elif eq:
                opts[name.replace("-", "_")] = value
            else:
                opts[name.replace("-", "_")] = next(it, None)
        elif arg.startswith("-") and len(arg) > 1:
            for ch in arg[1:]:
                opts[aliases.get(ch, ch)] = True
        else:
            positional.append(arg)
    return positional, opts


def cmd_copy(src, *dests, verbose=False, dry_run=False, mode="0644"):
    action = "would copy" if dry_run else "copy"
    for d in dests:
        print("  %s %s -> %s (mode %s)" % (action, src, d, oct(int(mode, 8))))
    if verbose:
        print("  %d destination(s)" % len(dests))
    return len(dests)


def cmd_greet(*names, greeting="hello", **extra):
    people = ", ".join(names) or "nobody"
    print("  %s, %s!" % (greeting.capitalize(), people))
    for key in sorted(extra):
        print("  extra %s=%r" % (key, extra[key]))
    return len(names)


def cmd_sum(*numbers, base="10", verbose=False):
    values = [int(n, int(base)) for n in numbers]
    total = sum(values)
    print("  %s = %d (hex %s, bin %s)" % (" + ".join(map(str, values)), total, hex(total), bin(total)))
    return total


COMMANDS = {"copy": cmd_copy, "greet": cmd_greet, "sum": cmd_sum}

RUNS = [
    ["copy", "a.txt", "b/", "c/", "--verbose", "--mode", "755"],
    ["copy", "--dry-run", "x.cfg", "/etc/x.cfg", "--mode=600"],
    ["greet", "ana", "bo", "--greeting=hi", "--color", "blue"],
    ["greet"],
    ["sum", "ff", "10", "7f", "--base", "16"],
    ["sum", "--", "-5", "12"],
    ["sum", "12", "zz"],
    ["nope", "x"],
    ["copy", "-v", "only-src", "--mode", "644"],
]

results = []
for argv in RUNS:
    print("$ tool " + " ".join(argv))
    cmd, *rest = argv
    args, opts = parse_args(rest, aliases={"v": "verbose"})
    try:
        fn = COMMANDS[cmd]
        results.append(fn(*args, **opts))
    except KeyError as e:
        print("  unknown command", e)
    except TypeError as e:
        print("  usage error:", str(e).split("()")[-1].strip())
    except ValueError as e:
        print("  bad value:", e)
print("results:", results)
print("script args:", sys.argv[2:])
