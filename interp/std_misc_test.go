package interp

import (
	"testing"

	"github.com/go-python/gpython/py"
)

func TestCopyGolden(t *testing.T)       { runGolden(t, "copy") }
func TestContextlibGolden(t *testing.T) { runGolden(t, "contextlib") }
func TestTypesGolden(t *testing.T)      { runGolden(t, "types") }
func TestWarningsGolden(t *testing.T)   { runGolden(t, "warnings") }
func TestPprintGolden(t *testing.T)     { runGolden(t, "pprint") }

// A module's __dict__ is its namespace: what is written to it is an
// attribute of the module, and exec can run code in it.
func TestModuleDict(t *testing.T) {
	g, err := runFiles(t, map[string]string{
		"helper.py": "x = 1\n",
		"main.py": `import helper
d = helper.__dict__
d["y"] = 2
exec("z = x + y", d)
out = "%s %s %s %s" % (type(d).__name__, d["__name__"], helper.y, helper.z)
`,
	})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := g["out"], py.String("dict helper 2 3"); got != want {
		t.Errorf("out = %v, want %v", got, want)
	}
}

// types.MethodType and types.ModuleType make objects, as in CPython.
func TestMethodAndModuleConstructors(t *testing.T) {
	g, err := runFiles(t, map[string]string{"main.py": `import types
m = types.MethodType(lambda self, n: self * n, "ab")
mod = types.ModuleType("plugin", "Doc.")
mod.value = m(2)
out = "%s %s %s" % (mod.__name__, mod.__doc__, mod.value)
`})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := g["out"], py.String("plugin Doc. abab"); got != want {
		t.Errorf("out = %v, want %v", got, want)
	}
}

func TestUnicodedataGolden(t *testing.T) { runGolden(t, "unicodedata") }

func TestHmacGolden(t *testing.T) { runGolden(t, "hmac") }
