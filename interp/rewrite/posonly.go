package rewrite

import "strings"

// PosOnly marks a function whose first Count parameters are positional
// only (PEP 570). Line is its def or lambda keyword's line, and Nth counts
// the def and lambda keywords before it on that line, so that the caller
// can find the function in the syntax tree of the rewritten source.
type PosOnly struct {
	Line, Nth, Count int
}

// PositionalOnly removes the "/" of positional-only parameters, which
// gpython's parser does not know, from every def and lambda, and returns
// where it was: the interpreter enforces it when it binds arguments. Lines
// keep their numbers. A "/" that is not a parameter of its own is left for
// the parser to refuse.
func PositionalOnly(src string) (string, []PosOnly) {
	if !strings.Contains(src, "/") {
		return src, nil
	}
	lx, ok := lexAll(src)
	defer lexers.Put(lx)
	if !ok {
		return src, nil
	}
	w := walker{src: src, toks: lx.toks, wr: writer{src: src}}
	var marks []PosOnly
	line, nth := 0, 0
	for k := 0; k < len(w.toks); k++ {
		isDef := w.isName(k, "def")
		if !isDef && !w.isName(k, "lambda") {
			continue
		}
		if l, _ := lineCol(src, w.start(k)); l != line {
			line, nth = l, 0
		} else {
			nth++
		}
		var lo, hi int // the parameters are the tokens [lo, hi)
		if isDef {
			if k+2 >= len(w.toks) || !w.isOp(k+2, "(") || w.match(k+2) < 0 {
				continue
			}
			lo, hi = k+3, w.match(k+2)
		} else {
			lo, hi = k+1, w.colon(k+1, len(w.toks))
		}
		if n, ok := w.dropSlash(lo, hi); ok {
			marks = append(marks, PosOnly{Line: line, Nth: nth, Count: n})
		}
	}
	out, _ := w.wr.finish(len(src))
	return out, marks
}

// dropSlash removes the "/" parameter of the parameter list [lo, hi),
// with the comma that separates it, and returns how many parameters come
// before it.
func (w *walker) dropSlash(lo, hi int) (int, bool) {
	n := 0
	for k := lo; k < hi; k = w.step(k) {
		if w.isOp(k, ",") {
			n++
			continue
		}
		if !w.isOp(k, "/") {
			continue
		}
		if k == lo || !w.isOp(k-1, ",") || (k+1 < hi && !w.isOp(k+1, ",")) {
			continue // a division in a default value
		}
		if w.start(k-1) < w.wr.pos {
			return 0, false // inside a list already rewritten
		}
		if k+1 < hi {
			w.wr.replace(w.start(k), w.end(k+1), "") // "/,"
		} else {
			w.wr.replace(w.start(k-1), w.end(k), "") // ", /" at the end
		}
		return n, true
	}
	return 0, false
}
