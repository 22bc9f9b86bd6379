package rewrite

import (
	"slices"
	"strings"
)

// WalrusFunc is the builtin an assignment expression becomes: it binds the
// name in the scope of the code calling it and returns the value. The
// interpreter must also make the name a local of the function the
// expression is in, since gpython's compiler does not know the expression
// binds it.
const WalrusFunc = "__spython_walrus__"

// Walrus rewrites the assignment expressions of PEP 572, NAME := value,
// into WalrusFunc('NAME', value), a call gpython's parser accepts. The
// value runs to the comma, colon, semicolon, closing bracket, end of line
// or comprehension "for" that ends the expression it is in, as in
// CPython's grammar. An unparenthesised assignment expression heading a
// statement, which CPython refuses, and ":=" after anything but a plain
// name are left alone for the parser to report. Lines keep their numbers;
// assignment expressions inside f-string fields are not rewritten.
func Walrus(src string) string {
	if !strings.Contains(src, ":=") {
		return src
	}
	lx, ok := lexAll(src)
	defer lexers.Put(lx)
	if !ok {
		return src
	}
	w := walker{src: src, toks: lx.toks}
	type edit struct {
		lo, hi int
		text   string
	}
	var edits []edit
	for k := 1; k < len(w.toks); k++ {
		if !w.isOp(k, ":=") {
			continue
		}
		n := k - 1
		if w.toks[n].kind != tkName || keywords[w.op(n)] || n == 0 ||
			w.toks[n-1].kind == tkNewline || w.isOp(n-1, ";") || w.isOp(n-1, ".") {
			continue
		}
		end := w.valueEnd(k + 1)
		if end == k+1 {
			continue
		}
		at := w.end(end - 1)
		edits = append(edits,
			edit{w.start(n), w.end(k), WalrusFunc + "('" + w.op(n) + "',"},
			edit{at, at, ")"})
	}
	if len(edits) == 0 {
		return src
	}
	slices.SortStableFunc(edits, func(a, b edit) int { return a.lo - b.lo })
	var b strings.Builder
	b.Grow(len(src) + len(edits)*16)
	last := 0
	for _, e := range edits {
		b.WriteString(src[last:e.lo])
		b.WriteString(e.text)
		last = e.hi
	}
	b.WriteString(src[last:])
	return b.String()
}

// valueEnd returns the index of the token that ends the value of an
// assignment expression starting at token i.
func (w *walker) valueEnd(i int) int {
	lambdas := 0
	k := i
	for ; k < len(w.toks); k = w.step(k) {
		t := w.toks[k]
		switch t.kind {
		case tkNewline:
			return k
		case tkName:
			switch t.text(w.src) {
			case "lambda":
				lambdas++
			case "for", "async":
				return k
			}
		case tkOp:
			switch t.text(w.src) {
			case ",", ";", ")", "]", "}", "=":
				return k
			case ":":
				if lambdas == 0 {
					return k
				}
				lambdas--
			}
		}
	}
	return k
}
