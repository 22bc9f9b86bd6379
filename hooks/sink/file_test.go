package sink

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/spython/spython/hooks"
)

// newFileLogger opens path and makes a logger writing to it.
func newFileLogger(t testing.TB, path string, opts Options) *Logger {
	t.Helper()
	f, err := OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if opts.Now == nil {
		opts.Now = func() time.Time { return testTime }
	}
	l, err := NewLogger(opts, f)
	if err != nil {
		t.Fatal(err)
	}
	return l
}

// logN logs n os.system events, numbered from first.
func logN(t testing.TB, l *Logger, first, n int) {
	t.Helper()
	for i := first; i < first+n; i++ {
		if err := l.Log(hooks.NewEvent(hooks.OSSystem, []byte("cmd "+strconv.Itoa(i))), Deny, "no-shell"); err != nil {
			t.Fatal(err)
		}
	}
}

func closeLogger(t testing.TB, l *Logger) {
	t.Helper()
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
}

// verifyFile runs Verify on the file at path.
func verifyFile(t testing.TB, path string) (int, error) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	return Verify(f)
}

func readLines(t testing.TB, path string) [][]byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return bytes.SplitAfter(data, []byte("\n"))[:bytes.Count(data, []byte("\n"))]
}

type fields struct {
	Seq  uint64
	Prev string
	Lost uint64
	Args map[string]string
}

func parse(t testing.TB, line []byte) fields {
	t.Helper()
	var f fields
	if err := json.Unmarshal(line, &f); err != nil {
		t.Fatalf("%v: %s", err, line)
	}
	return f
}

func TestFileCreatedPrivate(t *testing.T) {
	path := filepath.Join(t.TempDir(), "audit.log")
	l := newFileLogger(t, path, Options{})
	logN(t, l, 1, 1)
	closeLogger(t, l)
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if st.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", st.Mode().Perm())
	}
	lines := readLines(t, path)
	if len(lines) != 1 {
		t.Fatalf("%d lines", len(lines))
	}
	if f := parse(t, lines[0]); f.Seq != 1 || f.Prev != "" {
		t.Errorf("first record: seq %d prev %q, want 1 and empty", f.Seq, f.Prev)
	}
}

func TestFileChainAcrossLoggers(t *testing.T) {
	path := filepath.Join(t.TempDir(), "audit.log")
	l := newFileLogger(t, path, Options{})
	logN(t, l, 1, 3)
	closeLogger(t, l)
	l = newFileLogger(t, path, Options{})
	logN(t, l, 4, 2)
	closeLogger(t, l)

	n, err := verifyFile(t, path)
	if err != nil || n != 5 {
		t.Fatalf("Verify = %d, %v; want 5 records", n, err)
	}
	for i, line := range readLines(t, path) {
		if f := parse(t, line); f.Seq != uint64(i+1) || f.Args["command"] != "cmd "+strconv.Itoa(i+1) {
			t.Errorf("line %d: seq %d command %q", i+1, f.Seq, f.Args["command"])
		}
	}
}

func TestFileRefuses(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "target.log")
	if err := os.WriteFile(target, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.log")
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	foreign := filepath.Join(dir, "foreign.log")
	if err := os.WriteFile(foreign, []byte("hello\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	cut := filepath.Join(dir, "cut.log")
	if err := os.WriteFile(cut, []byte(`{"v":1,"seq":1,"prev":""}`+"\n"+`{"v":1,"se`), 0o600); err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]string{
		link:                            "symbolic link",
		fifo:                            "no such device or address", // a FIFO without a reader
		"/dev/null":                     "not a regular file",
		dir:                             "",
		foreign:                         "not a spython audit record",
		cut:                             "cut short",
		filepath.Join(dir, "no/such/x"): "no such file",
	} {
		s, err := OpenFile(path)
		if err == nil {
			s.Close()
			t.Errorf("OpenFile(%s) succeeded", path)
			continue
		}
		if !strings.Contains(err.Error(), want) || !strings.Contains(err.Error(), path) {
			t.Errorf("OpenFile(%s): %v; want it to name the file and say %q", path, err, want)
		}
	}
	if _, err := OpenFile(filepath.Join(dir, "no/such/x")); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a missing directory: %v, want ErrNotExist", err)
	}
}

// TestFileFollowsOtherWriters: a record appended by another logger since
// our last write is read back, and the chain goes on from it.
func TestFileFollowsOtherWriters(t *testing.T) {
	path := filepath.Join(t.TempDir(), "audit.log")
	a := newFileLogger(t, path, Options{})
	b := newFileLogger(t, path, Options{})
	logN(t, a, 1, 2)
	logN(t, b, 3, 1)
	logN(t, a, 4, 2)
	logN(t, b, 6, 1)
	closeLogger(t, a)
	closeLogger(t, b)
	if n, err := verifyFile(t, path); err != nil || n != 6 {
		t.Fatalf("Verify = %d, %v", n, err)
	}
}

func TestFileConcurrent(t *testing.T) {
	path := filepath.Join(t.TempDir(), "audit.log")
	const loggers, goroutines, each = 2, 4, 50
	var wg sync.WaitGroup
	var ls []*Logger
	for range loggers {
		l := newFileLogger(t, path, Options{})
		ls = append(ls, l)
		for range goroutines {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := range each {
					if err := l.Log(hooks.NewEvent(hooks.Open, "/f"+strconv.Itoa(i), "r", int64(0)), Allow, ""); err != nil {
						t.Error(err)
						return
					}
				}
			}()
		}
	}
	wg.Wait()
	for _, l := range ls {
		closeLogger(t, l) // allowed records may still wait in memory
	}
	if n, err := verifyFile(t, path); err != nil || n != loggers*goroutines*each {
		t.Fatalf("Verify = %d, %v; want %d records", n, err, loggers*goroutines*each)
	}
}

// TestFileConcurrentProcesses runs this test binary three times at once,
// each process appending to one log: records of allowed events, written
// in batches, and denials, written at once.
func TestFileConcurrentProcesses(t *testing.T) {
	if path := os.Getenv("SPYTHON_SINK_TEST_APPEND"); path != "" {
		l := newFileLogger(t, path, Options{FlushInterval: time.Millisecond, BufferSize: 2048})
		for i := range 200 {
			if i%10 == 9 {
				logN(t, l, i, 1)
			} else if err := l.Log(openEvent("/f"+strconv.Itoa(i)), Allow, ""); err != nil {
				t.Fatal(err)
			}
		}
		closeLogger(t, l)
		return
	}
	if testing.Short() {
		t.Skip("starts processes")
	}
	path := filepath.Join(t.TempDir(), "audit.log")
	var cmds []*exec.Cmd
	for range 3 {
		cmd := exec.Command(os.Args[0], "-test.run=^TestFileConcurrentProcesses$")
		cmd.Env = append(os.Environ(), "SPYTHON_SINK_TEST_APPEND="+path)
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		cmds = append(cmds, cmd)
		t.Cleanup(func() {
			if t.Failed() {
				t.Logf("child output:\n%s", out.String())
			}
		})
	}
	for _, cmd := range cmds {
		if err := cmd.Wait(); err != nil {
			t.Fatalf("child: %v", err)
		}
	}
	if n, err := verifyFile(t, path); err != nil || n != 600 {
		t.Fatalf("Verify = %d, %v; want 600 records", n, err)
	}
}

// TestHostileArgsInFile: whatever the arguments, one record is one line,
// and each line decodes back to what was passed.
func TestHostileArgsInFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "audit.log")
	l := newFileLogger(t, path, Options{Script: "/srv/evil\nscript.py"})
	big := strings.Repeat("x\n", 1<<19) // 1 MB
	values := append(append([]string(nil), hostile...), big)
	for _, s := range values {
		if err := l.Log(scriptEvent("hostile", s, []byte(s)), LogOnly, s); err != nil {
			t.Fatal(err)
		}
	}
	closeLogger(t, l)
	lines := readLines(t, path)
	if len(lines) != len(values) {
		t.Fatalf("%d lines for %d records", len(lines), len(values))
	}
	for i, line := range lines {
		checkLine(t, bytes.TrimSuffix(line, []byte("\n")))
		var rec struct {
			Args   map[string]string
			Rule   string
			Script string
		}
		if err := json.Unmarshal(line, &rec); err != nil {
			t.Fatal(err)
		}
		want := jsonString(values[i])
		if len(values[i]) > MaxString {
			want = want[:MaxString] + fmt.Sprintf("…[+%d bytes]", len(values[i])-MaxString)
		}
		if rec.Args["0"] != want || rec.Rule != want || rec.Script != "/srv/evil\nscript.py" {
			t.Errorf("line %d does not round-trip: %.100q", i+1, line)
		}
	}
	if n, err := verifyFile(t, path); err != nil || n != len(values) {
		t.Fatalf("Verify = %d, %v", n, err)
	}
}
