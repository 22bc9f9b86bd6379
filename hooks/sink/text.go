package sink

import (
	"fmt"
	"io"
	"sync"

	"golang.org/x/sys/unix"
)

// TextSink writes records for people, one line each, in the form of
// [Record.AppendText]:
//
//	spython: audit: deny os.system command="ls" rule=no-shell
//
// The decision is coloured (ANSI) only when the writer is a terminal.
// It is safe for concurrent use.
type TextSink struct {
	mu     sync.Mutex
	w      io.Writer
	colour bool
	buf    []byte
}

// NewText makes a text sink writing to w, usually os.Stderr. Colour is
// used when w is a terminal: an *os.File (anything with an Fd method)
// whose descriptor answers the TCGETS ioctl. The environment (TERM,
// NO_COLOR) is not consulted: spython takes no configuration from it.
func NewText(w io.Writer) *TextSink {
	return &TextSink{w: w, colour: isTerminal(w)}
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(interface{ Fd() uintptr })
	if !ok {
		return false
	}
	_, err := unix.IoctlGetTermios(int(f.Fd()), unix.TCGETS)
	return err == nil
}

func (s *TextSink) String() string { return "text" }

// unchained tells a [Logger] that the text form shows neither seq nor
// prev: it gets each record as soon as it is logged.
func (s *TextSink) unchained() {}

// SGR colours of the decisions.
var colours = map[string]string{
	Deny:      "\x1b[1;31m",
	WouldDeny: "\x1b[1;33m",
	LogOnly:   "\x1b[36m",
	Allow:     "\x1b[32m",
}

// Write writes r's text form and a newline in one Write call.
func (s *TextSink) Write(r *Record) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	b := s.buf[:0]
	if c, ok := colours[r.Decision]; ok && s.colour {
		b = append(b, "spython: audit: "...)
		b = append(b, c...)
		b = append(b, r.Decision...)
		b = append(b, "\x1b[0m"...)
		b = r.appendTextTail(b)
	} else {
		b = r.AppendText(b)
	}
	b = append(b, '\n')
	s.buf = b
	if _, err := s.w.Write(b); err != nil {
		return fmt.Errorf("audit log text: %w", err)
	}
	return nil
}

// Close does nothing: the writer is not the sink's to close.
func (s *TextSink) Close() error { return nil }
