package sink

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

// Break says how a log's chain is broken.
type Break string

// The ways [Verify] finds a chain broken.
const (
	// Edited: a line's hash is not the prev of the line after it, though
	// their seqs follow: the line (or the next line's prev) was changed.
	Edited Break = "edited"
	// Deleted: records are missing: the seq jumps forward and the hashes
	// do not match, or the first record does not start a chain.
	Deleted Break = "deleted"
	// Reordered: the seq goes back, or jumps forward over a record that
	// comes right after.
	Reordered Break = "reordered"
	// NotJSON: a line is not a JSON object with "v":1, "seq" and "prev".
	NotJSON Break = "not JSON"
	// SeqGap: the hashes match but the seq does not follow (or the first
	// record's seq is not 1): the records were not written by one chain.
	SeqGap Break = "seq gap"
	// Truncated: the last line has no newline: it was cut short.
	Truncated Break = "truncated"
)

// VerifyError is the first break [Verify] finds.
type VerifyError struct {
	// Line is the number (from 1) of the line found broken.
	Line   int
	Why    Break
	Detail string
}

func (e *VerifyError) Error() string {
	return fmt.Sprintf("line %d: %s: %s", e.Line, e.Why, e.Detail)
}

// vline is one line of a log, parsed.
type vline struct {
	n        int
	sum      string // hex SHA-256 of the line without its newline
	seq      uint64
	prev     string
	complete bool  // ended with a newline
	err      error // why the line is not a record
}

type lineReader struct {
	br     *bufio.Reader
	n      int
	peeked *vline
	err    error
}

// next returns the next line, nil at the end, or a read error.
func (lr *lineReader) next() (*vline, error) {
	if lr.peeked != nil {
		l := lr.peeked
		lr.peeked = nil
		return l, nil
	}
	if lr.err != nil {
		return nil, lr.err
	}
	var raw []byte
	tooLong := false
	for {
		chunk, err := lr.br.ReadSlice('\n')
		if len(raw)+len(chunk) > maxLine+1 {
			tooLong = true
		} else {
			raw = append(raw, chunk...)
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err == io.EOF {
			if len(raw) == 0 && !tooLong {
				lr.err = io.EOF
				return nil, nil
			}
			lr.err = io.EOF
			break
		}
		if err != nil {
			lr.err = err
			return nil, err
		}
		break
	}
	lr.n++
	l := &vline{n: lr.n}
	if len(raw) > 0 && raw[len(raw)-1] == '\n' {
		l.complete = true
		raw = raw[:len(raw)-1]
	}
	if tooLong {
		l.complete = true
		l.err = fmt.Errorf("longer than %d bytes", maxLine)
		return l, nil
	}
	sum := sha256.Sum256(raw)
	l.sum = hex.EncodeToString(sum[:])
	var rec struct {
		V    *int    `json:"v"`
		Seq  *uint64 `json:"seq"`
		Prev *string `json:"prev"`
	}
	switch err := json.Unmarshal(raw, &rec); {
	case err != nil:
		l.err = err
	case rec.V == nil || *rec.V != 1:
		l.err = errors.New(`no "v":1`)
	case rec.Seq == nil:
		l.err = errors.New(`no "seq"`)
	case rec.Prev == nil:
		l.err = errors.New(`no "prev"`)
	default:
		l.seq, l.prev = *rec.Seq, *rec.Prev
	}
	return l, nil
}

func (lr *lineReader) peek() *vline {
	if lr.peeked == nil {
		l, err := lr.next()
		if err != nil || l == nil {
			return nil
		}
		lr.peeked = l
	}
	return lr.peeked
}

// Verify reads a log of JSON lines and checks its hash chain and seq:
// the first record has an empty prev and seq 1, and each other record's
// prev is the SHA-256 of the line before it and its seq one more. It
// returns the number of records checked and, for a broken log, a
// [*VerifyError] naming the first broken line and why; the count is
// then the records before that line.
//
// A chain shows changes inside a log, not at its end: removing whole
// lines from the end, or changing the last line, leaves a valid chain.
// Comparing the last record with a copy kept elsewhere (syslog,
// journald) finds those.
func Verify(r io.Reader) (int, error) {
	lr := &lineReader{br: bufio.NewReaderSize(r, 64<<10)}
	var (
		count    int
		prevSum  string
		prevSeq  uint64
		prevLine int
	)
	fail := func(line int, why Break, format string, args ...any) (int, error) {
		return line - 1, &VerifyError{Line: line, Why: why, Detail: fmt.Sprintf(format, args...)}
	}
	for {
		l, err := lr.next()
		if err != nil {
			return count, fmt.Errorf("after line %d: %w", lr.n, err)
		}
		if l == nil {
			return count, nil
		}
		if !l.complete {
			return fail(l.n, Truncated, "no newline at the end of the last line")
		}
		if l.err != nil {
			return fail(l.n, NotJSON, "%v", l.err)
		}
		if count == 0 {
			if l.prev != "" {
				return fail(l.n, Deleted, "the first record's prev is not empty: the records before it are missing")
			}
			if l.seq != 1 {
				return fail(l.n, SeqGap, "the first record has seq %d, not 1", l.seq)
			}
		} else {
			want := prevSeq + 1
			switch hashOK := l.prev == prevSum; {
			case hashOK && l.seq == want:
			case hashOK:
				return fail(l.n, SeqGap, "seq %d follows seq %d", l.seq, prevSeq)
			case l.seq == want:
				return fail(prevLine, Edited, "its hash is not the prev of line %d", l.n)
			case l.seq > want:
				if next := lr.peek(); next != nil && next.err == nil && next.seq < l.seq {
					return fail(l.n, Reordered, "seq %d comes before seq %d", l.seq, next.seq)
				}
				return fail(l.n, Deleted, "seq jumps from %d to %d: %d records missing before this line", prevSeq, l.seq, l.seq-want)
			default:
				return fail(l.n, Reordered, "seq %d follows seq %d", l.seq, prevSeq)
			}
		}
		count++
		prevSum, prevSeq, prevLine = l.sum, l.seq, l.n
	}
}
