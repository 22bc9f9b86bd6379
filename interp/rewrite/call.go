package rewrite

import "strings"

// argKind classifies a call argument.
type argKind uint8

const (
	argPos   argKind = iota // expr
	argStar                 // *expr
	argDstar                // **expr
	argKw                   // name=expr
)

// argList is the classified arguments of one call.
type argList struct {
	elems []elem
	kinds []argKind
}

// kind classifies item e of a call.
func (w *walker) kind(e elem) argKind {
	switch {
	case w.starred(e, "*"):
		return argStar
	case w.starred(e, "**"):
		return argDstar
	case e.b-e.a >= 3 && w.toks[e.a].kind == tkName && !keywords[w.op(e.a)] && w.isOp(e.a+1, "="):
		return argKw
	}
	return argPos
}

// call rewrites the arguments of the call whose parentheses are p and m
// when Python 3.4 would reject their unpackings.
func (w *walker) call(p, m int) {
	if w.acceptedAsIs(p+1, m) {
		w.expr(p+1, m, false)
		return
	}
	elems := w.split(p+1, m)
	args := argList{elems: elems, kinds: make([]argKind, len(elems))}
	for i, e := range elems {
		args.kinds[i] = w.kind(e)
	}
	if !w.fixable(args, p+1, m) {
		w.expr(p+1, m, false)
		return
	}
	lo, hi := w.end(p), w.start(m)
	w.wr.replace(lo, hi, w.arguments(args, lo, hi))
}

// acceptedAsIs reports whether Python 3.4 accepts the arguments [i, j) as
// they are: positional and keyword arguments, then at most one *x followed
// only by keywords, then at most one **x, and no trailing comma after *x or
// **x. It does not allocate.
func (w *walker) acceptedAsIs(i, j int) bool {
	stars, dstars, n := 0, 0, 0
	var e elem
	for k := i; k < j; n++ {
		e, k = w.nextElem(k, j)
		switch w.kind(e) {
		case argStar:
			stars++
		case argDstar:
			dstars++
			if k < j {
				return false
			}
		case argPos:
			if stars > 0 {
				return false
			}
		}
	}
	if n == 0 {
		return true
	}
	return stars <= 1 && dstars <= 1 && !(e.comma >= 0 && stars+dstars > 0)
}

// fixable reports whether the arguments are valid in Python 3.5+, so that
// rewriting them keeps their meaning: nothing positional after a keyword or
// a **x, no *x after a **x, no repeated keyword, no generator argument
// among others.
func (w *walker) fixable(args argList, i, j int) bool {
	if !w.plain(args.elems, i, j) {
		return false
	}
	seenKw, seenDstar := false, false
	names := map[string]bool{}
	for idx, k := range args.kinds {
		switch k {
		case argPos:
			if seenKw || seenDstar {
				return false
			}
		case argStar:
			if seenDstar {
				return false
			}
		case argKw:
			name := w.op(args.elems[idx].a)
			if names[name] {
				return false
			}
			names[name] = true
			seenKw = true
		case argDstar:
			seenDstar = true
		}
	}
	return true
}

// arguments renders the rewritten argument list: leading positional
// arguments, one *__spython_tuple__(...) for the rest of the positional
// ones, the keywords before the first **x, and one
// **__spython_kwargs__(...) for the rest. CPython evaluates positional
// arguments before keyword ones, so the order of evaluation is kept. The
// text between arguments stays where it was, whatever argument moves.
func (w *walker) arguments(args argList, lo, hi int) string {
	order, group := w.argOrder(args)
	var b strings.Builder
	for n, i := range order {
		lead, trail := w.gaps(args.elems, n, lo, hi)
		if n > 0 {
			b.WriteByte(',')
		}
		b.WriteString(lead)
		g := group[i]
		first := n == 0 || group[order[n-1]] != g
		last := n == len(order)-1 || group[order[n+1]] != g
		if !g.packed {
			b.WriteString(w.render(args.elems[i].a, args.elems[i].b) + trail)
			continue
		}
		if first {
			b.WriteString(g.opener)
		}
		b.WriteString(w.packedArg(args, order, n, first, last))
		b.WriteString(trail)
		if !last && args.kinds[i] == argPos && args.kinds[order[n+1]] == argStar {
			b.WriteString("]")
		}
		if last {
			if args.kinds[i] == argPos {
				b.WriteString("]")
			}
			b.WriteString(")")
		}
	}
	return b.String() + w.finalGap(args.elems, hi)
}

// argGroup is where an argument goes in the rewritten call.
type argGroup struct {
	opener string // "*__spython_tuple__(" or "**__spython_kwargs__("
	packed bool   // the argument becomes an argument of that builtin
}

// argOrder returns the order of the arguments in the rewritten call and the
// group of each.
func (w *walker) argOrder(args argList) ([]int, []*argGroup) {
	firstStar, firstDstar := len(args.kinds), len(args.kinds)
	for i := len(args.kinds) - 1; i >= 0; i-- {
		switch args.kinds[i] {
		case argStar:
			firstStar = i
		case argDstar:
			firstDstar = i
		}
	}
	var lead, star, kws, rest []int
	for i, k := range args.kinds {
		switch {
		case k == argPos && i < firstStar:
			lead = append(lead, i)
		case k == argPos || k == argStar:
			star = append(star, i)
		case i < firstDstar:
			kws = append(kws, i)
		default:
			rest = append(rest, i)
		}
	}
	group := make([]*argGroup, len(args.kinds))
	plain := &argGroup{}
	stars := &argGroup{opener: "*" + tupleFunc + "(", packed: len(star) > 1}
	dstars := &argGroup{opener: "**" + kwargsFunc + "(", packed: len(rest) > 1}
	for _, set := range []struct {
		idx []int
		g   *argGroup
	}{{lead, plain}, {star, stars}, {kws, plain}, {rest, dstars}} {
		for _, i := range set.idx {
			group[i] = set.g
		}
	}
	order := append(append(append(lead, star...), kws...), rest...)
	return order, group
}

// packedArg renders argument order[n] as an argument of a packing builtin.
func (w *walker) packedArg(args argList, order []int, n int, first, last bool) string {
	i := order[n]
	e := args.elems[i]
	switch args.kinds[i] {
	case argStar, argDstar:
		return w.unpacked(e)
	case argKw:
		gap := w.src[w.end(e.a+1):w.start(e.a+2)]
		return "{'" + w.op(e.a) + "': " + gap + w.render(e.a+2, e.b) + "}"
	}
	if first || args.kinds[order[n-1]] == argStar {
		return "[" + w.render(e.a, e.b)
	}
	return w.render(e.a, e.b)
}
