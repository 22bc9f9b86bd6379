# Built-in types named with their module: __name__, __qualname__,
# __module__ and the name in error messages.
import re, sys
f = open(sys.argv[0])
for t in [type(f), type(open(sys.argv[0], "rb")), re.Pattern, type(re.match("a", "a"))]:
    print(t.__name__, t.__qualname__, t.__module__, t)
try:
    f.nope
except AttributeError as e:
    print(e)
