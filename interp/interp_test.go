package interp

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"

	"github.com/spython/spython/hooks"
)

// workDir is the folder of the files of the last runWithHooks.
var workDir string

// runFiles writes files into a fresh folder, runs main.py there in a new
// context and returns the main module's globals and how the run ended.
func runFiles(t *testing.T, files map[string]string) (py.StringDict, error) {
	t.Helper()
	return runWithHooks(t, files, nil)
}

// runWithHooks is runFiles with a chain of Go-native audit hooks; the
// folder of the files is in the global WORK.
func runWithHooks(t *testing.T, files map[string]string, chain *hooks.Chain) (py.StringDict, error) {
	t.Helper()
	dir := t.TempDir()
	for name, src := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	script := filepath.Join(dir, "main.py")
	c, err := NewContext(Config{Script: script, Args: []string{dir}, Hooks: chain}, []string{dir})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	workDir = dir
	err = c.runMain(Config{Script: script}, script)
	if m, ok := c.modules["__main__"]; ok {
		return m.Globals, err
	}
	return nil, err
}

// global returns str() of a global the script set.
func global(t *testing.T, g py.StringDict, name string) string {
	t.Helper()
	v, ok := g[name]
	if !ok {
		t.Fatalf("script did not set %s", name)
	}
	return safeStr(v)
}

func TestImportSemantics(t *testing.T) {
	g, err := runFiles(t, map[string]string{
		"main.py": `
import pkg.sub
from pkg import other
from pkg.deep import leaf
r_sub = pkg.sub.NAME
r_other = other.NAME
r_leaf = leaf.NAME
r_rel = leaf.FROM_PARENT
r_same = pkg.sub is __import__("pkg.sub", None, None, ["x"])
r_pkgname = pkg.__package__ + " " + leaf.__package__
`,
		"pkg/__init__.py":      "",
		"pkg/sub.py":           "NAME = 'sub'\n",
		"pkg/other.py":         "NAME = 'other'\n",
		"pkg/deep/__init__.py": "",
		"pkg/deep/leaf.py":     "from .. import sub\nfrom ..other import NAME as OTHER\nNAME = 'leaf'\nFROM_PARENT = sub.NAME + '+' + OTHER\n",
	})
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{
		"r_sub": "sub", "r_other": "other", "r_leaf": "leaf", "r_rel": "sub+other",
		"r_same": "True", "r_pkgname": "pkg pkg.deep",
	} {
		if got := global(t, g, name); got != want {
			t.Errorf("%s = %q, want %q", name, got, want)
		}
	}
}

func TestImportErrors(t *testing.T) {
	tests := []struct {
		name, src, want string
	}{
		{"missing", "import nosuch", "ModuleNotFoundError: No module named 'nosuch'"},
		{"missing submodule", "import pkg.nosuch", "ModuleNotFoundError: No module named 'pkg.nosuch'"},
		{"not a package", "import plain.sub", "ModuleNotFoundError: No module named 'plain.sub'; 'plain' is not a package"},
		{"empty name", "__import__('')", "ImportError: Empty module name"},
		{"relative from main", "from . import plain", "ImportError: attempted relative import with no known parent package"},
		{"beyond top", "import pkg.up", "ImportError: attempted relative import beyond top-level package"},
		{"traversal", "__import__('../outside')", "ModuleNotFoundError: No module named '../outside'"},
		{"pyc only", "import compiled", "ModuleNotFoundError: No module named 'compiled'"},
		{"marshal is absent", "import marshal", "ModuleNotFoundError: No module named 'marshal'"},
		{"cannot import name", "from plain import nothing_here", "ImportError: cannot import name 'nothing_here' from 'plain' (@DIR@/plain.py)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := runFiles(t, map[string]string{
				"main.py":         tt.src + "\n",
				"plain.py":        "",
				"pkg/__init__.py": "",
				"pkg/up.py":       "from ... import plain\n",
				"compiled.pyc":    "\x00\x00\x00\x00garbage",
			})
			var pe *PythonError
			if !errors.As(err, &pe) {
				t.Fatalf("err = %v, want a Python exception", err)
			}
			last := lastLine(pe.Traceback)
			want := "^" + strings.ReplaceAll(regexp.QuoteMeta(tt.want), "@DIR@", ".*") + "$"
			if !regexp.MustCompile(want).MatchString(last) {
				t.Errorf("got %q, want %q", last, tt.want)
			}
		})
	}
}

func TestFailedImportIsForgotten(t *testing.T) {
	g, err := runFiles(t, map[string]string{
		"main.py": `
n = 0
for i in range(2):
    try:
        import broken
    except ZeroDivisionError:
        n = n + 1
`,
		"broken.py": "x = 1 / 0\n",
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := global(t, g, "n"); got != "2" {
		t.Errorf("broken module raised %s times, want 2 (it must not stay half-imported)", got)
	}
}

func TestRecursionLimit(t *testing.T) {
	for name, src := range map[string]string{
		"function":   "def f(n):\n    return f(n + 1)\nf(0)\n",
		"getattr":    "class A:\n    def __getattr__(self, n):\n        return getattr(self, n)\nA().x\n",
		"repr":       "class A:\n    def __repr__(self):\n        return repr(self)\nrepr(A())\n",
		"yield from": "def g(n):\n    yield from g(n + 1)\n    yield 1\nlist(g(0))\n",
	} {
		t.Run(name, func(t *testing.T) {
			_, err := runFiles(t, map[string]string{"main.py": src})
			var pe *PythonError
			if !errors.As(err, &pe) || pe.Type != "RecursionError" {
				t.Fatalf("err = %v, want RecursionError", err)
			}
		})
	}
}

func TestRecursionErrorIsCatchable(t *testing.T) {
	g, err := runFiles(t, map[string]string{"main.py": `
import sys
def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError:
    caught = "yes"
limit = sys.getrecursionlimit()
sys.setrecursionlimit(50)
depth = 0
def g():
    global depth
    depth = depth + 1
    g()
try:
    g()
except RuntimeError:
    pass
try:
    sys.setrecursionlimit(5000)
except ValueError:
    raised = "refused"
`})
	if err != nil {
		t.Fatal(err)
	}
	if got := global(t, g, "caught"); got != "yes" {
		t.Errorf("caught = %q", got)
	}
	if got := global(t, g, "limit"); got != "1000" {
		t.Errorf("limit = %q", got)
	}
	if got := global(t, g, "depth"); got != "49" {
		t.Errorf("depth at limit 50 = %s, want 49 (the module body is one frame)", got)
	}
	if got := global(t, g, "raised"); got != "refused" {
		t.Errorf("raising the limit: %q", got)
	}
}

func TestNesting(t *testing.T) {
	deep := func(open, close string, n int) string {
		return "x = " + strings.Repeat(open, n) + "1" + strings.Repeat(close, n) + "\n"
	}
	for name, src := range map[string]string{
		"not":     "x = " + strings.Repeat("not ", 100_000) + "1\n",
		"minus":   "x = " + strings.Repeat("-", 100_000) + "1\n",
		"lists":   deep("[", "]", 5_000),
		"sum":     "x = 1" + strings.Repeat("+1", 100_000) + "\n",
		"calls":   deep("f(", ")", 5_000),
		"exec":    "exec('x = ' + 'not ' * 100000 + '1')\n",
		"compile": "compile('-' * 100000 + '1', 'deep', 'eval')\n",
	} {
		t.Run(name, func(t *testing.T) {
			_, err := runFiles(t, map[string]string{"main.py": src})
			var pe *PythonError
			if !errors.As(err, &pe) || !strings.Contains(pe.Traceback, "SyntaxError: too many nested expressions and statements (more than 1000 levels)") {
				t.Fatalf("err = %v, want the nesting SyntaxError", err)
			}
		})
	}
	// Nesting below the limit compiles and runs.
	if _, err := runFiles(t, map[string]string{"main.py": deep("[", "]", 900)}); err != nil {
		t.Fatalf("900 nested lists: %v", err)
	}
}

func TestBuiltinTypesAreFrozen(t *testing.T) {
	g, err := runFiles(t, map[string]string{"main.py": `
def f(self):
    return "pwned"
msgs = []
for attempt in ["str.upper = f", "setattr(int, 'bit_length', f)", "del list.append",
                "object.__setattr__(str, 'upper', f)", "type.__setattr__(str, 'x', 1)"]:
    try:
        exec(attempt)
        msgs.append("allowed: " + attempt)
    except TypeError as e:
        msgs.append(str(e))
    except AttributeError as e:
        msgs.append("AttributeError " + str(e))
class C:
    pass
C.x = 1
del C.x
C.y = 2
o = C()
o.z = 3
ok = C.y + o.z
`})
	if err != nil {
		t.Fatal(err)
	}
	got := global(t, g, "msgs")
	for _, want := range []string{
		"cannot set 'upper' attribute of immutable type 'str'",
		"cannot set 'bit_length' attribute of immutable type 'int'",
		"cannot set 'append' attribute of immutable type 'list'",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("messages %s lack %q", got, want)
		}
	}
	if strings.Contains(got, "allowed") {
		t.Errorf("a change to a built-in type went through: %s", got)
	}
	if got := global(t, g, "ok"); got != "5" {
		t.Errorf("user classes must stay writable: ok = %s", got)
	}
	// The methods are still spython's, whatever the script assigned.
	for _, m := range []py.Object{py.StringType.Dict["upper"], py.IntType.Dict["bit_length"], py.ListType.Dict["append"]} {
		if _, ok := m.(*methodDescriptor); !ok {
			t.Errorf("a method of a built-in type was replaced: %v", m)
		}
	}
}

func TestExitStatus(t *testing.T) {
	for src, want := range map[string]ExitError{
		"import sys\nsys.exit()":     {Code: 0},
		"import sys\nsys.exit(3)":    {Code: 3},
		"import sys\nsys.exit(256)":  {Code: 0},
		"raise SystemExit(None)":     {Code: 0},
		"raise SystemExit(7)":        {Code: 7},
		"raise SystemExit('bye')":    {Code: 1, Message: "bye"},
		"import sys\nsys.exit(True)": {Code: 1},
		"raise SystemExit('a', 'b')": {Code: 1, Message: "('a', 'b')"},
	} {
		_, err := runFiles(t, map[string]string{"main.py": src + "\n"})
		var exit *ExitError
		if !errors.As(err, &exit) || *exit != want {
			t.Errorf("%q: err = %#v, want %#v", src, err, want)
		}
	}
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return lines[len(lines)-1]
}

func TestCallsBindArguments(t *testing.T) {
	g, err := runFiles(t, map[string]string{"main.py": `
def outer(x, y=2):
    def inner():
        return x + y
    return inner
closure = outer(10)()
def deco(fn):
    def wrapper(*a, **k):
        return fn(*a, **k) * 10
    return wrapper
@deco
def add(a, b):
    return a + b
decorated = add(1, b=2)
def g(a, b=1):
    return a
errors = []
for call in ["g(1, 2, 3)", "g()", "g(1, a=2)", "g(1, c=2)"]:
    try:
        eval(call)
    except TypeError as e:
        errors.append(str(e))
`})
	if err != nil {
		t.Fatal(err)
	}
	if got := global(t, g, "closure"); got != "12" {
		t.Errorf("closure over parameters = %s, want 12", got)
	}
	if got := global(t, g, "decorated"); got != "30" {
		t.Errorf("decorated call = %s, want 30", got)
	}
	want := `['g() takes from 1 to 2 positional arguments but 3 were given', "g() missing 1 required positional argument: 'a'", "g() got multiple values for argument 'a'", "g() got an unexpected keyword argument 'c'"]`
	if got := global(t, g, "errors"); got != want {
		t.Errorf("errors:\n got %s\nwant %s", got, want)
	}
}
