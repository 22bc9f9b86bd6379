package rewrite

import (
	"fmt"
	"strings"
)

// NamedEscapes rewrites the \N{name} escapes of str literals, which
// gpython's lexer does not know, into the \u or \U escape of the named
// character; lookup finds it (the interpreter's Unicode name table). Raw
// and bytes literals keep theirs, as in CPython, where \N means nothing
// there. An unknown name is CPython's SyntaxError. Lines keep their
// numbers.
func NamedEscapes(src string, lookup func(name string) (rune, bool)) (string, error) {
	if !strings.Contains(src, `\N{`) {
		return src, nil
	}
	lx, ok := lexAll(src)
	defer lexers.Put(lx)
	if !ok {
		return src, nil
	}
	w := walker{src: src, toks: lx.toks, wr: writer{src: src}}
	for _, t := range w.toks {
		if t.kind != tkString {
			continue
		}
		text := t.text(src)
		q := strings.IndexAny(text, `'"`)
		if q < 0 || strings.ContainsAny(text[:q], "rRbB") || !strings.Contains(text, `\N{`) {
			continue
		}
		for i := q; i < len(text)-1; i++ {
			if text[i] != '\\' {
				continue
			}
			if text[i+1] != 'N' || i+2 >= len(text) || text[i+2] != '{' {
				i++ // the escaped character, a backslash included
				continue
			}
			end := strings.IndexByte(text[i:], '}')
			r, found := rune(0), false
			if end > 3 {
				r, found = lookup(text[i+3 : i+end])
			}
			if !found {
				stop := len(text) - 1
				if end > 0 {
					stop = i + end
				}
				line, col := lineCol(src, int(t.start))
				return "", &SyntaxError{Line: line, Col: col, Msg: fmt.Sprintf(
					"(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: %s",
					i-q-1, stop-q-1, map[bool]string{true: "unknown Unicode character name", false: "malformed \\N character escape"}[end > 3])}
			}
			esc := fmt.Sprintf(`\u%04x`, r)
			if r > 0xFFFF {
				esc = fmt.Sprintf(`\U%08x`, r)
			}
			at := int(t.start) + i
			w.wr.replace(at, at+end+1, esc)
			i += end
		}
	}
	out, _ := w.wr.finish(len(src))
	return out, nil
}
