package interp

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
)

// osStdlibDir holds, for each module, scripts and the standard output
// CPython 3.13 gives them (NAME.py, NAME.out).
const osStdlibDir = "../testdata/stdlib"

// runOSCaptured runs script in a new context with its standard output and
// error going to pipes, and returns what it wrote to standard output.
func runOSCaptured(t *testing.T, script string) (string, error) {
	t.Helper()
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	defer os.Chdir(wd)
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	devnull, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer devnull.Close()
	stdout, stderr := os.Stdout, os.Stderr
	os.Stdout, os.Stderr = w, devnull
	out := make(chan string)
	go func() {
		var b bytes.Buffer
		_, _ = io.Copy(&b, r)
		out <- b.String()
	}()
	func() {
		defer func() { os.Stdout, os.Stderr = stdout, stderr }()
		var c *Context
		c, err = NewContext(Config{Script: script}, []string{filepath.Dir(script)})
		if err != nil {
			return
		}
		defer c.Close()
		err = c.runMain(Config{Script: script}, script)
	}()
	w.Close()
	return <-out, err
}

// TestStdlibGolden runs every script of testdata/stdlib/MODULE and
// compares its output with CPython's.
func TestStdlibGolden(t *testing.T) {
	scripts, err := filepath.Glob(filepath.Join(osStdlibDir, "*", "*.py"))
	if err != nil || len(scripts) == 0 {
		t.Fatalf("no scripts in %s (err %v)", osStdlibDir, err)
	}
	for _, script := range scripts {
		name := strings.TrimSuffix(strings.TrimPrefix(script, osStdlibDir+"/"), ".py")
		if !strings.HasPrefix(name, "os/") && !strings.HasPrefix(name, "ospath/") && !strings.HasPrefix(name, "sys/") &&
			!strings.HasPrefix(name, "io/") && !strings.HasPrefix(name, "shutil/") && !strings.HasPrefix(name, "tempfile/") &&
			!strings.HasPrefix(name, "glob/") {
			continue
		}
		t.Run(name, func(t *testing.T) {
			want, err := os.ReadFile(strings.TrimSuffix(script, ".py") + ".out")
			if err != nil {
				t.Fatal(err)
			}
			abs, _ := filepath.Abs(script)
			got, err := runOSCaptured(t, abs)
			if err != nil {
				t.Errorf("script failed: %v", err)
			}
			if got != string(want) {
				t.Errorf("output differs from CPython's\n%s", osLineDiff(string(want), got))
			}
		})
	}
}

// osLineDiff shows the first lines where want and got differ.
func osLineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	shown := 0
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl && shown < 10 {
			fmt.Fprintf(&b, "line %d:\n  want %s\n  got  %s\n", i+1, wl, gl)
			shown++
		}
	}
	return b.String()
}

// The primitives refuse spython's own descriptors and files whatever
// the policy allows.
func TestOSReservedFiles(t *testing.T) {
	dir := t.TempDir()
	log := filepath.Join(dir, "own.log")
	if err := os.WriteFile(log, []byte("record\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(log)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	c, err := NewContext(Config{Script: filepath.Join(dir, "main.py")}, []string{dir})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	c.reserved = reserveOpenFiles([]string{log})
	fd := int(f.Fd())
	cases := map[string]string{
		"remove":   "import os\nos.remove(LOG)",
		"unlink":   "import os\nos.unlink(LOG)",
		"rename":   "import os\nos.rename(LOG, LOG + '.x')",
		"replace":  "import os\nos.replace(DIR + '/other', LOG)",
		"open":     "import os\nos.open(LOG, os.O_WRONLY | os.O_TRUNC)",
		"truncate": "import os\nos.truncate(LOG, 0)",
		"write":    "import os\nos.write(FD, b'forged')",
		"close":    "import os\nos.close(FD)",
		"fdopen":   "import os\nos.fdopen(FD, 'w')",
		"rmtree":   "import shutil\nshutil.rmtree(DIR)",
		"move":     "import shutil\nshutil.move(DIR + '/other', LOG)",
	}
	for name, src := range cases {
		if err := os.WriteFile(filepath.Join(dir, "other"), []byte("x"), 0o600); err != nil {
			t.Fatal(err)
		}
		g := py.StringDict{"__name__": py.String("__main__"), "LOG": py.String(log), "DIR": py.String(dir), "FD": py.Int(fd)}
		code, err := c.compile(src, "<test>", py.ExecMode)
		if err != nil {
			t.Fatal(err)
		}
		_, err = c.RunCode(code, g, g, nil)
		if err == nil || !py.IsException(py.PermissionError, err) {
			t.Errorf("%s: got %v, want PermissionError", name, err)
		}
		data, rerr := os.ReadFile(log)
		if rerr != nil || string(data) != "record\n" {
			t.Fatalf("%s: the reserved file changed: %q %v", name, data, rerr)
		}
	}
}
