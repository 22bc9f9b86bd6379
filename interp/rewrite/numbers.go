package rewrite

import (
	"regexp"
	"strings"
)

// numberLiteral matches the numeric literal at the start of a number
// token, underscores between digits included (PEP 515).
var numberLiteral = regexp.MustCompile(`^(?:0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+|(?:[0-9](?:_?[0-9])*)?(?:\.(?:[0-9](?:_?[0-9])*)?)?(?:[eE][+-]?[0-9](?:_?[0-9])*)?[jJ]?)`)

// Numbers returns src with the underscores of its numeric literals
// removed (PEP 515: 1_000_000, 0x_ff), which gpython's lexer rejects.
// Underscores elsewhere (names, strings, comments) are kept; source with
// no underscore next to a digit is returned unchanged.
func Numbers(src string) string {
	if !digitUnderscore(src) {
		return src
	}
	lx := lexers.Get().(*lexer)
	defer lexers.Put(lx)
	lx.reset(src, 0, len(src), 0)
	if err := lx.run(); err != nil {
		return src
	}
	var b strings.Builder
	last := 0
	for _, t := range lx.toks {
		if t.kind != tkNumber {
			continue
		}
		text := src[t.start:t.end]
		// The lexer's token may run on into an attribute
		// (1.5.is_integer): only the literal loses its underscores.
		n := numberLiteral.FindStringIndex(text)
		if n == nil || !strings.Contains(text[:n[1]], "_") {
			continue
		}
		b.WriteString(src[last:t.start])
		b.WriteString(strings.ReplaceAll(text[:n[1]], "_", ""))
		last = int(t.start) + n[1]
	}
	if last == 0 {
		return src
	}
	b.WriteString(src[last:])
	return b.String()
}

// digitUnderscore reports whether src has an underscore next to a digit.
func digitUnderscore(src string) bool {
	for i := strings.IndexByte(src, '_'); i >= 0; {
		if i > 0 && isDigit(src[i-1]) || i+1 < len(src) && isDigit(src[i+1]) {
			return true
		}
		j := strings.IndexByte(src[i+1:], '_')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}
