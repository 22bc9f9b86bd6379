package sink

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"sync/atomic"
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
	// Seq is the record's seq, 0 when the record was still waiting in
	// memory (its seq is given when it is written to the file).
	Seq   uint64
	Event string
	// Errs holds one error per sink that failed, each naming its sink.
	Errs []error
}

func (e *WriteError) Error() string {
	var sb strings.Builder
	if e.Seq != 0 {
		fmt.Fprintf(&sb, "audit record %d (%s) not written", e.Seq, e.Event)
	} else {
		fmt.Fprintf(&sb, "audit record (%s) not written", e.Event)
	}
	writeErrs(&sb, e.Errs)
	return sb.String()
}

// writeErrs appends ": err1; err2..." to sb.
func writeErrs(sb *strings.Builder, errs []error) {
	for i, err := range errs {
		if i == 0 {
			sb.WriteString(": ")
		} else {
			sb.WriteString("; ")
		}
		sb.WriteString(err.Error())
	}
}

func (e *WriteError) Unwrap() []error { return append([]error{ErrLost}, e.Errs...) }

// FlushError says that records kept in memory (see [Logger]) were lost
// when they were written out: by the timer, or by [Logger.Flush]. It wraps
// [ErrLost] and each sink's error.
type FlushError struct {
	// N is how many records were lost.
	N    uint64
	Errs []error
}

func (e *FlushError) Error() string {
	var sb strings.Builder
	if e.N == 1 {
		sb.WriteString("1 audit record waiting to be written was lost")
	} else {
		fmt.Fprintf(&sb, "%d audit records waiting to be written were lost", e.N)
	}
	writeErrs(&sb, e.Errs)
	return sb.String()
}

func (e *FlushError) Unwrap() []error { return append([]error{ErrLost}, e.Errs...) }

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

// Defaults of [Options].
const (
	// DefaultFlushInterval is the longest a record of an allowed event
	// waits in memory before it is written.
	DefaultFlushInterval = 50 * time.Millisecond
	// DefaultBufferSize is how many bytes of records wait in memory at
	// most: reaching it writes them.
	DefaultBufferSize = 128 << 10
)

// maxBatch bounds the records written at once whatever their size;
// maxFree the records kept for reuse.
const (
	maxBatch = 4096
	maxFree  = 1024
)

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
	// FlushInterval is the longest a record of an allowed event may wait
	// in memory when the logger has a file sink (default
	// DefaultFlushInterval). Negative: every record is written before
	// Log returns.
	FlushInterval time.Duration
	// BufferSize is how many bytes of records may wait in memory
	// (default DefaultBufferSize).
	BufferSize int
}

// Logger builds audit records and writes each to all its sinks. It is
// safe for concurrent use; records are written in the order of their
// seq.
//
// # When records are written
//
// With a file sink, the records of allowed events (decision allow, with
// or without a rule) wait in memory and are written together, in one
// write(2) per file: when BufferSize bytes of them wait, when
// FlushInterval has passed since the first of them, before any other
// record (deny, would-deny, log) and before any os.system record, and at
// [Logger.Flush] and [Logger.Close]. A record of any other decision, and
// of os.system, is thus on every sink, after all the records before it,
// when Log returns. Text sinks (stderr) do not carry the chain and get
// every record when Log is called. Without a file sink every record is
// written before Log returns.
//
// # Sequence and chain
//
// Records carry a seq, increasing by one per record, and prev, the
// SHA-256 of the previous record's line. A [FileSink] keeps the chain of
// its file: when it writes, holding the file's lock, it sets seq and prev
// from the file's last line, so a log appended to by several runs, or by
// several processes at once, stays one chain. The logger writes the file
// sinks first and the other sinks (syslog, journald) after them, with the
// seq and prev the last file sink set: their copies of a record are the
// same line as the file's. Without a file sink, the logger counts from 1
// and chains its own records.
//
// # Failures
//
// A record is lost when at least one sink cannot write it. With OnFailure
// "deny", [Logger.Log] then returns an error wrapping [ErrLost]: a
// [*WriteError] when the record logged, or records written with it,
// could not be written, or a [*FlushError] when records written by the
// timer were lost since the last call. With "continue" it returns nil.
// Either way the logger counts lost records: the first record written
// after a loss carries, as "lost", how many records were lost since the
// last count that was written, and [Logger.Close] reports the total.
type Logger struct {
	opts     Options
	denyLost bool
	want     func(decision, rule string) bool
	now      func() time.Time
	interval time.Duration // 0: write every record before Log returns
	bufSize  int

	// failed is set, under mu, when a flush that no Log call reported
	// lost records under OnFailure "deny": asyncErr is then the error
	// the next Log returns.
	failed atomic.Bool

	mu       sync.Mutex
	files    []batchWriter // the file sinks
	copies   []Sink        // written after the files: syslog, journald...
	direct   []Sink        // written when Log is called: text
	all      []Sink
	batch    []pending
	size     int // estimated bytes of the records in batch
	timer    *time.Timer
	asyncErr *FlushError
	seq      uint64 // the chain without a file sink
	prev     string
	unsaid   uint64 // lost records no written record has counted yet
	lost     uint64
	closed   bool
	line     []byte
	free     []*Record // records written, to be reused
	fixed    []byte    // appendFixed of the options
}

// pending is a record waiting to be written, and whether a sink has
// already failed to write it.
type pending struct {
	r      *Record
	failed bool
}

// batchWriter is implemented by the sinks that keep a chain of their own
// (the file sink): writeBatch sets each record's seq and prev, writes
// them, and returns how many of them (from the first) were written.
type batchWriter interface {
	Sink
	writeBatch(rs []*Record) (int, error)
}

// unchained is implemented by the sinks whose form of a record shows
// neither seq nor prev (text): they get each record when it is logged.
type unchained interface {
	Sink
	unchained()
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
	l.fixed = appendFixed(nil, opts.Mode, opts.PID, opts.UID, opts.Host, opts.Script)
	for _, s := range sinks {
		switch s := s.(type) {
		case batchWriter:
			l.files = append(l.files, s)
		case unchained:
			l.direct = append(l.direct, s)
		default:
			l.copies = append(l.copies, s)
		}
	}
	l.all = sinks
	l.bufSize = opts.BufferSize
	if l.bufSize <= 0 {
		l.bufSize = DefaultBufferSize
	}
	if len(l.files) > 0 {
		switch {
		case opts.FlushInterval == 0:
			l.interval = DefaultFlushInterval
		case opts.FlushInterval > 0:
			l.interval = opts.FlushInterval
		}
	}
	if l.interval > 0 {
		l.timer = time.AfterFunc(time.Hour, l.timerFlush)
		l.timer.Stop()
	}
	return l, nil
}

// Log records that the event e was decided: decision is one of allow,
// log, deny and would-deny, rule the rule that decided ("" for the
// default). Events the logger's Events option leaves out are not
// recorded.
//
// A record of a deny, would-deny or log decision, or of os.system, has
// been written to every sink (or failed to be) when Log returns; so have
// the records logged before it. A record of an allow decision may wait in
// memory (see [Logger]). The error is non-nil only under OnFailure "deny",
// when this record, or records written with it, or records written by the
// timer since the last call, were lost; or for a decision that is none of
// the four.
func (l *Logger) Log(e *hooks.Event, decision, rule string) error {
	switch decision {
	case Allow, LogOnly, Deny, WouldDeny:
	default:
		return fmt.Errorf("audit log: %s: unknown decision %q", e.Name, decision)
	}
	if !l.want(decision, rule) {
		if l.failed.Load() {
			l.mu.Lock()
			defer l.mu.Unlock()
			return l.takeAsync()
		}
		return nil
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	var r *Record
	if n := len(l.free); n > 0 {
		r = l.free[n-1]
		l.free[n-1] = nil
		l.free = l.free[:n-1]
		r.reset(e)
	} else {
		r = NewRecord(e)
	}
	r.Decision, r.Rule = decision, cutString(rule)
	r.Mode, r.PID, r.UID, r.Host, r.Script = l.opts.Mode, l.opts.PID, l.opts.UID, l.opts.Host, l.opts.Script
	r.fixed = l.fixed
	return l.write(r)
}

// takeAsync returns, once, the error of the flushes no Log call reported.
// The caller holds mu.
func (l *Logger) takeAsync() error {
	if !l.failed.Load() {
		return nil
	}
	err := l.asyncErr
	l.asyncErr = nil
	l.failed.Store(false)
	return err
}

// mustWrite reports whether r is written before Log returns: every
// decision but allow, and os.system, whose command could end spython
// before a timer writes the record.
func mustWrite(r *Record) bool {
	return r.Decision != Allow || (r.Event == hooks.OSSystem.Name && !r.ScriptRaised)
}

// estimate is about the length of r's JSON line.
func estimate(r *Record) int {
	return 320 + len(r.args) + len(r.Event) + len(r.Rule) + len(r.Host) + len(r.Script)
}

// write writes r, or keeps it to write later. The caller holds mu.
func (l *Logger) write(r *Record) error {
	r.Time = l.now()
	var errs []error
	var async error
	if async = l.takeAsync(); async != nil {
		errs = append(errs, async)
	}
	if l.closed {
		l.unsaid++
		l.lost++
		if !l.denyLost {
			return nil
		}
		return &WriteError{Event: r.Event, Errs: append(errs, ErrClosed)}
	}
	p := pending{r: r}
	r.Lost = l.unsaid // what the text form shows; set again when written
	for _, s := range l.direct {
		if err := s.Write(r); err != nil {
			p.failed = true
			errs = append(errs, err)
		}
	}
	l.batch = append(l.batch, p)
	l.size += estimate(r)
	if l.interval == 0 || mustWrite(r) || l.size >= l.bufSize || len(l.batch) >= maxBatch {
		_, ferrs := l.flush()
		errs = append(errs, ferrs...)
	} else if len(l.batch) == 1 {
		l.timer.Reset(l.interval)
	}
	if len(errs) == 0 || !l.denyLost {
		return nil
	}
	if len(errs) == 1 && async != nil {
		return async
	}
	return &WriteError{Seq: r.Seq, Event: r.Event, Errs: errs}
}

// flush writes the records waiting: to each file sink in one batch, then
// to the other sinks one by one. It counts the records lost and returns
// how many, and the sinks' errors (at most one per sink). The caller
// holds mu.
func (l *Logger) flush() (uint64, []error) {
	batch := l.batch
	if len(batch) == 0 {
		return 0, nil
	}
	if l.timer != nil {
		l.timer.Stop()
	}
	defer func() {
		for _, p := range l.batch {
			// No sink keeps a record: its buffers serve the next ones.
			if len(l.free) < maxFree && cap(p.r.args) <= 4<<10 {
				l.free = append(l.free, p.r)
			}
		}
		clear(l.batch)
		l.batch, l.size = l.batch[:0], 0
		if cap(l.batch) > maxBatch {
			l.batch = nil
		}
	}()
	// The first record carries the count of the records lost before it.
	said := l.unsaid
	l.unsaid = 0
	for i := range batch {
		batch[i].r.Lost = 0
	}
	batch[0].r.Lost = said
	var errs []error
	if len(l.files) > 0 {
		rs := make([]*Record, len(batch))
		for i, p := range batch {
			rs[i] = p.r
		}
		for _, f := range l.files {
			n, err := f.writeBatch(rs)
			if err != nil {
				errs = append(errs, err)
				for i := n; i < len(batch); i++ {
					batch[i].failed = true
				}
			}
		}
	} else {
		for _, p := range batch {
			r := p.r
			r.Seq, r.Prev = l.seq+1, l.prev
			l.line = r.AppendJSON(l.line[:0])
			sum := sha256.Sum256(l.line)
			l.seq, l.prev = r.Seq, hex.EncodeToString(sum[:])
		}
		if cap(l.line) > 64<<10 {
			l.line = nil
		}
	}
	for _, s := range l.copies {
		// After a failure the sink is not tried again in this batch: a
		// server that is gone costs one timeout per batch, not one per
		// record.
		var failed error
		for i := range batch {
			if failed == nil {
				failed = s.Write(batch[i].r)
			}
			if failed != nil {
				batch[i].failed = true
			}
		}
		if failed != nil {
			errs = append(errs, failed)
		}
	}
	var n uint64
	for i, p := range batch {
		if !p.failed {
			continue
		}
		n++
		if i == 0 {
			l.unsaid += said // the count was not written everywhere
		}
	}
	l.unsaid += n
	l.lost += n
	return n, errs
}

// timerFlush writes the records that waited FlushInterval.
func (l *Logger) timerFlush() {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.closed {
		return
	}
	n, errs := l.flush()
	if len(errs) == 0 || !l.denyLost {
		return
	}
	// No operation waits for these records: the next one is refused.
	if l.asyncErr == nil {
		l.asyncErr = &FlushError{}
	}
	l.asyncErr.N += n
	l.asyncErr.Errs = append(l.asyncErr.Errs, errs...)
	if len(l.asyncErr.Errs) > 8 {
		l.asyncErr.Errs = l.asyncErr.Errs[len(l.asyncErr.Errs)-8:]
	}
	l.failed.Store(true)
}

// Flush writes the records waiting in memory now. It returns a
// [*FlushError] (wrapping [ErrLost]) when some of them could not be
// written, whatever OnFailure says. A launcher can call it when it is
// about to be ended (SIGTERM) so that no record is left in memory.
func (l *Logger) Flush() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.closed {
		return nil
	}
	if n, errs := l.flush(); len(errs) > 0 {
		return &FlushError{N: n, Errs: errs}
	}
	return nil
}

// Lost returns how many records have been lost so far.
func (l *Logger) Lost() uint64 {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.lost
}

// Close writes the records waiting, then closes every sink. Its error
// joins the sinks' errors and, when records were lost, a [*LostError]
// whose message is the summary to print: "spython: N audit records could
// not be written".
func (l *Logger) Close() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.closed {
		return nil
	}
	_, errs := l.flush()
	l.closed = true
	if l.timer != nil {
		l.timer.Stop()
	}
	for _, s := range l.all {
		if err := s.Close(); err != nil {
			errs = append(errs, err)
		}
	}
	if l.lost > 0 {
		errs = append(errs, &LostError{N: l.lost})
	}
	return errors.Join(errs...)
}
