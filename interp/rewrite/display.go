package rewrite

import "strings"

// elem is one comma-separated item [a, b) of a list of tokens; comma is the
// index of the comma after it, or -1.
type elem struct {
	a, b, comma int
}

// nextElem returns the comma-separated item of [k, j) starting at k (up to
// a comma outside brackets and lambda parameters) and where the next one
// starts.
func (w *walker) nextElem(k, j int) (elem, int) {
	for p := k; p < j; {
		switch {
		case w.isName(p, "lambda"):
			p = w.colon(p+1, j)
			continue
		case w.isOp(p, ","):
			return elem{a: k, b: p, comma: p}, p + 1
		}
		p = w.step(p)
	}
	return elem{a: k, b: j, comma: -1}, j
}

// split cuts [i, j) into its comma-separated items. A trailing comma makes
// no empty item.
func (w *walker) split(i, j int) []elem {
	var out []elem
	for k := i; k < j; {
		var e elem
		e, k = w.nextElem(k, j)
		out = append(out, e)
	}
	return out
}

// anyStarred reports whether an item of [i, j) starts with the operator op,
// without allocating.
func (w *walker) anyStarred(i, j int, op string) bool {
	for k := i; k < j; {
		var e elem
		e, k = w.nextElem(k, j)
		if w.starred(e, op) {
			return true
		}
	}
	return false
}

// starred reports whether item e starts with the unary operator op.
func (w *walker) starred(e elem, op string) bool {
	return e.a < e.b && w.isOp(e.a, op)
}

// count returns how many items start with op.
func (w *walker) count(elems []elem, op string) int {
	n := 0
	for _, e := range elems {
		if w.starred(e, op) {
			n++
		}
	}
	return n
}

// plain reports whether the items can be rewritten at all: none is empty
// or a bare star, and the group holds no comprehension.
func (w *walker) plain(elems []elem, i, j int) bool {
	for _, e := range elems {
		if e.a >= e.b || ((w.starred(e, "*") || w.starred(e, "**")) && e.b-e.a < 2) {
			return false
		}
	}
	return w.findTop(i, j, func(k int) bool { return w.isName(k, "for") }) == j
}

// render returns the rewritten text of the tokens [a, b).
func (w *walker) render(a, b int) string {
	if a >= b {
		return ""
	}
	saved := w.wr
	w.wr = writer{src: w.src, lo: w.start(a), pos: w.start(a)}
	w.expr(a, b, false)
	s, _ := w.wr.finish(w.end(b - 1))
	w.wr = saved
	return s
}

// gaps returns the text before and after item idx of elems, between the
// separators around it; lo and hi bound the whole list.
func (w *walker) gaps(elems []elem, idx, lo, hi int) (lead, trail string) {
	e := elems[idx]
	from := lo
	if idx > 0 {
		from = w.end(elems[idx-1].comma)
	}
	to := hi
	if e.comma >= 0 {
		to = w.start(e.comma)
	}
	return w.src[from:w.start(e.a)], w.src[w.end(e.b-1):to]
}

// finalGap returns the text after a trailing comma of elems.
func (w *walker) finalGap(elems []elem, hi int) string {
	if c := elems[len(elems)-1].comma; c >= 0 {
		return w.src[w.end(c):hi]
	}
	return ""
}

// unpacked renders "*x" or "**x" (item e) as "(x)".
func (w *walker) unpacked(e elem) string {
	gap := w.src[w.end(e.a):w.start(e.a+1)]
	return "(" + gap + w.render(e.a+1, e.b) + ")"
}

// groups renders items as arguments of a builtin: an item starting with op
// becomes its operand in parentheses, runs of other items are wrapped in
// open and close. Separators' gaps are kept.
func (w *walker) groups(elems []elem, lo, hi int, op, open, close string) string {
	var b strings.Builder
	for idx, e := range elems {
		lead, trail := w.gaps(elems, idx, lo, hi)
		if idx > 0 {
			b.WriteByte(',')
		}
		b.WriteString(lead)
		if w.starred(e, op) {
			b.WriteString(w.unpacked(e))
			b.WriteString(trail)
			continue
		}
		if idx == 0 || w.starred(elems[idx-1], op) {
			b.WriteString(open)
		}
		b.WriteString(w.render(e.a, e.b))
		b.WriteString(trail)
		if idx == len(elems)-1 || w.starred(elems[idx+1], op) {
			b.WriteString(close)
		}
	}
	b.WriteString(w.finalGap(elems, hi))
	return b.String()
}

// exprList rewrites an unbracketed expression list, such as the value of an
// assignment: with a starred item and a comma it is a tuple display.
func (w *walker) exprList(i, j int) {
	if i >= j {
		return
	}
	if !w.anyStarred(i, j, "*") {
		w.expr(i, j, false)
		return
	}
	elems := w.split(i, j)
	if len(elems) > 0 && w.count(elems, "*") > 0 && w.count(elems, "**") == 0 &&
		(len(elems) > 1 || elems[0].comma >= 0) && w.plain(elems, i, j) {
		lo, hi := w.start(i), w.end(j-1)
		w.wr.replace(lo, hi, tupleFunc+"("+w.groups(elems, lo, hi, "*", "[", "]")+")")
		return
	}
	w.expr(i, j, false)
}

// display rewrites the tuple or list display p..m (its brackets) when it
// unpacks an iterable.
func (w *walker) display(p, m int, fn string) {
	if !w.anyStarred(p+1, m, "*") {
		w.expr(p+1, m, false)
		return
	}
	elems := w.split(p+1, m)
	ok := len(elems) > 0 && w.count(elems, "*") > 0 && w.count(elems, "**") == 0 &&
		w.plain(elems, p+1, m)
	if ok && fn == tupleFunc && len(elems) == 1 && elems[0].comma < 0 {
		ok = false
	}
	if !ok {
		w.expr(p+1, m, false)
		return
	}
	lo, hi := w.end(p), w.start(m)
	w.wr.replace(w.start(p), w.end(m), fn+"("+w.groups(elems, lo, hi, "*", "[", "]")+")")
}

// braces rewrites the set or dict display p..m when it unpacks.
func (w *walker) braces(p, m int) {
	if !w.anyStarred(p+1, m, "*") && !w.anyStarred(p+1, m, "**") {
		w.expr(p+1, m, false)
		return
	}
	elems := w.split(p+1, m)
	stars, dstars := w.count(elems, "*"), w.count(elems, "**")
	pairs := 0
	for _, e := range elems {
		if !w.starred(e, "**") && w.colon(e.a, e.b) < e.b {
			pairs++
		}
	}
	ok := len(elems) > 0 && w.plain(elems, p+1, m)
	lo, hi := w.end(p), w.start(m)
	switch {
	case ok && stars > 0 && dstars == 0 && pairs == 0:
		w.wr.replace(w.start(p), w.end(m), setFunc+"("+w.groups(elems, lo, hi, "*", "[", "]")+")")
	case ok && dstars > 0 && stars == 0 && pairs+dstars == len(elems):
		w.wr.replace(w.start(p), w.end(m), dictFunc+"("+w.groups(elems, lo, hi, "**", "{", "}")+")")
	default:
		w.expr(p+1, m, false)
	}
}
