package policy

import (
	"errors"
	"strings"
	"unicode/utf8"
)

// A rule glob matches event names and string arguments:
//
//   - any run of characters, "/" and "." included
//     ?      one character
//     [abc]  one of a, b, c; [a-z] a range; [!a-z] or [^a-z] any but those
//     \x     x itself
//
// Unlike the doublestar globs of verify, it knows nothing of path
// segments: "/tmp/*" matches "/tmp/a/b".
type glob struct {
	kind globKind
	lit  string // the literal of a literal, prefix, suffix or contains glob
	toks []gtok // every kind: the compiled pattern
}

type globKind uint8

const (
	globLiteral  globKind = iota // abc
	globAll                      // *
	globPrefix                   // abc*
	globSuffix                   // *abc
	globContains                 // *abc*
	globGeneral
)

type gtok struct {
	kind  tokKind
	lit   string
	neg   bool
	class []runeRange
}

type tokKind uint8

const (
	tokLit tokKind = iota
	tokOne
	tokStar
	tokClass
)

type runeRange struct{ lo, hi rune }

// The errors a rule glob can have.
var (
	errTrailingBackslash = errors.New("ends with a lone backslash")
	errUnclosedClass     = errors.New("has an unclosed character class")
	errBadRange          = errors.New("has a character range whose end is before its start")
)

// compileGlob compiles a rule glob.
func compileGlob(p string) (*glob, error) {
	var toks []gtok
	var lit strings.Builder
	flush := func() {
		if lit.Len() > 0 {
			toks = append(toks, gtok{kind: tokLit, lit: lit.String()})
			lit.Reset()
		}
	}
	for i := 0; i < len(p); {
		c := p[i]
		switch c {
		case '\\':
			if i+1 >= len(p) {
				return nil, errTrailingBackslash
			}
			_, n := utf8.DecodeRuneInString(p[i+1:])
			lit.WriteString(p[i+1 : i+1+n])
			i += 1 + n
		case '*':
			flush()
			if len(toks) == 0 || toks[len(toks)-1].kind != tokStar {
				toks = append(toks, gtok{kind: tokStar})
			}
			i++
		case '?':
			flush()
			toks = append(toks, gtok{kind: tokOne})
			i++
		case '[':
			flush()
			t, n, err := compileClass(p[i:])
			if err != nil {
				return nil, err
			}
			toks = append(toks, t)
			i += n
		default:
			_, n := utf8.DecodeRuneInString(p[i:])
			lit.WriteString(p[i : i+n])
			i += n
		}
	}
	flush()
	g := &glob{kind: globGeneral, toks: toks}
	switch {
	case len(toks) == 0:
		g.kind = globLiteral
	case len(toks) == 1 && toks[0].kind == tokLit:
		g.kind, g.lit = globLiteral, toks[0].lit
	case len(toks) == 1 && toks[0].kind == tokStar:
		g.kind = globAll
	case len(toks) == 2 && toks[0].kind == tokLit && toks[1].kind == tokStar:
		g.kind, g.lit = globPrefix, toks[0].lit
	case len(toks) == 2 && toks[0].kind == tokStar && toks[1].kind == tokLit:
		g.kind, g.lit = globSuffix, toks[1].lit
	case len(toks) == 3 && toks[0].kind == tokStar && toks[1].kind == tokLit && toks[2].kind == tokStar:
		g.kind, g.lit = globContains, toks[1].lit
	}
	return g, nil
}

// compileClass compiles the class at the start of p ("[...]") and returns
// how many bytes it took.
func compileClass(p string) (gtok, int, error) {
	t := gtok{kind: tokClass}
	i := 1
	if i < len(p) && (p[i] == '!' || p[i] == '^') {
		t.neg = true
		i++
	}
	first := true
	for {
		if i >= len(p) {
			return t, 0, errUnclosedClass
		}
		if p[i] == ']' && !first {
			return t, i + 1, nil
		}
		first = false
		lo, n, err := classRune(p[i:])
		if err != nil {
			return t, 0, err
		}
		i += n
		hi := lo
		if i+1 < len(p) && p[i] == '-' && p[i+1] != ']' {
			if hi, n, err = classRune(p[i+1:]); err != nil {
				return t, 0, err
			}
			i += 1 + n
			if hi < lo {
				return t, 0, errBadRange
			}
		}
		t.class = append(t.class, runeRange{lo, hi})
	}
}

// classRune reads one, possibly escaped, character of a class.
func classRune(p string) (rune, int, error) {
	if p[0] == '\\' {
		if len(p) < 2 {
			return 0, 0, errUnclosedClass
		}
		r, n := utf8.DecodeRuneInString(p[1:])
		return r, 1 + n, nil
	}
	r, n := utf8.DecodeRuneInString(p)
	return r, n, nil
}

// isLiteral reports whether the glob matches exactly one string, and
// which.
func (g *glob) isLiteral() (string, bool) {
	return g.lit, g.kind == globLiteral
}

// literalPrefix is the text every string the glob matches starts with.
func (g *glob) literalPrefix() string {
	if len(g.toks) > 0 && g.toks[0].kind == tokLit {
		return g.toks[0].lit
	}
	return ""
}

// match reports whether s matches the glob.
func (g *glob) match(s string) bool {
	switch g.kind {
	case globLiteral:
		return s == g.lit
	case globAll:
		return true
	case globPrefix:
		return strings.HasPrefix(s, g.lit)
	case globSuffix:
		return strings.HasSuffix(s, g.lit)
	case globContains:
		return strings.Contains(s, g.lit)
	}
	return matchToks(g.toks, s)
}

// matchToks matches s against toks, remembering only the last star: when
// what follows it fails, the star takes one more character and the rest
// is tried again. Earlier stars never need to take more, so the time is
// at most len(toks)*len(s).
func matchToks(toks []gtok, s string) bool {
	ti, si := 0, 0
	starT, starS := -1, 0
	for {
		if ti < len(toks) {
			t := &toks[ti]
			switch t.kind {
			case tokStar:
				starT, starS = ti, si
				ti++
				continue
			case tokLit:
				if strings.HasPrefix(s[si:], t.lit) {
					si += len(t.lit)
					ti++
					continue
				}
			case tokOne:
				if si < len(s) {
					_, n := utf8.DecodeRuneInString(s[si:])
					si += n
					ti++
					continue
				}
			case tokClass:
				if si < len(s) {
					r, n := utf8.DecodeRuneInString(s[si:])
					if t.inClass(r) {
						si += n
						ti++
						continue
					}
				}
			}
		} else if si == len(s) {
			return true
		}
		if starT < 0 || starS >= len(s) {
			return false
		}
		_, n := utf8.DecodeRuneInString(s[starS:])
		starS += n
		ti, si = starT+1, starS
	}
}

func (t *gtok) inClass(r rune) bool {
	for _, rr := range t.class {
		if rr.lo <= r && r <= rr.hi {
			return !t.neg
		}
	}
	return t.neg
}

// covers reports whether every string b matches also matches a, when
// that is easy to see; false means "not known to".
func covers(a, b *glob) bool {
	if lit, ok := b.isLiteral(); ok {
		return a.match(lit)
	}
	switch a.kind {
	case globAll:
		return true
	case globPrefix:
		return strings.HasPrefix(b.literalPrefix(), a.lit)
	}
	return equalToks(a.toks, b.toks)
}

func equalToks(a, b []gtok) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		x, y := &a[i], &b[i]
		if x.kind != y.kind || x.lit != y.lit || x.neg != y.neg || len(x.class) != len(y.class) {
			return false
		}
		for j := range x.class {
			if x.class[j] != y.class[j] {
				return false
			}
		}
	}
	return true
}
