package sink

import (
	"bytes"
	"encoding/json"
	"errors"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/spython/spython/hooks"
)

// shortTempDir is a temporary directory whose paths fit in a unix
// socket address (108 bytes).
func shortTempDir(t testing.TB) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "sink")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	return dir
}

// listenUnixgram binds a datagram socket at path.
func listenUnixgram(t testing.TB, path string) *net.UnixConn {
	t.Helper()
	c, err := net.ListenUnixgram("unixgram", &net.UnixAddr{Name: path, Net: "unixgram"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// recvDatagram reads one datagram, failing after a few seconds.
func recvDatagram(t *testing.T, c *net.UnixConn) []byte {
	t.Helper()
	buf := make([]byte, 1<<20)
	c.SetReadDeadline(time.Now().Add(5 * time.Second))
	n, err := c.Read(buf)
	if err != nil {
		t.Fatal(err)
	}
	return buf[:n]
}

func TestLoggerEventsFilter(t *testing.T) {
	for _, tc := range []struct {
		events string
		want   []string // the rules of the records kept
	}{
		{"", []string{"", "r-allow", "r-log", "r-deny", "r-would"}},
		{"all", []string{"", "r-allow", "r-log", "r-deny", "r-would"}},
		{"matched", []string{"r-allow", "r-log", "r-deny", "r-would"}},
		{"denied", []string{"r-deny", "r-would"}},
	} {
		path := filepath.Join(t.TempDir(), "audit.log")
		l := newFileLogger(t, path, Options{Events: tc.events})
		e := hooks.NewEvent(hooks.Open, "/x", "r", int64(0))
		for _, d := range [][2]string{{Allow, ""}, {Allow, "r-allow"}, {LogOnly, "r-log"}, {Deny, "r-deny"}, {WouldDeny, "r-would"}} {
			if err := l.Log(e, d[0], d[1]); err != nil {
				t.Fatal(err)
			}
		}
		closeLogger(t, l)
		var got []string
		for _, line := range readLines(t, path) {
			var r struct{ Rule string }
			parseInto(t, line, &r)
			got = append(got, r.Rule)
		}
		if strings.Join(got, ",") != strings.Join(tc.want, ",") {
			t.Errorf("events %q: logged %q, want %q", tc.events, got, tc.want)
		}
		if n, err := verifyFile(t, path); err != nil || n != len(tc.want) {
			t.Errorf("events %q: Verify = %d, %v (a filtered event takes no seq)", tc.events, n, err)
		}
	}
}

func TestLoggerOptions(t *testing.T) {
	for _, opts := range []Options{{Mode: "strict"}, {Events: "some"}, {OnFailure: "ignore"}} {
		if _, err := NewLogger(opts); err == nil {
			t.Errorf("NewLogger(%+v) succeeded", opts)
		}
	}
	l, err := NewLogger(Options{})
	if err != nil {
		t.Fatal(err)
	}
	host, _ := os.Hostname()
	if l.opts.Mode != "enforce" || l.opts.Events != "all" || l.opts.OnFailure != "deny" ||
		l.opts.PID != os.Getpid() || l.opts.UID != os.Getuid() || l.opts.Host != host {
		t.Errorf("defaults: %+v", l.opts)
	}
	if err := l.Log(hooks.NewEvent(hooks.OSSystem, []byte("x")), "maybe", ""); err == nil {
		t.Errorf("an unknown decision was logged")
	}
	closeLogger(t, l)
	err = l.Log(hooks.NewEvent(hooks.OSSystem, []byte("x")), Deny, "")
	if !errors.Is(err, ErrLost) || !errors.Is(err, ErrClosed) {
		t.Errorf("Log after Close: %v", err)
	}
}

// TestLoggerOnFailure uses a syslog sink whose server goes away and comes
// back, beside a file sink.
func TestLoggerOnFailure(t *testing.T) {
	for _, mode := range []string{"continue", "deny"} {
		t.Run(mode, func(t *testing.T) {
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
			l, err := NewLogger(Options{OnFailure: mode}, syslog, file)
			if err != nil {
				t.Fatal(err)
			}
			e := hooks.NewEvent(hooks.OSSystem, []byte("ls"))

			if err := l.Log(e, Deny, "a"); err != nil {
				t.Fatal(err)
			}
			recvDatagram(t, srv)

			srv.Close() // the server goes away
			os.Remove(sock)
			for range 2 {
				err := l.Log(e, Deny, "b")
				if mode == "continue" && err != nil {
					t.Fatalf("continue: Log = %v", err)
				}
				if mode == "deny" {
					var we *WriteError
					if !errors.Is(err, ErrLost) || !errors.As(err, &we) || len(we.Errs) != 1 || !strings.Contains(err.Error(), "syslog") {
						t.Fatalf("deny: Log = %v; want a WriteError naming syslog", err)
					}
				}
			}
			if l.Lost() != 2 {
				t.Errorf("Lost() = %d", l.Lost())
			}

			srv = listenUnixgram(t, sock) // and comes back
			if err := l.Log(e, Deny, "c"); err != nil {
				t.Fatal(err)
			}
			if msg := recvDatagram(t, srv); !bytes.Contains(msg, []byte(`,"lost":2}`)) || !bytes.Contains(msg, []byte(`lost="2"`)) {
				t.Errorf("the record after the lost ones does not say so: %s", msg)
			}
			if err := l.Log(e, Deny, "d"); err != nil {
				t.Fatal(err)
			}
			if msg := recvDatagram(t, srv); bytes.Contains(msg, []byte(`"lost"`)) {
				t.Errorf("lost is carried once: %s", msg)
			}

			err = l.Close()
			var le *LostError
			if !errors.As(err, &le) || le.N != 2 || !errors.Is(err, ErrLost) {
				t.Fatalf("Close = %v; want a LostError of 2", err)
			}
			if got, want := le.Error(), "spython: 2 audit records could not be written"; got != want {
				t.Errorf("summary %q, want %q", got, want)
			}

			// The file holds every record: the syslog failures are its
			// lost counts, not gaps in its chain.
			lines := readLines(t, path)
			if n, err := verifyFile(t, path); err != nil || n != 5 {
				t.Fatalf("Verify = %d, %v", n, err)
			}
			for i, want := range []uint64{0, 0, 1, 2, 0} {
				if f := parse(t, lines[i]); f.Lost != want {
					t.Errorf("line %d: lost %d, want %d", i+1, f.Lost, want)
				}
			}
		})
	}
}

// TestLoggerSinksShareTheFileChain: syslog gets the same line as the
// file, seq and prev included, even when another process appended to the
// file in between.
func TestLoggerSinksShareTheFileChain(t *testing.T) {
	dir := shortTempDir(t)
	sock := filepath.Join(dir, "log.sock")
	srv := listenUnixgram(t, sock)
	path := filepath.Join(dir, "audit.log")
	other := newFileLogger(t, path, Options{})
	logN(t, other, 1, 2)

	syslog, err := DialSyslog(SyslogConfig{Network: "unixgram", Addr: sock})
	if err != nil {
		t.Fatal(err)
	}
	file, err := OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	l, err := NewLogger(Options{Now: func() time.Time { return testTime }}, syslog, file)
	if err != nil {
		t.Fatal(err)
	}
	logN(t, l, 3, 1)
	logN(t, other, 4, 1)
	logN(t, l, 5, 1)
	closeLogger(t, l)
	closeLogger(t, other)

	lines := readLines(t, path)
	for _, i := range []int{2, 4} {
		msg := recvDatagram(t, srv)
		want := bytes.TrimSuffix(lines[i], []byte("\n"))
		if !bytes.HasSuffix(msg, append([]byte("] "), want...)) {
			t.Errorf("syslog got\n%s\nthe file has\n%s", msg, want)
		}
	}
	if n, err := verifyFile(t, path); err != nil || n != 5 {
		t.Fatalf("Verify = %d, %v", n, err)
	}
}

func TestLoggerBrokenText(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	r.Close()
	defer w.Close()
	l, err := NewLogger(Options{}, NewText(w))
	if err != nil {
		t.Fatal(err)
	}
	err = l.Log(hooks.NewEvent(hooks.OSSystem, []byte("ls")), Deny, "")
	if !errors.Is(err, ErrLost) || !strings.Contains(err.Error(), "broken pipe") {
		t.Errorf("Log to a broken pipe: %v", err)
	}
}

func parseInto(t testing.TB, line []byte, v any) {
	t.Helper()
	if err := json.Unmarshal(line, v); err != nil {
		t.Fatalf("%v: %s", err, line)
	}
}
