package interp

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"github.com/go-python/gpython/py"
)

// runStdlibGolden runs each testdata/stdlib/MODULE/*.py, which collects
// its lines in the list OUT, and compares them with NAME.out, CPython
// 3.13's output for the same script.
func runStdlibGolden(t *testing.T, module string) {
	t.Helper()
	scripts, err := filepath.Glob(filepath.Join("..", "testdata", "stdlib", module, "*.py"))
	if err != nil || len(scripts) == 0 {
		t.Fatalf("no scripts for %s: %v", module, err)
	}
	for _, script := range scripts {
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
			g, err := runFiles(t, map[string]string{"main.py": string(src)})
			if err != nil {
				t.Fatalf("script failed: %v", err)
			}
			list, ok := g["OUT"].(*py.List)
			if !ok {
				t.Fatalf("OUT = %v", g["OUT"])
			}
			gotLines := make([]string, len(list.Items))
			for i, item := range list.Items {
				gotLines[i] = string(item.(py.String))
			}
			wantLines := strings.Split(strings.TrimSuffix(string(want), "\n"), "\n")
			if len(gotLines) != len(wantLines) {
				t.Errorf("%d lines, want %d", len(gotLines), len(wantLines))
			}
			for i := range min(len(gotLines), len(wantLines)) {
				if gotLines[i] != wantLines[i] {
					t.Errorf("line %d:\n got %s\nwant %s", i+1, gotLines[i], wantLines[i])
				}
			}
		})
	}
}

func TestSubprocessGolden(t *testing.T) { runStdlibGolden(t, "subprocess") }

// A descriptor spython holds without close-on-exec (one it inherited, or
// opened with a raw open(2)) is not passed on to a child.
func TestSubprocessChildGetsNoInheritedDescriptor(t *testing.T) {
	fd, err := syscall.Open(os.DevNull, syscall.O_RDONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer syscall.Close(fd)
	src := `import subprocess
r = subprocess.run(["sh", "-c", "if [ -e /proc/$$/fd/FD ]; then echo leaked; else echo closed; fi"], capture_output=True, text=True).stdout
`
	g, err := runFiles(t, map[string]string{"main.py": strings.ReplaceAll(src, "FD", strconv.Itoa(fd))})
	if err != nil {
		t.Fatal(err)
	}
	if got := global(t, g, "r"); got != "closed\n" {
		t.Errorf("child saw descriptor %d: %q", fd, got)
	}
}
