package sink

import (
	"math"
	"strconv"
	"time"
	"unicode/utf8"

	"github.com/spython/spython/hooks"
)

// Limits on what one record holds. Past them a value is cut and says how
// much was left out; see docs/logging.md.
const (
	// MaxString is the most bytes of a string or bytes argument (and of
	// an event name) a record keeps; a longer one is cut at a character
	// boundary and ends with "…[+N bytes]".
	MaxString = 1024
	// MaxItems is the most elements of a list or tuple argument, and the
	// most arguments, a record keeps; the rest are one "…[+N items]"
	// string (or, for arguments, a "…" argument whose value is
	// "…[+N args]").
	MaxItems = 64
	// MaxDepth is how deeply lists may nest; a list nested deeper is
	// "…".
	MaxDepth = 4
	// MaxArgsBytes bounds the JSON of all the arguments of a record
	// together: once it is reached, the remaining elements and arguments
	// are cut as if past MaxItems. It keeps a record well inside a
	// syslog or journald datagram whatever a script passes to sys.audit.
	MaxArgsBytes = 16 << 10
)

// Decisions a record can carry.
const (
	Allow     = "allow"
	LogOnly   = "log"
	Deny      = "deny"
	WouldDeny = "would-deny"
)

// timeLayout is the record's "ts": UTC, microseconds, as RFC 3339.
const timeLayout = "2006-01-02T15:04:05.000000Z"

// Record is one audit record: an event and what the policy decided about
// it. [NewRecord] renders the event; the [Logger] fills in the rest.
//
// A record's JSON form ([Record.AppendJSON]) is one line whatever its
// contents; its fields are, in order: v, ts, seq, event, args,
// script_raised (only when true), decision, rule, mode, pid, uid, host,
// script, prev, lost (only when not zero).
type Record struct {
	Time  time.Time
	Seq   uint64
	Event string
	// ScriptRaised is true for an event the script raised itself with
	// sys.audit.
	ScriptRaised bool
	Decision     string
	// Rule is the policy rule that decided, "" for the default.
	Rule   string
	Mode   string
	PID    int
	UID    int
	Host   string
	Script string
	// Prev is the lowercase hex SHA-256 of the previous record's line, ""
	// for the first record of a file.
	Prev string
	// Lost counts the records before this one that could not be written
	// to every sink (see [Logger]).
	Lost uint64

	// fixed, when not nil, is the JSON of the fields from mode to script
	// (appendFixed), the same in every record of a logger.
	fixed []byte

	// args is the rendered JSON object of the event's arguments;
	// argSpans are, for each argument, the offsets of its name (without
	// quotes) and of its value inside args.
	args     []byte
	argSpans []argSpan
}

type argSpan struct{ name, nameEnd, value, valueEnd int32 }

// NewRecord renders e's name and arguments, converted to Go values, into
// a new record. The event is not kept: the record stays valid after the
// hook call that received e returns.
func NewRecord(e *hooks.Event) *Record {
	r := &Record{}
	r.reset(e)
	return r
}

// reset makes r the record of e, as NewRecord does, reusing r's buffers.
func (r *Record) reset(e *hooks.Event) {
	args, spans := r.args, r.argSpans
	*r = Record{Event: cutString(e.Name), ScriptRaised: e.Script, args: args[:0], argSpans: spans[:0]}
	var names []string
	if e.Spec != nil {
		names = e.Spec.Args
	}
	r.renderArgs(names, e.Args())
}

// renderArgs renders values, named by names (by index past its end),
// into r.args and r.argSpans (appending to them: they are empty).
func (r *Record) renderArgs(names []string, values []any) {
	enc := argEncoder{b: r.args}
	if enc.b == nil {
		enc.b = make([]byte, 0, 128)
	}
	enc.b = append(enc.b, '{')
	if r.argSpans == nil {
		r.argSpans = make([]argSpan, 0, min(len(values), MaxItems+1))
	}
	for i, v := range values {
		if i > 0 {
			enc.b = append(enc.b, ',')
		}
		if i == MaxItems || len(enc.b) >= MaxArgsBytes {
			var s argSpan
			s.name = int32(len(enc.b) + 1)
			enc.b = append(enc.b, `"…`...)
			s.nameEnd = int32(len(enc.b))
			enc.b = append(enc.b, `":`...)
			s.value = int32(len(enc.b))
			enc.b = append(enc.b, `"…[+`...)
			enc.b = strconv.AppendInt(enc.b, int64(len(values)-i), 10)
			enc.b = append(enc.b, ` args]"`...)
			s.valueEnd = int32(len(enc.b))
			r.argSpans = append(r.argSpans, s)
			break
		}
		var s argSpan
		s.name = int32(len(enc.b) + 1)
		enc.b = append(enc.b, '"')
		if i < len(names) {
			enc.b = appendEscaped(enc.b, names[i])
		} else {
			enc.b = strconv.AppendInt(enc.b, int64(i), 10)
		}
		s.nameEnd = int32(len(enc.b))
		enc.b = append(enc.b, '"', ':')
		s.value = int32(len(enc.b))
		enc.value(v, 0)
		s.valueEnd = int32(len(enc.b))
		r.argSpans = append(r.argSpans, s)
	}
	r.args = append(enc.b, '}')
}

// Arg is one rendered argument of a record.
type Arg struct {
	Name string
	// JSON is the argument's value as it appears in the record's JSON.
	JSON string
}

// Args returns the record's arguments, rendered, in order.
func (r *Record) Args() []Arg {
	out := make([]Arg, len(r.argSpans))
	for i, s := range r.argSpans {
		out[i] = Arg{Name: string(r.args[s.name:s.nameEnd]), JSON: string(r.args[s.value:s.valueEnd])}
	}
	return out
}

// argEncoder renders argument values as JSON.
type argEncoder struct{ b []byte }

func (enc *argEncoder) value(v any, depth int) {
	b := enc.b
	switch v := v.(type) {
	case nil:
		b = append(b, "null"...)
	case bool:
		b = strconv.AppendBool(b, v)
	case int64:
		b = strconv.AppendInt(b, v, 10)
	case int:
		b = strconv.AppendInt(b, int64(v), 10)
	case float64:
		b = appendFloat(b, v)
	case string:
		b = append(b, '"')
		b = appendCutString(b, v)
		b = append(b, '"')
	case []byte:
		b = append(b, '"')
		b = appendCutBytes(b, v)
		b = append(b, '"')
	case hooks.Opaque:
		b = append(b, '"')
		b = appendCutString(b, v.Text)
		b = append(b, '"')
	case []any:
		if depth >= MaxDepth {
			b = append(b, `"…"`...)
			break
		}
		b = append(b, '[')
		enc.b = b
		for i, x := range v {
			if i > 0 {
				enc.b = append(enc.b, ',')
			}
			if i == MaxItems || len(enc.b) >= MaxArgsBytes {
				enc.b = append(enc.b, `"…[+`...)
				enc.b = strconv.AppendInt(enc.b, int64(len(v)-i), 10)
				enc.b = append(enc.b, ` items]"`...)
				break
			}
			enc.value(x, depth+1)
		}
		b = append(enc.b, ']')
	default:
		// Not one of the types hooks.Event promises; say what it was
		// rather than guess at its contents.
		b = append(b, `"‹unsupported value›"`...)
	}
	enc.b = b
}

// appendFloat writes f as a JSON number; NaN and the infinities, which
// JSON has no numbers for, are the strings "nan", "inf" and "-inf".
func appendFloat(b []byte, f float64) []byte {
	switch {
	case math.IsNaN(f):
		return append(b, `"nan"`...)
	case math.IsInf(f, 1):
		return append(b, `"inf"`...)
	case math.IsInf(f, -1):
		return append(b, `"-inf"`...)
	}
	return strconv.AppendFloat(b, f, 'g', -1, 64)
}

// cutAt is where a value longer than MaxString is cut: at MaxString, moved
// back to the start of a UTF-8 sequence so a character is not split.
func cutAt[T string | []byte](s T) int {
	n := MaxString
	for i := 0; i < utf8.UTFMax-1 && n > 0 && !utf8.RuneStart(s[n]); i++ {
		n--
	}
	return n
}

func appendDropped(b []byte, n int, unit string) []byte {
	b = append(b, "…[+"...)
	b = strconv.AppendInt(b, int64(n), 10)
	b = append(b, ' ')
	b = append(b, unit...)
	return append(b, ']')
}

// cutString returns s cut to MaxString bytes as a string argument is.
func cutString(s string) string {
	if len(s) <= MaxString {
		return s
	}
	n := cutAt(s)
	return string(appendDropped([]byte(s[:n]), len(s)-n, "bytes"))
}

// appendCutString writes s escaped for a JSON string, cut to MaxString.
func appendCutString(b []byte, s string) []byte {
	if len(s) <= MaxString {
		return appendEscaped(b, s)
	}
	n := cutAt(s)
	b = appendEscaped(b, s[:n])
	return appendDropped(b, len(s)-n, "bytes")
}

// appendCutBytes writes p as text, cut to MaxString (see appendBytes).
func appendCutBytes(b []byte, p []byte) []byte {
	if len(p) <= MaxString {
		return appendBytes(b, p)
	}
	n := cutAt(p)
	b = appendBytes(b, p[:n])
	return appendDropped(b, len(p)-n, "bytes")
}

const hexDigits = "0123456789abcdef"

// mustEscape reports the characters written as \uXXXX: the C0 and C1
// controls and DEL, the line and paragraph separators (which end a line
// in JavaScript and some viewers), the bidirectional formatting controls
// that can make a line read differently from what it holds, and the BOM.
func mustEscape(r rune) bool {
	switch {
	case r < 0x20, r >= 0x7f && r < 0xa0:
		return true
	case r < 0x200e:
		return false
	}
	switch r {
	case 0x200e, 0x200f, 0x2028, 0x2029, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e,
		0x2066, 0x2067, 0x2068, 0x2069, 0xfeff:
		return true
	}
	return false
}

func appendU(b []byte, r rune) []byte {
	return append(b, '\\', 'u', hexDigits[r>>12&0xf], hexDigits[r>>8&0xf], hexDigits[r>>4&0xf], hexDigits[r&0xf])
}

// appendEscaped writes s as the inside of a JSON string: quote and
// backslash escaped, every character of mustEscape as \uXXXX, and each
// byte that is not part of valid UTF-8 as \ufffd. The result holds no
// byte below 0x20 and no raw U+2028 or U+2029: it cannot end a line.
func appendEscaped(b []byte, s string) []byte {
	start := 0
	for i := 0; i < len(s); {
		// Skip eight plain ASCII bytes at a time.
		for i+8 <= len(s) && plain8(uint64(s[i])|uint64(s[i+1])<<8|uint64(s[i+2])<<16|uint64(s[i+3])<<24|
			uint64(s[i+4])<<32|uint64(s[i+5])<<40|uint64(s[i+6])<<48|uint64(s[i+7])<<56) {
			i += 8
		}
		if i >= len(s) {
			break
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && c != 0x7f {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			default:
				b = appendU(b, rune(c))
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i++
			start = i
			continue
		}
		if mustEscape(r) {
			b = append(b, s[start:i]...)
			b = appendU(b, r)
			i += size
			start = i
			continue
		}
		i += size
	}
	return append(b, s[start:]...)
}

// SWAR constants: a byte of ones, and the high bit of each byte.
const (
	lows  = 0x0101010101010101
	highs = 0x8080808080808080
)

// plain8 reports whether the eight bytes of x are all printable ASCII
// other than '"' and '\\': none is below 0x20, 0x7f or above, '"' or '\\'.
func plain8(x uint64) bool {
	zero := func(v uint64) uint64 { return (v - lows) & ^v & highs }
	bad := x&highs | // not ASCII
		(x-lows*0x20)&^x&highs | // below 0x20
		zero(x^(lows*'"')) | zero(x^(lows*'\\')) | zero(x^(lows*0x7f))
	return bad == 0
}

// appendBytes writes p, read as UTF-8, as the inside of a JSON string:
// valid characters as appendEscaped writes them, each byte that is not
// valid UTF-8 as the four characters \xNN, and a backslash as two, so
// that "\xff" in the text always means the byte 0xff.
func appendBytes(b []byte, p []byte) []byte {
	for i := 0; i < len(p); {
		c := p[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '\\':
				b = append(b, `\\\\`...)
			case c == '"':
				b = append(b, '\\', '"')
			case c < 0x20 || c == 0x7f:
				b = appendU(b, rune(c))
			default:
				b = append(b, c)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(p[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, '\\', '\\', 'x', hexDigits[c>>4], hexDigits[c&0xf])
		case mustEscape(r):
			b = appendU(b, r)
		default:
			b = append(b, p[i:i+size]...)
		}
		i += size
	}
	return b
}

// appendString writes s as a JSON string, quoted and escaped.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	b = appendEscaped(b, s)
	return append(b, '"')
}

// appendFixed writes the fields from mode to script, which a logger
// writes the same in each of its records.
func appendFixed(b []byte, mode string, pid, uid int, host, script string) []byte {
	b = append(b, `,"mode":`...)
	b = appendString(b, mode)
	b = append(b, `,"pid":`...)
	b = strconv.AppendInt(b, int64(pid), 10)
	b = append(b, `,"uid":`...)
	b = strconv.AppendInt(b, int64(uid), 10)
	b = append(b, `,"host":`...)
	b = appendString(b, host)
	b = append(b, `,"script":`...)
	return appendString(b, script)
}

// appendTime writes t in UTC as timeLayout does, faster than
// time.Time.AppendFormat.
func appendTime(b []byte, t time.Time) []byte {
	t = t.UTC()
	year, month, day := t.Date()
	if year < 0 || year > 9999 {
		return t.AppendFormat(b, timeLayout)
	}
	hour, min, sec := t.Clock()
	us := t.Nanosecond() / 1000
	two := func(b []byte, n int) []byte { return append(b, byte('0'+n/10), byte('0'+n%10)) }
	b = two(b, year/100)
	b = two(b, year%100)
	b = append(b, '-')
	b = two(b, int(month))
	b = append(b, '-')
	b = two(b, day)
	b = append(b, 'T')
	b = two(b, hour)
	b = append(b, ':')
	b = two(b, min)
	b = append(b, ':')
	b = two(b, sec)
	b = append(b, '.')
	b = two(b, us/10000)
	b = two(b, us/100%100)
	b = two(b, us%100)
	return append(b, 'Z')
}

// AppendJSON appends the record's JSON line, without the newline, to b.
func (r *Record) AppendJSON(b []byte) []byte {
	b = append(b, `{"v":1,"ts":"`...)
	b = appendTime(b, r.Time)
	b = append(b, `","seq":`...)
	b = strconv.AppendUint(b, r.Seq, 10)
	b = append(b, `,"event":`...)
	b = appendString(b, r.Event)
	b = append(b, `,"args":`...)
	if len(r.args) == 0 {
		b = append(b, '{', '}')
	} else {
		b = append(b, r.args...)
	}
	if r.ScriptRaised {
		b = append(b, `,"script_raised":true`...)
	}
	b = append(b, `,"decision":`...)
	b = appendString(b, r.Decision)
	b = append(b, `,"rule":`...)
	b = appendString(b, r.Rule)
	if r.fixed != nil {
		b = append(b, r.fixed...)
	} else {
		b = appendFixed(b, r.Mode, r.PID, r.UID, r.Host, r.Script)
	}
	b = append(b, `,"prev":`...)
	b = appendString(b, r.Prev)
	if r.Lost != 0 {
		b = append(b, `,"lost":`...)
		b = strconv.AppendUint(b, r.Lost, 10)
	}
	return append(b, '}')
}

// plainWord reports whether s can be written bare in the text form: a
// non-empty run of printable ASCII without space, quote, backslash or '='.
func plainWord(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c <= ' ' || c >= 0x7f || c == '"' || c == '\\' || c == '=' {
			return false
		}
	}
	return true
}

func appendWord(b []byte, s string) []byte {
	if plainWord(s) {
		return append(b, s...)
	}
	return appendString(b, s)
}

// AppendText appends the record's one-line form for people, without the
// newline and without colour, to b:
//
//	spython: audit: deny os.system command="ls" rule=no-shell
//
// Argument values are written as in the JSON record; the event and rule
// are quoted when they are not plain words. It holds no control
// character.
func (r *Record) AppendText(b []byte) []byte {
	b = append(b, "spython: audit: "...)
	b = appendWord(b, r.Decision)
	return r.appendTextTail(b)
}

// appendTextTail writes what follows the decision in the text form.
func (r *Record) appendTextTail(b []byte) []byte {
	b = append(b, ' ')
	b = appendWord(b, r.Event)
	for _, s := range r.argSpans {
		b = append(b, ' ')
		b = append(b, r.args[s.name:s.nameEnd]...)
		b = append(b, '=')
		b = append(b, r.args[s.value:s.valueEnd]...)
	}
	if r.ScriptRaised {
		b = append(b, " script_raised=true"...)
	}
	if r.Rule != "" {
		b = append(b, " rule="...)
		b = appendWord(b, r.Rule)
	}
	if r.Lost != 0 {
		b = append(b, " lost="...)
		b = strconv.AppendUint(b, r.Lost, 10)
	}
	return b
}

// isRefusal reports whether the decision is a refusal (deny or
// would-deny), logged at syslog severity notice rather than info.
func isRefusal(decision string) bool {
	return decision == Deny || decision == WouldDeny
}
