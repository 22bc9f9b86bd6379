package rewrite

// tokKind classifies the tokens the rewriter cares about. Whitespace,
// comments, line continuations and newlines inside brackets are not tokens:
// they stay in the gaps between tokens and are copied unchanged.
type tokKind uint8

const (
	tkName    tokKind = iota // identifier or keyword
	tkNumber                 // numeric literal
	tkString                 // string or bytes literal, prefix included
	tkOp                     // operator or delimiter, brackets included
	tkNewline                // end of a logical line
	tkOther                  // anything else (unknown character, unterminated string)
)

// token is one token of the source, by byte offsets into it.
type token struct {
	start, end int32
	fstr       int32 // index into lexer.fs for an f-string, else -1
	match      int32 // index of the matching bracket, else -1
	kind       tokKind
}

// lexer splits a range of a source into tokens and pairs brackets.
type lexer struct {
	src   string
	pos   int
	hi    int
	base  int // bracket depth the range starts at (1 inside an f-string field)
	toks  []token
	stack []int
	fs    []*fstring
	// unbalanced is set when a bracket has no partner.
	unbalanced bool
}

// reset prepares lx to tokenise src[lo:hi] starting at bracket depth base,
// keeping its buffers.
func (lx *lexer) reset(src string, lo, hi, base int) {
	lx.src, lx.pos, lx.hi, lx.base = src, lo, hi, base
	lx.toks = lx.toks[:0]
	lx.stack = lx.stack[:0]
	clear(lx.fs)
	lx.fs = lx.fs[:0]
	lx.unbalanced = false
}

// run tokenises the whole range. Its only error is a malformed f-string.
func (lx *lexer) run() error {
	for {
		lx.skipSpace()
		if lx.pos >= lx.hi {
			lx.unbalanced = lx.unbalanced || len(lx.stack) > 0
			return nil
		}
		if err := lx.next(); err != nil {
			return err
		}
	}
}

// depth is the current bracket depth.
func (lx *lexer) depth() int { return lx.base + len(lx.stack) }

// skipSpace skips blanks, comments, continuations and the newlines that do
// not end a logical line.
func (lx *lexer) skipSpace() {
	for lx.pos < lx.hi {
		switch c := lx.src[lx.pos]; c {
		case ' ', '\t', '\f', '\r':
			lx.pos++
		case '\\':
			if lx.pos+1 < lx.hi && (lx.src[lx.pos+1] == '\n' || lx.src[lx.pos+1] == '\r') {
				lx.pos += 2
				continue
			}
			return
		case '#':
			for lx.pos < lx.hi && lx.src[lx.pos] != '\n' {
				lx.pos++
			}
		case '\n':
			if lx.depth() == 0 {
				return
			}
			lx.pos++
		default:
			return
		}
	}
}

// emit appends a token ending at end and moves past it.
func (lx *lexer) emit(kind tokKind, end int) *token {
	lx.toks = append(lx.toks, token{start: int32(lx.pos), end: int32(end), kind: kind, fstr: -1, match: -1})
	lx.pos = end
	return &lx.toks[len(lx.toks)-1]
}

// next reads one token at lx.pos.
func (lx *lexer) next() error {
	src, p := lx.src, lx.pos
	c := src[p]
	switch {
	case c == '\n':
		lx.emit(tkNewline, p+1)
	case isIdentStart(c):
		e := identEnd(src, p, lx.hi)
		if e < lx.hi && (src[e] == '"' || src[e] == '\'') {
			if raw, f, ok := stringPrefix(src[p:e]); ok {
				return lx.str(e, raw, f)
			}
		}
		lx.emit(tkName, e)
	case isDigit(c) || (c == '.' && p+1 < lx.hi && isDigit(src[p+1])):
		lx.emit(tkNumber, numberEnd(src, p, lx.hi))
	case c == '"' || c == '\'':
		return lx.str(p, false, false)
	default:
		lx.operator()
	}
	return nil
}

// str reads a string literal whose quote is at q.
func (lx *lexer) str(q int, raw, f bool) error {
	if f {
		fs, end, err := parseFString(lx.src, lx.pos, q, lx.hi, raw)
		if err != nil {
			return err
		}
		t := lx.emit(tkString, end)
		t.fstr = int32(len(lx.fs))
		lx.fs = append(lx.fs, fs)
		return nil
	}
	if end, ok := plainStringEnd(lx.src, q, lx.hi); ok {
		lx.emit(tkString, end)
		return nil
	}
	e := q
	for e < lx.hi && lx.src[e] != '\n' {
		e++
	}
	lx.emit(tkOther, e)
	return nil
}

// operator reads an operator or delimiter, pairing brackets.
func (lx *lexer) operator() {
	src, p := lx.src, lx.pos
	c := src[p]
	if !isOpChar(c) {
		lx.emit(tkOther, p+1)
		return
	}
	n := opLen(src[p:lx.hi])
	lx.emit(tkOp, p+n)
	if n > 1 {
		return
	}
	idx := len(lx.toks) - 1
	switch c {
	case '(', '[', '{':
		lx.stack = append(lx.stack, idx)
	case ')', ']', '}':
		if n := len(lx.stack); n > 0 && closerOf(src[lx.toks[lx.stack[n-1]].start]) == c {
			open := lx.stack[n-1]
			lx.stack = lx.stack[:n-1]
			lx.toks[open].match = int32(idx)
			lx.toks[idx].match = int32(open)
		} else {
			lx.unbalanced = true
		}
	}
}

// opLen returns the length of the operator at the start of s.
func opLen(s string) int {
	at := func(i int) byte {
		if i < len(s) {
			return s[i]
		}
		return 0
	}
	c, c1 := s[0], at(1)
	switch c {
	case '*', '/', '<', '>':
		switch {
		case c1 == c && at(2) == '=':
			return 3
		case c1 == c, c1 == '=', c == '<' && c1 == '>':
			return 2
		}
	case '.':
		if c1 == '.' && at(2) == '.' {
			return 3
		}
	case '-':
		if c1 == '=' || c1 == '>' {
			return 2
		}
	case '+', '%', '&', '|', '^', '@', '=', '!', ':':
		if c1 == '=' {
			return 2
		}
	}
	return 1
}

// closerOf returns the bracket closing open.
func closerOf(open byte) byte {
	switch open {
	case '(':
		return ')'
	case '[':
		return ']'
	}
	return '}'
}

func isOpChar(c byte) bool {
	switch c {
	case '+', '-', '*', '/', '%', '&', '|', '^', '~', '<', '>', '=', '.', ',',
		':', ';', '@', '(', ')', '[', ']', '{', '}', '!':
		return true
	}
	return false
}

func isIdentStart(c byte) bool {
	return c == '_' || (c|0x20 >= 'a' && c|0x20 <= 'z') || c >= 0x80
}

func isIdentChar(c byte) bool { return isIdentStart(c) || isDigit(c) }

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// identEnd returns the end of the identifier starting at p.
func identEnd(src string, p, hi int) int {
	for p < hi && isIdentChar(src[p]) {
		p++
	}
	return p
}

// numberEnd returns the end of the number starting at p (a loose scan: it
// only has to keep a number in one piece).
func numberEnd(src string, p, hi int) int {
	for p < hi {
		c := src[p]
		switch {
		case isIdentChar(c) || c == '.':
			p++
			if (c == 'e' || c == 'E') && p < hi && (src[p] == '+' || src[p] == '-') {
				p++
			}
		default:
			return p
		}
	}
	return p
}

// stringPrefix reports whether s is a string prefix, and whether it makes
// the literal raw and formatted.
func stringPrefix(s string) (raw, f, ok bool) {
	if len(s) > 2 {
		return false, false, false
	}
	var b, u int
	for i := 0; i < len(s); i++ {
		switch s[i] | 0x20 {
		case 'r':
			if raw {
				return false, false, false
			}
			raw = true
		case 'f':
			if f {
				return false, false, false
			}
			f = true
		case 'b':
			b++
		case 'u':
			u++
		default:
			return false, false, false
		}
	}
	switch {
	case u > 0:
		return false, false, len(s) == 1
	case b > 1, b == 1 && f:
		return false, false, false
	}
	return raw, f, true
}

// plainStringEnd returns the end of the string literal (not an f-string)
// whose opening quote is at q, or false when it is not terminated.
func plainStringEnd(src string, q, hi int) (int, bool) {
	quote := src[q]
	triple := q+2 < hi && src[q+1] == quote && src[q+2] == quote
	p := q + 1
	if triple {
		p = q + 3
	}
	for p < hi {
		switch c := src[p]; {
		case c == '\\':
			p += 2
		case c == quote:
			if !triple {
				return p + 1, true
			}
			if p+2 < hi && src[p+1] == quote && src[p+2] == quote {
				return p + 3, true
			}
			p++
		case c == '\n' && !triple:
			return 0, false
		default:
			p++
		}
	}
	return 0, false
}
