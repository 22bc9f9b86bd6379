package rewrite

import "strings"

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
		if !strings.Contains(text, "_") {
			continue
		}
		b.WriteString(src[last:t.start])
		b.WriteString(strings.ReplaceAll(text, "_", ""))
		last = int(t.end)
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
