package interp

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spython/spython/hooks"
	"github.com/spython/spython/hooks/manifest"
)

// BenchmarkImport200 is one whole run (interp.Run) of a main script that
// imports 200 small modules (20 lines each) from its folder: every file
// goes through the verified-open gate once, is hashed and compiled, and
// runs. The sub-benchmarks differ only in the gate:
//
//	manifest=off  hooks.Gate{Extensions: [".py"]}: open, fstat, read, sha256
//	manifest=on   the same, and each hash looked up in a manifest of all 201
//	              files (built with manifest.Build)
//	gate=default  manifest=on with every check of the default policy on
//	              top: max_size, writable, noexec (fstatfs), exec_check
//	              auto (one execveat AT_EXECVE_CHECK per file)
//
// bench/gate.sh reports the overhead of manifest=on over manifest=off.
// These are measurements only; nothing here fails on a figure.
func BenchmarkImport200(b *testing.B) {
	const modules = 200
	dir := b.TempDir()
	var main strings.Builder
	for i := range modules {
		name := fmt.Sprintf("m%03d", i)
		fmt.Fprintf(&main, "import %s\n", name)
		if err := os.WriteFile(filepath.Join(dir, name+".py"), []byte(benchModule(i)), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	main.WriteString("total = 0\n")
	for i := range modules {
		fmt.Fprintf(&main, "total = total + m%03d.VALUE\n", i)
	}
	script := filepath.Join(dir, "main.py")
	if err := os.WriteFile(script, []byte(main.String()), 0o644); err != nil {
		b.Fatal(err)
	}
	m, err := manifest.Build([]string{dir}, nil)
	if err != nil {
		b.Fatal(err)
	}
	if m.Len() != modules+1 {
		b.Fatalf("manifest lists %d files, want %d", m.Len(), modules+1)
	}
	gates := []struct {
		name string
		gate *hooks.Gate
	}{
		{"manifest=off", &hooks.Gate{Extensions: []string{".py"}}},
		{"manifest=on", &hooks.Gate{Extensions: []string{".py"}, Manifest: m}},
		{"gate=default", &hooks.Gate{
			Extensions:     []string{".py"},
			MaxSize:        1 << 20,
			RefuseWritable: true,
			RefuseNoexec:   true,
			ExecCheck:      hooks.ExecCheckAuto,
			Manifest:       m,
		}},
	}
	for _, g := range gates {
		b.Run(g.name, func(b *testing.B) {
			cfg := Config{Script: script, Gate: g.gate}
			// One run outside the timer, so that a broken setup fails
			// plainly rather than as a figure.
			if err := Run(cfg, RunOptions{}); err != nil {
				b.Fatal(describe(err))
			}
			b.ReportAllocs()
			for b.Loop() {
				if err := Run(cfg, RunOptions{}); err != nil {
					b.Fatal(describe(err))
				}
			}
		})
	}
}

// benchModule is the source of module i: 20 lines of constants, a
// function and a class, printing nothing.
func benchModule(i int) string {
	var s strings.Builder
	fmt.Fprintf(&s, "# module %d of the import benchmark\n", i)
	fmt.Fprintf(&s, "VALUE = %d\n", i)
	s.WriteString("ITEMS = [1, 2, 3, 4, 5]\n")
	s.WriteString("TABLE = {\"a\": 1, \"b\": 2}\n")
	s.WriteString("\n\n")
	s.WriteString("def double(x):\n")
	s.WriteString("    return x * 2\n")
	s.WriteString("\n\n")
	s.WriteString("def total(items):\n")
	s.WriteString("    n = 0\n")
	s.WriteString("    for item in items:\n")
	s.WriteString("        n = n + item\n")
	s.WriteString("    return n\n")
	s.WriteString("\n\n")
	s.WriteString("class Thing:\n")
	s.WriteString("    def __init__(self, v):\n")
	s.WriteString("        self.v = v\n")
	return s.String()
}
