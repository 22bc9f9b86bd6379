package sink

import (
	"errors"
	"fmt"
	"net"
	"strconv"
	"sync"
	"time"
)

// SDID is the SD-ID of the structured data element of spython's syslog
// messages. 32473 is the private enterprise number RFC 5612 reserves for
// documentation and examples.
const SDID = "spython@32473"

// Syslog facilities (RFC 5424 §6.2.1).
const (
	facilityUser     = 1
	facilityAuthpriv = 10
)

// Syslog severities.
const (
	severityNotice = 5
	severityInfo   = 6
)

// DefaultSyslogSocket is the local syslog socket.
const DefaultSyslogSocket = "/dev/log"

// SyslogConfig says where a [SyslogSink] sends its messages.
type SyslogConfig struct {
	// Network is "local" or "" (the local syslog socket: a datagram
	// socket, else a stream one), "unixgram", "unix", "udp" or "tcp".
	Network string
	// Addr is the socket's path for local, unixgram and unix (default
	// /dev/log), host:port for udp and tcp.
	Addr string
	// Facility is "authpriv" (the default) or "user".
	Facility string
	// Timeout bounds connecting and each write (default 5s): a stalled
	// syslog server delays the script at most this long per record.
	Timeout time.Duration
}

// SyslogSink sends records as RFC 5424 messages: the record's fields as
// the structured data element [SDID], the JSON record as MSG. Datagram
// transports send one message per datagram, a unix stream ends each
// message with a newline, and TCP frames each with RFC 6587 octet
// counting. It is safe for concurrent use.
type SyslogSink struct {
	network  string // the network dialled
	addr     string
	timeout  time.Duration
	facility int

	mu     sync.Mutex
	conn   net.Conn
	buf    []byte
	scr    []byte
	closed bool
}

// DialSyslog connects to the syslog server cfg names.
func DialSyslog(cfg SyslogConfig) (*SyslogSink, error) {
	s := &SyslogSink{network: cfg.Network, addr: cfg.Addr, timeout: cfg.Timeout}
	if s.timeout <= 0 {
		s.timeout = 5 * time.Second
	}
	switch cfg.Facility {
	case "", "authpriv":
		s.facility = facilityAuthpriv
	case "user":
		s.facility = facilityUser
	default:
		return nil, fmt.Errorf("audit log syslog: facility %q: want authpriv or user", cfg.Facility)
	}
	switch s.network {
	case "", "local", "unixgram", "unix":
		if s.addr == "" {
			s.addr = DefaultSyslogSocket
		}
	case "udp", "tcp":
		if s.addr == "" {
			return nil, fmt.Errorf("audit log syslog %s: no address", s.network)
		}
	default:
		return nil, fmt.Errorf("audit log syslog: network %q: want local, unixgram, unix, udp or tcp", s.network)
	}
	if err := s.dial(); err != nil {
		return nil, err
	}
	return s, nil
}

// dial (re)connects. For local, it settles on the network that worked.
func (s *SyslogSink) dial() error {
	if s.conn != nil {
		s.conn.Close()
		s.conn = nil
	}
	networks := []string{s.network}
	if s.network == "" || s.network == "local" {
		networks = []string{"unixgram", "unix"}
	}
	var errs []error
	for _, n := range networks {
		c, err := net.DialTimeout(n, s.addr, s.timeout)
		if err == nil {
			s.conn = c
			if len(networks) > 1 {
				s.network = n
			}
			return nil
		}
		errs = append(errs, err)
	}
	return fmt.Errorf("audit log %s: %w", s, errors.Join(errs...))
}

func (s *SyslogSink) String() string {
	n := s.network
	if n == "" {
		n = "local"
	}
	return "syslog " + n + " " + s.addr
}

// Write sends r; after a failed send it reconnects and tries once more.
func (s *SyslogSink) Write(r *Record) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return fmt.Errorf("audit log %s: %w", s, ErrClosed)
	}
	s.buf = s.buf[:0]
	if s.network == "tcp" {
		s.buf = append(s.buf, "00000000 "...) // room for the octet count
	}
	start := len(s.buf)
	s.buf, s.scr = appendSyslog(s.buf, s.scr, r, s.facility)
	if s.network == "tcp" {
		// RFC 6587 octet counting: MSG-LEN SP SYSLOG-MSG.
		n := strconv.Itoa(len(s.buf) - start)
		start -= len(n) + 1
		copy(s.buf[start:], n)
		s.buf[start+len(n)] = ' '
	} else {
		start = 0
	}
	if s.network == "unix" {
		s.buf = append(s.buf, '\n')
	}
	msg := s.buf[start:]
	err := s.send(msg)
	if err != nil {
		if derr := s.dial(); derr != nil {
			return fmt.Errorf("audit log %s: %w (reconnecting: %w)", s, err, derr)
		}
		if err = s.send(msg); err != nil {
			return fmt.Errorf("audit log %s: %w", s, err)
		}
	}
	if cap(s.buf) > 64<<10 {
		s.buf, s.scr = nil, nil
	}
	return nil
}

func (s *SyslogSink) send(msg []byte) error {
	if s.conn == nil {
		return errors.New("not connected")
	}
	if err := s.conn.SetWriteDeadline(time.Now().Add(s.timeout)); err != nil {
		return err
	}
	_, err := s.conn.Write(msg)
	return err
}

// Close closes the connection.
func (s *SyslogSink) Close() error {
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

// appendSyslog appends r as an RFC 5424 message to b; scr is scratch
// space, returned for reuse.
//
//	<PRI>1 TIMESTAMP HOSTNAME spython PROCID MSGID [spython@32473 ...] JSON
func appendSyslog(b, scr []byte, r *Record, facility int) ([]byte, []byte) {
	sev := severityInfo
	if isRefusal(r.Decision) {
		sev = severityNotice
	}
	b = append(b, '<')
	b = strconv.AppendInt(b, int64(facility*8+sev), 10)
	b = append(b, ">1 "...)
	b = appendTime(b, r.Time)
	b = append(b, ' ')
	b = appendHeaderField(b, r.Host, 255)
	b = append(b, " spython "...)
	b = strconv.AppendInt(b, int64(r.PID), 10)
	b = append(b, ' ')
	b = appendHeaderField(b, r.Event, 32)
	b = append(b, " ["...)
	b = append(b, SDID...)
	param := func(name, value string) {
		b = append(b, ' ')
		b = append(b, name...)
		b = append(b, '=', '"')
		b, scr = appendSDValue(b, scr, value)
		b = append(b, '"')
	}
	param("event", r.Event)
	param("decision", r.Decision)
	param("rule", r.Rule)
	param("mode", r.Mode)
	param("seq", strconv.FormatUint(r.Seq, 10))
	param("uid", strconv.Itoa(r.UID))
	param("script", r.Script)
	if r.ScriptRaised {
		param("script_raised", "true")
	}
	param("prev", r.Prev)
	if r.Lost != 0 {
		param("lost", strconv.FormatUint(r.Lost, 10))
	}
	b = append(b, "] "...)
	b = r.AppendJSON(b)
	return b, scr
}

// appendHeaderField writes s as an RFC 5424 header field (PRINTUSASCII,
// at most max characters): every other character is '_', and an empty
// field is the NILVALUE "-".
func appendHeaderField(b []byte, s string, max int) []byte {
	if s == "" {
		return append(b, '-')
	}
	n := 0
	for _, c := range s {
		if n == max {
			break
		}
		if c < 33 || c > 126 {
			c = '_'
		}
		b = append(b, byte(c))
		n++
	}
	return b
}

// appendSDValue writes s as an SD-PARAM value: first escaped as in the
// JSON record (so that it holds no control character or invalid UTF-8),
// then with '"', '\' and ']' escaped by a backslash (RFC 5424 §6.3.3).
func appendSDValue(b, scr []byte, s string) ([]byte, []byte) {
	if len(s) > MaxString {
		scr = appendCutString(scr[:0], s)
	} else {
		scr = appendEscaped(scr[:0], s)
	}
	for _, c := range scr {
		if c == '"' || c == '\\' || c == ']' {
			b = append(b, '\\')
		}
		b = append(b, c)
	}
	return b, scr
}
