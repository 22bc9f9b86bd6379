package rewrite

import (
	"fmt"
	"strings"
)

// fstring is a parsed f-string literal.
type fstring struct {
	raw    bool
	quote  byte
	triple bool
	pieces []fpiece
}

// fpiece is a literal part (source range lo:hi) or a replacement field.
type fpiece struct {
	lo, hi int
	top    bool // a literal part outside format specs: "{{" and "}}" are escapes
	field  *ffield
}

// ffield is one replacement field {expr=!c:spec}.
type ffield struct {
	exprLo, exprHi   int
	debugLo, debugHi int // source of the "expr =" text for a debug field; debugHi == 0 if none
	end              int // offset past the closing '}'
	conv             byte
	hasSpec          bool
	spec             []fpiece
}

// fparser parses one f-string literal.
type fparser struct {
	src    string
	hi     int
	start  int // offset of the prefix, for errors about the whole literal
	quote  byte
	triple bool
	raw    bool
}

// maxSpecNesting is how deeply format specs may nest fields, as in CPython.
const maxSpecNesting = 2

// parseFString parses the f-string whose prefix starts at start and whose
// opening quote is at q. It returns the literal and the offset just past it.
func parseFString(src string, start, q, hi int, raw bool) (*fstring, int, error) {
	p := &fparser{src: src, hi: hi, start: start, quote: src[q], raw: raw}
	body := q + 1
	if q+2 < hi && src[q+1] == p.quote && src[q+2] == p.quote {
		p.triple = true
		body = q + 3
	}
	pieces, end, err := p.literal(body, 0)
	if err != nil {
		return nil, 0, err
	}
	if p.triple {
		end += 3
	} else {
		end++
	}
	return &fstring{raw: raw, quote: p.quote, triple: p.triple, pieces: pieces}, end, nil
}

// errAt builds a SyntaxError at offset off.
func (p *fparser) errAt(off int, format string, args ...any) error {
	return newSyntaxError(p.src, off, fmt.Sprintf(format, args...))
}

// unterminated is the error for a literal that never closes, found at
// offset at (a newline, or the end of the source).
func (p *fparser) unterminated(at int) error {
	kind := "f-string"
	if p.triple {
		kind = "triple-quoted f-string"
	}
	if at == p.hi && at > p.start && p.src[at-1] == '\n' {
		at--
	}
	line, _ := lineCol(p.src, at)
	return p.errAt(p.start, "unterminated %s literal (detected at line %d)", kind, line)
}

// atClose reports whether the closing quote(s) start at pos.
func (p *fparser) atClose(pos int) bool {
	if p.src[pos] != p.quote {
		return false
	}
	return !p.triple || (pos+2 < p.hi && p.src[pos+1] == p.quote && p.src[pos+2] == p.quote)
}

// literal parses literal text and fields up to the closing quote (nest 0)
// or up to the '}' that ends a format spec (nest > 0). It returns the
// offset of that closing quote or '}'.
func (p *fparser) literal(pos, nest int) ([]fpiece, int, error) {
	var pieces []fpiece
	litLo := pos
	flush := func(end int) {
		if end > litLo {
			pieces = append(pieces, fpiece{lo: litLo, hi: end, top: nest == 0})
		}
	}
	for {
		if pos >= p.hi {
			return nil, 0, p.unterminated(p.hi)
		}
		c := p.src[pos]
		switch {
		case p.atClose(pos):
			if nest > 0 {
				return nil, 0, p.errAt(pos, "f-string: expecting '}', or format specs")
			}
			flush(pos)
			return pieces, pos, nil
		case c == '\n' && !p.triple:
			if nest > 0 {
				return nil, 0, p.errAt(pos+1, "f-string: expecting '}', or format specs")
			}
			return nil, 0, p.unterminated(pos)
		case c == '\\':
			pos = p.escapeEnd(pos)
		case c == '{' && nest == 0 && pos+1 < p.hi && p.src[pos+1] == '{':
			pos += 2
		case c == '{':
			flush(pos)
			f, end, err := p.field(pos+1, nest)
			if err != nil {
				return nil, 0, err
			}
			pieces = append(pieces, fpiece{field: f})
			pos, litLo = end, end
		case c == '}' && nest > 0:
			flush(pos)
			return pieces, pos, nil
		case c == '}' && pos+1 < p.hi && p.src[pos+1] == '}':
			pos += 2
		case c == '}':
			return nil, 0, p.errAt(pos, "f-string: single '}' is not allowed")
		default:
			pos++
		}
	}
}

// escapeEnd returns where the backslash sequence at pos ends in literal
// text. A backslash before a brace is a plain backslash: the brace keeps
// its meaning.
func (p *fparser) escapeEnd(pos int) int {
	if pos+1 >= p.hi {
		return pos + 1
	}
	n := p.src[pos+1]
	if p.raw {
		if n == p.quote || n == '\\' || n == '\n' {
			return pos + 2
		}
		return pos + 1
	}
	switch {
	case n == '{' || n == '}':
		return pos + 1
	case n == 'N' && pos+2 < p.hi && p.src[pos+2] == '{':
		if e := strings.IndexByte(p.src[pos+3:p.hi], '}'); e >= 0 {
			return pos + 3 + e + 1
		}
	}
	return pos + 2
}

// field parses a replacement field whose '{' ends just before pos and
// returns the offset past its '}'.
func (p *fparser) field(pos, nest int) (*ffield, int, error) {
	end, term, err := p.expr(pos)
	if err != nil {
		return nil, 0, err
	}
	if err := p.checkExpr(pos, end, term); err != nil {
		return nil, 0, err
	}
	f := &ffield{exprLo: pos, exprHi: end}
	if term == '=' {
		end = p.skipBlanksAndComments(end + 1)
		f.debugLo, f.debugHi = pos, end
		if end >= p.hi || p.atClose(end) {
			return nil, 0, p.errAt(end, "f-string: expecting '}'")
		}
		term = p.src[end]
		if term != '!' && term != ':' && term != '}' {
			return nil, 0, p.errAt(end, "f-string: expecting '!', or ':', or '}'")
		}
	}
	if term == '!' {
		if end, err = p.conversion(f, end); err != nil {
			return nil, 0, err
		}
		term = p.src[end]
	}
	if term == ':' {
		if nest+1 > maxSpecNesting {
			return nil, 0, p.errAt(end, "f-string: expressions nested too deeply")
		}
		f.hasSpec = true
		f.spec, end, err = p.literal(end+1, nest+1)
		if err != nil {
			return nil, 0, err
		}
	}
	if f.debugHi > 0 && f.conv == 0 && !f.hasSpec {
		f.conv = 'r'
	}
	f.end = end + 1
	return f, end + 1, nil
}

// checkExpr rejects the field expressions CPython rejects before parsing
// them: empty ones and bare lambdas.
func (p *fparser) checkExpr(lo, hi int, term byte) error {
	text := strings.TrimLeft(p.src[lo:hi], " \t\r\n\f")
	if strings.TrimSpace(text) == "" {
		return p.errAt(hi, "f-string: valid expression required before '%c'", term)
	}
	if term == ':' && strings.HasPrefix(text, "lambda") &&
		(len(text) == 6 || !isIdentChar(text[6])) {
		return p.errAt(hi-len(text), "f-string: lambda expressions are not allowed without parentheses")
	}
	return nil
}

// conversion parses "!c" at pos, then blanks, and returns the offset of the
// following ':' or '}'.
func (p *fparser) conversion(f *ffield, pos int) (int, error) {
	pos++
	if pos >= p.hi || p.atClose(pos) {
		return 0, p.errAt(pos, "f-string: expecting '}'")
	}
	switch c := p.src[pos]; {
	case c == '}' || c == ':':
		return 0, p.errAt(pos, "f-string: missing conversion character")
	case !isIdentStart(c):
		return 0, p.errAt(pos-1, "f-string: conversion type must come right after the exclamanation mark")
	}
	e := identEnd(p.src, pos, p.hi)
	name := p.src[pos:e]
	if name != "s" && name != "r" && name != "a" {
		return 0, p.errAt(pos, "f-string: invalid conversion character '%s': expected 's', 'r', or 'a'", name)
	}
	f.conv = name[0]
	e = skipBlanks(p.src, e, p.hi)
	switch {
	case e >= p.hi || p.atClose(e):
		return 0, p.errAt(pos, "f-string: expecting '}'")
	case p.src[e] != ':' && p.src[e] != '}':
		return 0, p.errAt(e, "f-string: expecting ':' or '}'")
	}
	return e, nil
}

// skipBlanksAndComments skips spaces, tabs, newlines and comments.
func (p *fparser) skipBlanksAndComments(pos int) int {
	for {
		pos = skipBlanks(p.src, pos, p.hi)
		if pos >= p.hi || p.src[pos] != '#' {
			return pos
		}
		for pos < p.hi && p.src[pos] != '\n' {
			pos++
		}
	}
}

// skipBlanks skips spaces, tabs and newlines.
func skipBlanks(src string, pos, hi int) int {
	for pos < hi && strings.IndexByte(" \t\r\n\f", src[pos]) >= 0 {
		pos++
	}
	return pos
}

// expr scans a field expression from pos and returns where it ends and the
// character that ends it: '}', '!', ':' or '='.
func (p *fparser) expr(pos int) (int, byte, error) {
	var stack []byte
	for {
		if pos >= p.hi {
			return 0, 0, p.unterminated(p.hi)
		}
		c := p.src[pos]
		switch {
		case isIdentStart(c):
			e := identEnd(p.src, pos, p.hi)
			if e < p.hi && (p.src[e] == '"' || p.src[e] == '\'') {
				if raw, f, ok := stringPrefix(p.src[pos:e]); ok {
					end, err := p.nestedString(pos, e, raw, f)
					if err != nil {
						return 0, 0, err
					}
					e = end
				}
			}
			pos = e
		case c == '"' || c == '\'':
			end, err := p.nestedString(pos, pos, false, false)
			if err != nil {
				return 0, 0, err
			}
			pos = end
		case c == '#':
			for pos < p.hi && p.src[pos] != '\n' {
				pos++
			}
		case c == '(' || c == '[' || c == '{':
			stack = append(stack, c)
			pos++
		case c == ')' || c == ']' || c == '}':
			if len(stack) == 0 {
				if c == '}' {
					return pos, c, nil
				}
				return 0, 0, p.errAt(pos, "f-string: unmatched '%c'", c)
			}
			open := stack[len(stack)-1]
			if closerOf(open) != c {
				return 0, 0, p.errAt(pos, "closing parenthesis '%c' does not match opening parenthesis '%c'", c, open)
			}
			stack = stack[:len(stack)-1]
			pos++
		case (c == '!' || c == '=' || c == '<' || c == '>') && pos+1 < p.hi && p.src[pos+1] == '=':
			pos += 2
		case len(stack) == 0 && (c == '!' || c == ':' || c == '='):
			return pos, c, nil
		case c == '\\' && pos+1 < p.hi && p.src[pos+1] == '\n':
			pos += 2
		default:
			pos++
		}
	}
}

// nestedString skips a string literal inside a field expression (prefix at
// start, quote at q) and returns its end. A quote that opens no terminated
// string is where the field was expected to end.
func (p *fparser) nestedString(start, q int, raw, f bool) (int, error) {
	if f {
		_, end, err := parseFString(p.src, start, q, p.hi, raw)
		return end, err
	}
	if end, ok := plainStringEnd(p.src, q, p.hi); ok {
		return end, nil
	}
	if p.atClose(q) {
		return 0, p.errAt(q, "f-string: expecting '}'")
	}
	return 0, p.unterminated(p.hi)
}
