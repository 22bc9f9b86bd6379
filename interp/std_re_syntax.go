package interp

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
)

// The re module runs on Go's regexp package (RE2). This file translates a
// Python pattern into RE2 syntax, checking it as CPython's parser does and
// raising the same errors at the same positions. A pattern using what RE2
// cannot express (backreferences, lookaround, atomic groups, possessive
// quantifiers, conditional groups) is translated again, into the .NET
// syntax of the backtracking engine github.com/dlclark/regexp2, which
// runs those patterns only (see translateRE).
//
// Differences the translation takes care of:
//   - capturing groups are emitted unnamed; names are kept here, so that
//     any identifier can name a group;
//   - \d, \w, \s follow Python's Unicode definitions for str patterns and
//     ASCII ones for bytes patterns and re.ASCII;
//   - `$` without MULTILINE also matches before a newline that ends the
//     string: it becomes a marker group `(\n?\z)` and the match is cut
//     back to where the marker starts;
//   - `.`, `^` and `$` follow the DOTALL and MULTILINE flags in scope;
//   - VERBOSE whitespace and comments are dropped here.

// Flag values of CPython's re module.
const (
	reTemplate   = 1
	reIgnoreCase = 2
	reLocale     = 4
	reMultiline  = 8
	reDotAll     = 16
	reUnicode    = 32
	reVerbose    = 64
	reDebug      = 128
	reASCII      = 256
)

// reSyntaxError is a pattern error: CPython's message and the position
// (in characters of the pattern) it points at, or -1.
type reSyntaxError struct {
	msg string
	pos int
}

func (e *reSyntaxError) Error() string { return e.msg }

// reProgram is a translated pattern.
type reProgram struct {
	re2        string         // the RE2 pattern
	groups     int            // number of Python capturing groups
	names      map[string]int // group name -> number
	nameOrder  []string       // names in group order
	groupRE    []int          // Python group number -> RE2 submatch index
	closeAt    []int          // Python group number -> position of its `)`
	dollars    []int          // RE2 submatch indexes of `$` markers
	re2Groups  int            // RE2 submatch count (without group 0)
	contextual bool           // uses ^, \A, \b or \B: the text before pos matters
	flags      int            // the flags, global inline flags included
	backtrack  bool           // re2 is .NET syntax for regexp2, not RE2 syntax
}

// reParser walks a pattern.
type reParser struct {
	src     []rune
	i       int
	isBytes bool
	flags   int // flags in scope
	prog    *reProgram
	depth   int
	open    []int // Python group numbers of the groups being parsed

	// For the backtracking translation (bt): the width (least and most
	// characters) of what was parsed last, the width of each closed
	// group, the first group number inside the lookbehind being parsed
	// (0 outside one), whether a lookbehind has a variable width, and
	// where conditional groups name a group by number.
	bt       bool
	w        [2]int
	groupW   [][2]int
	lbGroups int
	varLB    bool
	condRefs map[int]int
	qmin     int
	qmax     int
	qposs    bool
}

// errBacktrack stops the RE2 translation of a pattern that needs the
// backtracking engine.
var errBacktrack = &reSyntaxError{msg: "pattern needs the backtracking engine", pos: -3}

// reInf is the width of what has no bound.
const reInf = 1 << 40

func addWidth(a, b int) int { return min(a+b, reInf) }

func mulWidth(a, n int) int {
	if n < 0 {
		if a == 0 {
			return 0
		}
		return reInf
	}
	if a != 0 && n > reInf/a {
		return reInf
	}
	return min(a*n, reInf)
}

// needBacktrack is the error for a construct RE2 cannot run: in the RE2
// translation it asks for the backtracking one.
func (p *reParser) needBacktrack() error {
	if p.bt {
		return nil
	}
	return errBacktrack
}

func reErr(pos int, format string, args ...any) *reSyntaxError {
	return &reSyntaxError{msg: fmt.Sprintf(format, args...), pos: pos}
}

// unsupported is the error for a construct RE2 cannot express.
func unsupported(pos int, what string) *reSyntaxError {
	return reErr(pos, "spython's re does not support %s", what)
}

// translateRE translates a pattern given as runes (bytes patterns are
// given one rune per byte) into RE2 syntax or, when it uses what only a
// backtracking engine can run, into the .NET syntax of regexp2.
func translateRE(src []rune, flags int, isBytes bool) (*reProgram, error) {
	prog, err := translateWith(src, flags, isBytes, false)
	if err == errBacktrack {
		prog, err = translateWith(src, flags, isBytes, true)
	}
	if err != nil {
		return nil, err
	}
	return prog, nil
}

func translateWith(src []rune, flags int, isBytes, bt bool) (prog *reProgram, err error) {
	p := &reParser{src: src, isBytes: isBytes, flags: flags, bt: bt,
		groupW: [][2]int{{0, 0}}, condRefs: map[int]int{},
		prog: &reProgram{names: map[string]int{}, groupRE: []int{0}, closeAt: []int{-1}, backtrack: bt}}
	if err := p.checkFlags(p.flags, -1); err != nil {
		return nil, err
	}
	body, err := p.parseAlt()
	if err != nil {
		return nil, err
	}
	if p.i < len(p.src) {
		// Only an unbalanced `)` stops the top level early.
		return nil, reErr(p.i, "unbalanced parenthesis")
	}
	if bt {
		// A conditional group may name a group that comes later; it must
		// exist once the whole pattern is read.
		for _, g := range sortedKeys(p.condRefs) {
			if g > p.prog.groups {
				return nil, reErr(p.condRefs[g], "invalid group reference %d", g)
			}
		}
	}
	flags = p.flags
	if err := p.checkFlags(flags, -1); err != nil {
		return nil, err
	}
	if p.varLB {
		return nil, reErr(-1, "look-behind requires fixed-width pattern")
	}
	if !isBytes && flags&reASCII == 0 {
		flags |= reUnicode
	}
	p.prog.flags = flags
	prefix := ""
	if flags&reIgnoreCase != 0 && !asciiOnly(flags, isBytes) {
		prefix = "(?i)"
	}
	p.prog.re2 = prefix + body
	return p.prog, nil
}

// checkFlags refuses incompatible flags, as CPython does once the pattern
// is parsed (pos < 0) or for inline flags.
func (p *reParser) checkFlags(flags, pos int) error {
	if p.isBytes {
		if flags&reUnicode != 0 {
			if pos >= 0 {
				return reErr(pos, "bad inline flags: cannot use 'u' flag with a bytes pattern")
			}
			return &reSyntaxError{msg: "cannot use UNICODE flag with a bytes pattern", pos: -2}
		}
	} else if flags&reLocale != 0 {
		if pos >= 0 {
			return reErr(pos, "bad inline flags: cannot use 'L' flag with a str pattern")
		}
		return &reSyntaxError{msg: "cannot use LOCALE flag with a str pattern", pos: -2}
	}
	if flags&reASCII != 0 && flags&(reUnicode|reLocale) != 0 {
		if pos >= 0 {
			return reErr(pos, "bad inline flags: flags 'a', 'u' and 'L' are incompatible")
		}
		if flags&reUnicode != 0 {
			return &reSyntaxError{msg: "ASCII and UNICODE flags are incompatible", pos: -2}
		}
		return &reSyntaxError{msg: "ASCII and LOCALE flags are incompatible", pos: -2}
	}
	return nil
}

func (p *reParser) more() bool { return p.i < len(p.src) }
func (p *reParser) peek() rune {
	if p.i < len(p.src) {
		return p.src[p.i]
	}
	return -1
}

// skipVerbose skips whitespace and comments in VERBOSE mode.
func (p *reParser) skipVerbose() {
	if p.flags&reVerbose == 0 {
		return
	}
	for p.more() {
		c := p.src[p.i]
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			p.i++
		case c == '#':
			for p.more() && p.src[p.i] != '\n' {
				p.i++
			}
		default:
			return
		}
	}
}

// parseAlt parses branches separated by `|` up to `)` or the end.
func (p *reParser) parseAlt() (string, error) {
	var branches []string
	w := [2]int{reInf, 0}
	for {
		b, err := p.parseSeq()
		if err != nil {
			return "", err
		}
		branches = append(branches, b)
		w = [2]int{min(w[0], p.w[0]), max(w[1], p.w[1])}
		if p.peek() != '|' {
			break
		}
		p.i++
	}
	p.w = w
	if len(branches) == 1 {
		return branches[0], nil
	}
	return "(?:" + strings.Join(branches, "|") + ")", nil
}

// item kinds, for the checks on quantifiers.
const (
	itemNone   = iota // nothing yet
	itemAtom          // something that can be repeated
	itemAnchor        // an assertion: cannot be repeated
	itemRepeat        // already repeated
)

// parseSeq parses one branch.
func (p *reParser) parseSeq() (string, error) {
	var b strings.Builder
	last := itemNone
	lastText := ""
	var seqW, lastW [2]int
	flush := func() {
		b.WriteString(lastText)
		lastText = ""
		seqW = [2]int{addWidth(seqW[0], lastW[0]), addWidth(seqW[1], lastW[1])}
		lastW = [2]int{}
	}
	for {
		p.skipVerbose()
		if !p.more() {
			break
		}
		c := p.src[p.i]
		if c == '|' || c == ')' {
			break
		}
		start := p.i
		if c == '*' || c == '+' || c == '?' || (c == '{' && p.isRepeat()) {
			switch last {
			case itemNone, itemAnchor:
				return "", reErr(start, "nothing to repeat")
			case itemRepeat:
				return "", reErr(start, "multiple repeat")
			}
			q, err := p.parseQuantifier()
			if err != nil {
				return "", err
			}
			if p.qposs {
				// A possessive repeat is an atomic group around the
				// greedy one.
				lastText = "(?>" + lastText + q + ")"
			} else {
				lastText += q
			}
			lastW = [2]int{mulWidth(lastW[0], p.qmin), mulWidth(lastW[1], p.qmax)}
			last = itemRepeat
			continue
		}
		flush()
		text, kind, err := p.parseItem()
		if err != nil {
			return "", err
		}
		if kind == itemNone {
			continue // a comment or flags group: nothing emitted
		}
		lastText, last, lastW = text, kind, p.w
	}
	flush()
	p.w = seqW
	return b.String(), nil
}

// isRepeat says whether the `{` at p.i starts a valid {m,n} repeat.
func (p *reParser) isRepeat() bool {
	j := p.i + 1
	for j < len(p.src) && isDigitRune(p.src[j]) {
		j++
	}
	if j < len(p.src) && p.src[j] == '}' && j == p.i+1 {
		return false // x{} is literal
	}
	if j < len(p.src) && p.src[j] == ',' {
		j++
		for j < len(p.src) && isDigitRune(p.src[j]) {
			j++
		}
	}
	return j < len(p.src) && p.src[j] == '}'
}

// repeatCount is the value of a {m,n} bound, def when it is empty; huge
// values saturate.
func repeatCount(digits string, def int) int {
	if digits == "" {
		return def
	}
	n := 0
	for _, d := range digits {
		n = n*10 + int(d-'0')
		if n > 1<<40 {
			return 1 << 40
		}
	}
	return n
}

func isDigitRune(r rune) bool { return r >= '0' && r <= '9' }

// maxRE2Repeat is the largest count RE2 accepts in {m,n}.
const maxRE2Repeat = 1000

// parseQuantifier parses *, +, ?, {m,n} and a following ? (lazy); a
// following + (possessive) is refused.
func (p *reParser) parseQuantifier() (string, error) {
	start := p.i
	c := p.src[p.i]
	p.i++
	var q string
	if c == '{' {
		j := p.i
		for isDigitRune(p.src[p.i]) {
			p.i++
		}
		lo := string(p.src[j:p.i])
		hi := lo
		comma := false
		if p.src[p.i] == ',' {
			comma = true
			p.i++
			k := p.i
			for isDigitRune(p.src[p.i]) {
				p.i++
			}
			hi = string(p.src[k:p.i])
		}
		p.i++ // }
		min, max := repeatCount(lo, 0), repeatCount(hi, -1)
		if max >= 0 && max < min {
			return "", reErr(start+1, "min repeat greater than max repeat")
		}
		if min >= 1<<32-1 || max >= 1<<32-1 {
			return "", reErr(start+1, "the repetition number is too large")
		}
		if (min > maxRE2Repeat || max > maxRE2Repeat) && !p.bt {
			return "", unsupported(start, fmt.Sprintf("repeat counts above %d (%s)", maxRE2Repeat, string(p.src[start:p.i])))
		}
		switch {
		case !comma:
			q = fmt.Sprintf("{%d}", min)
		case max < 0:
			q = fmt.Sprintf("{%d,}", min)
		default:
			q = fmt.Sprintf("{%d,%d}", min, max)
		}
		p.qmin, p.qmax = min, max
	} else {
		q = string(c)
		p.qmin, p.qmax = map[rune]int{'*': 0, '+': 1, '?': 0}[c], map[rune]int{'*': -1, '+': -1, '?': 1}[c]
	}
	p.qposs = false
	if p.more() {
		switch p.src[p.i] {
		case '?':
			p.i++
			q += "?"
		case '+':
			if err := p.needBacktrack(); err != nil {
				return "", err
			}
			p.i++
			p.qposs = true
		}
	}
	return q, nil
}

// parseItem parses one atom or assertion.
func (p *reParser) parseItem() (string, int, error) {
	c := p.src[p.i]
	p.w = [2]int{1, 1}
	if c == '^' || c == '$' {
		p.w = [2]int{0, 0}
	}
	switch c {
	case '(':
		return p.parseGroup()
	case '[':
		s, err := p.parseClass()
		return s, itemAtom, err
	case '.':
		p.i++
		if p.flags&reDotAll != 0 {
			return `(?s:.)`, itemAtom, nil
		}
		return `[^\n]`, itemAtom, nil
	case '^':
		p.i++
		p.prog.contextual = true
		if p.flags&reMultiline != 0 {
			return `(?m:^)`, itemAnchor, nil
		}
		return `\A`, itemAnchor, nil
	case '$':
		p.i++
		if p.flags&reMultiline != 0 {
			return `(?m:$)`, itemAnchor, nil
		}
		if p.bt {
			return `(?=\n?\z)`, itemAnchor, nil
		}
		p.prog.re2Groups++
		p.prog.dollars = append(p.prog.dollars, p.prog.re2Groups)
		return `(\n?\z)`, itemAnchor, nil
	case '\\':
		return p.parseEscape()
	}
	p.i++
	return p.literal(c), itemAtom, nil
}

// asciiOnly says whether character classes and case folding are ASCII
// ones: for bytes patterns and under re.ASCII.
func asciiOnly(flags int, isBytes bool) bool { return isBytes || flags&reASCII != 0 }

// asciiFold says whether IGNORECASE is in scope with ASCII folding, which
// the translation writes out itself.
func (p *reParser) asciiFold() bool {
	return p.flags&reIgnoreCase != 0 && asciiOnly(p.flags, p.isBytes)
}

// literal is RE2 syntax matching r under the flags in scope.
func (p *reParser) literal(r rune) string {
	if p.asciiFold() {
		if f := foldRange(r, r); f != "" {
			return "[" + string(r) + f + "]"
		}
	}
	return literalRE(r)
}

// foldRange lists, as class items, the other case of the ASCII letters
// in lo-hi.
func foldRange(lo, hi rune) string {
	var b strings.Builder
	for _, span := range [][3]rune{{'a', 'z', 'A' - 'a'}, {'A', 'Z', 'a' - 'A'}} {
		l, h := max(lo, span[0]), min(hi, span[1])
		if l <= h {
			fmt.Fprintf(&b, `\x{%x}-\x{%x}`, l+span[2], h+span[2])
		}
	}
	return b.String()
}

// literalRE is RE2 syntax matching the rune r.
func literalRE(r rune) string {
	if r < 0x80 && (r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r)) {
		return string(r)
	}
	return fmt.Sprintf(`\x{%x}`, r)
}

// parseGroup parses everything that starts with `(`.
func (p *reParser) parseGroup() (string, int, error) {
	start := p.i
	p.i++
	name := ""
	capturing := true
	scoped := ""
	saved := p.flags
	if p.peek() == '?' {
		p.i++
		if !p.more() {
			return "", 0, reErr(p.i, "unexpected end of pattern")
		}
		c := p.src[p.i]
		switch {
		case c == ':':
			p.i++
			capturing = false
		case c == 'P':
			p.i++
			if !p.more() {
				return "", 0, reErr(p.i, "unexpected end of pattern")
			}
			switch p.src[p.i] {
			case '<':
				p.i++
				n, err := p.groupName('>')
				if err != nil {
					return "", 0, err
				}
				name = n
			case '=':
				p.i++
				n, err := p.groupName(')')
				if err != nil {
					return "", 0, err
				}
				g, ok := p.prog.names[n]
				if !ok {
					return "", 0, reErr(p.i-len([]rune(n))-1, "unknown group name '%s'", n)
				}
				if err := p.needBacktrack(); err != nil {
					return "", 0, err
				}
				if p.isOpen(g) {
					return "", 0, reErr(p.i-len([]rune(n))-1, "cannot refer to an open group")
				}
				return p.backref(g)
			default:
				end := p.i + 1
				return "", 0, reErr(start+1, "unknown extension ?P%s", string(p.src[p.i:end]))
			}
		case c == '#':
			for p.more() && p.src[p.i] != ')' {
				p.i++
			}
			if !p.more() {
				return "", 0, reErr(start, "missing ), unterminated comment")
			}
			p.i++
			return "", itemNone, nil
		case c == '=' || c == '!':
			p.i++
			return p.assertion(start, "(?"+string(c), false)
		case c == '<':
			if p.i+1 < len(p.src) {
				switch d := p.src[p.i+1]; d {
				case '=', '!':
					p.i += 2
					return p.assertion(start, "(?<"+string(d), true)
				}
				return "", 0, reErr(start+1, "unknown extension ?<%s", string(p.src[p.i+1]))
			}
			return "", 0, reErr(p.i+1, "unexpected end of pattern")
		case c == '>':
			if err := p.needBacktrack(); err != nil {
				return "", 0, err
			}
			p.i++
			return p.subgroup(start, "(?>")
		case c == '(':
			if err := p.needBacktrack(); err != nil {
				return "", 0, err
			}
			p.i++
			return p.conditional(start)
		case strings.ContainsRune("aiLmsux-", c):
			global, s, err := p.inlineFlags(start)
			if err != nil {
				return "", 0, err
			}
			if global {
				return "", itemNone, nil
			}
			scoped = s
			capturing = false
		default:
			return "", 0, reErr(start+1, "unknown extension ?%s", string(c))
		}
	}
	var b strings.Builder
	group := 0
	if capturing {
		p.prog.groups++
		group = p.prog.groups
		p.prog.re2Groups++
		p.prog.groupRE = append(p.prog.groupRE, p.prog.re2Groups)
		p.prog.closeAt = append(p.prog.closeAt, -1)
		p.groupW = append(p.groupW, [2]int{})
		if name != "" {
			if old, ok := p.prog.names[name]; ok {
				return "", 0, reErr(start+4, "redefinition of group name '%s' as group %d; was group %d", name, group, old)
			}
			p.prog.names[name] = group
			p.prog.nameOrder = append(p.prog.nameOrder, name)
		}
		b.WriteString("(")
	} else {
		b.WriteString("(?:")
	}
	b.WriteString(scoped)
	inner, err := p.enclosed(start, group, saved)
	if err != nil {
		return "", 0, err
	}
	if capturing {
		p.prog.closeAt[group] = p.i
		p.groupW[group] = p.w
	}
	p.i++
	b.WriteString(inner)
	b.WriteString(")")
	return b.String(), itemAtom, nil
}

// subgroup parses the body of a non-capturing group that opens with
// prefix, up to its `)`; the group at start is `(` and p.i is after the
// prefix.
func (p *reParser) subgroup(start int, prefix string) (string, int, error) {
	inner, err := p.enclosed(start, 0, p.flags)
	if err != nil {
		return "", 0, err
	}
	p.i++
	return prefix + inner + ")", itemAtom, nil
}

// enclosed parses the alternatives of the group that opened at start, up
// to its `)` (p.i is left on it), with the group (0: not capturing)
// open meanwhile and the flags back to saved afterwards.
func (p *reParser) enclosed(start, group, saved int) (string, error) {
	p.open = append(p.open, group)
	p.depth++
	inner, err := p.parseAlt()
	p.depth--
	p.open = p.open[:len(p.open)-1]
	p.flags = saved
	if err != nil {
		return "", err
	}
	if p.peek() != ')' {
		return "", reErr(start, "missing ), unterminated subpattern")
	}
	return inner, nil
}

// assertion parses a lookahead or lookbehind assertion after its opening
// (prefix). A lookbehind must have a fixed width, which is checked once
// the whole pattern is read, as CPython does.
func (p *reParser) assertion(start int, prefix string, behind bool) (string, int, error) {
	if err := p.needBacktrack(); err != nil {
		return "", 0, err
	}
	outer := p.lbGroups
	if behind && outer == 0 {
		p.lbGroups = p.prog.groups + 1
	}
	text, _, err := p.subgroup(start, prefix)
	p.lbGroups = outer
	if err != nil {
		return "", 0, err
	}
	if behind && p.w[0] != p.w[1] {
		p.varLB = true
	}
	p.w = [2]int{0, 0}
	return text, itemAtom, nil
}

// checkLookbehindRef refuses, inside a lookbehind, a reference to a group
// of that same lookbehind (pos is where CPython reports it).
func (p *reParser) checkLookbehindRef(g, pos int) error {
	if p.lbGroups == 0 {
		return nil
	}
	if p.isOpen(g) {
		return reErr(pos, "cannot refer to an open group")
	}
	if g >= p.lbGroups {
		return reErr(pos, "cannot refer to group defined in the same lookbehind subpattern")
	}
	return nil
}

// backref is the .NET syntax of a reference to group g; its width is the
// group's.
func (p *reParser) backref(g int) (string, int, error) {
	if err := p.checkLookbehindRef(g, p.i); err != nil {
		return "", 0, err
	}
	p.w = p.groupW[g]
	ref := fmt.Sprintf(`\k<%d>`, g)
	if p.asciiFold() {
		ref = "(?i:" + ref + ")"
	}
	return ref, itemAtom, nil
}

// conditional parses (?(group)yes|no) after its "(?(".
func (p *reParser) conditional(start int) (string, int, error) {
	nameAt := p.i
	for p.more() && p.src[p.i] != ')' {
		p.i++
	}
	if !p.more() {
		return "", 0, reErr(nameAt, "missing ), unterminated name")
	}
	name := string(p.src[nameAt:p.i])
	p.i++
	if name == "" {
		return "", 0, reErr(nameAt, "missing group name")
	}
	var g int
	if isIdentifierName(name, p.isBytes) {
		n, ok := p.prog.names[name]
		if !ok {
			return "", 0, reErr(nameAt, "unknown group name '%s'", name)
		}
		g = n
	} else {
		if !allDigits(name) {
			return "", 0, reErr(nameAt, "bad character in group name '%s'", name)
		}
		g = repeatCount(name, 0)
		if g == 0 {
			return "", 0, reErr(nameAt, "bad group number")
		}
		if g >= reMaxGroups {
			return "", 0, reErr(nameAt, "invalid group reference %d", g)
		}
		if _, seen := p.condRefs[g]; !seen {
			p.condRefs[g] = nameAt
		}
	}
	if err := p.checkLookbehindRef(g, p.i); err != nil {
		return "", 0, err
	}
	saved := p.flags
	p.depth++
	yes, err := p.parseSeq()
	if err != nil {
		return "", 0, err
	}
	w := p.w
	no, hasNo := "", false
	if p.peek() == '|' {
		p.i++
		if no, err = p.parseSeq(); err != nil {
			return "", 0, err
		}
		hasNo = true
		if p.peek() == '|' {
			return "", 0, reErr(p.i, "conditional backref with more than two branches")
		}
	}
	p.depth--
	p.flags = saved
	if p.peek() != ')' {
		return "", 0, reErr(start, "missing ), unterminated subpattern")
	}
	p.i++
	if hasNo {
		p.w = [2]int{min(w[0], p.w[0]), max(w[1], p.w[1])}
	} else {
		p.w = [2]int{0, w[1]}
	}
	return fmt.Sprintf("(?(%d)%s|%s)", g, yes, no), itemAtom, nil
}

// reMaxGroups is CPython's bound on group numbers.
const reMaxGroups = 1<<30 - 1

func sortedKeys(m map[int]int) []int {
	keys := make([]int, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	return keys
}

// groupName reads a group name up to end, checking it as CPython does.
func (p *reParser) groupName(end rune) (string, error) {
	start := p.i
	for p.more() && p.src[p.i] != end {
		p.i++
	}
	if !p.more() {
		if end == '>' {
			return "", reErr(start, "missing >, unterminated name")
		}
		return "", reErr(start, "missing ), unterminated name")
	}
	name := string(p.src[start:p.i])
	p.i++
	if name == "" {
		return "", reErr(start, "missing group name")
	}
	if !isIdentifierName(name, p.isBytes) {
		return "", reErr(start, "bad character in group name '%s'", name)
	}
	return name, nil
}

// isIdentifierName reports whether name is a Python identifier (ASCII only
// for bytes patterns).
func isIdentifierName(name string, asciiOnly bool) bool {
	for i, r := range name {
		if asciiOnly && r >= 0x80 {
			return false
		}
		ok := r == '_' || unicode.IsLetter(r) || unicode.Is(unicode.Nl, r)
		if i > 0 {
			ok = ok || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) || unicode.Is(unicode.Pc, r)
		}
		if !ok {
			return false
		}
	}
	return name != ""
}

// inlineFlags parses (?flags) and (?flags-flags: after "(?". It returns
// global for (?flags), or the RE2 prefix the scoped group needs.
func (p *reParser) inlineFlags(start int) (global bool, scoped string, err error) {
	on, off := 0, 0
	letter := map[rune]int{'a': reASCII, 'i': reIgnoreCase, 'L': reLocale, 'm': reMultiline, 's': reDotAll, 'u': reUnicode, 'x': reVerbose}
	for p.more() {
		f, ok := letter[p.src[p.i]]
		if !ok {
			break
		}
		if f&(reASCII|reLocale|reUnicode) != 0 {
			if err := p.checkFlags(f, p.i+1); err != nil {
				return false, "", err
			}
			if on&(reASCII|reLocale|reUnicode) != 0 {
				return false, "", reErr(p.i+1, "bad inline flags: flags 'a', 'u' and 'L' are incompatible")
			}
		}
		on |= f
		p.i++
	}
	if !p.more() {
		return false, "", reErr(p.i, "missing -, : or )")
	}
	if p.src[p.i] == ')' {
		p.i++
		if p.depth > 0 || p.prog.re2Groups > 0 || p.hasOutput(start) {
			return false, "", reErr(start, "global flags not at the start of the expression")
		}
		p.flags |= on
		return true, "", nil
	}
	if p.src[p.i] == '-' {
		p.i++
		if !p.more() {
			return false, "", reErr(p.i, "missing flag")
		}
		for p.more() {
			c := p.src[p.i]
			f, ok := letter[c]
			if !ok {
				break
			}
			if f&(reASCII|reLocale|reUnicode) != 0 {
				return false, "", reErr(p.i+1, "bad inline flags: cannot turn off flags 'a', 'u' and 'L'")
			}
			off |= f
			p.i++
		}
		if off == 0 {
			if !p.more() {
				return false, "", reErr(p.i, "missing flag")
			}
			return false, "", reErr(p.i+1, "unknown flag")
		}
		if on&off != 0 {
			return false, "", reErr(p.i, "bad inline flags: flag turned on and off")
		}
	}
	if !p.more() {
		return false, "", reErr(p.i, "missing :")
	}
	if p.src[p.i] != ':' {
		if p.src[p.i] == ')' || letterLike(p.src[p.i]) {
			if off != 0 || p.src[p.i] == ')' {
				return false, "", reErr(p.i, "missing :")
			}
			return false, "", reErr(p.i+1, "unknown flag")
		}
		return false, "", reErr(p.i, "missing :")
	}
	p.i++
	if on&(reASCII|reLocale|reUnicode) != 0 {
		p.flags &^= reASCII | reLocale | reUnicode
	}
	p.flags = (p.flags | on) &^ off
	switch {
	case asciiOnly(p.flags, p.isBytes):
		// IGNORECASE folds ASCII letters only: p.literal and the
		// classes do it, RE2's (?i) is not used.
	case on&reIgnoreCase != 0:
		scoped = "(?i)"
	case off&reIgnoreCase != 0:
		scoped = "(?-i)"
	}
	return false, scoped, nil
}

func letterLike(r rune) bool { return r < 0x80 && unicode.IsLetter(r) }

// hasOutput says whether anything but flag groups and comments comes
// before position start.
func (p *reParser) hasOutput(start int) bool {
	i := 0
	for i < start {
		if p.flags&reVerbose != 0 && strings.ContainsRune(" \t\n\r\v\f", p.src[i]) {
			i++
			continue
		}
		if p.src[i] != '(' || i+1 >= start || p.src[i+1] != '?' {
			return true
		}
		j := i
		for j < start && p.src[j] != ')' {
			j++
		}
		i = j + 1
	}
	return false
}

// parseEscape parses a backslash escape outside a character class.
func (p *reParser) parseEscape() (string, int, error) {
	start := p.i
	p.i++
	if !p.more() {
		return "", 0, reErr(start, "bad escape (end of pattern)")
	}
	c := p.src[p.i]
	switch c {
	case 'A', 'Z', 'b', 'B':
		p.w = [2]int{0, 0}
	default:
		p.w = [2]int{1, 1}
	}
	switch c {
	case 'A':
		p.i++
		p.prog.contextual = true
		return `\A`, itemAnchor, nil
	case 'Z':
		p.i++
		return `\z`, itemAnchor, nil
	case 'b':
		p.i++
		p.prog.contextual = true
		if p.bt {
			// Word characters are Python's, not .NET's.
			w := "[" + p.shorthand('w') + "]"
			return "(?:(?<=" + w + ")(?!" + w + ")|(?<!" + w + ")(?=" + w + "))", itemAnchor, nil
		}
		return `\b`, itemAnchor, nil
	case 'B':
		p.i++
		p.prog.contextual = true
		if p.bt {
			// As CPython 3.13, \B does not match in an empty string.
			w := "[" + p.shorthand('w') + "]"
			return "(?:(?<=" + w + ")(?=" + w + ")|(?<!" + w + ")(?!" + w + "))(?!\\A\\z)", itemAnchor, nil
		}
		return `\B`, itemAnchor, nil
	case 'd', 'D', 'w', 'W', 's', 'S':
		p.i++
		if c == 'W' || c == 'S' {
			// Alone, the complement is a negated class.
			return "[^" + p.shorthand(c+'a'-'A') + "]", itemAtom, nil
		}
		return "[" + p.shorthand(c) + "]", itemAtom, nil
	}
	if isDigitRune(c) {
		if c != '0' {
			// Three octal digits make an octal escape; anything else is
			// a group reference.
			if p.i+2 < len(p.src) && isOctal(c) && isOctal(p.src[p.i+1]) && isOctal(p.src[p.i+2]) {
				v := (c-'0')*64 + (p.src[p.i+1]-'0')*8 + (p.src[p.i+2] - '0')
				if v > 0o377 {
					return "", 0, reErr(start, "octal escape value \\%s outside of range 0-0o377", string(p.src[p.i:p.i+3]))
				}
				p.i += 3
				return p.literal(v), itemAtom, nil
			}
			j := p.i + 1
			if j < len(p.src) && isDigitRune(p.src[j]) {
				j++
			}
			n, _ := strconv.Atoi(string(p.src[p.i:j]))
			p.i = j
			if n > p.prog.groups || p.isOpen(n) {
				if n > p.prog.groups {
					return "", 0, reErr(start+1, "invalid group reference %d", n)
				}
				return "", 0, reErr(start, "cannot refer to an open group")
			}
			if err := p.needBacktrack(); err != nil {
				return "", 0, err
			}
			return p.backref(n)
		}
	}
	r, err := p.escapeRune(start, false)
	if err != nil {
		return "", 0, err
	}
	return p.literal(r), itemAtom, nil
}

func (p *reParser) isOpen(group int) bool {
	for _, g := range p.open {
		if g == group {
			return true
		}
	}
	return false
}

func isOctal(r rune) bool { return r >= '0' && r <= '7' }

// escapeRune parses a backslash escape that stands for one character, at
// p.i just after the backslash (at start).
func (p *reParser) escapeRune(start int, inClass bool) (rune, error) {
	c := p.src[p.i]
	p.i++
	switch c {
	case 'a':
		return 7, nil
	case 'f':
		return '\f', nil
	case 'n':
		return '\n', nil
	case 'r':
		return '\r', nil
	case 't':
		return '\t', nil
	case 'v':
		return '\v', nil
	case 'b':
		if inClass {
			return 8, nil
		}
	case 'x', 'u', 'U':
		n := map[rune]int{'x': 2, 'u': 4, 'U': 8}[c]
		if c != 'x' && p.isBytes {
			break
		}
		j := p.i
		for j < len(p.src) && j-p.i < n && isHexRune(p.src[j]) {
			j++
		}
		if j-p.i < n {
			return 0, reErr(start, "incomplete escape \\%c%s", c, string(p.src[p.i:j]))
		}
		v, _ := strconv.ParseUint(string(p.src[p.i:j]), 16, 32)
		p.i = j
		if v > unicode.MaxRune {
			return 0, reErr(start, "bad escape \\%c%s", c, string(p.src[j-n:j]))
		}
		return rune(v), nil
	case '0', '1', '2', '3', '4', '5', '6', '7':
		// Octal: \0 and up to two more digits; in a class any octal
		// digit starts one.
		v := c - '0'
		for k := 0; k < 2 && p.more() && isOctal(p.src[p.i]); k++ {
			v = v*8 + p.src[p.i] - '0'
			p.i++
		}
		if v > 0o377 {
			return 0, reErr(start, "octal escape value \\%s outside of range 0-0o377", string(p.src[start+1:p.i]))
		}
		return v, nil
	case 'N':
		if !p.isBytes {
			return 0, unsupported(start, "named Unicode escapes (\\N{...})")
		}
	}
	if c < 0x80 && (unicode.IsLetter(c) || unicode.IsDigit(c)) {
		return 0, reErr(start, "bad escape \\%c", c)
	}
	return c, nil
}

func isHexRune(r rune) bool {
	return isDigitRune(r) || (r >= 'a' && r <= 'f') || (r >= 'A' && r <= 'F')
}

// shorthand is the body of a character class (without brackets) for \d,
// \D, \w, \W, \s or \S under the flags in scope.
func (p *reParser) shorthand(c rune) string {
	ascii := p.isBytes || p.flags&reASCII != 0
	if ascii && p.bt {
		// .NET has no POSIX classes.
		return map[rune]string{
			'd': `0-9`, 'D': `\x{0}-\x{2f}\x{3a}-\x{10ffff}`,
			'w': `0-9A-Za-z_`, 'W': `\x{0}-\x{2f}\x{3a}-\x{40}\x{5b}-\x{5e}\x{60}\x{7b}-\x{10ffff}`,
			's': `\x{9}-\x{d}\x{20}`, 'S': `\x{0}-\x{8}\x{e}-\x{1f}\x{21}-\x{10ffff}`,
		}[c]
	}
	if ascii {
		return map[rune]string{
			'd': `[:digit:]`, 'D': `[:^digit:]`,
			'w': `[:word:]`, 'W': `[:^word:]`,
			's': `[:space:]`, 'S': `[:^space:]`,
		}[c]
	}
	switch c {
	case 'd':
		return `\p{Nd}`
	case 'D':
		return `\P{Nd}`
	case 'w':
		return `\p{L}\p{N}_`
	case 's':
		return unicodeSpace
	}
	unicodeComplements.once.Do(buildComplements)
	if c == 'W' {
		return unicodeComplements.notWord
	}
	return unicodeComplements.notSpace
}

// unicodeSpace is what str.isspace() accepts, as RE2 class items.
const unicodeSpace = `\t-\r\x1c-\x20\x{85}\p{Z}`

// unicodeComplements holds \W and \S for str patterns as explicit ranges,
// so that they can stand inside a class next to other items.
var unicodeComplements struct {
	once              sync.Once
	notWord, notSpace string
}

func buildComplements() {
	word := tableRanges(unicode.L, unicode.N)
	word = append(word, [2]rune{'_', '_'})
	space := tableRanges(unicode.Z)
	space = append(space, [2]rune{'\t', '\r'}, [2]rune{0x1c, 0x20}, [2]rune{0x85, 0x85})
	unicodeComplements.notWord = complementRanges(word)
	unicodeComplements.notSpace = complementRanges(space)
}

// tableRanges lists the runes of Unicode tables as ranges.
func tableRanges(tables ...*unicode.RangeTable) [][2]rune {
	var out [][2]rune
	add := func(lo, hi, stride rune) {
		if stride == 1 {
			out = append(out, [2]rune{lo, hi})
			return
		}
		for r := lo; r <= hi; r += stride {
			out = append(out, [2]rune{r, r})
		}
	}
	for _, t := range tables {
		for _, r := range t.R16 {
			add(rune(r.Lo), rune(r.Hi), rune(r.Stride))
		}
		for _, r := range t.R32 {
			add(rune(r.Lo), rune(r.Hi), rune(r.Stride))
		}
	}
	return out
}

// complementRanges lists, as RE2 class items, the runes outside ranges.
func complementRanges(ranges [][2]rune) string {
	sort.Slice(ranges, func(i, j int) bool { return ranges[i][0] < ranges[j][0] })
	var b strings.Builder
	emit := func(lo, hi rune) {
		if lo == hi {
			fmt.Fprintf(&b, `\x{%x}`, lo)
		} else if lo < hi {
			fmt.Fprintf(&b, `\x{%x}-\x{%x}`, lo, hi)
		}
	}
	next := rune(0) // the first rune not yet covered or emitted
	for _, r := range ranges {
		if r[0] > next {
			emit(next, r[0]-1)
		}
		if r[1]+1 > next {
			next = r[1] + 1
		}
	}
	emit(next, unicode.MaxRune)
	return b.String()
}

// parseClass parses [...].
func (p *reParser) parseClass() (string, error) {
	start := p.i
	p.i++
	var b strings.Builder
	b.WriteString("[")
	if p.peek() == '^' {
		b.WriteString("^")
		p.i++
	}
	first := true
	for {
		if !p.more() {
			return "", reErr(start, "unterminated character set")
		}
		c := p.src[p.i]
		if c == ']' && !first {
			p.i++
			break
		}
		first = false
		itemStart := p.i
		lo, set, err := p.classAtom()
		if err != nil {
			return "", err
		}
		if p.peek() == '-' && p.i+1 < len(p.src) && p.src[p.i+1] != ']' {
			p.i++
			hi, hiSet, err := p.classAtom()
			if err != nil {
				return "", err
			}
			if set != "" || hiSet != "" {
				return "", reErr(itemStart, "bad character range %s", string(p.src[itemStart:p.i]))
			}
			if hi < lo {
				return "", reErr(itemStart, "bad character range %s", string(p.src[itemStart:p.i]))
			}
			fmt.Fprintf(&b, `\x{%x}-\x{%x}`, lo, hi)
			if p.asciiFold() {
				b.WriteString(foldRange(lo, hi))
			}
			continue
		}
		if set != "" {
			b.WriteString(set)
		} else {
			fmt.Fprintf(&b, `\x{%x}`, lo)
			if p.asciiFold() {
				b.WriteString(foldRange(lo, lo))
			}
		}
	}
	b.WriteString("]")
	return b.String(), nil
}

// classAtom parses one character of a class, or a shorthand class (set).
func (p *reParser) classAtom() (rune, string, error) {
	c := p.src[p.i]
	if c != '\\' {
		p.i++
		return c, "", nil
	}
	start := p.i
	p.i++
	if !p.more() {
		return 0, "", reErr(start, "unterminated character set")
	}
	c = p.src[p.i]
	switch c {
	case 'd', 'D', 'w', 'W', 's', 'S':
		p.i++
		return 0, p.shorthand(c), nil
	case '8', '9':
		return 0, "", reErr(start, "bad escape \\%c", c)
	}
	r, err := p.escapeRune(start, true)
	return r, "", err
}
