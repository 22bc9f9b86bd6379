from collections import *
P = namedtuple('P', 'x y')
P3 = namedtuple('P3', ['a', 'b', 'c'], defaults=[0])

def run(src):
    try:
        return repr(eval(src))
    except Exception as e:
        return '!! ' + type(e).__name__ + ': ' + str(e)

def seq(*stmts):
    # runs statements, returns the value of the last expression
    ns = dict(globals())
    for s in stmts[:-1]:
        exec(s, ns)
    return eval(stmts[-1], ns)
