package hooks

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/sys/unix"
)

type hashes map[string][32]byte

func (h hashes) Hash(path string) ([32]byte, bool) { sum, ok := h[path]; return sum, ok }

// writeFile writes a code file with the given mode and returns its path.
func writeFile(t *testing.T, dir, name, content string, mode os.FileMode) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), mode); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, mode); err != nil {
		t.Fatal(err)
	}
	return path
}

func refusal(t *testing.T, err error) string {
	t.Helper()
	var r *RefusedError
	if !errors.As(err, &r) || !errors.Is(err, ErrRefused) {
		t.Fatalf("err = %v, want a refusal", err)
	}
	return r.Reason
}

func TestGateRefusals(t *testing.T) {
	dir, err := filepath.EvalSymlinks(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	good := writeFile(t, dir, "app/good.py", "print(1)\n", 0o644)
	outside := writeFile(t, dir, "elsewhere/evil.py", "print('evil')\n", 0o644)
	link := filepath.Join(dir, "app/link.py")
	if err := os.Symlink(outside, link); err != nil {
		t.Fatal(err)
	}
	pycLink := filepath.Join(dir, "app/sneaky.py")
	if err := os.Symlink(writeFile(t, dir, "app/x.pyc", "bytecode", 0o644), pycLink); err != nil {
		t.Fatal(err)
	}
	writable := writeFile(t, dir, "app/writable.py", "x = 1\n", 0o666)
	big := writeFile(t, dir, "app/big.py", strings.Repeat("#", 2048)+"\n", 0o644)
	txt := writeFile(t, dir, "app/notes.txt", "x = 1\n", 0o644)
	fifo := filepath.Join(dir, "app/fifo.py")
	if err := unix.Mkfifo(fifo, 0o644); err != nil {
		t.Fatal(err)
	}
	gate := &Gate{
		Extensions:     []string{".py"},
		MaxSize:        1024,
		RefuseWritable: true,
		Allow:          []string{dir + "/app/**"},
		Deny:           []string{dir + "/app/secret/**"},
	}
	secret := writeFile(t, dir, "app/secret/key.py", "k = 1\n", 0o644)

	src, err := gate.Open(good)
	if err != nil {
		t.Fatal(err)
	}
	if string(src.Data) != "print(1)\n" || src.Path != good || src.SHA256 != sha256.Sum256(src.Data) {
		t.Errorf("good file: %+v", src)
	}
	for _, tt := range []struct{ path, reason string }{
		{link, "not under any allowed path (verify.allow)"},
		{pycLink, "compiled bytecode is never loaded, only source (the link points there)"},
		{filepath.Join(dir, "app/x.pyc"), "compiled bytecode is never loaded, only source"},
		{secret, `under a denied path "` + dir + `/app/secret/**" (verify.deny)`},
		{writable, "writable by group or others (mode 0666; verify.writable: refuse)"},
		{big, "2049 bytes, more than verify.max_size (1024)"},
		{txt, `extension ".txt" is not allowed (verify.extensions)`},
		{fifo, "not a regular file"},
	} {
		_, err := gate.Open(tt.path)
		if got := refusal(t, err); got != tt.reason {
			t.Errorf("%s: reason %q, want %q", filepath.Base(tt.path), got, tt.reason)
		}
	}
	if _, err := gate.Open(filepath.Join(dir, "app/missing.py")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: err = %v, want not-exist", err)
	}

	gate.RefuseWritable = false
	if _, err := gate.Open(writable); err != nil {
		t.Errorf("writable: allow: %v", err)
	}
	gate.Owners = []uint32{uint32(os.Getuid()) + 1}
	if got := refusal(t, second(gate.Open(good))); !strings.HasPrefix(got, "owned by uid") {
		t.Errorf("owners: %q", got)
	}
}

func second[T any](_ T, err error) error { return err }

func TestGateManifest(t *testing.T) {
	dir, _ := filepath.EvalSymlinks(t.TempDir())
	listed := writeFile(t, dir, "a.py", "a = 1\n", 0o644)
	changed := writeFile(t, dir, "b.py", "b = 1\n", 0o644)
	unlisted := writeFile(t, dir, "c.py", "c = 1\n", 0o644)
	gate := &Gate{Manifest: hashes{
		listed:  sha256.Sum256([]byte("a = 1\n")),
		changed: sha256.Sum256([]byte("b = 0\n")),
	}}
	if _, err := gate.Open(listed); err != nil {
		t.Fatal(err)
	}
	if got := refusal(t, second(gate.Open(changed))); !strings.Contains(got, "does not match the manifest") {
		t.Errorf("changed: %q", got)
	}
	if got := refusal(t, second(gate.Open(unlisted))); got != "not listed in the manifest" {
		t.Errorf("unlisted: %q", got)
	}

	// With xattr, a file the manifest does not list may carry its hash.
	gate.Xattr = true
	sum := sha256.Sum256([]byte("c = 1\n"))
	if err := unix.Setxattr(unlisted, XattrName, []byte(hex.EncodeToString(sum[:])), 0); err != nil {
		t.Skipf("no user xattrs here: %v", err)
	}
	if _, err := gate.Open(unlisted); err != nil {
		t.Errorf("xattr hash: %v", err)
	}
	if err := os.WriteFile(unlisted, []byte("c = 2\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := refusal(t, second(gate.Open(unlisted))); !strings.Contains(got, "does not match its "+XattrName) {
		t.Errorf("edited after the xattr: %q", got)
	}
}

// The kernel's verdict: with exec_check require, a file without execute
// permission is refused by AT_EXECVE_CHECK (Linux 6.14+), one with it
// passes; an older kernel refuses everything under require.
func TestGateExecCheck(t *testing.T) {
	dir, _ := filepath.EvalSymlinks(t.TempDir())
	plain := writeFile(t, dir, "plain.py", "x = 1\n", 0o644)
	runnable := writeFile(t, dir, "run.py", "x = 1\n", 0o755)
	gate := &Gate{ExecCheck: ExecCheckRequire}
	_, err := gate.Open(runnable)
	var r *RefusedError
	if errors.As(err, &r) && strings.Contains(r.Reason, "cannot check") {
		t.Skipf("kernel without AT_EXECVE_CHECK: %s", r.Reason)
	}
	if err != nil {
		if out, _ := exec.Command("findmnt", "-no", "OPTIONS", "-T", dir).Output(); strings.Contains(string(out), "noexec") {
			t.Skipf("%s is on a noexec mount", dir)
		}
		t.Fatalf("executable file: %v", err)
	}
	if got := refusal(t, second(gate.Open(plain))); !strings.Contains(got, "the kernel refuses to execute it") {
		t.Errorf("plain file: %q", got)
	}
	gate.ExecCheck = ExecCheckAuto
	if _, err := gate.Open(plain); err != nil && !execRestricted() {
		t.Errorf("auto without the securebit must not enforce: %v", err)
	}
}

// A code file on a noexec mount is refused (checked with fstatfs on the
// open descriptor); this needs root to mount a tmpfs.
func TestGateNoexec(t *testing.T) {
	if os.Getuid() != 0 {
		t.Skip("mounting a noexec tmpfs needs root")
	}
	dir := t.TempDir()
	if err := unix.Mount("tmpfs", dir, "tmpfs", unix.MS_NOEXEC, "size=64k"); err != nil {
		t.Skipf("cannot mount a tmpfs here: %v", err)
	}
	defer unix.Unmount(dir, 0)
	path := writeFile(t, dir, "x.py", "x = 1\n", 0o644)
	if got := refusal(t, second((&Gate{RefuseNoexec: true}).Open(path))); got != "on a noexec mount (verify.noexec: refuse)" {
		t.Errorf("noexec: %q", got)
	}
	if _, err := (&Gate{}).Open(path); err != nil {
		t.Errorf("noexec: allow: %v", err)
	}
}
