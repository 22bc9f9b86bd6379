package interp

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
)

// captureStdout is put before a golden script: it collects what the
// script prints.
const captureStdout = `import sys as _sys
class _Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass
_captured = _Capture()
_sys.stdout = _captured
del _sys
`

// runGolden runs every script of testdata/stdlib/MODULE under spython and
// compares what it prints with NAME.out, recorded from CPython 3.13 (run
// as `python3.13 NAME.py DIR`, DIR a scratch folder).
func runGolden(t *testing.T, module string) {
	t.Helper()
	scripts, err := filepath.Glob(filepath.Join("..", "testdata", "stdlib", module, "*.py"))
	if err != nil || len(scripts) == 0 {
		t.Fatalf("no golden scripts for %s: %v", module, err)
	}
	for _, script := range scripts {
		if goldenHelper(script) {
			continue
		}
		name := strings.TrimSuffix(filepath.Base(script), ".py")
		t.Run(name, func(t *testing.T) {
			src, err := os.ReadFile(script)
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(strings.TrimSuffix(script, ".py") + ".out")
			if err != nil {
				t.Fatal(err)
			}
			g, runErr := runFiles(t, map[string]string{"main.py": captureStdout + string(src)})
			var got strings.Builder
			if capture, ok := g["_captured"].(*Instance); ok {
				if parts, ok := capture.dict["parts"].(*py.List); ok {
					for _, p := range parts.Items {
						got.WriteString(string(p.(py.String)))
					}
				}
			}

			if runErr != nil {
				t.Fatalf("run failed: %v\noutput so far:\n%s", runErr, got.String())
			}
			compareLines(t, got.String(), string(want))
		})
	}
}

// goldenHelper says whether a script of a module's folder helps make its
// golden files (prelude.py, regen.py) rather than being one; regen.sh skips
// them too.
func goldenHelper(script string) bool {
	base := filepath.Base(script)
	return base == "prelude.py" || base == "regen.py"
}

// compareLines reports the first lines where got and want differ.
func compareLines(t *testing.T, got, want string) {
	t.Helper()
	if got == want {
		return
	}
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	shown := 0
	for i := 0; i < max(len(g), len(w)) && shown < 5; i++ {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			t.Errorf("line %d:\n got: %q\nwant: %q", i+1, gl, wl)
			shown++
		}
	}
	if shown == 0 {
		t.Errorf("output differs: got %d lines, want %d", len(g), len(w))
	}
}

func TestJSON(t *testing.T) { runGolden(t, "json") }
