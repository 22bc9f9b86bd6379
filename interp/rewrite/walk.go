package rewrite

import "strings"

// writer builds the output of a range lazily: until the first change it
// only moves a cursor, so an unchanged range costs no allocation.
type writer struct {
	src     string
	lo, pos int
	b       *strings.Builder
}

// replace copies the source up to lo, writes s instead of src[lo:hi] and
// moves the cursor to hi.
func (wr *writer) replace(lo, hi int, s string) {
	if wr.b == nil {
		wr.b = new(strings.Builder)
		wr.b.Grow(len(wr.src) - wr.lo + 64)
	}
	wr.b.WriteString(wr.src[wr.pos:lo])
	wr.b.WriteString(s)
	wr.pos = hi
}

// finish returns the text of src[wr.lo:hi] with the changes made.
func (wr *writer) finish(hi int) (string, bool) {
	if wr.b == nil {
		return wr.src[wr.lo:hi], false
	}
	wr.b.WriteString(wr.src[wr.pos:hi])
	return wr.b.String(), true
}

// walker rewrites the tokens of one range of a source.
type walker struct {
	src  string
	toks []token
	fs   []*fstring
	wr   writer
	err  error
	// soft is 1 + the index of a match keyword heading a statement, whose
	// subject is not called or subscripted by a bracket after it.
	soft int
}

// keywords are the names that are not operands.
var keywords = map[string]bool{
	"and": true, "as": true, "assert": true, "async": true, "await": true,
	"break": true, "class": true, "continue": true, "def": true, "del": true,
	"elif": true, "else": true, "except": true, "finally": true, "for": true,
	"from": true, "global": true, "if": true, "import": true, "in": true,
	"is": true, "lambda": true, "nonlocal": true, "not": true, "or": true,
	"pass": true, "raise": true, "return": true, "try": true, "while": true,
	"with": true, "yield": true,
}

// start returns the offset where token k starts.
func (w *walker) start(k int) int { return int(w.toks[k].start) }

// end returns the offset where token k ends.
func (w *walker) end(k int) int { return int(w.toks[k].end) }

// match returns the index of the bracket matching token k, or -1.
func (w *walker) match(k int) int { return int(w.toks[k].match) }

// op returns the text of token k.
func (w *walker) op(k int) string { return w.src[w.toks[k].start:w.toks[k].end] }

// text returns the text of t in src.
func (t token) text(src string) string { return src[t.start:t.end] }

// isName reports whether token k is the name or keyword s.
func (w *walker) isName(k int, s string) bool {
	return k >= 0 && k < len(w.toks) && w.toks[k].kind == tkName && w.op(k) == s
}

// isOp reports whether token k is the operator s.
func (w *walker) isOp(k int, s string) bool {
	return k >= 0 && k < len(w.toks) && w.toks[k].kind == tkOp && w.op(k) == s
}

// operandEnd reports whether token k can end an operand, so that a bracket
// after it is a call or a subscript and a star after it is binary.
func (w *walker) operandEnd(k int) bool {
	if k < 0 || k+1 == w.soft {
		return false
	}
	t := w.toks[k]
	switch t.kind {
	case tkName:
		return !keywords[t.text(w.src)]
	case tkNumber, tkString:
		return true
	case tkOp:
		return t.text(w.src) == ")" || t.text(w.src) == "]" || t.text(w.src) == "}"
	}
	return false
}

// step returns the index after token k, jumping over a bracketed group.
func (w *walker) step(k int) int {
	if m := w.match(k); m > k {
		return m + 1
	}
	return k + 1
}

// findTop returns the first index in [i, j) outside brackets where pred
// holds, or j.
func (w *walker) findTop(i, j int, pred func(k int) bool) int {
	for k := i; k < j; k = w.step(k) {
		if pred(k) {
			return k
		}
	}
	return j
}

// colon returns the index of the ':' in [i, j) that is not a lambda's, or j.
func (w *walker) colon(i, j int) int {
	lambdas := 0
	return w.findTop(i, j, func(k int) bool {
		switch {
		case w.isName(k, "lambda"):
			lambdas++
		case w.isOp(k, ":"):
			if lambdas == 0 {
				return true
			}
			lambdas--
		}
		return false
	})
}

// lines rewrites every logical line of the token list.
func (w *walker) lines() {
	for i := 0; i < len(w.toks) && w.err == nil; {
		j := i
		for j < len(w.toks) && w.toks[j].kind != tkNewline {
			j = w.step(j)
		}
		if j > len(w.toks) {
			j = len(w.toks)
		}
		for k := i; k < j && w.err == nil; {
			k = w.stmt(k, j)
		}
		i = j + 1
	}
}

// stmt rewrites the statement starting at token k of a logical line ending
// at j and returns where the next statement on the line starts.
func (w *walker) stmt(k, j int) int {
	t := w.toks[k]
	if t.kind == tkOp && (t.text(w.src) == ":" || t.text(w.src) == ";") {
		return k + 1
	}
	if t.kind == tkName {
		if next, ok := w.compound(k, j); ok {
			return next
		}
	}
	e := w.findTop(k, j, func(p int) bool { return w.isOp(p, ";") })
	switch {
	case t.kind == tkName && (t.text(w.src) == "import" || t.text(w.src) == "from" || t.text(w.src) == "global" || t.text(w.src) == "nonlocal"):
	case t.kind == tkName && keywords[t.text(w.src)] && t.text(w.src) != "lambda" && t.text(w.src) != "not" && t.text(w.src) != "await":
		w.exprList(k+1, e)
	case t.kind == tkOp && t.text(w.src) == "@":
		w.decorator(k+1, e)
	default:
		w.assignment(k, e)
	}
	return e
}

// decorator rewrites the expression [i, j) after an @. Python 3.4's
// grammar takes only a dotted name, called or not; any other expression
// (PEP 614: @buttons[0].clicked, @(lambda f: f)) is wrapped in a call of
// the identity builtin DecoratorFunc, which that grammar accepts.
func (w *walker) decorator(i, j int) {
	simple := i < j && w.toks[i].kind == tkName
	k := i + 1
	for simple && k+1 < j && w.isOp(k, ".") && w.toks[k+1].kind == tkName {
		k += 2
	}
	if simple && k < j && w.isOp(k, "(") && w.match(k) == j-1 {
		k = j
	}
	if simple && k == j || i >= j {
		w.expr(i, j, false)
		return
	}
	w.wr.replace(w.start(i), w.start(i), DecoratorFunc+"(")
	w.expr(i, j, false)
	w.wr.replace(w.end(j-1), w.end(j-1), ")")
}

// compound rewrites the header of a compound statement starting at k and
// returns where its body starts on the same line.
func (w *walker) compound(k, j int) (int, bool) {
	switch w.op(k) {
	case "if", "elif", "while":
		c := w.colon(k+1, j)
		w.expr(k+1, c, false)
		return c, true
	case "else", "try", "finally", "async":
		return k + 1, true
	case "match", "case":
		return w.softKeyword(k, j)
	case "for":
		in := w.findTop(k+1, j, func(p int) bool { return w.isName(p, "in") })
		w.expr(k+1, in, true)
		c := w.colon(in+1, j)
		w.exprList(in+1, c)
		return c, true
	case "with", "except":
		c := w.colon(k+1, j)
		w.withItems(k+1, c)
		return c, true
	case "def":
		c := w.colon(k+1, j)
		if k+2 < c && w.isOp(k+2, "(") && w.match(k+2) > k+2 {
			m := w.match(k + 2)
			w.expr(k+3, m, false)
			w.expr(m+1, c, false)
		}
		return c, true
	case "class":
		c := w.colon(k+1, j)
		if k+2 < c && w.isOp(k+2, "(") && w.match(k+2) > k+2 {
			w.call(k+2, w.match(k+2))
		}
		return c, true
	}
	return 0, false
}

// softKeyword rewrites the header of a match statement or of a case
// clause, told from other uses of these names by the ':' that ends the
// header. A case pattern is not an expression and stays as it is.
func (w *walker) softKeyword(k, j int) (int, bool) {
	c := w.colon(k+1, j)
	if c == j || c == k+1 || w.isOp(k+1, "=") || w.isOp(k+1, ".") {
		return 0, false
	}
	if w.op(k) == "match" {
		w.soft = k + 1
		w.exprList(k+1, c)
		w.soft = 0
	}
	return c, true
}

// withItems rewrites "expr as target, ..." of a with or except header.
func (w *walker) withItems(i, j int) {
	for _, e := range w.split(i, j) {
		as := w.findTop(e.a, e.b, func(p int) bool { return w.isName(p, "as") })
		w.expr(e.a, as, false)
		if as < e.b {
			w.expr(as+1, e.b, true)
		}
	}
}

// assignment rewrites a simple statement: targets = ... = value, an
// augmented assignment or an expression statement.
func (w *walker) assignment(i, j int) {
	start := i
	lambdas := 0
	for k := i; k < j; k = w.step(k) {
		switch {
		case w.isName(k, "lambda"):
			lambdas++
		case w.isOp(k, ":") && lambdas > 0:
			lambdas--
		case lambdas == 0 && w.toks[k].kind == tkOp && isAssignOp(w.op(k)):
			w.expr(start, k, true)
			start = k + 1
		}
	}
	w.exprList(start, j)
}

// isAssignOp reports whether op assigns.
func isAssignOp(op string) bool {
	return op == "=" || (len(op) >= 2 && op[len(op)-1] == '=' &&
		op != "==" && op != "!=" && op != "<=" && op != ">=")
}

// expr rewrites the tokens [i, j). In a target, bare tuple and list
// displays are assignment targets and keep their starred items.
func (w *walker) expr(i, j int, target bool) {
	for p := i; p < j && w.err == nil; {
		t := w.toks[p]
		switch {
		case t.kind == tkString:
			p = w.stringRun(p, j)
		case t.kind == tkName && t.text(w.src) == "lambda":
			c := w.colon(p+1, j)
			w.expr(p+1, c, false)
			p = c
		case t.kind == tkName && t.text(w.src) == "for" && !target:
			in := w.findTop(p+1, j, func(k int) bool { return w.isName(k, "in") })
			w.expr(p+1, in, true)
			p = in
		case t.kind == tkOp && int(t.match) > p && int(t.match) < j:
			w.bracket(p, target)
			p = int(t.match) + 1
		default:
			p++
		}
	}
}

// stringRun handles the run of string tokens starting at p and returns the
// index after it.
func (w *walker) stringRun(p, j int) int {
	q, f := p, w.toks[p].fstr >= 0
	for q+1 < j && w.toks[q+1].kind == tkString {
		q++
		f = f || w.toks[q].fstr >= 0
	}
	if f {
		w.err = w.stringGroup(p, q)
	}
	return q + 1
}

// bracket rewrites the bracketed group opening at p.
func (w *walker) bracket(p int, target bool) {
	m := w.match(p)
	called := w.operandEnd(p - 1)
	switch w.op(p) {
	case "(":
		switch {
		case called:
			w.call(p, m)
		case target:
			w.expr(p+1, m, true)
		default:
			w.display(p, m, tupleFunc)
		}
	case "[":
		switch {
		case called:
			w.expr(p+1, m, false)
		case target:
			w.expr(p+1, m, true)
		default:
			w.display(p, m, listFunc)
		}
	default:
		w.braces(p, m)
	}
}
