package sink

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// goodLog writes a log of n records and returns its lines.
func goodLog(t *testing.T, n int) [][]byte {
	t.Helper()
	path := filepath.Join(t.TempDir(), "audit.log")
	l := newFileLogger(t, path, Options{})
	logN(t, l, 1, n)
	closeLogger(t, l)
	return readLines(t, path)
}

func TestVerifyGood(t *testing.T) {
	lines := goodLog(t, 5)
	n, err := Verify(bytes.NewReader(bytes.Join(lines, nil)))
	if err != nil || n != 5 {
		t.Fatalf("Verify = %d, %v", n, err)
	}
	if n, err := Verify(strings.NewReader("")); err != nil || n != 0 {
		t.Errorf("empty log: %d, %v", n, err)
	}
}

func TestVerifyBreaks(t *testing.T) {
	lines := goodLog(t, 6)
	edit := func(f func(l [][]byte) [][]byte) []byte {
		c := make([][]byte, len(lines))
		for i := range lines {
			c[i] = bytes.Clone(lines[i])
		}
		return bytes.Join(f(c), nil)
	}
	for _, tc := range []struct {
		name string
		log  []byte
		line int
		why  Break
	}{
		{"edited", edit(func(l [][]byte) [][]byte {
			l[2] = bytes.Replace(l[2], []byte("cmd 3"), []byte("cmd X"), 1)
			return l
		}), 3, Edited},
		{"edited first line", edit(func(l [][]byte) [][]byte {
			l[0] = bytes.Replace(l[0], []byte(`"deny"`), []byte(`"allow"`), 1)
			return l
		}), 1, Edited},
		{"edited seq", edit(func(l [][]byte) [][]byte {
			l[3] = bytes.Replace(l[3], []byte(`"seq":4`), []byte(`"seq":9`), 1)
			return l
		}), 4, SeqGap},
		{"deleted", edit(func(l [][]byte) [][]byte { return append(l[:2], l[3:]...) }), 3, Deleted},
		{"deleted two", edit(func(l [][]byte) [][]byte { return append(l[:1], l[3:]...) }), 2, Deleted},
		{"deleted first", edit(func(l [][]byte) [][]byte { return l[1:] }), 1, Deleted},
		{"swapped", edit(func(l [][]byte) [][]byte { l[2], l[3] = l[3], l[2]; return l }), 3, Reordered},
		{"swapped far", edit(func(l [][]byte) [][]byte { l[1], l[4] = l[4], l[1]; return l }), 2, Reordered},
		{"moved back", edit(func(l [][]byte) [][]byte { return [][]byte{l[0], l[1], l[2], l[1]} }), 4, Reordered},
		{"truncated last line", edit(func(l [][]byte) [][]byte {
			l[5] = l[5][:len(l[5])/2]
			return l
		}), 6, Truncated},
		{"no newline at the end", edit(func(l [][]byte) [][]byte {
			l[5] = bytes.TrimSuffix(l[5], []byte("\n"))
			return l
		}), 6, Truncated},
		{"not JSON", edit(func(l [][]byte) [][]byte {
			return [][]byte{l[0], []byte("hello\n"), l[1]}
		}), 2, NotJSON},
		{"blank line", edit(func(l [][]byte) [][]byte {
			return [][]byte{l[0], []byte("\n"), l[1]}
		}), 2, NotJSON},
		{"no v", []byte(`{"seq":1,"prev":""}` + "\n"), 1, NotJSON},
		{"first seq", []byte(`{"v":1,"seq":2,"prev":""}` + "\n"), 1, SeqGap},
	} {
		t.Run(tc.name, func(t *testing.T) {
			n, err := Verify(bytes.NewReader(tc.log))
			var ve *VerifyError
			if !errors.As(err, &ve) {
				t.Fatalf("Verify = %d, %v; want a VerifyError", n, err)
			}
			if ve.Line != tc.line || ve.Why != tc.why {
				t.Errorf("Verify: %v; want line %d %s", err, tc.line, tc.why)
			}
			if n != tc.line-1 {
				t.Errorf("Verify counted %d records, want %d", n, tc.line-1)
			}
			if !strings.HasPrefix(err.Error(), "line ") {
				t.Errorf("message %q", err)
			}
		})
	}
}

// TestVerifyTail: what a hash chain cannot see, documented in Verify.
func TestVerifyTail(t *testing.T) {
	lines := goodLog(t, 4)
	if n, err := Verify(bytes.NewReader(bytes.Join(lines[:3], nil))); err != nil || n != 3 {
		t.Errorf("whole last line removed: %d, %v", n, err)
	}
}

func TestVerifyLongLine(t *testing.T) {
	log := `{"v":1,"seq":1,"prev":"","x":"` + strings.Repeat("a", 2<<20) + "\"}\n"
	_, err := Verify(strings.NewReader(log))
	var ve *VerifyError
	if !errors.As(err, &ve) || ve.Line != 1 || ve.Why != NotJSON {
		t.Errorf("Verify: %v", err)
	}
}

func TestVerifyReadError(t *testing.T) {
	f, err := os.Open(t.TempDir()) // reading a directory fails
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := Verify(f); err == nil || errors.As(err, new(*VerifyError)) {
		t.Errorf("Verify of an unreadable file: %v", err)
	}
}
