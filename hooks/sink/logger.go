package sink

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/spython/spython/hooks"
)

// Sink writes audit records somewhere. Write must not keep r after it
// returns. A Sink is used by one [Logger], which serialises its calls.
type Sink interface {
	Write(r *Record) error
	Close() error
}

// ErrLost is wrapped by every error that means an audit record was not
// written to every sink: a caller that gets it from [Logger.Log] must not
// let the operation proceed.
var ErrLost = errors.New("audit record lost")

// ErrClosed is returned by a sink or a logger used after Close.
var ErrClosed = errors.New("audit log closed")

// WriteError says which sinks could not write a record. It wraps
// [ErrLost] and each sink's error.
type WriteError struct {
	Seq   uint64
	Event string
	// Errs holds one error per sink that failed, each naming its sink.
	Errs []error
}

func (e *WriteError) Error() string {
	var sb strings.Builder
	fmt.Fprintf(&sb, "audit record %d (%s) not written", e.Seq, e.Event)
	for i, err := range e.Errs {
		if i == 0 {
			sb.WriteString(": ")
		} else {
			sb.WriteString("; ")
		}
		sb.WriteString(err.Error())
	}
	return sb.String()
}

func (e *WriteError) Unwrap() []error { return append([]error{ErrLost}, e.Errs...) }

// LostError is what [Logger.Close] returns when records were lost. It
// wraps [ErrLost].
type LostError struct{ N uint64 }

func (e *LostError) Error() string {
	if e.N == 1 {
		return "spython: 1 audit record could not be written"
	}
	return fmt.Sprintf("spython: %d audit records could not be written", e.N)
}

func (e *LostError) Unwrap() error { return ErrLost }

// Options configure a [Logger]. Empty fields take their defaults.
type Options struct {
	// Mode is the policy's mode, "enforce" (the default) or "audit",
	// written in every record.
	Mode string
	// Script is the path of the script run, written in every record.
	// Like every string of a record, it is cut past MaxString bytes.
	Script string
	// Events chooses which events are logged: "all" (the default),
	// "matched" (those a rule decided: rule != "") or "denied" (deny and
	// would-deny).
	Events string
	// OnFailure is what a record that cannot be written does: "deny"
	// (the default) makes [Logger.Log] return an error so that the
	// operation is refused; "continue" counts it and goes on.
	OnFailure string
	// Host, PID and UID default to the machine's host name and the
	// process's pid and real uid (zero means the default).
	Host string
	PID  int
	UID  int
	// Now is the clock; nil means time.Now.
	Now func() time.Time
}

// Logger builds audit records and writes each to all its sinks, before
// the operation it describes proceeds. It is safe for concurrent use;
// records are written one at a time, in the order of their seq.
//
// # Sequence and chain
//
// Records carry a seq, increasing by one per record, and prev, the
// SHA-256 of the previous record's line. A [FileSink] keeps the chain of
// its file: it sets seq and prev from the file's last line, so a log
// appended to by several runs, or by several processes at once, stays one
// chain. The logger writes the file sinks first and the other sinks (syslog,
// journald, text) after them, with the seq and prev the last file sink
// set: their copies of a record are the same line as the file's. Without
// a file sink, the logger counts from 1 and chains its own records.
//
// # Failures
//
// A record is lost when at least one sink cannot write it. With
// OnFailure "deny", [Logger.Log] then returns a [*WriteError] (wrapping
// [ErrLost]). With "continue" it returns nil. Either way the logger counts
// lost records: every record carries, as "lost", how many records were
// lost since the last record every sink wrote, and [Logger.Close] reports
// the total.
type Logger struct {
	opts     Options
	denyLost bool
	want     func(decision, rule string) bool
	now      func() time.Time

	mu      sync.Mutex
	sinks   []Sink
	seq     uint64
	prev    string
	pending uint64
	lost    uint64
	closed  bool
	line    []byte
	// chain is the last file sink, whose chain the other sinks carry.
	chain chained
}

// chained is implemented by sinks that keep a chain of their own (the
// file sink): head is the seq and line hash the chain ends with.
type chained interface {
	head() (seq uint64, prev string)
}

// NewLogger makes a logger writing to sinks, which it owns: Close closes
// them.
func NewLogger(opts Options, sinks ...Sink) (*Logger, error) {
	switch opts.Mode {
	case "":
		opts.Mode = "enforce"
	case "enforce", "audit":
	default:
		return nil, fmt.Errorf("audit log: mode %q: want enforce or audit", opts.Mode)
	}
	l := &Logger{now: opts.Now}
	switch opts.Events {
	case "", "all":
		opts.Events = "all"
		l.want = func(string, string) bool { return true }
	case "matched":
		l.want = func(_, rule string) bool { return rule != "" }
	case "denied":
		l.want = func(decision, _ string) bool { return isRefusal(decision) }
	default:
		return nil, fmt.Errorf("audit log: events %q: want all, matched or denied", opts.Events)
	}
	switch opts.OnFailure {
	case "", "deny":
		opts.OnFailure = "deny"
		l.denyLost = true
	case "continue":
	default:
		return nil, fmt.Errorf("audit log: on_failure %q: want deny or continue", opts.OnFailure)
	}
	if opts.Host == "" {
		opts.Host, _ = os.Hostname()
	}
	if opts.PID == 0 {
		opts.PID = os.Getpid()
	}
	if opts.UID == 0 {
		opts.UID = os.Getuid()
	}
	if l.now == nil {
		l.now = time.Now
	}
	opts.Host, opts.Script = cutString(opts.Host), cutString(opts.Script)
	l.opts = opts
	// File sinks first, so that the others see the chain they set.
	for _, s := range sinks {
		if c, ok := s.(chained); ok {
			l.chain = c
			l.sinks = append(l.sinks, s)
		}
	}
	for _, s := range sinks {
		if _, ok := s.(chained); !ok {
			l.sinks = append(l.sinks, s)
		}
	}
	if l.chain != nil {
		l.seq, l.prev = l.chain.head()
	}
	return l, nil
}

// Log records that the event e was decided: decision is one of allow,
// log, deny and would-deny, rule the rule that decided ("" for the
// default). Events the logger's Events option leaves out are not
// recorded. Log returns once every sink has written the record, or
// failed to; the error is non-nil only when a record is lost with
// OnFailure "deny", or for a decision that is none of the four.
func (l *Logger) Log(e *hooks.Event, decision, rule string) error {
	switch decision {
	case Allow, LogOnly, Deny, WouldDeny:
	default:
		return fmt.Errorf("audit log: %s: unknown decision %q", e.Name, decision)
	}
	if !l.want(decision, rule) {
		return nil
	}
	r := NewRecord(e)
	r.Decision, r.Rule = decision, cutString(rule)
	r.Mode, r.PID, r.UID, r.Host, r.Script = l.opts.Mode, l.opts.PID, l.opts.UID, l.opts.Host, l.opts.Script
	return l.write(r)
}

func (l *Logger) write(r *Record) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	r.Time = l.now()
	r.Seq, r.Prev, r.Lost = l.seq+1, l.prev, l.pending
	var errs []error
	if l.closed {
		errs = append(errs, ErrClosed)
	}
	for _, s := range l.sinks {
		if l.closed {
			break
		}
		if err := s.Write(r); err != nil {
			errs = append(errs, err)
		}
	}
	if l.chain != nil {
		l.seq, l.prev = l.chain.head()
	} else {
		l.line = r.AppendJSON(l.line[:0])
		sum := sha256.Sum256(l.line)
		l.seq, l.prev = r.Seq, hex.EncodeToString(sum[:])
	}
	if len(errs) == 0 {
		l.pending = 0
		return nil
	}
	l.pending++
	l.lost++
	if !l.denyLost {
		return nil
	}
	return &WriteError{Seq: r.Seq, Event: r.Event, Errs: errs}
}

// Lost returns how many records have been lost so far.
func (l *Logger) Lost() uint64 {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.lost
}

// Close closes every sink. Its error joins the sinks' errors and, when
// records were lost, a [*LostError] whose message is the summary to
// print: "spython: N audit records could not be written".
func (l *Logger) Close() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.closed {
		return nil
	}
	l.closed = true
	var errs []error
	for _, s := range l.sinks {
		if err := s.Close(); err != nil {
			errs = append(errs, err)
		}
	}
	if l.lost > 0 {
		errs = append(errs, &LostError{N: l.lost})
	}
	return errors.Join(errs...)
}
