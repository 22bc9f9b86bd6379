package sink

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"golang.org/x/sys/unix"

	"github.com/spython/spython/hooks"
)

// tinyTmpfs mounts a 64 KiB tmpfs on a new temporary folder, or skips the
// test when that is not possible (it needs root).
func tinyTmpfs(t *testing.T) string {
	t.Helper()
	if os.Geteuid() != 0 {
		t.Skip("skipping the full-disk test: mounting a 64 KiB tmpfs needs root")
	}
	dir := t.TempDir()
	if err := unix.Mount("spython-test", dir, "tmpfs", unix.MS_NOSUID|unix.MS_NODEV, "size=64k,mode=0700"); err != nil {
		t.Skipf("skipping the full-disk test: cannot mount a tmpfs: %v", err)
	}
	t.Cleanup(func() {
		if err := unix.Unmount(dir, unix.MNT_DETACH); err != nil {
			t.Errorf("unmount %s: %v", dir, err)
		}
	})
	return dir
}

// fill writes a file in dir until the file system is full and returns
// it, open.
func fill(t *testing.T, dir string) *os.File {
	t.Helper()
	f, err := os.Create(filepath.Join(dir, "filler"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	buf := make([]byte, 1024)
	for {
		if _, err := f.Write(buf); err != nil {
			if !errors.Is(err, syscall.ENOSPC) {
				t.Fatal(err)
			}
			return f
		}
	}
}

func denyEvent(cmd string) *hooks.Event { return hooks.NewEvent(hooks.OSSystem, []byte(cmd)) }

// wantLost checks that err is a loss: it wraps ErrLost and says why.
func wantLost(t *testing.T, what string, err error, why string) {
	t.Helper()
	if !errors.Is(err, ErrLost) || !strings.Contains(err.Error(), why) {
		t.Fatalf("%s: Log = %v; want an error wrapping ErrLost that says %q", what, err, why)
	}
}

func lastLost(t *testing.T, path string) uint64 {
	t.Helper()
	lines := readLines(t, path)
	return parse(t, lines[len(lines)-1]).Lost
}

// logUntilLost logs denials until one is lost (the disk is full): it
// returns Log's error for that record.
func logUntilLost(t *testing.T, l *Logger) error {
	t.Helper()
	before := l.Lost()
	for i := 0; ; i++ {
		if i == 100 {
			t.Fatal("100 records written to a full file system")
		}
		err := l.Log(denyEvent("ls "+strconv.Itoa(i)), Deny, "no-shell")
		if l.Lost() > before {
			return err
		}
		if err != nil {
			t.Fatalf("Log = %v, and nothing lost", err)
		}
	}
}

// TestFileDiskFullDeny: on a full disk, under on_failure deny, a denial's
// record is an error; an allowed record written by the timer is an error
// for the next operation; once there is room again the log goes on, one
// chain, and the first record written says how many were lost.
func TestFileDiskFullDeny(t *testing.T) {
	dir := tinyTmpfs(t)
	path := filepath.Join(dir, "audit.log")
	file, err := OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	l, err := NewLogger(Options{OnFailure: "deny", FlushInterval: 10 * time.Millisecond}, file)
	if err != nil {
		t.Fatal(err)
	}
	filler := fill(t, dir)
	err = logUntilLost(t, l)
	wantLost(t, "a denial on a full disk", err, "no space left on device")
	var we *WriteError
	if !errors.As(err, &we) || we.Event != "os.system" || len(we.Errs) != 1 || !strings.Contains(err.Error(), path) {
		t.Errorf("want a WriteError for os.system naming the file: %v", err)
	}
	written := lineCount(t, path)

	// An allowed record waits; the timer cannot write it; the next
	// operation is refused.
	if err := l.Log(openEvent("/a"), Allow, ""); err != nil {
		t.Fatalf("an allowed record is kept: %v", err)
	}
	deadline := time.Now().Add(5 * time.Second)
	for l.Lost() < 2 {
		if time.Now().After(deadline) {
			t.Fatal("the timer did not write the record")
		}
		time.Sleep(2 * time.Millisecond)
	}
	err = l.Log(openEvent("/b"), Allow, "")
	wantLost(t, "the operation after a failed timer write", err, "no space left on device")
	var fe *FlushError
	if !errors.As(err, &fe) || fe.N != 1 {
		t.Errorf("want a FlushError of 1 record: %v", err)
	}
	if err := l.Log(openEvent("/c"), Allow, ""); err != nil {
		t.Errorf("the failure is reported once: %v", err)
	}

	filler.Truncate(0) // room again
	if err := l.Log(denyEvent("ls"), Deny, "no-shell"); err != nil {
		t.Fatal(err)
	}
	lines := readLines(t, path)
	if len(lines) != written+3 {
		t.Fatalf("%d lines, want %d: %d before, /b, /c and the denial", len(lines), written+3, written)
	}
	var f struct {
		Seq  uint64
		Lost uint64
		Args struct{ Path string }
	}
	parseInto(t, lines[written], &f)
	if f.Lost != 2 || f.Seq != uint64(written+1) || f.Args.Path != "/b" {
		t.Errorf("the first record after the loss: %+v, want seq %d, lost 2, /b", f, written+1)
	}
	if n, err := verifyFile(t, path); err != nil || n != written+3 {
		t.Errorf("Verify = %d, %v", n, err)
	}
	var le *LostError
	if err := l.Close(); !errors.As(err, &le) || le.N != 2 {
		t.Errorf("Close = %v, want a LostError of 2", err)
	}
}

// TestFileDiskFullContinue: under on_failure continue, lost records are
// counted and the next good record carries the count.
func TestFileDiskFullContinue(t *testing.T) {
	dir := tinyTmpfs(t)
	path := filepath.Join(dir, "audit.log")
	file, err := OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	l, err := NewLogger(Options{OnFailure: "continue", FlushInterval: time.Hour}, file)
	if err != nil {
		t.Fatal(err)
	}
	filler := fill(t, dir)
	if err := logUntilLost(t, l); err != nil {
		t.Fatalf("continue: Log = %v", err)
	}
	written := lineCount(t, path)
	for range 2 {
		if err := l.Log(denyEvent("ls"), Deny, "no-shell"); err != nil {
			t.Fatalf("continue: Log = %v", err)
		}
	}
	for range 2 {
		if err := l.Log(openEvent("/a"), Allow, ""); err != nil {
			t.Fatalf("continue: Log = %v", err)
		}
	}
	if err := l.Flush(); !errors.Is(err, ErrLost) {
		t.Errorf("Flush on a full disk = %v, want ErrLost", err)
	}
	if l.Lost() != 5 {
		t.Errorf("Lost() = %d, want 5", l.Lost())
	}
	filler.Truncate(0)
	if err := l.Log(denyEvent("ls"), Deny, "no-shell"); err != nil {
		t.Fatal(err)
	}
	if got := lastLost(t, path); got != 5 {
		t.Errorf(`the next good record has "lost":%d, want 5`, got)
	}
	if n, err := verifyFile(t, path); err != nil || n != written+1 {
		t.Errorf("Verify = %d, %v; want %d records", n, err, written+1)
	}
	var le *LostError
	if err := l.Close(); !errors.As(err, &le) || le.N != 5 {
		t.Errorf("Close = %v, want a LostError of 5", err)
	}
}

// TestFileDiskFullPartial: a batch that fills the disk part way is cut
// back to its last whole line: the file never ends in a cut record.
func TestFileDiskFullPartial(t *testing.T) {
	dir := tinyTmpfs(t)
	path := filepath.Join(dir, "audit.log")
	file, err := OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	l, err := NewLogger(Options{OnFailure: "continue", FlushInterval: time.Hour}, file)
	if err != nil {
		t.Fatal(err)
	}
	filler := fill(t, dir)
	logUntilLost(t, l)
	before := lineCount(t, path)
	st, err := filler.Stat()
	if err != nil {
		t.Fatal(err)
	}
	if err := filler.Truncate(st.Size() - 8192); err != nil { // two pages free
		t.Fatal(err)
	}
	long := strings.Repeat("x", 500)
	const n = 40 // about 32 KiB
	for i := range n {
		if err := l.Log(openEvent(fmt.Sprintf("/%02d/%s", i, long)), Allow, ""); err != nil {
			t.Fatal(err)
		}
	}
	err = l.Flush()
	wantLost(t, "a batch on a nearly full disk", err, "records not written")
	if !strings.Contains(err.Error(), "write: wrote ") {
		t.Errorf("not a short write: %v", err)
	}
	data, rerr := os.ReadFile(path)
	if rerr != nil {
		t.Fatal(rerr)
	}
	if len(data) == 0 || data[len(data)-1] != '\n' {
		t.Fatalf("the file ends with a cut record: %q", data[max(0, len(data)-80):])
	}
	written := bytes.Count(data, []byte("\n")) - before
	if written < 1 || written >= n {
		t.Errorf("%d of the %d records were written; want some, not all", written, n)
	}
	if got, want := l.Lost(), uint64(1+n-written); got != want {
		t.Errorf("Lost() = %d, want %d", got, want)
	}
	if got, want := err.Error(), fmt.Sprintf("%d of %d records not written", n-written, n); !strings.Contains(got, want) {
		t.Errorf("error %q does not say %q", got, want)
	}
	filler.Truncate(0)
	if err := l.Log(denyEvent("ls"), Deny, ""); err != nil {
		t.Fatal(err)
	}
	if got, want := lastLost(t, path), uint64(n-written); got != want {
		t.Errorf(`the next record has "lost":%d, want %d`, got, want)
	}
	if k, err := verifyFile(t, path); err != nil || k != before+written+1 {
		t.Errorf("Verify = %d, %v; want %d records", k, err, before+written+1)
	}
	l.Close()
}

// tcpServer accepts syslog connections and hands over their messages.
type tcpServer struct {
	ln   net.Listener
	msgs chan string
	cur  chan net.Conn
}

func startTCP(t *testing.T, addr string) *tcpServer {
	t.Helper()
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	s := &tcpServer{ln: ln, msgs: make(chan string, 100), cur: make(chan net.Conn, 10)}
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			s.cur <- c
			go func() {
				br := bufio.NewReader(c)
				for {
					// RFC 6587 octet counting: LENGTH SP MESSAGE.
					head, err := br.ReadString(' ')
					if err != nil {
						return
					}
					n, err := strconv.Atoi(strings.TrimSpace(head))
					if err != nil {
						return
					}
					msg := make([]byte, n)
					if _, err := io.ReadFull(br, msg); err != nil {
						return
					}
					s.msgs <- string(msg)
				}
			}()
		}
	}()
	return s
}

func (s *tcpServer) recv(t *testing.T) string {
	t.Helper()
	select {
	case m := <-s.msgs:
		return m
	case <-time.After(5 * time.Second):
		t.Fatal("no syslog message")
		return ""
	}
}

// TestSyslogTCPServerGone: a syslog server over TCP that closed the
// connection and stopped listening.
func TestSyslogTCPServerGone(t *testing.T) {
	for _, mode := range []string{"deny", "continue"} {
		t.Run(mode, func(t *testing.T) {
			srv := startTCP(t, "127.0.0.1:0")
			addr := srv.ln.Addr().String()
			s, err := DialSyslog(SyslogConfig{Network: "tcp", Addr: addr, Timeout: 2 * time.Second})
			if err != nil {
				t.Fatal(err)
			}
			l, err := NewLogger(Options{OnFailure: mode}, s)
			if err != nil {
				t.Fatal(err)
			}
			defer l.Close()
			if err := l.Log(denyEvent("ls"), Deny, "a"); err != nil {
				t.Fatal(err)
			}
			srv.recv(t)

			(<-srv.cur).Close() // the server goes away
			srv.ln.Close()
			// TCP has no acknowledgements: a message or two written before
			// the peer's reset arrives is taken by the kernel and lost
			// unseen. The reset then fails the write, and reconnecting
			// is refused.
			var err1 error
			for i := 0; l.Lost() == 0; i++ {
				if i == 50 {
					t.Fatal("50 records sent to a closed server without an error")
				}
				err1 = l.Log(denyEvent("ls"), Deny, "b")
				time.Sleep(5 * time.Millisecond)
			}
			if mode == "deny" {
				wantLost(t, "deny", err1, "syslog tcp")
				if !strings.Contains(err1.Error(), "refused") {
					t.Errorf("the error does not say the reconnection was refused: %v", err1)
				}
			} else if err1 != nil {
				t.Fatalf("continue: Log = %v", err1)
			}
			if err := l.Log(denyEvent("ls"), Deny, "b"); (err != nil) != (mode == "deny") {
				t.Errorf("%s: a second record to the closed server: Log = %v", mode, err)
			}
			lost := l.Lost()
			if lost != 2 {
				t.Errorf("Lost() = %d, want 2", lost)
			}

			srv2 := startTCP(t, addr) // and comes back on the same port
			if err := l.Log(denyEvent("ls"), Deny, "c"); err != nil {
				t.Fatal(err)
			}
			msg := srv2.recv(t)
			if !strings.HasSuffix(msg, fmt.Sprintf(`,"lost":%d}`, lost)) || !strings.Contains(msg, fmt.Sprintf(`lost="%d"`, lost)) {
				t.Errorf("the next record does not carry the loss: %s", msg)
			}
		})
	}
}

// TestJournalGone: journald's socket went away (journald stopped).
func TestJournalGone(t *testing.T) {
	for _, mode := range []string{"deny", "continue"} {
		t.Run(mode, func(t *testing.T) {
			sock := filepath.Join(shortTempDir(t), "journal.sock")
			srv := listenUnixgram(t, sock)
			s, err := DialJournal(sock)
			if err != nil {
				t.Fatal(err)
			}
			l, err := NewLogger(Options{OnFailure: mode}, s)
			if err != nil {
				t.Fatal(err)
			}
			defer l.Close()
			if err := l.Log(denyEvent("ls"), Deny, "a"); err != nil {
				t.Fatal(err)
			}
			recvJournal(t, srv)

			srv.Close()
			os.Remove(sock)
			for range 3 {
				err := l.Log(denyEvent("ls"), Deny, "b")
				if mode == "deny" {
					wantLost(t, "deny", err, "journald")
				} else if err != nil {
					t.Fatalf("continue: Log = %v", err)
				}
			}
			if l.Lost() != 3 {
				t.Errorf("Lost() = %d, want 3", l.Lost())
			}

			srv = listenUnixgram(t, sock) // journald is back
			if err := l.Log(denyEvent("ls"), Deny, "c"); err != nil {
				t.Fatal(err)
			}
			entry, _ := recvJournal(t, srv)
			fields, _, _ := decodeJournal(t, entry)
			if !strings.HasSuffix(fields["SPYTHON_RECORD"], `,"lost":3}`) || !strings.HasSuffix(fields["MESSAGE"], " lost=3") {
				t.Errorf("the next record does not carry the loss: %q", fields)
			}
		})
	}
}
