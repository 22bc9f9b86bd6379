package sink

import (
	"encoding/binary"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/sys/unix"

	"github.com/spython/spython/hooks"
)

// decodeJournal decodes an entry of journald's native protocol into its
// fields, in order; binary lists the fields sent in the binary form.
func decodeJournal(t *testing.T, data []byte) (fields map[string]string, order, binary []string) {
	t.Helper()
	fields = map[string]string{}
	for len(data) > 0 {
		nl := strings.IndexByte(string(data), '\n')
		if nl < 0 {
			t.Fatalf("field without a newline: %q", data)
		}
		line := string(data[:nl])
		if eq := strings.IndexByte(line, '='); eq >= 0 {
			fields[line[:eq]] = line[eq+1:]
			order = append(order, line[:eq])
			data = data[nl+1:]
			continue
		}
		// NAME\n, 64-bit little-endian length, value, \n.
		name := line
		data = data[nl+1:]
		if len(data) < 8 {
			t.Fatalf("binary field %s: no length", name)
		}
		n := binaryLE(data[:8])
		data = data[8:]
		if uint64(len(data)) < n+1 || data[n] != '\n' {
			t.Fatalf("binary field %s: length %d does not fit", name, n)
		}
		fields[name] = string(data[:n])
		order = append(order, name)
		binary = append(binary, name)
		data = data[n+1:]
	}
	return fields, order, binary
}

func binaryLE(b []byte) uint64 { return binary.LittleEndian.Uint64(b) }

// recvJournal reads one entry from the socket: the datagram, or the
// contents of the memfd it passes.
func recvJournal(t *testing.T, c *net.UnixConn) (entry []byte, viaMemfd bool) {
	t.Helper()
	buf := make([]byte, 1<<20)
	oob := make([]byte, unix.CmsgSpace(4*4))
	c.SetReadDeadline(time.Now().Add(5 * time.Second))
	n, oobn, _, _, err := c.ReadMsgUnix(buf, oob)
	if err != nil {
		t.Fatal(err)
	}
	if oobn == 0 {
		return buf[:n], false
	}
	if n != 0 {
		t.Errorf("a datagram passing a memfd carries %d bytes", n)
	}
	msgs, err := unix.ParseSocketControlMessage(oob[:oobn])
	if err != nil || len(msgs) != 1 {
		t.Fatalf("control messages: %v %v", msgs, err)
	}
	fds, err := unix.ParseUnixRights(&msgs[0])
	if err != nil || len(fds) != 1 {
		t.Fatalf("rights: %v %v", fds, err)
	}
	f := os.NewFile(uintptr(fds[0]), "memfd")
	defer f.Close()
	seals, err := unix.FcntlInt(f.Fd(), unix.F_GET_SEALS, 0)
	if err != nil {
		t.Fatal(err)
	}
	if want := unix.F_SEAL_SHRINK | unix.F_SEAL_GROW | unix.F_SEAL_WRITE | unix.F_SEAL_SEAL; seals&want != want {
		t.Errorf("memfd seals %#x, want %#x", seals, want)
	}
	// Read as journald does, from the start whatever the offset.
	st, err := f.Stat()
	if err != nil {
		t.Fatal(err)
	}
	data, err := io.ReadAll(io.NewSectionReader(f, 0, st.Size()))
	if err != nil {
		t.Fatal(err)
	}
	return data, true
}

func TestJournal(t *testing.T) {
	dir := shortTempDir(t)
	sock := filepath.Join(dir, "journal.sock")
	srv := listenUnixgram(t, sock)
	s, err := DialJournal(sock)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()

	r := testRecord(hooks.NewEvent(hooks.OSSystem, []byte("ls")))
	r.Seq = 7
	if err := s.Write(r); err != nil {
		t.Fatal(err)
	}
	entry, memfd := recvJournal(t, srv)
	if memfd {
		t.Errorf("a small entry went through a memfd")
	}
	fields, order, bin := decodeJournal(t, entry)
	want := map[string]string{
		"MESSAGE":           `spython: audit: deny os.system command="ls" rule=no-shell`,
		"PRIORITY":          "5",
		"SYSLOG_IDENTIFIER": "spython",
		"SYSLOG_PID":        "4242",
		"SPYTHON_EVENT":     "os.system",
		"SPYTHON_DECISION":  "deny",
		"SPYTHON_RULE":      "no-shell",
		"SPYTHON_SEQ":       "7",
		"SPYTHON_RECORD":    string(r.AppendJSON(nil)),
	}
	if fmt.Sprint(fields) != fmt.Sprint(want) {
		t.Errorf("fields:\n got %v\nwant %v", fields, want)
	}
	if len(order) != len(want) || len(bin) != 0 {
		t.Errorf("fields sent %v, binary %v", order, bin)
	}

	// A value with a newline goes in the binary form.
	r = testRecord(scriptEvent("two\nlines", "x"))
	r.Decision, r.Rule = Allow, ""
	if err := s.Write(r); err != nil {
		t.Fatal(err)
	}
	entry, _ = recvJournal(t, srv)
	fields, _, bin = decodeJournal(t, entry)
	if fields["SPYTHON_EVENT"] != "two\nlines" || fmt.Sprint(bin) != "[SPYTHON_EVENT]" {
		t.Errorf("event %q sent as %v", fields["SPYTHON_EVENT"], bin)
	}
	if fields["PRIORITY"] != "6" || fields["SPYTHON_RULE"] != "" || fields["MESSAGE"] != `spython: audit: allow "two\u000alines" 0="x" script_raised=true` {
		t.Errorf("fields: %q", fields)
	}
}

// TestJournalMemfd: an entry larger than the socket takes goes through a
// sealed memfd.
func TestJournalMemfd(t *testing.T) {
	dir := shortTempDir(t)
	sock := filepath.Join(dir, "journal.sock")
	srv := listenUnixgram(t, sock)
	s, err := DialJournal(sock)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.conn.SetWriteBuffer(4096); err != nil { // the kernel makes it 8 KiB
		t.Fatal(err)
	}
	r := testRecord(scriptEvent("big", strings.Repeat("a", 1000), strings.Repeat("b\n", 500), strings.Repeat("c", 1000),
		strings.Repeat("d", 1000), strings.Repeat("e", 1000), strings.Repeat("f", 1000), strings.Repeat("g", 1000)))
	if err := s.Write(r); err != nil {
		t.Fatal(err)
	}
	entry, memfd := recvJournal(t, srv)
	if !memfd {
		t.Fatalf("a %d-byte entry was sent as a datagram", len(entry))
	}
	fields, _, _ := decodeJournal(t, entry)
	if fields["SPYTHON_RECORD"] != string(r.AppendJSON(nil)) {
		t.Errorf("record through the memfd:\n got %s\nwant %s", fields["SPYTHON_RECORD"], r.AppendJSON(nil))
	}
}

func TestJournalNoSocket(t *testing.T) {
	if s, err := DialJournal(filepath.Join(t.TempDir(), "none")); err == nil {
		s.Close()
		t.Error("DialJournal of a missing socket succeeded")
	}
}
