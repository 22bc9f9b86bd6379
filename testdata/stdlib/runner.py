# What every expression case of testdata/stdlib runs with, before the
# module's own prelude.py: run() gives repr() of an expression or the
# exception it raised; seq() runs statements, then gives the value of the
# last expression.

def run(src):
    try:
        return repr(eval(src))
    except Exception as e:
        return '!! ' + type(e).__name__ + ': ' + str(e)

def seq(*stmts):
    ns = dict(globals())
    for s in stmts[:-1]:
        exec(s, ns)
    return eval(stmts[-1], ns)
