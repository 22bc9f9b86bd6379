package interp

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/dlclark/regexp2/v2"
	"github.com/go-python/gpython/py"
)

// The re module: Python's regular expressions on Go's regexp package, and
// on the backtracking engine regexp2 for the patterns RE2 cannot run
// (backreferences, lookaround, conditional and atomic groups, possessive
// repeats). std_re_syntax.go translates patterns; this file holds the Pattern and
// Match objects and the module's functions. Positions are counted in
// characters for str and in bytes for bytes, as in CPython; Go's byte
// offsets are converted at the edges. Bytes are searched as one rune per
// byte (latin-1), so that a pattern never sees UTF-8 sequences in them.

var (
	rePatternType = py.NewType("re.Pattern", "A regular expression compiled by re.compile.")
	reMatchType   = py.NewType("re.Match", "One successful match: its groups, their spans and the subject string.")
	reIterType    = py.NewType("callable_iterator", "")

	// rePatternError is re.error (re.PatternError): a pattern or template
	// that cannot be compiled.
	rePatternError = newExceptionType(py.ExceptionType, "PatternError", "A pattern or replacement template that does not compile.")
)

func init() {
	rePatternError.Dict["__module__"] = py.String("re")
	// A type made from a base in gpython has the base as its metatype.
	rePatternError.ObjectType = py.TypeType
	// gpython answers every attribute of an exception with its args: the
	// details of the error are properties reading the exception's dict.
	for _, name := range []string{"msg", "pattern", "pos", "lineno", "colno"} {
		rePatternError.Dict[name] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
			if e := asException(self); e != nil {
				if v, ok := e.Dict[name]; ok {
					return v, nil
				}
			}
			return py.None, nil
		}}
	}
}

// rePattern is a compiled pattern.
type rePattern struct {
	source  py.Object // the pattern as given: str or bytes
	isBytes bool
	prog    *reProgram
	once    [6]sync.Once
	res     [6]*regexp.Regexp
	btOnce  [3]sync.Once
	bt      [3]*regexp2.Regexp // the regexp2 programs, by mode
}

// Type is re.Pattern.
func (p *rePattern) Type() *py.Type { return rePatternType }

// Ways of running a pattern.
const (
	modeSearch = iota
	modeMatch
	modeFull
)

// variant is the compiled RE2 program for a mode; ctx says that the text
// begins with the one character before the position searched from, which
// the program steps over (so that ^, \A and \b see it).
func (p *rePattern) variant(mode int, ctx bool) *regexp.Regexp {
	k := mode * 2
	if ctx {
		k++
	}
	p.once[k].Do(func() {
		body := p.prog.re2
		var src string
		switch {
		case !ctx && mode == modeSearch:
			src = body
		case !ctx && mode == modeMatch:
			src = `\A(?:` + body + `)`
		case !ctx:
			src = `\A(?:` + body + `)\z`
		case mode == modeSearch:
			src = `\A(?s:.)(?s:.*?)(` + body + `)`
		case mode == modeMatch:
			src = `\A(?s:.)(` + body + `)`
		default:
			src = `\A(?s:.)(` + body + `)\z`
		}
		p.res[k] = regexp.MustCompile(src)
	})
	return p.res[k]
}

// subjectText turns a str or bytes object (or an instance of a subclass)
// into its text; bytes come back one rune per byte.
func subjectText(o py.Object) (s string, raw []byte, isBytes, ok bool) {
	if inst, isInst := o.(*Instance); isInst && inst.base != nil {
		o = inst.base
	}
	switch v := o.(type) {
	case py.String:
		return string(v), nil, false, true
	case py.Bytes:
		return latin1(v), []byte(v), true, true
	}
	return "", nil, false, false
}

// btVariant is the regexp2 program for a mode: \G anchors a match where
// the search starts.
func (p *rePattern) btVariant(mode int) *regexp2.Regexp {
	p.btOnce[mode].Do(func() {
		src := p.prog.re2
		switch mode {
		case modeMatch:
			src = `\G(?:` + src + `)`
		case modeFull:
			src = `\G(?:` + src + `)\z`
		}
		p.bt[mode] = regexp2.MustCompile(src, regexp2.None)
	})
	return p.bt[mode]
}

// execBacktrack is exec on regexp2. It searches the characters of the
// text up to end from character pos, so that lookbehind, ^ and \b see
// the text before pos and nothing after end, as in CPython.
func (p *rePattern) execBacktrack(t *reSubject, mode, pos, end int) []int {
	runes := t.runes()
	m, err := p.btVariant(mode).FindRunesMatchStartingAt(runes[:t.charOf(end)], t.charOf(pos))
	if err != nil || m == nil {
		return nil
	}
	n := p.prog.groups + 1
	out := make([]int, 2*n)
	for g := 0; g < n; g++ {
		grp := m.GroupByNumber(g)
		if grp == nil || len(grp.Captures) == 0 {
			out[2*g], out[2*g+1] = -1, -1
			continue
		}
		out[2*g], out[2*g+1] = t.byteOf(grp.RuneIndex), t.byteOf(grp.RuneIndex+grp.RuneLength)
	}
	return out
}

// exec runs the pattern on t between byte offsets pos and end, returning
// the byte spans of the Python groups (-1 for a group that did not take
// part), or nil.
func (p *rePattern) exec(t *reSubject, mode, pos, end int) []int {
	if p.prog.backtrack {
		return p.execBacktrack(t, mode, pos, end)
	}
	ctx := pos > 0 && p.prog.contextual
	off := pos
	shift := 0
	if ctx {
		_, size := utf8.DecodeLastRuneInString(t.s[:pos])
		off = pos - size
		shift = 1
	}
	loc := p.variant(mode, ctx).FindStringSubmatchIndex(t.s[off:end])
	if loc == nil {
		return nil
	}
	n := p.prog.groups + 1
	out := make([]int, 2*n)
	for g := 0; g < n; g++ {
		idx := p.prog.groupRE[g] + shift
		if loc[2*idx] < 0 {
			out[2*g], out[2*g+1] = -1, -1
			continue
		}
		out[2*g], out[2*g+1] = loc[2*idx]+off, loc[2*idx+1]+off
	}
	for _, d := range p.prog.dollars {
		idx := d + shift
		if loc[2*idx] < 0 || loc[2*idx+1] == loc[2*idx] {
			continue
		}
		// `$` took the final newline: it matched just before it.
		cut := loc[2*idx] + off
		for i, v := range out {
			if v > cut {
				out[i] = cut
			}
		}
	}
	if mode == modeFull && out[1] != end {
		return nil
	}
	return out
}

// reScan walks the successive matches of a pattern as CPython does: an
// empty match may follow a non-empty one at the same place, but not
// another empty one.
type reScan struct {
	p          *rePattern
	t          *reSubject
	pos, end   int // byte offsets
	emptyAt    int // where the last match, if empty, was
	done       bool
	posC, endC int // pos and endpos in characters
}

func (p *rePattern) scan(t *reSubject, posC, endC int) *reScan {
	return &reScan{p: p, t: t, pos: t.byteOf(posC), end: t.byteOf(endC), emptyAt: -1, done: posC > endC, posC: posC, endC: endC}
}

// next returns the next match's spans, or nil.
func (s *reScan) next() []int {
	for !s.done && s.pos <= s.end {
		sp := s.p.exec(s.t, modeSearch, s.pos, s.end)
		if sp == nil {
			break
		}
		if sp[0] == sp[1] && sp[0] == s.emptyAt {
			if s.pos >= s.end {
				break
			}
			_, size := utf8.DecodeRuneInString(s.t.s[s.pos:])
			s.pos += size
			continue
		}
		s.emptyAt = -1
		if sp[0] == sp[1] {
			s.emptyAt = sp[1]
		}
		s.pos = sp[1]
		return sp
	}
	s.done = true
	return nil
}

// reMatch is a Match object.
type reMatch struct {
	p           *rePattern
	t           *reSubject
	spans       []int // byte offsets
	pos, endpos int   // characters
}

// Type is re.Match.
func (m *reMatch) Type() *py.Type { return reMatchType }

func (s *reScan) match(sp []int) *reMatch {
	return &reMatch{p: s.p, t: s.t, spans: sp, pos: s.posC, endpos: s.endC}
}

// group returns the text of group g, or def when it did not take part.
func (m *reMatch) group(g int, def py.Object) py.Object {
	if m.spans[2*g] < 0 {
		return def
	}
	return m.t.slice(m.spans[2*g], m.spans[2*g+1])
}

// groupIndex resolves a group number or name.
func (m *reMatch) groupIndex(o py.Object) (int, error) {
	return m.p.groupIndex(o)
}

func (p *rePattern) groupIndex(o py.Object) (int, error) {
	switch v := o.(type) {
	case py.Int:
		if v >= 0 && int(v) <= p.prog.groups {
			return int(v), nil
		}
	case py.Bool:
		if v {
			return p.groupIndex(py.Int(1))
		}
		return 0, nil
	case py.String:
		if g, ok := p.prog.names[string(v)]; ok {
			return g, nil
		}
	}
	return 0, py.ExceptionNewf(py.IndexError, "no such group")
}

// span is (start, end) of group g in characters.
func (m *reMatch) span(g int) (int, int) {
	if m.spans[2*g] < 0 {
		return -1, -1
	}
	return m.t.charOf(m.spans[2*g]), m.t.charOf(m.spans[2*g+1])
}

// lastIndex is the number of the group that closed last, or 0.
func (m *reMatch) lastIndex() int {
	best, bestEnd := 0, -1
	for g := 1; g <= m.p.prog.groups; g++ {
		e := m.spans[2*g+1]
		if m.spans[2*g] < 0 {
			continue
		}
		if e > bestEnd || (e == bestEnd && m.p.prog.closeAt[g] > m.p.prog.closeAt[best]) {
			best, bestEnd = g, e
		}
	}
	return best
}

// M__repr__ is <re.Match object; span=(0, 3), match='abc'>, the match's
// repr cut to 50 characters.
func (m *reMatch) M__repr__() (py.Object, error) {
	s, e := m.span(0)
	r, err := reprOf(m.group(0, py.None))
	if err != nil {
		return nil, err
	}
	if runes := []rune(r); len(runes) > 50 {
		r = string(runes[:50]) // CPython cuts the repr, quote and all
	}
	return py.String(fmt.Sprintf("<re.Match object; span=(%d, %d), match=%s>", s, e, r)), nil
}

// M__getitem__ is m[g].
func (m *reMatch) M__getitem__(key py.Object) (py.Object, error) {
	g, err := m.groupIndex(key)
	if err != nil {
		return nil, err
	}
	return m.group(g, py.None), nil
}

// M__repr__ is re.compile('...', flags).
func (p *rePattern) M__repr__() (py.Object, error) {
	src, err := reprOf(p.source)
	if err != nil {
		return nil, err
	}
	if len(src) > 200 {
		src = src[:200]
	}
	flags := p.prog.flags
	if !p.isBytes {
		flags &^= reUnicode
	}
	if flags == 0 {
		return py.String("re.compile(" + src + ")"), nil
	}
	return py.String("re.compile(" + src + ", " + flagNames(flags) + ")"), nil
}

// flagNames is the repr of a RegexFlag value.
func flagNames(flags int) string {
	var parts []string
	for _, f := range reFlagList {
		if flags&f.value != 0 {
			parts = append(parts, "re."+f.name)
			flags &^= f.value
		}
	}
	if flags != 0 {
		parts = append(parts, fmt.Sprintf("0x%x", flags))
	}
	return strings.Join(parts, "|")
}

var reFlagList = []struct {
	name  string
	value int
}{
	{"IGNORECASE", reIgnoreCase}, {"LOCALE", reLocale},
	{"MULTILINE", reMultiline}, {"DOTALL", reDotAll}, {"UNICODE", reUnicode},
	{"VERBOSE", reVerbose}, {"DEBUG", reDebug}, {"ASCII", reASCII},
}

// M__eq__ compares patterns by source and flags.
func (p *rePattern) M__eq__(other py.Object) (py.Object, error) {
	o, ok := other.(*rePattern)
	if !ok {
		return py.NotImplemented, nil
	}
	eq, err := py.Eq(p.source, o.source)
	if err != nil {
		return nil, err
	}
	return py.NewBool(eq == py.True && p.prog.flags == o.prog.flags && p.isBytes == o.isBytes), nil
}

// M__ne__ is the opposite of M__eq__.
func (p *rePattern) M__ne__(other py.Object) (py.Object, error) {
	eq, err := p.M__eq__(other)
	if err != nil || eq == py.NotImplemented {
		return eq, err
	}
	return py.NewBool(eq == py.False), nil
}

// M__hash__ hashes the source and flags.
func (p *rePattern) M__hash__() (py.Object, error) {
	s, _, _, _ := subjectText(p.source)
	h := int64(p.prog.flags)
	for i := 0; i < len(s); i++ {
		h = h*1000003 ^ int64(s[i])
	}
	if h == -1 {
		h = -2
	}
	return py.Int(h), nil
}

// reIter is the iterator finditer returns.
type reIter struct{ s *reScan }

func (it *reIter) Type() *py.Type                { return reIterType }
func (it *reIter) M__iter__() (py.Object, error) { return it, nil }
func (it *reIter) M__next__() (py.Object, error) {
	sp := it.s.next()
	if sp == nil {
		return nil, py.StopIteration
	}
	return it.s.match(sp), nil
}

// The compiled pattern cache, shared by all scripts: patterns are
// immutable.
var reCache struct {
	sync.Mutex
	m map[reCacheKey]*rePattern
}

type reCacheKey struct {
	src     string
	isBytes bool
	flags   int
}

const reCacheSize = 512

// compilePattern compiles a str or bytes pattern, or returns a Pattern
// given as the pattern.
func compilePattern(pattern py.Object, flags int) (*rePattern, error) {
	if p, ok := pattern.(*rePattern); ok {
		if flags != 0 {
			return nil, py.ExceptionNewf(py.ValueError, "cannot process flags argument with a compiled pattern")
		}
		return p, nil
	}
	s, _, isBytes, ok := subjectText(pattern)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "first argument must be string or compiled pattern")
	}
	key := reCacheKey{s, isBytes, flags}
	reCache.Lock()
	p, ok := reCache.m[key]
	reCache.Unlock()
	if ok {
		return p, nil
	}
	src := []rune(s)
	prog, err := translateRE(src, flags, isBytes)
	if err != nil {
		return nil, patternError(err.(*reSyntaxError), pattern, src)
	}
	if prog.backtrack {
		_, err = regexp2.Compile(prog.re2, regexp2.None)
	} else {
		_, err = regexp.Compile(prog.re2)
	}
	if err != nil {
		return nil, patternError(&reSyntaxError{msg: "spython's re cannot compile this pattern: " + err.Error(), pos: -1}, pattern, src)
	}
	p = &rePattern{source: pattern, isBytes: isBytes, prog: prog}
	reCache.Lock()
	if reCache.m == nil || len(reCache.m) >= reCacheSize {
		reCache.m = map[reCacheKey]*rePattern{}
	}
	reCache.m[key] = p
	reCache.Unlock()
	return p, nil
}

// patternError is the re.error (or ValueError) for a syntax error in a
// pattern or template given as src.
func patternError(e *reSyntaxError, pattern py.Object, src []rune) error {
	if e.pos == -2 {
		return py.ExceptionNewf(py.ValueError, "%s", e.msg)
	}
	msg := e.msg
	var pos, line, col py.Object = py.None, py.None, py.None
	if e.pos >= 0 {
		lineno, last := 1, -1
		for i, r := range src[:e.pos] {
			if r == '\n' {
				lineno++
				last = i
			}
		}
		pos, line, col = py.Int(e.pos), py.Int(lineno), py.Int(e.pos-last)
		msg = fmt.Sprintf("%s at position %d", msg, e.pos)
		for _, r := range src {
			if r == '\n' {
				msg = fmt.Sprintf("%s (line %d, column %d)", msg, lineno, e.pos-last)
				break
			}
		}
	}
	exc := py.ExceptionNewf(rePatternError, "%s", msg)
	exc.Dict["msg"] = py.String(e.msg)
	exc.Dict["pattern"] = pattern
	exc.Dict["pos"] = pos
	exc.Dict["lineno"] = line
	exc.Dict["colno"] = col
	return exc
}

// reArgs binds a call's arguments to names; missing optional ones are nil.
// method says how CPython words errors: a C method (true) or a Python
// function of the re module (false).
func reArgs(fname string, method bool, args py.Tuple, kwargs py.StringDict, names []string, required int) ([]py.Object, error) {
	out := make([]py.Object, len(names))
	if len(args) > len(names) {
		if method {
			return nil, py.ExceptionNewf(py.TypeError, "%s() takes at most %d arguments (%d given)", fname, len(names), len(args)+len(kwargs))
		}
		return nil, py.ExceptionNewf(py.TypeError, "%s() takes from %d to %d positional arguments but %d were given", fname, required, len(names), len(args))
	}
	copy(out, args)
	for k, v := range kwargs {
		i := -1
		for j, n := range names {
			if n == k {
				i = j
			}
		}
		if i < 0 {
			return nil, py.ExceptionNewf(py.TypeError, "%s() got an unexpected keyword argument '%s'", fname, k)
		}
		if out[i] != nil {
			if method {
				return nil, py.ExceptionNewf(py.TypeError, "argument for %s() given by name ('%s') and position (%d)", fname, k, i+1)
			}
			return nil, py.ExceptionNewf(py.TypeError, "%s() got multiple values for argument '%s'", fname, k)
		}
		out[i] = v
	}
	for i := 0; i < required; i++ {
		if out[i] == nil {
			if method {
				return nil, py.ExceptionNewf(py.TypeError, "%s() missing required argument '%s' (pos %d)", fname, names[i], i+1)
			}
			var missing []string
			for j := i; j < required; j++ {
				if out[j] == nil {
					missing = append(missing, "'"+names[j]+"'")
				}
			}
			what := missing[0]
			if len(missing) == 2 {
				what = missing[0] + " and " + missing[1]
			} else if len(missing) > 2 {
				what = strings.Join(missing[:len(missing)-1], ", ") + ", and " + missing[len(missing)-1]
			}
			return nil, py.ExceptionNewf(py.TypeError, "%s() missing %d required positional argument%s: %s", fname, len(missing), plural(len(missing)), what)
		}
	}
	return out, nil
}

// intArg is an optional integer argument.
func intArg(o py.Object, def int) (int, error) {
	if o == nil {
		return def, nil
	}
	if b, ok := o.(py.Bool); ok {
		if b {
			return 1, nil
		}
		return 0, nil
	}
	n, err := py.IndexInt(o)
	if err != nil {
		return 0, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", o.Type().Name)
	}
	return n, nil
}

// flagsArg is the flags argument.
func flagsArg(o py.Object) (int, error) {
	if o == nil {
		return 0, nil
	}
	n, ok := flagOperand(o)
	if !ok {
		return 0, py.ExceptionNewf(py.TypeError, "unsupported operand type(s) for &: '%s' and 'int'", o.Type().Name)
	}
	return n, nil
}

// bounds turns pos and endpos into character positions within t.
func bounds(t *reSubject, posObj, endObj py.Object) (int, int, error) {
	n := t.chars()
	pos, err := intArg(posObj, 0)
	if err != nil {
		return 0, 0, err
	}
	end, err := intArg(endObj, n)
	if err != nil {
		return 0, 0, err
	}
	if pos < 0 {
		pos = 0
	}
	if pos > n {
		pos = n
	}
	if end < 0 {
		end = 0
	}
	if end > n {
		end = n
	}
	return pos, end, nil
}

// matchAt is match, fullmatch or search from pos to endpos.
func (p *rePattern) matchAt(mode int, strObj, posObj, endObj py.Object) (py.Object, error) {
	t, err := p.subject(strObj)
	if err != nil {
		return nil, err
	}
	pos, end, err := bounds(t, posObj, endObj)
	if err != nil {
		return nil, err
	}
	if pos > end {
		return py.None, nil
	}
	sp := p.exec(t, mode, t.byteOf(pos), t.byteOf(end))
	if sp == nil {
		return py.None, nil
	}
	return &reMatch{p: p, t: t, spans: sp, pos: pos, endpos: end}, nil
}

// findall is Pattern.findall.
func (p *rePattern) findall(strObj, posObj, endObj py.Object) (py.Object, error) {
	t, err := p.subject(strObj)
	if err != nil {
		return nil, err
	}
	pos, end, err := bounds(t, posObj, endObj)
	if err != nil {
		return nil, err
	}
	var items []py.Object
	s := p.scan(t, pos, end)
	empty := p.empty()
	for sp := s.next(); sp != nil; sp = s.next() {
		m := s.match(sp)
		switch p.prog.groups {
		case 0:
			items = append(items, m.group(0, empty))
		case 1:
			items = append(items, m.group(1, empty))
		default:
			tup := make(py.Tuple, p.prog.groups)
			for g := range tup {
				tup[g] = m.group(g+1, empty)
			}
			items = append(items, tup)
		}
	}
	return py.NewListFromItems(items), nil
}

// empty is ” or b”.
func (p *rePattern) empty() py.Object {
	if p.isBytes {
		return py.Bytes{}
	}
	return py.String("")
}

// finditer is Pattern.finditer.
func (p *rePattern) finditer(strObj, posObj, endObj py.Object) (py.Object, error) {
	t, err := p.subject(strObj)
	if err != nil {
		return nil, err
	}
	pos, end, err := bounds(t, posObj, endObj)
	if err != nil {
		return nil, err
	}
	return &reIter{s: p.scan(t, pos, end)}, nil
}

// split is Pattern.split.
func (p *rePattern) split(strObj, maxObj py.Object) (py.Object, error) {
	t, err := p.subject(strObj)
	if err != nil {
		return nil, err
	}
	maxsplit, err := intArg(maxObj, 0)
	if err != nil {
		return nil, err
	}
	var items []py.Object
	if maxsplit < 0 {
		return py.NewListFromItems([]py.Object{t.slice(0, len(t.s))}), nil
	}
	s := p.scan(t, 0, t.chars())
	last, n := 0, 0
	for sp := s.next(); sp != nil; sp = s.next() {
		items = append(items, t.slice(last, sp[0]))
		m := s.match(sp)
		for g := 1; g <= p.prog.groups; g++ {
			items = append(items, m.group(g, py.None))
		}
		last = sp[1]
		n++
		if maxsplit > 0 && n >= maxsplit {
			break
		}
	}
	items = append(items, t.slice(last, len(t.s)))
	return py.NewListFromItems(items), nil
}

// subn is Pattern.subn; sub drops the count.
func (p *rePattern) subn(replObj, strObj, countObj py.Object) (py.Object, int, error) {
	t, err := p.subject(strObj)
	if err != nil {
		return nil, 0, err
	}
	count, err := intArg(countObj, 0)
	if err != nil {
		return nil, 0, err
	}
	var tmpl *reReplTemplate
	var fn, wrongLiteral py.Object
	if _, _, isBytes, ok := subjectText(replObj); ok {
		if isBytes != p.isBytes {
			// CPython joins it as a literal and fails at the first match.
			wrongLiteral = replObj
		} else if tmpl, err = p.template(replObj); err != nil {
			return nil, 0, err
		}
	} else if isCallable(replObj) {
		fn = replObj
	} else {
		return nil, 0, py.ExceptionNewf(py.TypeError, "decoding to str: need a bytes-like object, %s found", replObj.Type().Name)
	}
	var b strings.Builder
	var raw []byte
	write := func(o py.Object) {
		if p.isBytes {
			raw = append(raw, o.(py.Bytes)...)
		} else {
			b.WriteString(string(o.(py.String)))
		}
	}
	s := p.scan(t, 0, t.chars())
	last, n, item := 0, 0, 0
	for sp := s.next(); sp != nil; sp = s.next() {
		if sp[0] > last {
			write(t.slice(last, sp[0]))
			item++
		}
		m := s.match(sp)
		var r py.Object
		switch {
		case wrongLiteral != nil:
			r = wrongLiteral
		case fn != nil:
			if r, err = py.Call(fn, py.Tuple{m}, nil); err != nil {
				return nil, 0, err
			}
		default:
			r = tmpl.expand(m)
		}
		if r != py.None {
			if inst, ok := r.(*Instance); ok && inst.base != nil {
				r = inst.base
			}
			_, isStr := r.(py.String)
			_, isBytes := r.(py.Bytes)
			if p.isBytes && !isBytes {
				return nil, 0, py.ExceptionNewf(py.TypeError, "sequence item %d: expected a bytes-like object, %s found", item, r.Type().Name)
			}
			if !p.isBytes && !isStr {
				return nil, 0, py.ExceptionNewf(py.TypeError, "sequence item %d: expected str instance, %s found", item, r.Type().Name)
			}
			write(r)
			item++
		}
		last = sp[1]
		n++
		if count > 0 && n >= count {
			break
		}
	}
	if n == 0 {
		if p.isBytes {
			return py.Bytes(append([]byte(nil), t.raw...)), 0, nil
		}
		return py.String(t.s), 0, nil
	}
	write(t.slice(last, len(t.s)))
	if p.isBytes {
		return py.Bytes(raw), n, nil
	}
	return py.String(b.String()), n, nil
}

// A replacement template: literal pieces and group references.
type reReplTemplate struct {
	lits   []py.Object // str or bytes pieces; nil where a group goes
	groups []int
}

func (tm *reReplTemplate) expand(m *reMatch) py.Object {
	if m.p.isBytes {
		var out []byte
		for i, l := range tm.lits {
			if l != nil {
				out = append(out, l.(py.Bytes)...)
			} else if g := m.group(tm.groups[i], nil); g != nil {
				out = append(out, g.(py.Bytes)...)
			}
		}
		return py.Bytes(out)
	}
	var b strings.Builder
	for i, l := range tm.lits {
		if l != nil {
			b.WriteString(string(l.(py.String)))
		} else if g := m.group(tm.groups[i], nil); g != nil {
			b.WriteString(string(g.(py.String)))
		}
	}
	return py.String(b.String())
}

// template parses a replacement string.
func (p *rePattern) template(repl py.Object) (*reReplTemplate, error) {
	s, _, _, _ := subjectText(repl)
	src := []rune(s)
	tm := &reReplTemplate{}
	var lit []rune
	piece := func(r []rune) py.Object {
		if p.isBytes {
			b := make([]byte, len(r))
			for i, c := range r {
				b[i] = byte(c)
			}
			return py.Bytes(b)
		}
		return py.String(string(r))
	}
	flush := func() {
		if len(lit) > 0 {
			tm.lits = append(tm.lits, piece(lit))
			tm.groups = append(tm.groups, 0)
			lit = nil
		}
	}
	addGroup := func(g int) {
		flush()
		tm.lits = append(tm.lits, nil)
		tm.groups = append(tm.groups, g)
	}
	fail := func(pos int, format string, args ...any) error {
		return patternError(reErr(pos, format, args...), repl, src)
	}
	for i := 0; i < len(src); i++ {
		c := src[i]
		if c != '\\' {
			lit = append(lit, c)
			continue
		}
		start := i
		i++
		if i >= len(src) {
			return nil, fail(start, "bad escape (end of pattern)")
		}
		c = src[i]
		switch {
		case c == 'g':
			i++
			if i >= len(src) || src[i] != '<' {
				return nil, fail(i, "missing <")
			}
			i++
			j := i
			for j < len(src) && src[j] != '>' {
				j++
			}
			if j >= len(src) {
				if j == i {
					return nil, fail(i, "missing group name")
				}
				return nil, fail(i, "missing >, unterminated name")
			}
			name := string(src[i:j])
			if name == "" {
				return nil, fail(i, "missing group name")
			}
			var g int
			if allDigits(name) {
				if len(name) > 9 {
					return nil, fail(i, "invalid group reference %s", name)
				}
				g, _ = strconv.Atoi(name)
				if g > p.prog.groups {
					return nil, fail(i, "invalid group reference %d", g)
				}
			} else {
				if !isIdentifierName(name, p.isBytes) {
					return nil, fail(i, "bad character in group name '%s'", name)
				}
				n, ok := p.prog.names[name]
				if !ok {
					return nil, py.ExceptionNewf(py.IndexError, "unknown group name '%s'", name)
				}
				g = n
			}
			addGroup(g)
			i = j
		case c == '0':
			v := rune(0)
			for k := 0; k < 2 && i+1 < len(src) && isOctal(src[i+1]); k++ {
				i++
				v = v*8 + src[i] - '0'
			}
			lit = append(lit, v)
		case isDigitRune(c):
			if i+2 < len(src) && isOctal(c) && isOctal(src[i+1]) && isOctal(src[i+2]) {
				v := (c-'0')*64 + (src[i+1]-'0')*8 + (src[i+2] - '0')
				if v > 0o377 {
					return nil, fail(start, "octal escape value \\%s outside of range 0-0o377", string(src[i:i+3]))
				}
				lit = append(lit, v)
				i += 2
				continue
			}
			g := int(c - '0')
			if i+1 < len(src) && isDigitRune(src[i+1]) {
				i++
				g = g*10 + int(src[i]-'0')
			}
			if g > p.prog.groups {
				return nil, fail(start+1, "invalid group reference %d", g)
			}
			addGroup(g)
		default:
			if e, ok := map[rune]rune{'a': 7, 'b': 8, 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v', '\\': '\\'}[c]; ok {
				lit = append(lit, e)
			} else if c < 0x80 && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
				return nil, fail(start, "bad escape \\%c", c)
			} else {
				lit = append(lit, '\\', c)
			}
		}
	}
	flush()
	return tm, nil
}

func allDigits(s string) bool {
	for _, r := range s {
		if !isDigitRune(r) {
			return false
		}
	}
	return s != ""
}

// reEscape is re.escape.
func reEscape(o py.Object) (py.Object, error) {
	s, raw, isBytes, ok := subjectText(o)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "decoding to str: need a bytes-like object, %s found", o.Type().Name)
	}
	const special = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f"
	if isBytes {
		var out []byte
		for _, c := range raw {
			if c < 0x80 && strings.IndexByte(special, c) >= 0 {
				out = append(out, '\\')
			}
			out = append(out, c)
		}
		return py.Bytes(out), nil
	}
	var b strings.Builder
	for _, r := range s {
		if r < 0x80 && strings.ContainsRune(special, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return py.String(b.String()), nil
}
