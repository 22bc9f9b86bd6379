package sink

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"net"
	"os"
	"strconv"
	"sync"
	"time"

	"golang.org/x/sys/unix"
)

// DefaultJournalSocket is journald's native protocol socket.
const DefaultJournalSocket = "/run/systemd/journal/socket"

// journalTimeout bounds each send to journald.
const journalTimeout = 5 * time.Second

// JournalSink sends records to systemd-journald over its native protocol
// (a datagram of fields), with the fields
//
//	MESSAGE            the text form (see [Record.AppendText])
//	PRIORITY           5 (notice) for deny and would-deny, else 6 (info)
//	SYSLOG_IDENTIFIER  spython
//	SYSLOG_PID         the pid
//	SPYTHON_EVENT, SPYTHON_DECISION, SPYTHON_RULE, SPYTHON_SEQ
//	SPYTHON_RECORD     the JSON record
//
// A value holding a newline is sent in the protocol's binary form (the
// name, a newline, its length as a little-endian 64-bit integer, the
// value). A datagram too large for the socket is sent instead as a sealed
// memfd passed with SCM_RIGHTS, as journald documents. It is safe for
// concurrent use.
type JournalSink struct {
	addr string

	mu     sync.Mutex
	conn   *net.UnixConn
	buf    []byte
	scr    []byte
	closed bool
}

// DialJournal connects to journald's socket at path (default
// [DefaultJournalSocket] when path is "").
func DialJournal(path string) (*JournalSink, error) {
	if path == "" {
		path = DefaultJournalSocket
	}
	s := &JournalSink{addr: path}
	if err := s.dial(); err != nil {
		return nil, err
	}
	return s, nil
}

func (s *JournalSink) dial() error {
	if s.conn != nil {
		s.conn.Close()
		s.conn = nil
	}
	c, err := net.DialUnix("unixgram", nil, &net.UnixAddr{Name: s.addr, Net: "unixgram"})
	if err != nil {
		return fmt.Errorf("audit log %s: %w", s, err)
	}
	s.conn = c
	return nil
}

func (s *JournalSink) String() string { return "journald " + s.addr }

// appendJournalField appends one field of the native protocol.
func appendJournalField(b []byte, name string, value []byte) []byte {
	b = append(b, name...)
	if bytes.IndexByte(value, '\n') < 0 {
		b = append(b, '=')
		b = append(b, value...)
		return append(b, '\n')
	}
	b = append(b, '\n')
	b = binary.LittleEndian.AppendUint64(b, uint64(len(value)))
	b = append(b, value...)
	return append(b, '\n')
}

// appendJournal appends r's fields in the native protocol to b.
func appendJournal(b, scr []byte, r *Record) ([]byte, []byte) {
	scr = r.AppendText(scr[:0])
	b = appendJournalField(b, "MESSAGE", scr)
	prio := byte('0' + severityInfo)
	if isRefusal(r.Decision) {
		prio = '0' + severityNotice
	}
	b = appendJournalField(b, "PRIORITY", []byte{prio})
	b = appendJournalField(b, "SYSLOG_IDENTIFIER", []byte("spython"))
	b = appendJournalField(b, "SYSLOG_PID", strconv.AppendInt(scr[:0], int64(r.PID), 10))
	b = appendJournalField(b, "SPYTHON_EVENT", []byte(r.Event))
	b = appendJournalField(b, "SPYTHON_DECISION", []byte(r.Decision))
	b = appendJournalField(b, "SPYTHON_RULE", []byte(r.Rule))
	b = appendJournalField(b, "SPYTHON_SEQ", strconv.AppendUint(scr[:0], r.Seq, 10))
	scr = r.AppendJSON(scr[:0])
	b = appendJournalField(b, "SPYTHON_RECORD", scr)
	return b, scr
}

// Write sends r; after a failed send it reconnects and tries once more.
func (s *JournalSink) Write(r *Record) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return fmt.Errorf("audit log %s: %w", s, ErrClosed)
	}
	s.buf, s.scr = appendJournal(s.buf[:0], s.scr, r)
	err := s.send(s.buf)
	if err != nil {
		if derr := s.dial(); derr != nil {
			return fmt.Errorf("audit log %s: %w (reconnecting: %w)", s, err, derr)
		}
		if err = s.send(s.buf); err != nil {
			return fmt.Errorf("audit log %s: %w", s, err)
		}
	}
	if cap(s.buf) > 64<<10 {
		s.buf, s.scr = nil, nil
	}
	return nil
}

// send sends one entry: as a datagram, or through a memfd when the
// datagram is too large.
func (s *JournalSink) send(entry []byte) error {
	if s.conn == nil {
		return errors.New("not connected")
	}
	if err := s.conn.SetWriteDeadline(time.Now().Add(journalTimeout)); err != nil {
		return err
	}
	_, err := s.conn.Write(entry)
	if errors.Is(err, unix.EMSGSIZE) || errors.Is(err, unix.ENOBUFS) {
		err = s.sendMemfd(entry)
	}
	return err
}

// sendMemfd writes entry to a memfd, seals it and passes its descriptor
// to journald in an otherwise empty datagram.
func (s *JournalSink) sendMemfd(entry []byte) error {
	fd, err := unix.MemfdCreate("spython-journal", unix.MFD_CLOEXEC|unix.MFD_ALLOW_SEALING)
	if err != nil {
		return fmt.Errorf("memfd_create: %w", err)
	}
	f := os.NewFile(uintptr(fd), "memfd:spython-journal")
	defer f.Close()
	if _, err := f.Write(entry); err != nil {
		return fmt.Errorf("memfd: %w", err)
	}
	seals := unix.F_SEAL_SHRINK | unix.F_SEAL_GROW | unix.F_SEAL_WRITE | unix.F_SEAL_SEAL
	if _, err := unix.FcntlInt(uintptr(fd), unix.F_ADD_SEALS, seals); err != nil {
		return fmt.Errorf("memfd seals: %w", err)
	}
	// An empty datagram whose only content is the descriptor. (The net
	// package refuses WriteMsgUnix on a connected datagram socket.)
	rc, err := s.conn.SyscallConn()
	if err != nil {
		return err
	}
	oob := unix.UnixRights(fd)
	var serr error
	err = rc.Write(func(sfd uintptr) bool {
		serr = unix.Sendmsg(int(sfd), nil, oob, nil, 0)
		return serr != unix.EAGAIN
	})
	if err == nil {
		err = serr
	}
	if err != nil {
		return fmt.Errorf("sending a memfd: %w", err)
	}
	return nil
}

// Close closes the socket.
func (s *JournalSink) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil
	}
	s.closed = true
	if s.conn == nil {
		return nil
	}
	if err := s.conn.Close(); err != nil {
		return fmt.Errorf("audit log %s: %w", s, err)
	}
	return nil
}
