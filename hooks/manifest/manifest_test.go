package manifest

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/sys/unix"
)

// tempDir is a new folder for the test, with its symbolic links resolved
// (so that its paths are those Build lists).
func tempDir(t *testing.T) string {
	t.Helper()
	dir, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// writeFiles writes each file (a path under dir, slash-separated) with
// its content, making its folders, and returns the entries Build should
// list for them.
func writeFiles(t *testing.T, dir string, files map[string]string) map[string][32]byte {
	t.Helper()
	sums := make(map[string][32]byte)
	for name, content := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		sums[path] = sha256.Sum256([]byte(content))
	}
	return sums
}

func symlink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
}

// entriesOf returns the entries of sums, which Manifest.Entries must
// equal.
func entriesOf(sums map[string][32]byte) []Entry {
	var es []Entry
	for p, s := range sums {
		es = append(es, Entry{Path: p, Sum: s})
	}
	return newManifest(es).entries
}

// awkward are file names that need care: spaces, escapes, non-UTF-8.
var awkward = map[string]string{
	"a.py":              "print('a')\n",
	"sub/b.py":          "import a\n",
	"sub/deeper/c.py":   "",
	"with space.py":     "x = 1\n",
	" leading.py":       "x = 2\n",
	"new\nline.py":      "x = 3\n",
	"back\\slash.py":    "x = 4\n",
	"carriage\rret.py":  "x = 5\n",
	"star*.py":          "x = 6\n",
	"\xff\xfe latin.py": "x = 7\n",
	"é.py":              "x = 8\n",
}

func TestRoundTrip(t *testing.T) {
	dir := tempDir(t)
	want := writeFiles(t, dir, awkward)
	writeFiles(t, dir, map[string]string{"notes.txt": "not code", "sub/x.pyc": "bytecode"})
	m, err := Build([]string{dir}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(entriesOf(want), m.Entries()); diff != "" {
		t.Fatalf("Build listed (-want +got):\n%s", diff)
	}
	data := m.Bytes()
	var buf bytes.Buffer
	if n, err := m.WriteTo(&buf); err != nil || n != int64(len(data)) || !bytes.Equal(buf.Bytes(), data) {
		t.Fatalf("WriteTo wrote %d bytes (%v), not the %d of Bytes", n, err, len(data))
	}
	back, err := Parse("MANIFEST", data)
	if err != nil {
		t.Fatalf("Parse of what Build wrote:\n%v\n%s", err, data)
	}
	if diff := cmp.Diff(m.Entries(), back.Entries()); diff != "" {
		t.Fatalf("round trip (-built +parsed):\n%s", diff)
	}
	if !bytes.Equal(back.Bytes(), data) {
		t.Fatalf("written again differently:\n%s\n%s", data, back.Bytes())
	}
	for path, sum := range want {
		if got, ok := back.Hash(path); !ok || got != sum {
			t.Errorf("Hash(%q) = %x, %v; want %x", path, got, ok, sum)
		}
	}
	if _, ok := back.Hash(filepath.Join(dir, "notes.txt")); ok {
		t.Error("notes.txt is listed")
	}
}

func TestWriteFormat(t *testing.T) {
	h := sha256.Sum256(nil)
	hx := "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
	m := newManifest([]Entry{
		{Path: "/b/z.py", Sum: h},
		{Path: "/a b.py", Sum: h},
		{Path: "/n\nl\\b\rr.py", Sum: h},
		{Path: "/B.py", Sum: h},
	})
	want := hx + "  /B.py\n" +
		hx + "  /a b.py\n" +
		hx + "  /b/z.py\n" +
		`\` + hx + `  /n\nl\\b\rr.py` + "\n"
	if got := string(m.Bytes()); got != want {
		t.Fatalf("Bytes:\n%s\nwant:\n%s", got, want)
	}
	if got := (*Manifest)(nil).Bytes(); len(got) != 0 {
		t.Fatalf("nil manifest wrote %q", got)
	}
}

func TestParseAccepts(t *testing.T) {
	hx := strings.Repeat("0123456789abcdef", 4)
	var sum [32]byte
	copy(sum[:], []byte("\x01\x23\x45\x67\x89\xab\xcd\xef\x01\x23\x45\x67\x89\xab\xcd\xef\x01\x23\x45\x67\x89\xab\xcd\xef\x01\x23\x45\x67\x89\xab\xcd\xef"))
	tests := []struct {
		name, data string
		want       []string // paths, each with sum
	}{
		{"empty", "", nil},
		{"text", hx + "  /a.py\n", []string{"/a.py"}},
		{"binary marker", hx + " */a.py\n", []string{"/a.py"}},
		{"unsorted", hx + "  /b.py\n" + hx + "  /a.py\n", []string{"/a.py", "/b.py"}},
		{"spaces in path", hx + "  /a b /c  d.py\n", []string{"/a b /c  d.py"}},
		{"trailing space kept", hx + "  /a.py \n", []string{"/a.py "}},
		{"escaped", `\` + hx + `  /x\ny\\z\r.py` + "\n", []string{"/x\ny\\z\r.py"}},
		{"escaped without escapes", `\` + hx + "  /a.py\n", []string{"/a.py"}},
		{"escaped binary", `\` + hx + ` */a\\b.py` + "\n", []string{`/a\b.py`}},
		{"raw backslash, not escaped", hx + `  /a\nb.py` + "\n", []string{`/a\nb.py`}},
		{"star in path", hx + "  /a*.py\n", []string{"/a*.py"}},
		{"not UTF-8", hx + "  /\xff.py\n", []string{"/\xff.py"}},
		{"root", hx + "  /\n", []string{"/"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Parse("M", []byte(tt.data))
			if err != nil {
				t.Fatal(err)
			}
			var want []Entry
			for _, p := range tt.want {
				want = append(want, Entry{Path: p, Sum: sum})
			}
			if diff := cmp.Diff(want, m.Entries()); diff != "" {
				t.Fatalf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	hx := strings.Repeat("ab", 32)
	tests := []struct {
		name, data string
		want       string
	}{
		{"bad hex", "abcdGf" + hx[6:] + "  /a.py\n",
			`M:1: hash has "G" at column 5; want 64 lowercase hex digits`},
		{"upper case hex", strings.ToUpper(hx) + "  /a.py\n",
			`M:1: hash has "A" at column 1; want 64 lowercase hex digits`},
		{"bad hex, escaped line", `\` + "x" + hx[1:] + "  /a.py\n",
			`M:1: hash has "x" at column 2; want 64 lowercase hex digits`},
		{"short hash", hx[:63] + "  /a.py\n",
			`M:1: hash has length 63; want 64 lowercase hex digits`},
		{"long hash", hx + "0  /a.py\n",
			`M:1: hash has length 65; want 64 lowercase hex digits`},
		{"one space", hx + " /a.py\n",
			`M:1: one space between the hash and the path; want two (or " *")`},
		{"tab", hx + "\t/a.py\n",
			`M:1: hash has length 70; want 64 lowercase hex digits`},
		{"relative path", hx + "  a.py\n",
			`M:1: relative path "a.py"; paths must be absolute`},
		{"three spaces", hx + "   /a.py\n",
			`M:1: relative path " /a.py"; paths must be absolute`},
		{"duplicate", hx + "  /a.py\n" + hx + "  /b.py\n" + hx + " */a.py\n",
			`M:3: duplicate path "/a.py" (also on line 1)`},
		{"duplicate once escaped", hx + "  /a\\b.py\n" + `\` + hx + `  /a\\b.py` + "\n",
			`M:2: duplicate path "/a\\b.py" (also on line 1)`},
		{"unclean", hx + "  /a/../b.py\n",
			`M:1: path "/a/../b.py" is not clean; write "/b.py"`},
		{"trailing slash", hx + "  /a/\n",
			`M:1: path "/a/" is not clean; write "/a"`},
		{"no path", hx + "  \n",
			`M:1: no path after the hash`},
		{"hash alone", hx + "\n",
			`M:1: no path after the hash`},
		{"hash and a space", hx + " \n",
			`M:1: no path after the hash`},
		{"blank line", hx + "  /a.py\n\n" + hx + "  /b.py\n",
			`M:2: blank line`},
		{"crlf", hx + "  /a.py\r\n",
			`M:1: carriage return in the line (CRLF line ends?); lines end in LF, and a path's CR is written \r`},
		{"no final newline", hx + "  /a.py\n" + hx + "  /b.py",
			`M:2: no newline at the end of the last line (was the file cut short?)`},
		{"bad escape", `\` + hx + `  /a\tb.py` + "\n",
			`M:1: bad escape "\\t" in the path; the escapes are \\, \n and \r`},
		{"lone backslash", `\` + hx + `  /a\` + "\n",
			`M:1: path ends in a lone backslash`},
		{"NUL", hx + "  /a\x00.py\n",
			`M:1: path "/a\x00.py" holds a NUL byte`},
		{"comment", "# spython manifest\n",
			`M:1: hash has length 1; want 64 lowercase hex digits`},
		{"BSD tag format", "SHA256 (/a.py) = " + hx + "\n",
			`M:1: hash has length 6; want 64 lowercase hex digits`},
		{"everything at once", hx + "  /a.py\n" + hx + " /b.py\n" + hx + "  c.py\n\n" + hx + "  /a.py",
			"M:2: one space between the hash and the path; want two (or \" *\")\n" +
				"M:3: relative path \"c.py\"; paths must be absolute\n" +
				"M:4: blank line\n" +
				"M:5: duplicate path \"/a.py\" (also on line 1)\n" +
				"M:5: no newline at the end of the last line (was the file cut short?)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, err := Parse("M", []byte(tt.data))
			if err == nil {
				t.Fatalf("parsed, to %v", m.Entries())
			}
			if m != nil {
				t.Error("a manifest returned with the error")
			}
			if got := err.Error(); got != tt.want {
				t.Fatalf("error:\n%s\nwant:\n%s", got, tt.want)
			}
			var es Errors
			if !errors.As(err, &es) || len(es) == 0 {
				t.Fatalf("error is %T, not Errors", err)
			}
			var e *Error
			if !errors.As(err, &e) || e != es[0] {
				t.Fatal("errors.As does not find the first *Error")
			}
		})
	}
}

// TestSha256sumChecksBuild runs GNU sha256sum -c on what Build writes.
func TestSha256sumChecksBuild(t *testing.T) {
	sha256sum := findSha256sum(t)
	dir := tempDir(t)
	files := writeFiles(t, dir, awkward)
	m, err := Build([]string{dir}, nil)
	if err != nil {
		t.Fatal(err)
	}
	manifest := filepath.Join(tempDir(t), "MANIFEST")
	if err := os.WriteFile(manifest, m.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(sha256sum, "--check", "--strict", manifest).CombinedOutput()
	if err != nil {
		t.Fatalf("sha256sum -c: %v\n%s", err, out)
	}
	if got := bytes.Count(out, []byte(": OK\n")); got != len(files) {
		t.Fatalf("sha256sum -c said OK %d times, want %d:\n%s", got, len(files), out)
	}

	// And it sees a change.
	if err := os.WriteFile(filepath.Join(dir, "new\nline.py"), []byte("changed"), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(sha256sum, "--check", "--strict", "--quiet", manifest).CombinedOutput(); err == nil {
		t.Fatalf("sha256sum -c passed a changed file:\n%s", out)
	} else if !bytes.Contains(out, []byte(`line.py: FAILED`)) {
		t.Fatalf("sha256sum -c: %v\n%s", err, out)
	}
}

// TestParseSha256sumOutput parses what GNU sha256sum writes.
func TestParseSha256sumOutput(t *testing.T) {
	sha256sum := findSha256sum(t)
	dir := tempDir(t)
	want := writeFiles(t, dir, awkward)
	var args []string
	for path := range want {
		args = append(args, path)
	}
	for _, mode := range []string{"--text", "--binary"} {
		t.Run(mode, func(t *testing.T) {
			out, err := exec.Command(sha256sum, append([]string{mode, "--"}, args...)...).Output()
			if err != nil {
				t.Fatal(err)
			}
			m, err := Parse("sha256sum", out)
			if err != nil {
				t.Fatalf("%v\n%s", err, out)
			}
			if diff := cmp.Diff(entriesOf(want), m.Entries()); diff != "" {
				t.Fatalf("(-want +got):\n%s\n%s", diff, out)
			}
		})
	}
}

func findSha256sum(t *testing.T) string {
	t.Helper()
	path, err := exec.LookPath("sha256sum")
	if err != nil {
		if _, err := os.Stat("/usr/bin/sha256sum"); err != nil {
			t.Skip("no sha256sum")
		}
		path = "/usr/bin/sha256sum"
	}
	out, err := exec.Command(path, "--version").Output()
	if err != nil || !bytes.Contains(out, []byte("GNU coreutils")) {
		t.Skipf("%s is not GNU sha256sum", path)
	}
	return path
}

func TestLoad(t *testing.T) {
	dir := tempDir(t)
	hx := strings.Repeat("ab", 32)
	path := filepath.Join(dir, "MANIFEST")
	if err := os.WriteFile(path, []byte(hx+"  /a.py\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	m, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if m.Len() != 1 {
		t.Fatalf("Len %d", m.Len())
	}

	bad := filepath.Join(dir, "BAD")
	if err := os.WriteFile(bad, []byte(hx+" /a.py\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(bad); err == nil || !strings.HasPrefix(err.Error(), bad+":1: one space") {
		t.Fatalf("Load(BAD): %v", err)
	}

	if _, err := Load(filepath.Join(dir, "none")); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("Load(none): %v", err)
	}

	writable := filepath.Join(dir, "WRITABLE")
	if err := os.WriteFile(writable, []byte(hx+"  /a.py\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(writable, 0o664); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(writable); err == nil || err.Error() != writable+": manifest file is writable by group or others (mode 0664)" {
		t.Fatalf("Load(WRITABLE): %v", err)
	}

	fifo := filepath.Join(dir, "FIFO")
	if err := unix.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(fifo); err == nil || err.Error() != fifo+": not a regular file" {
		t.Fatalf("Load(FIFO): %v", err)
	}

	if _, err := Load(dir); err == nil {
		t.Fatal("Load(a folder) worked")
	}
}

func TestNilManifest(t *testing.T) {
	var m *Manifest
	if _, ok := m.Hash("/a.py"); ok {
		t.Error("a nil manifest lists /a.py")
	}
	if m.Len() != 0 || m.Entries() != nil {
		t.Error("a nil manifest is not empty")
	}
	var zero Manifest
	if _, ok := zero.Hash("/a.py"); ok || zero.Len() != 0 || len(zero.Bytes()) != 0 {
		t.Error("a zero manifest is not empty")
	}
}
