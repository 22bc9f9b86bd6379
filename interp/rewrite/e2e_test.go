package rewrite

import (
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata")

// cpython is the interpreter whose output the scripts of testdata match.
const cpython = "/root/.pyenv/versions/3.13.0/bin/python3.13"

// TestEndToEnd rewrites each script of testdata and compares the result
// with its golden .rewritten file, which gpython must compile. The .out
// file is the script's output under CPython 3.13; when that interpreter is
// present, the rewritten script run by it (with testdata/builtins.py
// providing the builtins) must print the same.
func TestEndToEnd(t *testing.T) {
	scripts, err := filepath.Glob("testdata/*.py")
	if err != nil {
		t.Fatal(err)
	}
	for _, script := range scripts {
		if strings.HasSuffix(script, ".rewritten.py") || filepath.Base(script) == "builtins.py" {
			continue
		}
		t.Run(filepath.Base(script), func(t *testing.T) { checkScript(t, script) })
	}
}

// checkScript runs the end-to-end checks of one script.
func checkScript(t *testing.T, script string) {
	src := readFile(t, script)
	got, err := Source(src)
	if err != nil {
		t.Fatalf("Source: %v", err)
	}
	golden := strings.TrimSuffix(script, ".py") + ".rewritten.py"
	if *update {
		if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if want := readFile(t, golden); got != want {
		t.Errorf("rewritten %s differs from %s:\n%s", script, golden, got)
	}
	if n, m := strings.Count(src, "\n"), strings.Count(got, "\n"); n != m {
		t.Errorf("%d newlines, want %d", m, n)
	}
	if _, err := compileCheck(got); err != nil {
		t.Errorf("gpython does not compile the rewritten script: %v", err)
	}
	if _, err := os.Stat(cpython); err != nil {
		t.Skip("CPython 3.13 is not installed")
	}
	prelude := readFile(t, "testdata/builtins.py")
	cmd := exec.Command(cpython, "-c", prelude+"\nexec(compile(open("+quoteSource(golden)+").read(), "+quoteSource(golden)+", 'exec'))")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("CPython running %s: %v\n%s", golden, err, out)
	}
	if want := readFile(t, strings.TrimSuffix(script, ".py")+".out"); string(out) != want {
		t.Errorf("CPython prints for %s:\n%s\nwant:\n%s", golden, out, want)
	}
}

// readFile returns the content of a test file.
func readFile(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
