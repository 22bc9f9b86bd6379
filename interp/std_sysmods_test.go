package interp

import (
	"bytes"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/spython/spython/hooks"
)

// Golden cases of struct, errno, stat, platform, traceback and atexit:
// testdata/stdlib/MODULE/*.py with the output of CPython 3.13.

func TestStructGolden(t *testing.T)    { runStdlibCases(t, "struct") }
func TestErrnoGolden(t *testing.T)     { runStdlibCases(t, "errno") }
func TestStatGolden(t *testing.T)      { runStdlibCases(t, "stat") }
func TestPlatformGolden(t *testing.T)  { runStdlibCases(t, "platform") }
func TestTracebackGolden(t *testing.T) { runStdlibCases(t, "traceback") }
func TestAtexitGolden(t *testing.T)    { runStdlibCases(t, "atexit") }

// The modules raise no audit events of their own: a script using each of
// them raises only the import of each module (and what os.stat raises).
func TestSysmodsRaiseNoEvents(t *testing.T) {
	rec := &recorder{}
	_, err := runWithHooks(t, map[string]string{"main.py": `
import struct, errno, stat, platform, traceback, atexit, os
struct.unpack('<hh', struct.pack('<hh', 1, 2))
errno.errorcode[errno.ENOENT]
stat.filemode(0o100644)
platform.uname(); platform.platform(); platform.python_version(); platform.architecture()
try:
    raise ValueError('x')
except ValueError:
    traceback.format_exc()
traceback.format_stack()
atexit.register(lambda: None)
`}, hooks.NewChain(rec))
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range rec.events {
		name, arg, _ := strings.Cut(e, " ")
		if arg == "$WORK/main.py" { // running the script itself
			continue
		}
		switch name {
		case "import", "compile", "exec", "builtins.id":
		default:
			t.Errorf("unexpected event %q", e)
		}
	}
	for _, m := range []string{"struct", "errno", "stat", "platform", "traceback", "atexit"} {
		if rec.count("import "+m) != 1 {
			t.Errorf("import %s raised %d times, want once", m, rec.count("import "+m))
		}
	}
}

// What platform says of spython itself: it is not CPython, it was built
// by Go, it links no C library; the system's names are uname(2)'s.
func TestPlatformSpython(t *testing.T) {
	g, err := runFiles(t, map[string]string{"main.py": `
import platform
impl = platform.python_implementation()
compiler = platform.python_compiler()
libc = platform.libc_ver()
u = platform.uname()
names = (u.system, u.node, u.release, u.version, u.machine)
plat = platform.platform()
`})
	if err != nil {
		t.Fatal(err)
	}
	var u unix.Utsname
	if err := unix.Uname(&u); err != nil {
		t.Fatal(err)
	}
	str := func(b []byte) string { return string(bytes.TrimRight(b, "\x00")) }
	want := py.Tuple{py.String(str(u.Sysname[:])), py.String(str(u.Nodename[:])), py.String(str(u.Release[:])),
		py.String(str(u.Version[:])), py.String(str(u.Machine[:]))}
	if got := g["names"].(py.Tuple); len(got) != 5 || got[0] != want[0] || got[1] != want[1] || got[2] != want[2] || got[3] != want[3] || got[4] != want[4] {
		t.Errorf("uname() = %v, want %v", got, want)
	}
	if g["impl"] != py.String("spython") {
		t.Errorf("python_implementation() = %v", g["impl"])
	}
	if c := string(g["compiler"].(py.String)); !strings.HasPrefix(c, "Go ") {
		t.Errorf("python_compiler() = %q", c)
	}
	if l := g["libc"].(py.Tuple); l[0] != py.String("") || l[1] != py.String("") {
		t.Errorf("libc_ver() = %v", l)
	}
	if p := string(g["plat"].(py.String)); !strings.HasSuffix(p, "-with") || !strings.HasPrefix(p, str(u.Sysname[:])+"-") {
		t.Errorf("platform() = %q", p)
	}
}
