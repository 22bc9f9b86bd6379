import sys
import warnings

# Line numbers are printed relative to this first warning, so the output
# does not depend on where the script is.
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("anchor")
BASE = log[0].lineno - 8


def show(log):
    for w in log:
        print(w.category.__name__, str(w.message), w.lineno - BASE, type(w.message).__name__)


def helper():
    warnings.warn("from helper", stacklevel=2)


def deep():
    helper()


with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("plain")
    warnings.warn("dep", DeprecationWarning)
    warnings.warn(RuntimeWarning("instance"))
    helper()
    deep()
    for i in range(3):
        warnings.warn("loop")
show(log)

print("-- default: once per location")
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("default")
    for i in range(3):
        warnings.warn("repeated")
    warnings.warn("repeated")
    warnings.warn("other")
show(log)

print("-- once: once per text")
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("only once")
    warnings.warn("only once")
    warnings.warn("only once", FutureWarning)
show(log)

print("-- module")
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("module")
    warnings.warn("mod")
    warnings.warn("mod")
show(log)

print("-- ignore and error")
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("ignore")
    warnings.warn("hidden")
    warnings.simplefilter("error", UserWarning)
    try:
        warnings.warn("boom")
    except UserWarning as e:
        print("raised", type(e).__name__, e)
    warnings.warn("no error for this", RuntimeWarning)
show(log)

print("-- filterwarnings")
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="skip")
    warnings.filterwarnings("error", category=RuntimeWarning)
    warnings.warn("skip me")
    warnings.warn("SKIP me too")
    warnings.warn("keep me")
    try:
        warnings.warn("rt", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", e)
    warnings.filterwarnings("ignore", module="__main__")
    warnings.warn("module filtered")
    warnings.filterwarnings("always", module="__ma")
    warnings.warn("module prefix")
show(log)

print("-- category hierarchy")
class AppWarning(UserWarning):
    pass
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.simplefilter("ignore", UserWarning)
    warnings.warn("app", AppWarning)
    warnings.warn("dep", DeprecationWarning)
show(log)

print("-- catch_warnings restores")
before = list(warnings.filters)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    print(len(warnings.filters) == len(before) + 1)
print(warnings.filters == before)
print(warnings.filters[:2])

with warnings.catch_warnings(action="ignore"):
    print(warnings.filters[0])
with warnings.catch_warnings(record=True) as log:
    warnings.resetwarnings()
    print(warnings.filters)
    warnings.warn("after reset")
    warnings.warn("after reset")
show(log)

print("-- errors")
for bad in [lambda: warnings.warn("x", int), lambda: warnings.warn("x", "cat"),
            lambda: warnings.simplefilter("loud"), lambda: warnings.filterwarnings("ignore", message=5),
            lambda: warnings.filterwarnings("ignore", category=int),
            lambda: warnings.simplefilter("ignore", lineno=-1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
cw = warnings.catch_warnings(record=True)
print(repr(cw), repr(warnings.catch_warnings()))
with cw:
    try:
        cw.__enter__()
    except RuntimeError as e:
        print("RuntimeError", e)
try:
    warnings.catch_warnings().__exit__(None, None, None)
except RuntimeError as e:
    print("RuntimeError", e)

print("-- formatting")
print(repr(warnings.formatwarning("msg", UserWarning, "file.py", 12, "  x = 1  ")))
print(repr(warnings.formatwarning("msg", DeprecationWarning, "nofile.py", 3, "")))
seen = []
def myshow(message, category, filename, lineno, file=None, line=None):
    seen.append((str(message), category.__name__, lineno - BASE))
with warnings.catch_warnings():
    warnings.simplefilter("always")
    warnings.showwarning = myshow
    warnings.warn("custom")
print(seen, warnings.showwarning is myshow)
with warnings.catch_warnings():
    warnings.simplefilter("always")
    out = []
    class F:
        def write(self, s):
            out.append(s)
    warnings.showwarning("to file", UserWarning, "a.py", 7, F(), "src line")
    print(out)
    sys.stderr = sys.stdout
    try:
        warnings.warn_explicit("explicit", UserWarning, "x.py", 42)
        warnings.warn_explicit("explicit to stdout", SyntaxWarning, "y.py", 5, module="m")
        warnings.warn_explicit("explicit to stdout", SyntaxWarning, "y.py", 5, module="m", registry={})
    finally:
        sys.stderr = sys.__stderr__
m = warnings.WarningMessage("m", UserWarning, "f.py", 3)
print(m)
print(issubclass(DeprecationWarning, Warning), issubclass(UserWarning, Exception))

@warnings.deprecated("use new_api")
def old_api(x):
    return x * 2
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    print(old_api(4), old_api.__deprecated__, old_api.__name__)
show(log)
