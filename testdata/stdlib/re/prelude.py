import re
import fnmatch
def run(src):
    try:
        return repr(eval(src))
    except Exception as e:
        return '!! ' + type(e).__name__ + ': ' + str(e)
def spans(it):
    return [m.span() for m in it]
class Str(str):
    pass
