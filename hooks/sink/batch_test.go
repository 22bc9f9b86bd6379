package sink

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/spython/spython/hooks"
)

// lineCount is the number of lines of the file at path (0 if missing).
func lineCount(t testing.TB, path string) int {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		t.Fatal(err)
	}
	return bytes.Count(data, []byte("\n"))
}

// waitLines waits until the file at path has n lines.
func waitLines(t *testing.T, path string, n int, within time.Duration) {
	t.Helper()
	deadline := time.Now().Add(within)
	for lineCount(t, path) < n {
		if time.Now().After(deadline) {
			t.Fatalf("%s has %d lines after %v, want %d", path, lineCount(t, path), within, n)
		}
		time.Sleep(2 * time.Millisecond)
	}
}

func openEvent(path string) *hooks.Event {
	return hooks.NewEvent(hooks.Open, path, "r", int64(524288))
}

// TestBatching: the records of allowed events wait in memory; any other
// record is written before Log returns, after those waiting.
func TestBatching(t *testing.T) {
	path := filepath.Join(t.TempDir(), "audit.log")
	var text bytes.Buffer
	file, err := OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	l, err := NewLogger(Options{FlushInterval: time.Hour}, file, NewText(&text))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"/a", "/b", "/c"} {
		if err := l.Log(openEvent(p), Allow, ""); err != nil {
			t.Fatal(err)
		}
	}
	if n := lineCount(t, path); n != 0 {
		t.Fatalf("allowed records were written at once: %d lines", n)
	}
	if n := strings.Count(text.String(), "\n"); n != 3 {
		t.Fatalf("the text sink has %d lines, want 3 (it gets each record at once)", n)
	}
	for i, tc := range []struct {
		e        *hooks.Event
		decision string
		lines    int
	}{
		{openEvent("/etc/shadow"), Deny, 4},
		{openEvent("/d"), Allow, 4},
		{openEvent("/etc/passwd"), LogOnly, 6},
		{openEvent("/e"), Allow, 6},
		{openEvent("/etc/group"), WouldDeny, 8},
		{openEvent("/f"), Allow, 8},
		{hooks.NewEvent(hooks.OSSystem, []byte("id")), Allow, 10},
	} {
		if err := l.Log(tc.e, tc.decision, ""); err != nil {
			t.Fatal(err)
		}
		if n := lineCount(t, path); n != tc.lines {
			t.Errorf("after record %d (%s %s): %d lines, want %d", 4+i, tc.decision, tc.e.Name, n, tc.lines)
		}
	}
	// A script's own sys.audit("os.system") runs nothing: it may wait.
	if err := l.Log(scriptEvent("os.system", []byte("id")), Allow, ""); err != nil {
		t.Fatal(err)
	}
	if err := l.Flush(); err != nil {
		t.Fatal(err)
	}
	if n := lineCount(t, path); n != 11 {
		t.Errorf("after Flush: %d lines, want 11", n)
	}
	if err := l.Log(openEvent("/g"), Allow, ""); err != nil {
		t.Fatal(err)
	}
	closeLogger(t, l)
	lines := readLines(t, path)
	if len(lines) != 12 {
		t.Fatalf("after Close: %d lines, want 12", len(lines))
	}
	for i, want := range []string{"/a", "/b", "/c", "/etc/shadow", "/d", "/etc/passwd", "/e", "/etc/group", "/f"} {
		var f struct {
			Seq  uint64
			Args struct{ Path string }
		}
		parseInto(t, lines[i], &f)
		if f.Args.Path != want || f.Seq != uint64(i+1) {
			t.Errorf("line %d: seq %d path %q, want %q: records are written in order", i+1, f.Seq, f.Args.Path, want)
		}
	}
	if n, err := verifyFile(t, path); err != nil || n != 12 {
		t.Errorf("Verify = %d, %v", n, err)
	}
}

// TestBatchingTimer: a record waits at most FlushInterval.
func TestBatchingTimer(t *testing.T) {
	path := filepath.Join(t.TempDir(), "audit.log")
	file, err := OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	l, err := NewLogger(Options{FlushInterval: 20 * time.Millisecond}, file)
	if err != nil {
		t.Fatal(err)
	}
	defer closeLogger(t, l)
	start := time.Now()
	if err := l.Log(openEvent("/a"), Allow, ""); err != nil {
		t.Fatal(err)
	}
	waitLines(t, path, 1, 5*time.Second)
	if d := time.Since(start); d < 15*time.Millisecond {
		t.Errorf("written after %v, before the interval", d)
	}
	// The timer starts again with the next record.
	if err := l.Log(openEvent("/b"), Allow, ""); err != nil {
		t.Fatal(err)
	}
	waitLines(t, path, 2, 5*time.Second)
}

// TestBatchingBufferSize: reaching BufferSize writes the records.
func TestBatchingBufferSize(t *testing.T) {
	path := filepath.Join(t.TempDir(), "audit.log")
	file, err := OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	l, err := NewLogger(Options{FlushInterval: time.Hour, BufferSize: 4096}, file)
	if err != nil {
		t.Fatal(err)
	}
	defer closeLogger(t, l)
	for i := 0; lineCount(t, path) == 0; i++ {
		if i == 20 {
			t.Fatal("20 records (about 8 KiB) did not fill a 4 KiB buffer")
		}
		if err := l.Log(openEvent("/a"), Allow, ""); err != nil {
			t.Fatal(err)
		}
	}
}

// TestBatchingOff: a negative FlushInterval writes every record at once.
func TestBatchingOff(t *testing.T) {
	path := filepath.Join(t.TempDir(), "audit.log")
	l := newFileLogger(t, path, Options{FlushInterval: -1})
	defer closeLogger(t, l)
	for i := 1; i <= 3; i++ {
		if err := l.Log(openEvent("/a"), Allow, ""); err != nil {
			t.Fatal(err)
		}
		if n := lineCount(t, path); n != i {
			t.Fatalf("%d lines after %d records", n, i)
		}
	}
}

// TestBatchingCopies: syslog gets the records at the file's flush, as the
// same lines.
func TestBatchingCopies(t *testing.T) {
	dir := shortTempDir(t)
	sock := filepath.Join(dir, "log.sock")
	srv := listenUnixgram(t, sock)
	syslog, err := DialSyslog(SyslogConfig{Network: "unixgram", Addr: sock})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "audit.log")
	file, err := OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	l, err := NewLogger(Options{FlushInterval: time.Hour}, syslog, file)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{"/a", "/b"} {
		if err := l.Log(openEvent(p), Allow, ""); err != nil {
			t.Fatal(err)
		}
	}
	if err := l.Log(openEvent("/etc/shadow"), Deny, "secrets"); err != nil {
		t.Fatal(err)
	}
	lines := readLines(t, path)
	if len(lines) != 3 {
		t.Fatalf("%d lines, want 3", len(lines))
	}
	for _, line := range lines {
		msg := recvDatagram(t, srv)
		if !bytes.HasSuffix(msg, append([]byte("] "), bytes.TrimSuffix(line, []byte("\n"))...)) {
			t.Errorf("syslog got\n%s\nthe file has\n%s", msg, line)
		}
	}
	closeLogger(t, l)
}
