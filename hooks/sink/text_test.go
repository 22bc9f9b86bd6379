package sink

import (
	"bytes"
	"os"
	"strconv"
	"testing"
	"time"

	"golang.org/x/sys/unix"

	"github.com/spython/spython/hooks"
)

func TestTextPlain(t *testing.T) {
	var buf bytes.Buffer
	s := NewText(&buf)
	for _, e := range []*hooks.Event{
		hooks.NewEvent(hooks.OSSystem, []byte("ls\n\x1b[2Jrm -rf /")),
		scriptEvent("\x1b]0;pwned\x07", "\u2028"),
	} {
		if err := s.Write(testRecord(e)); err != nil {
			t.Fatal(err)
		}
	}
	want := `spython: audit: deny os.system command="ls\u000a\u001b[2Jrm -rf /" rule=no-shell` + "\n" +
		`spython: audit: deny "\u001b]0;pwned\u0007" 0="\u2028" script_raised=true rule=no-shell` + "\n"
	if buf.String() != want {
		t.Errorf("text:\n got %s\nwant %s", buf.String(), want)
	}
	// A file that is not a terminal gets no colour either.
	f, err := os.Create(t.TempDir() + "/out")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if NewText(f).colour {
		t.Error("colour for a regular file")
	}
}

// openPty opens a pseudo-terminal pair, or skips the test.
func openPty(t *testing.T) (master, slave *os.File) {
	t.Helper()
	m, err := os.OpenFile("/dev/ptmx", os.O_RDWR, 0)
	if err != nil {
		t.Skipf("no pseudo-terminals: %v", err)
	}
	t.Cleanup(func() { m.Close() })
	if err := unix.IoctlSetPointerInt(int(m.Fd()), unix.TIOCSPTLCK, 0); err != nil {
		t.Skipf("unlockpt: %v", err)
	}
	n, err := unix.IoctlGetUint32(int(m.Fd()), unix.TIOCGPTN)
	if err != nil {
		t.Skipf("ptsname: %v", err)
	}
	s, err := os.OpenFile("/dev/pts/"+strconv.Itoa(int(n)), os.O_RDWR|unix.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("open the pty: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return m, s
}

func TestTextColourOnTerminal(t *testing.T) {
	master, slave := openPty(t)
	s := NewText(slave)
	if !s.colour {
		t.Fatal("no colour for a terminal")
	}
	if err := s.Write(testRecord(hooks.NewEvent(hooks.OSSystem, []byte("ls")))); err != nil {
		t.Fatal(err)
	}
	master.SetReadDeadline(time.Now().Add(5 * time.Second))
	buf := make([]byte, 4096)
	n, err := master.Read(buf)
	if err != nil {
		t.Fatal(err)
	}
	// The terminal turns \n into \r\n.
	want := "spython: audit: \x1b[1;31mdeny\x1b[0m os.system command=\"ls\" rule=no-shell\r\n"
	if string(buf[:n]) != want {
		t.Errorf("terminal got %q, want %q", buf[:n], want)
	}
}
