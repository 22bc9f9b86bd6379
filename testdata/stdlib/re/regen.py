# Regenerates the golden file of the cases of re or fnmatch with CPython
# 3.13:
#   python3.13 testdata/stdlib/re/regen.py testdata/stdlib/re
#   python3.13 testdata/stdlib/re/regen.py testdata/stdlib/fnmatch
# Each line of cases.txt is an expression (blank lines and lines starting
# with '#' are skipped); cases.golden gets, line for line, repr() of its
# value or '!! Type: message' for what it raised. prelude.py, next to
# this file, defines run() and the helpers the cases use.
import sys, os

PRELUDE = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "prelude.py")).read()

def main(folder):
    env = {}
    exec(PRELUDE, env)
    with open(os.path.join(folder, "cases.txt"), encoding="utf-8") as f:
        cases = [l.rstrip("\n") for l in f if l.strip() and not l.startswith("#")]
    with open(os.path.join(folder, "cases.golden"), "w", encoding="utf-8") as f:
        for c in cases:
            f.write(env["run"](c) + "\n")

main(sys.argv[1])
