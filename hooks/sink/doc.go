// Package sink writes spython's audit log: one record per audit event
// the policy decided, written before the operation proceeds, to any of a
// file, syslog, journald and the terminal. docs/logging.md is the
// reference for users; this comment is the map of the code.
//
// # Records
//
// A [Record] is built once per event by [NewRecord], which renders the
// event's arguments (Go values, never Python objects: no Python code
// runs) into JSON while the [hooks.Event] is still valid. Every string is
// escaped so that a record is exactly one line whatever a script passes:
// control characters, U+2028/U+2029 and bidirectional controls become
// \uXXXX, invalid UTF-8 becomes U+FFFD in strings and \xNN in bytes.
// Values are bounded by [MaxString], [MaxItems], [MaxDepth] and
// [MaxArgsBytes]. [Record.AppendJSON] and [Record.AppendText] give its
// two forms.
//
// # Sinks
//
// A [Sink] writes records: [FileSink] (JSON lines with a hash chain,
// [OpenFile]), [TextSink] (one line for people, [NewText]), [SyslogSink]
// (RFC 5424 with structured data, over a local socket, UDP or TCP,
// [DialSyslog]) and [JournalSink] (journald's native protocol,
// [DialJournal]).
//
// # The logger
//
// A [Logger] owns the sinks, filters events, numbers records and writes
// each to every sink. With a file sink, the records of allowed events
// wait in memory and are written in batches, one write(2) per file (at
// 128 KiB, after 50 ms, before any other record, at Flush and Close);
// every other record, and os.system's, is written before Log returns.
// The file sink gives a batch its seqs and prevs while it holds the
// file's lock, so the lock is never held while the script runs. With
// OnFailure "deny" a record that a sink could not write makes
// [Logger.Log] return an error wrapping [ErrLost], so that the operation
// is refused; a batch the timer could not write refuses the next
// operation.
//
// # The chain
//
// Every record's prev is the SHA-256 of the line before it, and its seq
// one more: [Verify] checks a log file and names the first line where
// the chain breaks ([VerifyError]).
package sink
