package policy

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

const minimal = "apiVersion: spython/v1\n"

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "policy.yaml")
	if err := os.WriteFile(path, []byte(minimal+"mode: audit\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	p, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if p.Source != path || p.Mode != ModeAudit {
		t.Errorf("Load: Source %q, Mode %s", p.Source, p.Mode)
	}

	// Errors in the file name the path.
	if err := os.WriteFile(path, []byte("apiVersion: spython/v1\nmdoe: audit\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err = Load(path)
	if want := path + `:2:1: unknown_key: unknown key "mdoe" (did you mean "mode"?)`; err == nil || err.Error() != want {
		t.Errorf("Load: got %v, want %s", err, want)
	}

	if _, err := Load(filepath.Join(dir, "missing.yaml")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Load of a missing file: %v, want fs.ErrNotExist", err)
	}
}

func TestLoadUnsafe(t *testing.T) {
	dir := t.TempDir()
	for _, mode := range []os.FileMode{0o664, 0o646, 0o666} {
		path := filepath.Join(dir, "policy.yaml")
		if err := os.WriteFile(path, []byte(minimal), 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(path, mode); err != nil {
			t.Fatal(err)
		}
		_, err := Load(path)
		want := path + ":1:1: unsafe_file: policy file is writable by group or others (mode 0" + octal(mode) + ")"
		if err == nil || err.Error() != want {
			t.Errorf("mode %o: got %v, want %s", mode, err, want)
		}
	}

	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip(err)
	}
	_, err := Load(fifo)
	if want := fifo + ":1:1: unsafe_file: policy file is not a regular file"; err == nil || err.Error() != want {
		t.Errorf("fifo: got %v, want %s", err, want)
	}
}

func octal(m os.FileMode) string {
	const digits = "01234567"
	p := uint32(m.Perm())
	return string([]byte{digits[p>>6&7], digits[p>>3&7], digits[p&7]})
}

// TestUnsafeOwner checks the owner rule without changing file owners.
func TestUnsafeOwner(t *testing.T) {
	st := syscall.Stat_t{Mode: syscall.S_IFREG | 0o644}
	for _, tt := range []struct {
		uid  uint32
		euid int
		want string
	}{
		{0, 1000, ""},
		{1000, 1000, ""},
		{0, 0, ""},
		{1001, 1000, "policy file is owned by uid 1001, neither root nor the running user (uid 1000)"},
		{1001, 0, "policy file is owned by uid 1001, neither root nor the running user (uid 0)"},
	} {
		st.Uid = tt.uid
		if got := unsafeFile(&st, tt.euid); got != tt.want {
			t.Errorf("uid %d, euid %d: got %q, want %q", tt.uid, tt.euid, got, tt.want)
		}
	}
}

func TestLoadTooLarge(t *testing.T) {
	path := filepath.Join(t.TempDir(), "big.yaml")
	data := make([]byte, maxFileSize+1)
	for i := range data {
		data[i] = '#'
	}
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := Load(path)
	if want := path + ":1:1: unsafe_file: policy file is larger than 4MiB"; err == nil || err.Error() != want {
		t.Errorf("got %v, want %s", err, want)
	}
}
