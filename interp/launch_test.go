package interp

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spython/spython/hooks"
)

// Each launch mode runs its code as __main__, with sys.path holding only
// the configured entries (spython is always isolated), and raises its
// cpython.run_* event first: a hook that denies it keeps the code from
// running.
func TestLaunchModes(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"tool.py":         "import sys\nopen(sys.argv[1], 'w').write(__name__ + ' ' + sys.argv[0] + ' ' + str(len(sys.path)))\n",
		"pkg/__init__.py": "",
		"pkg/__main__.py": "import sys\nopen(sys.argv[1], 'w').write(__name__ + ' ' + __package__)\n",
		"pkg/inner.py":    "import sys\nfrom . import helper\nopen(sys.argv[1], 'w').write(__name__ + ' ' + helper.NAME)\n",
		"pkg/helper.py":   "NAME = 'helper'\n",
	}
	for name, src := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	workDir = dir
	out := filepath.Join(dir, "out")
	write := "import sys\nopen(sys.argv[1], 'w').write(__name__ + ' ' + sys.argv[0] + ' ' + str(sys.path))\n"
	tests := []struct {
		name  string
		cfg   Config
		event string
		want  string
	}{
		{"command", Config{Launch: LaunchCommand, Command: write}, "cpython.run_command", "__main__ -c []"},
		{"stdin", Config{Launch: LaunchStdin, Script: "-", Stdin: strings.NewReader(write)}, "cpython.run_stdin", "__main__ - []"},
		{"module", Config{Launch: LaunchModule, Module: "tool", Path: []string{dir}}, "cpython.run_module", "__main__ " + dir + "/tool.py 1"},
		{"package", Config{Launch: LaunchModule, Module: "pkg", Path: []string{dir}}, "cpython.run_module", "__main__ pkg"},
		{"submodule", Config{Launch: LaunchModule, Module: "pkg.inner", Path: []string{dir}}, "cpython.run_module", "__main__ helper"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			os.Remove(out)
			rec := &recorder{}
			tt.cfg.Args = []string{out}
			tt.cfg.Hooks = hooks.NewChain(rec)
			if err := Run(tt.cfg, RunOptions{}); err != nil {
				t.Fatal(describe(err))
			}
			got, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tt.want {
				t.Errorf("wrote %q, want %q", got, tt.want)
			}
			if len(rec.events) == 0 || !strings.HasPrefix(rec.events[0], tt.event) {
				t.Errorf("first event %v, want %s", rec.events, tt.event)
			}

			os.Remove(out)
			tt.cfg.Hooks = hooks.NewChain(denying(tt.event))
			if tt.cfg.Stdin != nil {
				tt.cfg.Stdin = strings.NewReader(write)
			}
			err = Run(tt.cfg, RunOptions{})
			var cf *CodeFileError
			if !errors.As(err, &cf) || !cf.Refused {
				t.Fatalf("with %s denied: err = %v, want a refusal", tt.event, err)
			}
			if _, err := os.Stat(out); err == nil {
				t.Fatal("the code ran although its launch was denied")
			}
		})
	}
}

func TestLaunchModuleErrors(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "nomain"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "nomain", "__init__.py"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	for module, want := range map[string]string{
		"missing": "ModuleNotFoundError: No module named 'missing'",
		"nomain":  "ImportError: No module named nomain.__main__; 'nomain' is a package and cannot be directly executed",
	} {
		err := Run(Config{Launch: LaunchModule, Module: module, Path: []string{dir}}, RunOptions{})
		var pe *PythonError
		if !errors.As(err, &pe) || lastLine(pe.Traceback) != want {
			t.Errorf("-m %s: err = %v, want %s", module, describe(err), want)
		}
	}
}
