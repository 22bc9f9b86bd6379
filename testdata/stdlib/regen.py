"""Regenerates the golden results of the expression cases of standard
library modules with CPython 3.13.

    python3.13 testdata/stdlib/regen.py MODULE...

For each MODULE, runs runner.py (run() and seq()) and MODULE/prelude.py,
then reads MODULE/cases.txt (one expression per line; blank
lines and lines starting with # are skipped), and writes
MODULE/cases.tsv: each expression, a tab, and what run() returned.
"""
import os
import sys

if sys.version_info[:2] != (3, 13):
    sys.exit('regen.py needs CPython 3.13')

here = os.path.dirname(os.path.abspath(__file__))
for module in sys.argv[1:]:
    folder = os.path.join(here, module)
    with open(os.path.join(here, 'runner.py')) as f:
        prelude = f.read() + '\n'
    with open(os.path.join(folder, 'prelude.py')) as f:
        prelude += f.read()
    with open(os.path.join(folder, 'cases.txt')) as f:
        exprs = [line.rstrip('\n') for line in f
                 if line.strip() and not line.startswith('#')]
    ns = {'__name__': '__main__'}
    exec(prelude, ns)
    with open(os.path.join(folder, 'cases.tsv'), 'w') as out:
        for e in exprs:
            got = ns['run'](e)
            if '\t' in e or '\n' in got or '\t' in got:
                sys.exit('%s: %r gives text a tsv line cannot hold: %r' % (module, e, got))
            out.write(e + '\t' + got + '\n')
