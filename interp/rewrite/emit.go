package rewrite

import "strings"

// Names of the builtins the rewritten code calls.
const (
	fstringFunc = "__spython_fstring__"
	listFunc    = "__spython_list__"
	tupleFunc   = "__spython_tuple__"
	setFunc     = "__spython_set__"
	dictFunc    = "__spython_dict__"
	kwargsFunc  = "__spython_kwargs__"
)

// stringGroup rewrites the implicitly concatenated string tokens p..q
// (inclusive), at least one of them an f-string, into one call of the
// f-string builtin. The gaps between the tokens are kept.
func (w *walker) stringGroup(p, q int) error {
	var b strings.Builder
	b.WriteString(fstringFunc + "(")
	any := false
	for k := p; k <= q; k++ {
		t := w.toks[k]
		pieces, err := w.stringPieces(t)
		if err != nil {
			return err
		}
		if k > p {
			if any && len(pieces) > 0 {
				b.WriteByte(',')
			}
			b.WriteString(w.src[w.end(k-1):int(t.start)])
		}
		for i, s := range pieces {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(s)
			any = true
		}
	}
	b.WriteByte(')')
	w.wr.replace(w.start(p), w.end(q), b.String())
	return nil
}

// stringPieces returns the arguments one string token contributes.
func (w *walker) stringPieces(t token) ([]string, error) {
	if int(t.fstr) < 0 {
		return []string{w.src[int(t.start):int(t.end)]}, nil
	}
	return w.fpieces(w.fs[int(t.fstr)], w.fs[int(t.fstr)].pieces)
}

// fpieces renders the pieces of an f-string (or of a format spec).
func (w *walker) fpieces(fs *fstring, pieces []fpiece) ([]string, error) {
	out := make([]string, 0, len(pieces)+1)
	for _, pc := range pieces {
		if pc.field == nil {
			out = append(out, literalPiece(w.src[pc.lo:pc.hi], fs.raw, pc.top))
			continue
		}
		f := pc.field
		if f.debugHi > 0 {
			out = append(out, quoteSource(stripComments(w.src[f.debugLo:f.debugHi])))
		}
		s, err := w.fieldPiece(fs, f)
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, nil
}

// fieldPiece renders a replacement field as ((expr), 'conv', spec).
func (w *walker) fieldPiece(fs *fstring, f *ffield) (string, error) {
	expr, err := rewriteField(w.src, f.exprLo, f.exprHi)
	if err != nil {
		return "", err
	}
	spec := "''"
	if len(f.spec) > 0 {
		parts, err := w.fpieces(fs, f.spec)
		if err != nil {
			return "", err
		}
		if len(parts) == 1 && f.spec[0].field == nil {
			spec = parts[0]
		} else {
			spec = fstringFunc + "(" + strings.Join(parts, ", ") + ")"
		}
	}
	conv := ""
	if f.conv != 0 {
		conv = string(f.conv)
	}
	piece := "((" + expr + "), '" + conv + "', " + spec
	// Newlines after a debug '=' or around a conversion are not in the
	// expression: put them back so that no later line moves.
	lost := strings.Count(w.src[f.exprLo:f.end], "\n") - strings.Count(piece, "\n")
	return piece + strings.Repeat("\n", max(lost, 0)) + ")", nil
}

// literalPiece turns the source text of a literal part into a Python 3.4
// string literal with the same value. Escapes of a non-raw f-string are kept
// as they are; a raw part is re-escaped. Newlines stay real newlines (in a
// triple-quoted literal) so that no line moves. In top-level parts "{{" and
// "}}" stand for one brace.
func literalPiece(text string, raw, top bool) string {
	var b strings.Builder
	q := "'"
	if strings.IndexByte(text, '\n') >= 0 {
		q = "'''"
	}
	b.WriteString(q)
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case top && (c == '{' || c == '}') && i+1 < len(text) && text[i+1] == c:
			b.WriteByte(c)
			i++
		case c == '\\' && raw:
			b.WriteString(`\\`)
		case c == '\\':
			i = copyEscape(&b, text, i)
		case c == '\'':
			b.WriteString(`\'`)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteString(q)
	return b.String()
}

// copyEscape copies the escape sequence of a non-raw literal starting at
// text[i] and returns the index of its last byte. A backslash that escapes
// nothing (at the end, or before a brace) is written as an escaped backslash.
func copyEscape(b *strings.Builder, text string, i int) int {
	if i+1 >= len(text) || text[i+1] == '{' || text[i+1] == '}' {
		b.WriteString(`\\`)
		return i
	}
	if text[i+1] == 'N' && i+2 < len(text) && text[i+2] == '{' {
		if e := strings.IndexByte(text[i:], '}'); e >= 0 {
			b.WriteString(text[i : i+e+1])
			return i + e
		}
	}
	b.WriteString(text[i : i+2])
	return i + 1
}

// stripComments removes the comments of the source text of a debug field,
// as CPython 3.13 does when it repeats that text: from every '#' to the end
// of its line, even a '#' inside a string literal.
func stripComments(src string) string {
	if strings.IndexByte(src, '#') < 0 {
		return src
	}
	var b strings.Builder
	for i := 0; i < len(src); i++ {
		if src[i] == '#' {
			for i+1 < len(src) && src[i+1] != '\n' {
				i++
			}
			continue
		}
		b.WriteByte(src[i])
	}
	return b.String()
}

// quoteSource returns a string literal whose value is src exactly, with no
// real newline in it (the expression keeps the source's newlines).
func quoteSource(src string) string {
	var b strings.Builder
	b.WriteByte('\'')
	for i := 0; i < len(src); i++ {
		switch c := src[i]; c {
		case '\\':
			b.WriteString(`\\`)
		case '\'':
			b.WriteString(`\'`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte('\'')
	return b.String()
}
