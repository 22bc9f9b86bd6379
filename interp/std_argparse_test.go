package interp

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
)

// The golden cases of the standard library modules are scripts under
// testdata/stdlib/MODULE, each with the output CPython 3.13 gives for it
// (standard output, into which the scripts redirect standard error) in
// NAME.out, and its exit status in NAME.exit when not 0. The folder of
// the scripts is written DIR in the golden files and the scratch folder,
// the script's first argument, TMP; testdata/stdlib/regen.sh remakes them.

// runStdlibCases runs every golden script of module and compares.
func runStdlibCases(t *testing.T, module string) {
	dir, err := filepath.Abs(filepath.Join("..", "testdata", "stdlib", module))
	if err != nil {
		t.Fatal(err)
	}
	scripts, err := filepath.Glob(filepath.Join(dir, "*.py"))
	if err != nil || len(scripts) == 0 {
		t.Fatalf("no scripts in %s (err %v)", dir, err)
	}
	t.Setenv("COLUMNS", "80")
	for _, script := range scripts {
		name := strings.TrimSuffix(filepath.Base(script), ".py")
		t.Run(name, func(t *testing.T) {
			want, err := os.ReadFile(filepath.Join(dir, name+".out"))
			if err != nil {
				t.Fatal(err)
			}
			wantCode := 0
			if b, err := os.ReadFile(filepath.Join(dir, name+".exit")); err == nil {
				wantCode, _ = strconv.Atoi(strings.TrimSpace(string(b)))
			}
			tmp := t.TempDir()
			got, code := runCaptured(t, script, tmp)
			got = strings.ReplaceAll(got, tmp, "TMP")
			got = strings.ReplaceAll(got, dir, "DIR")
			if got != string(want) {
				t.Errorf("output differs from CPython's:\n--- got\n%s\n--- want\n%s", got, want)
			}
			if code != wantCode {
				t.Errorf("exit status %d, want %d", code, wantCode)
			}
		})
	}
}

// runCaptured runs script with tmp as its first argument and returns what
// it wrote to standard output and error (a traceback last) and its exit
// status.
func runCaptured(t *testing.T, script, tmp string) (string, int) {
	t.Helper()
	out, err := os.CreateTemp(t.TempDir(), "out")
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	code := func() int {
		cfg := Config{Script: script, Args: []string{tmp}}
		c, err := NewContext(cfg, []string{filepath.Dir(script)})
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		sys := c.store.MustGetModule("sys").Globals
		f := &py.File{File: out, FileMode: py.FileWrite}
		for _, name := range []string{"stdout", "stderr", "__stdout__", "__stderr__"} {
			sys[name] = f
		}
		err = c.runMain(cfg, script)
		var exit *ExitError
		var pyErr *PythonError
		switch {
		case err == nil:
			return 0
		case errors.As(err, &exit):
			return exit.Code
		case errors.As(err, &pyErr):
			if !pyErr.Reported {
				out.WriteString(pyErr.Traceback)
			}
			return 1
		}
		t.Fatalf("run: %v", err)
		return -1
	}()
	b, err := os.ReadFile(out.Name())
	if err != nil {
		t.Fatal(err)
	}
	return string(b), code
}

func TestArgparseGolden(t *testing.T) { runStdlibCases(t, "argparse") }
