package interp

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// stdlibCases runs the expression cases of testdata/stdlib/MODULE: the
// prelude, then each expression of cases.tsv through run(), comparing
// with the result CPython 3.13 gave (testdata/stdlib/regen.py writes it).
// The expressions listed in known_failing.txt, if present, differ from
// CPython for reasons outside the module (error messages that name the
// function by its qualified name, for one): they are skipped while they
// differ, and the test fails once one matches, so that the list shrinks.
func stdlibCases(t *testing.T, module string) {
	t.Helper()
	dir := filepath.Join("..", "testdata", "stdlib", module)
	runner, err := os.ReadFile(filepath.Join("..", "testdata", "stdlib", "runner.py"))
	if err != nil {
		t.Fatal(err)
	}
	own, err := os.ReadFile(filepath.Join(dir, "prelude.py"))
	if err != nil {
		t.Fatal(err)
	}
	prelude := append(append(runner, '\n'), own...)
	data, err := os.ReadFile(filepath.Join(dir, "cases.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	var exprs, wants []string
	for _, line := range strings.Split(strings.TrimRight(string(data), "\n"), "\n") {
		expr, want, ok := strings.Cut(line, "\t")
		if !ok {
			t.Fatalf("bad line in cases.tsv: %q", line)
		}
		exprs = append(exprs, expr)
		wants = append(wants, want)
	}
	known := map[string]bool{}
	if data, err := os.ReadFile(filepath.Join(dir, "known_failing.txt")); err == nil {
		for _, line := range strings.Split(string(data), "\n") {
			if line != "" && !strings.HasPrefix(line, "#") {
				known[line] = true
			}
		}
	}
	got := runExprCases(t, string(prelude)+"\n", exprs)
	for i := range exprs {
		switch {
		case got[i] == wants[i] && known[exprs[i]]:
			t.Errorf("%s matches CPython now: remove it from known_failing.txt", exprs[i])
		case got[i] != wants[i] && known[exprs[i]]:
			t.Logf("known difference: %s\n got %s\nwant %s", exprs[i], got[i], wants[i])
		case got[i] != wants[i]:
			t.Errorf("%s\n got %s\nwant %s", exprs[i], got[i], wants[i])
		}
	}
}

func TestCollections(t *testing.T) { stdlibCases(t, "collections") }
