package interp

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/spython/spython/interp/pyobj"
)

// gpython v0.2.0's str has only a handful of methods, several of them
// wrong. spython gives str CPython's methods, as method descriptors added
// to the shared str type once at start-up (from Go: Python cannot change
// it).

func addStrMethods() {
	addStrCaseMethods()
	addStrPredicates()
	addStrSearchMethods()
	addStrSplitMethods()
	addStrPadMethods()
	addStrOtherMethods()
	defMethod(py.StringType, bindInstance, dunder("__mod__"),
		func(self py.Object, a []py.Object) (py.Object, error) {
			return percentFormat(string(self.(py.String)), a[0])
		})
}

// strSelf is the Go string of a str method's self.
func strSelf(o py.Object) string { return string(o.(py.String)) }

// strMethod adds a str method.
func strMethod(s signature, fn func(self string, a []py.Object) (py.Object, error)) {
	defMethod(py.StringType, bindInstance, s, func(self py.Object, a []py.Object) (py.Object, error) {
		return fn(strSelf(self), a)
	})
}

// noArgs is the signature of a method without parameters.
func noArgs(name string) signature { return signature{name: name} }

// methO is the signature of a method with exactly one positional parameter.
func methO(name string) signature {
	return signature{name: name, params: []string{"arg"}, min: 1, style: styleMethO}
}

func addStrCaseMethods() {
	mapping := map[string]func([]rune) string{
		"upper":      func(rs []rune) string { return mapRunes(rs, fullUpper) },
		"lower":      lowerRunes,
		"casefold":   func(rs []rune) string { return mapRunes(rs, foldRune) },
		"swapcase":   swapcaseRunes,
		"capitalize": capitalizeRunes,
		"title":      titleRunes,
	}
	for name, f := range mapping {
		strMethod(noArgs(name), func(s string, _ []py.Object) (py.Object, error) {
			return py.String(f([]rune(s))), nil
		})
	}
}

func mapRunes(rs []rune, f func(rune) string) string {
	var b strings.Builder
	for _, r := range rs {
		b.WriteString(f(r))
	}
	return b.String()
}

func fullUpper(r rune) string {
	if s, ok := specialUpper()[r]; ok {
		return s
	}
	return string(unicode.ToUpper(r))
}

func fullTitle(r rune) string {
	if s, ok := specialTitle()[r]; ok {
		return s
	}
	return string(unicode.ToTitle(r))
}

func foldRune(r rune) string {
	if s, ok := specialFold()[r]; ok {
		return s
	}
	return string(unicode.ToLower(r))
}

// lowerAt lowers rs[i]; a capital sigma ending a word becomes a final
// sigma.
func lowerAt(rs []rune, i int) string {
	r := rs[i]
	if r == 'Σ' && finalSigma(rs, i) {
		return "ς"
	}
	if r == 'İ' {
		return "i\u0307"
	}
	return string(unicode.ToLower(r))
}

func lowerRunes(rs []rune) string {
	var b strings.Builder
	for i := range rs {
		b.WriteString(lowerAt(rs, i))
	}
	return b.String()
}

// finalSigma reports whether the sigma at i follows a cased letter and
// precedes none (case-ignorable characters are skipped both ways).
func finalSigma(rs []rune, i int) bool {
	j := i - 1
	for j >= 0 && caseIgnorable(rs[j]) {
		j--
	}
	if j < 0 || !isCased(rs[j]) {
		return false
	}
	j = i + 1
	for j < len(rs) && caseIgnorable(rs[j]) {
		j++
	}
	return j == len(rs) || !isCased(rs[j])
}

func caseIgnorable(r rune) bool {
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf, unicode.Lm, unicode.Sk) ||
		strings.ContainsRune("'.:·’\u2024\ufe52\uff07\uff0e\u00ad", r)
}

func isLowerCase(r rune) bool { return unicode.IsLower(r) || unicode.Is(unicode.Other_Lowercase, r) }
func isUpperCase(r rune) bool { return unicode.IsUpper(r) || unicode.Is(unicode.Other_Uppercase, r) }
func isCased(r rune) bool     { return isLowerCase(r) || isUpperCase(r) || unicode.IsTitle(r) }

func swapcaseRunes(rs []rune) string {
	var b strings.Builder
	for i, r := range rs {
		switch {
		case isUpperCase(r):
			b.WriteString(lowerAt(rs, i))
		case isLowerCase(r):
			b.WriteString(fullUpper(r))
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func capitalizeRunes(rs []rune) string {
	var b strings.Builder
	for i, r := range rs {
		if i == 0 {
			b.WriteString(fullTitle(r))
		} else {
			b.WriteString(lowerAt(rs, i))
		}
	}
	return b.String()
}

func titleRunes(rs []rune) string {
	var b strings.Builder
	prevCased := false
	for i, r := range rs {
		if prevCased {
			b.WriteString(lowerAt(rs, i))
		} else {
			b.WriteString(fullTitle(r))
		}
		prevCased = isCased(r)
	}
	return b.String()
}

func addStrPredicates() {
	each := func(name string, f func(rune) bool) {
		strMethod(noArgs(name), func(s string, _ []py.Object) (py.Object, error) {
			if s == "" {
				return py.False, nil
			}
			for _, r := range s {
				if !f(r) {
					return py.False, nil
				}
			}
			return py.True, nil
		})
	}
	each("isdecimal", isDecimal)
	each("isdigit", isDigit)
	each("isnumeric", isNumeric)
	each("isalpha", unicode.IsLetter)
	each("isalnum", func(r rune) bool { return unicode.IsLetter(r) || isNumeric(r) })
	each("isspace", isSpace)
	strMethod(noArgs("isprintable"), func(s string, _ []py.Object) (py.Object, error) {
		for _, r := range s {
			if !unicode.IsPrint(r) {
				return py.False, nil
			}
		}
		return py.True, nil
	})
	strMethod(noArgs("isascii"), func(s string, _ []py.Object) (py.Object, error) {
		return py.NewBool(isASCII(s)), nil
	})
	strMethod(noArgs("isidentifier"), func(s string, _ []py.Object) (py.Object, error) {
		return py.NewBool(isIdentifier(s)), nil
	})
	strMethod(noArgs("isupper"), func(s string, _ []py.Object) (py.Object, error) {
		return casedOnly(s, func(r rune) bool { return isLowerCase(r) || unicode.IsTitle(r) }, isUpperCase), nil
	})
	strMethod(noArgs("islower"), func(s string, _ []py.Object) (py.Object, error) {
		return casedOnly(s, func(r rune) bool { return isUpperCase(r) || unicode.IsTitle(r) }, isLowerCase), nil
	})
	strMethod(noArgs("istitle"), func(s string, _ []py.Object) (py.Object, error) {
		return py.NewBool(isTitle(s)), nil
	})
}

// casedOnly is true when s has a character that is want and none that is
// bad.
func casedOnly(s string, bad, want func(rune) bool) py.Object {
	seen := false
	for _, r := range s {
		if bad(r) {
			return py.False
		}
		seen = seen || want(r)
	}
	return py.NewBool(seen)
}

func isTitle(s string) bool {
	prevCased, seen := false, false
	for _, r := range s {
		switch {
		case isUpperCase(r) || unicode.IsTitle(r):
			if prevCased {
				return false
			}
			prevCased, seen = true, true
		case isLowerCase(r):
			if !prevCased {
				return false
			}
			prevCased, seen = true, true
		default:
			prevCased = false
		}
	}
	return seen
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

func isDecimal(r rune) bool { return unicode.Is(unicode.Nd, r) }

// isDigit: decimal digits and the other digits (superscripts,
// subscripts, circled digits).
func isDigit(r rune) bool {
	if isDecimal(r) {
		return true
	}
	switch {
	case r == '²' || r == '³' || r == '¹' || r == '⁰' || r == '⓪' || r == '⓿':
		return true
	case r >= '⁴' && r <= '⁹', r >= '₀' && r <= '₉', r >= '①' && r <= '⑨', r >= '⑴' && r <= '⑼',
		r >= '⒈' && r <= '⒐', r >= '⓵' && r <= '⓽', r >= '❶' && r <= '❾', r >= '➀' && r <= '➈',
		r >= '➊' && r <= '➒', r >= 0x1369 && r <= 0x1371, r >= 0x1F100 && r <= 0x1F10A:
		return true
	}
	return false
}

// isNumeric: digits, other numbers and the CJK numerals.
func isNumeric(r rune) bool {
	return unicode.IsNumber(r) || strings.ContainsRune("〇一二三四五六七八九十百千万萬億兆零壹贰貳叁參肆伍陆陸柒捌玖拾佰仟廿卅", r)
}

// isSpace is CPython's whitespace: the Unicode spaces and the ASCII
// separators \x1c to \x1f.
func isSpace(r rune) bool {
	return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f)
}

func isIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		start := r == '_' || unicode.IsLetter(r) || unicode.Is(unicode.Nl, r) || unicode.Is(unicode.Other_ID_Start, r)
		if i == 0 && !start {
			return false
		}
		if !start && !unicode.In(r, unicode.Mn, unicode.Mc, unicode.Nd, unicode.Pc, unicode.Other_ID_Continue) {
			return false
		}
	}
	return true
}

// argStr is a str argument: "NAME() argument N must be str, not T".
func argStr(method string, pos int, o py.Object) (string, error) {
	s, ok := unwrap(o).(py.String)
	if !ok {
		return "", py.ExceptionNewf(py.TypeError, "%s() argument %d must be str, not %s", method, pos, o.Type().Name)
	}
	return string(s), nil
}

// runeSlice is s[start:end] counted in characters, with slicing's rules
// for start and end; ok is false when start is beyond the string or
// after end (where nothing, not even "", is found).
func runeSlice(s string, startArg, endArg py.Object) (sub string, start int, ok bool, err error) {
	n := utf8.RuneCountInString(s)
	start, end, ok, err := clampRange(startArg, endArg, n)
	if err != nil || !ok || start > end {
		return "", 0, false, err
	}
	b0 := runeOffset(s, start)
	b1 := b0 + runeOffset(s[b0:], end-start)
	return s[b0:b1], start, true, nil
}

// runeOffset is the byte offset of the n-th character of s.
func runeOffset(s string, n int) int {
	if isASCII(s) {
		return min(n, len(s))
	}
	for i := range s {
		if n == 0 {
			return i
		}
		n--
	}
	return len(s)
}

func runeCount(s string) int { return utf8.RuneCountInString(s) }

func addStrSearchMethods() {
	find := func(name string, last, raise bool) {
		strMethod(varargs(name, 1, "sub", "start", "end"), func(s string, a []py.Object) (py.Object, error) {
			x, err := argStr(name, 1, a[0])
			if err != nil {
				return nil, err
			}
			sub, start, ok, err := runeSlice(s, a[1], a[2])
			if err != nil {
				return nil, err
			}
			i := -1
			if ok {
				if last {
					i = strings.LastIndex(sub, x)
				} else {
					i = strings.Index(sub, x)
				}
			}
			if i < 0 {
				if raise {
					return nil, py.ExceptionNewf(py.ValueError, "substring not found")
				}
				return py.Int(-1), nil
			}
			return py.Int(start + runeCount(sub[:i])), nil
		})
	}
	find("find", false, false)
	find("rfind", true, false)
	find("index", false, true)
	find("rindex", true, true)
	strMethod(varargs("count", 1, "sub", "start", "end"), func(s string, a []py.Object) (py.Object, error) {
		x, err := argStr("count", 1, a[0])
		if err != nil {
			return nil, err
		}
		sub, _, ok, err := runeSlice(s, a[1], a[2])
		switch {
		case err != nil:
			return nil, err
		case !ok:
			return py.Int(0), nil
		case x == "":
			return py.Int(runeCount(sub) + 1), nil
		}
		return py.Int(strings.Count(sub, x)), nil
	})
	affix := func(name string, test func(s, x string) bool) {
		strMethod(varargs(name, 1, "prefix", "start", "end"), func(s string, a []py.Object) (py.Object, error) {
			sub, _, ok, err := runeSlice(s, a[1], a[2])
			if err != nil {
				return nil, err
			}
			return matchAffix(name, a[0], func(x string) bool { return ok && test(sub, x) })
		})
	}
	affix("startswith", strings.HasPrefix)
	affix("endswith", strings.HasSuffix)
	strMethod(signature{name: "replace", params: []string{"old", "new", "count"}, min: 2, style: styleClinicPos}, func(s string, a []py.Object) (py.Object, error) {
		old, err := argStr("replace", 1, a[0])
		if err != nil {
			return nil, err
		}
		repl, err := argStr("replace", 2, a[1])
		if err != nil {
			return nil, err
		}
		count := -1
		if a[2] != nil {
			if count, err = toIndex(a[2]); err != nil {
				return nil, err
			}
		}
		return py.String(strings.Replace(s, old, repl, count)), nil
	})
}

// matchAffix tests a str or each str of a tuple with test.
func matchAffix(name string, arg py.Object, test func(string) bool) (py.Object, error) {
	switch v := arg.(type) {
	case py.String:
		return py.NewBool(test(string(v))), nil
	case py.Tuple:
		for _, item := range v {
			x, ok := item.(py.String)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "tuple for %s must only contain str, not %s", name, item.Type().Name)
			}
			if test(string(x)) {
				return py.True, nil
			}
		}
		return py.False, nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "%s first arg must be str or a tuple of str, not %s", name, arg.Type().Name)
}

func addStrSplitMethods() {
	split := func(name string, right bool) {
		strMethod(sig(name, 0, "sep", "maxsplit"), func(s string, a []py.Object) (py.Object, error) {
			maxsplit := -1
			if a[1] != nil {
				var err error
				if maxsplit, err = toIndex(a[1]); err != nil {
					return nil, err
				}
			}
			if a[0] == nil || a[0] == py.None {
				return py.NewListFromStrings(splitSpace(s, maxsplit, right)), nil
			}
			sep, ok := a[0].(py.String)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "must be str or None, not %s", a[0].Type().Name)
			}
			if sep == "" {
				return nil, py.ExceptionNewf(py.ValueError, "empty separator")
			}
			return py.NewListFromStrings(splitSep(s, string(sep), maxsplit, right)), nil
		})
	}
	split("split", false)
	split("rsplit", true)
	strMethod(sig("splitlines", 0, "keepends"), func(s string, a []py.Object) (py.Object, error) {
		keep := 0
		if a[0] != nil {
			var err error
			if keep, err = toIndex(a[0]); err != nil {
				return nil, err
			}
		}
		return py.NewListFromStrings(splitLines(s, keep != 0)), nil
	})
	partition := func(name string, last bool) {
		strMethod(methO(name), func(s string, a []py.Object) (py.Object, error) {
			sep, ok := a[0].(py.String)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "must be str, not %s", a[0].Type().Name)
			}
			if sep == "" {
				return nil, py.ExceptionNewf(py.ValueError, "empty separator")
			}
			head, tail, found := strings.Cut(s, string(sep))
			if last {
				if i := strings.LastIndex(s, string(sep)); i >= 0 {
					head, tail = s[:i], s[i+len(sep):]
				}
			}
			switch {
			case found:
				return py.Tuple{py.String(head), sep, py.String(tail)}, nil
			case last:
				return py.Tuple{py.String(""), py.String(""), py.String(s)}, nil
			}
			return py.Tuple{py.String(s), py.String(""), py.String("")}, nil
		})
	}
	partition("partition", false)
	partition("rpartition", true)
}

// splitSpace splits at runs of whitespace, at most maxsplit times (all
// when negative), from the right for rsplit.
func splitSpace(s string, maxsplit int, right bool) []string {
	rs := []rune(s)
	var out []string
	if right {
		end := len(rs)
		for {
			for end > 0 && isSpace(rs[end-1]) {
				end--
			}
			if end == 0 {
				break
			}
			if maxsplit == 0 {
				out = append(out, string(rs[:end]))
				break
			}
			start := end
			for start > 0 && !isSpace(rs[start-1]) {
				start--
			}
			out = append(out, string(rs[start:end]))
			end = start
			maxsplit--
		}
		slicesReverse(out)
		return emptyIfNil(out)
	}
	start := 0
	for {
		for start < len(rs) && isSpace(rs[start]) {
			start++
		}
		if start == len(rs) {
			break
		}
		if maxsplit == 0 {
			out = append(out, string(rs[start:]))
			break
		}
		end := start
		for end < len(rs) && !isSpace(rs[end]) {
			end++
		}
		out = append(out, string(rs[start:end]))
		start = end
		maxsplit--
	}
	return emptyIfNil(out)
}

func emptyIfNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func slicesReverse(s []string) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func splitSep(s, sep string, maxsplit int, right bool) []string {
	if !right {
		if maxsplit < 0 {
			return strings.Split(s, sep)
		}
		return strings.SplitN(s, sep, maxsplit+1)
	}
	var out []string
	for maxsplit != 0 {
		i := strings.LastIndex(s, sep)
		if i < 0 {
			break
		}
		out = append(out, s[i+len(sep):])
		s = s[:i]
		maxsplit--
	}
	out = append(out, s)
	slicesReverse(out)
	return out
}

// isLineBreak is a character str.splitlines splits at.
func isLineBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

func splitLines(s string, keep bool) []string {
	out := []string{}
	for s != "" {
		i := strings.IndexFunc(s, isLineBreak)
		if i < 0 {
			out = append(out, s)
			break
		}
		_, n := utf8.DecodeRuneInString(s[i:])
		if s[i] == '\r' && i+1 < len(s) && s[i+1] == '\n' {
			n = 2
		}
		if keep {
			out = append(out, s[:i+n])
		} else {
			out = append(out, s[:i])
		}
		s = s[i+n:]
	}
	return out
}

func addStrPadMethods() {
	pad := func(name string, align byte) {
		strMethod(varargs(name, 1, "width", "fillchar"), func(s string, a []py.Object) (py.Object, error) {
			width, err := toIndex(a[0])
			if err != nil {
				return nil, err
			}
			fill := " "
			if a[1] != nil {
				f, ok := a[1].(py.String)
				if !ok {
					return nil, py.ExceptionNewf(py.TypeError, "The fill character must be a unicode character, not %s", a[1].Type().Name)
				}
				if runeCount(string(f)) != 1 {
					return nil, py.ExceptionNewf(py.TypeError, "The fill character must be exactly one character long")
				}
				fill = string(f)
			}
			return py.String(padTo(s, width, fill, align)), nil
		})
	}
	pad("ljust", '<')
	pad("rjust", '>')
	pad("center", '^')
	strMethod(methO("zfill"), func(s string, a []py.Object) (py.Object, error) {
		width, err := toIndex(a[0])
		if err != nil {
			return nil, err
		}
		n := width - runeCount(s)
		if n <= 0 {
			return py.String(s), nil
		}
		sign := ""
		if s != "" && (s[0] == '-' || s[0] == '+') {
			sign, s = s[:1], s[1:]
		}
		return py.String(sign + strings.Repeat("0", n) + s), nil
	})
	strMethod(sig("expandtabs", 0, "tabsize"), func(s string, a []py.Object) (py.Object, error) {
		size := 8
		if a[0] != nil {
			var err error
			if size, err = toIndex(a[0]); err != nil {
				return nil, err
			}
		}
		return py.String(expandTabs(s, size)), nil
	})
}

// padTo pads s to width characters with fill: '<' left-justifies, '>'
// right-justifies, '^' centres as CPython does (the odd extra fill goes
// left when both the padding and the width are odd).
func padTo(s string, width int, fill string, align byte) string {
	n := width - runeCount(s)
	if n <= 0 {
		return s
	}
	left := 0
	switch align {
	case '>':
		left = n
	case '^':
		left = n/2 + (n & width & 1)
	}
	return strings.Repeat(fill, left) + s + strings.Repeat(fill, n-left)
}

func expandTabs(s string, size int) string {
	var b strings.Builder
	col := 0
	for _, r := range s {
		switch r {
		case '\t':
			if size > 0 {
				n := size - col%size
				b.WriteString(strings.Repeat(" ", n))
				col += n
			}
		case '\n', '\r':
			b.WriteRune(r)
			col = 0
		default:
			b.WriteRune(r)
			col++
		}
	}
	return b.String()
}

func addStrOtherMethods() {
	strip := func(name string, left, right bool) {
		strMethod(varargs(name, 0, "chars"), func(s string, a []py.Object) (py.Object, error) {
			cut := isSpace
			if a[0] != nil && a[0] != py.None {
				chars, ok := a[0].(py.String)
				if !ok {
					return nil, py.ExceptionNewf(py.TypeError, "%s arg must be None or str", name)
				}
				cut = func(r rune) bool { return strings.ContainsRune(string(chars), r) }
			}
			if left {
				s = strings.TrimLeftFunc(s, cut)
			}
			if right {
				s = strings.TrimRightFunc(s, cut)
			}
			return py.String(s), nil
		})
	}
	strip("strip", true, true)
	strip("lstrip", true, false)
	strip("rstrip", false, true)
	strMethod(methO("join"), func(s string, a []py.Object) (py.Object, error) {
		items, err := iterItems(a[0])
		if err != nil {
			if py.IsException(py.TypeError, err) && !isIterable(a[0]) {
				return nil, py.ExceptionNewf(py.TypeError, "can only join an iterable")
			}
			return nil, err
		}
		parts := make([]string, len(items))
		for i, item := range items {
			x, ok := unwrap(item).(py.String)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "sequence item %d: expected str instance, %s found", i, item.Type().Name)
			}
			parts[i] = string(x)
		}
		return py.String(strings.Join(parts, s)), nil
	})
	affix := func(name string, trim func(s, x string) string) {
		strMethod(methO(name), func(s string, a []py.Object) (py.Object, error) {
			x, ok := a[0].(py.String)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "%s() argument must be str, not %s", name, a[0].Type().Name)
			}
			return py.String(trim(s, string(x))), nil
		})
	}
	affix("removeprefix", strings.TrimPrefix)
	affix("removesuffix", strings.TrimSuffix)
	strMethod(sig("encode", 0, "encoding", "errors"), func(s string, a []py.Object) (py.Object, error) {
		enc, errs, err := codecArgs("encode", a)
		if err != nil {
			return nil, err
		}
		b, err := encodeString(s, enc, errs)
		if err != nil {
			return nil, err
		}
		return py.Bytes(b), nil
	})
	strMethod(methO("format_map"), func(s string, a []py.Object) (py.Object, error) {
		kwargs, err := formatMapArgs(s, a[0])
		if err != nil {
			return nil, err
		}
		out, err := formatString(s, nil, kwargs)
		return py.String(out), err
	})
	strMethod(methO("translate"), func(s string, a []py.Object) (py.Object, error) {
		return translate(s, a[0])
	})
	defMethod(py.StringType, bindStatic, varargs("maketrans", 1, "x", "y", "z"), func(_ py.Object, a []py.Object) (py.Object, error) {
		return maketrans(a)
	})
}

// codecArgs reads the encoding and errors arguments of encode or decode.
func codecArgs(method string, a []py.Object) (enc, errs string, err error) {
	enc, errs = "utf-8", "strict"
	for i, name := range []string{"encoding", "errors"} {
		if a[i] == nil {
			continue
		}
		s, ok := a[i].(py.String)
		if !ok {
			return "", "", py.ExceptionNewf(py.TypeError, "%s() argument '%s' must be str, not %s", method, name, a[i].Type().Name)
		}
		if i == 0 {
			enc = string(s)
		} else {
			errs = string(s)
		}
	}
	return enc, errs, nil
}

// encodeString encodes s with the encoding enc and the error handler errs.
func encodeString(s, enc, errs string) ([]byte, error) {
	c, err := lookupCodec(enc)
	if err != nil {
		return nil, err
	}
	return encodeText(s, c, errs, true)
}

// formatMapArgs looks up in mapping the names the replacement fields of
// tmpl use, for str.format_map.
func formatMapArgs(tmpl string, mapping py.Object) (py.StringDict, error) {
	names := py.NewStringDict()
	for i := 0; i < len(tmpl); i++ {
		if tmpl[i] != '{' {
			continue
		}
		if i+1 < len(tmpl) && tmpl[i+1] == '{' {
			i++
			continue
		}
		end := i + 1
		for end < len(tmpl) && !strings.ContainsRune(".[!:{}", rune(tmpl[end])) {
			end++
		}
		name := tmpl[i+1 : end]
		if name == "" || (name[0] >= '0' && name[0] <= '9') {
			return nil, py.ExceptionNewf(py.ValueError, "Format string contains positional fields")
		}
		if _, seen := names[name]; seen {
			continue
		}
		v, err := py.GetItem(mapping, py.String(name))
		if err != nil {
			return nil, err
		}
		names[name] = v
	}
	return names, nil
}

// translate maps each character through table[ord(c)]: a str, an int
// code point or None; characters the table lacks stay.
func translate(s string, table py.Object) (py.Object, error) {
	var b strings.Builder
	for _, r := range s {
		v, err := py.GetItem(table, py.Int(r))
		if err != nil {
			if py.IsException(py.LookupError, err) {
				b.WriteRune(r)
				continue
			}
			return nil, err
		}
		switch x := v.(type) {
		case py.NoneType:
		case py.String:
			b.WriteString(string(x))
		case py.Int:
			if x < 0 || x > unicode.MaxRune {
				return nil, py.ExceptionNewf(py.ValueError, "character mapping must be in range(0x110000)")
			}
			b.WriteRune(rune(x))
		default:
			return nil, py.ExceptionNewf(py.TypeError, "character mapping must return integer, None or str")
		}
	}
	return py.String(b.String()), nil
}

// makeDict builds a dict from key, value pairs; its keys may be ints.
func makeDict(pairs []py.Object) (py.Object, error) {
	d := pyobj.NewDictSized(len(pairs))
	for _, p := range pairs {
		kv := p.(py.Tuple)
		if err := d.SetItem(kv[0], kv[1]); err != nil {
			return nil, err
		}
	}
	return d, nil
}

func maketrans(a []py.Object) (py.Object, error) {
	var pairs []py.Object
	if a[1] == nil {
		d, ok := a[0].(*pyobj.Dict)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "if you give only one argument to maketrans it must be a dict")
		}
		err := d.Items(func(k, v py.Object) error {
			switch key := k.(type) {
			case py.String:
				if runeCount(string(key)) != 1 {
					return py.ExceptionNewf(py.ValueError, "string keys in translate table must be of length 1")
				}
				r, _ := utf8.DecodeRuneInString(string(key))
				k = py.Int(r)
			case py.Int:
			default:
				return py.ExceptionNewf(py.TypeError, "keys in translate table must be strings or integers")
			}
			pairs = append(pairs, py.Tuple{k, v})
			return nil
		})
		if err != nil {
			return nil, err
		}
		return makeDict(pairs)
	}
	y, err := argStr("maketrans", 2, a[1])
	if err != nil {
		return nil, err
	}
	x, err := argStr("maketrans", 1, a[0])
	if err != nil {
		return nil, err
	}
	xs, ys := []rune(x), []rune(y)
	if len(xs) != len(ys) {
		return nil, py.ExceptionNewf(py.ValueError, "the first two maketrans arguments must have equal length")
	}
	for i := range xs {
		pairs = append(pairs, py.Tuple{py.Int(xs[i]), py.Int(ys[i])})
	}
	if a[2] != nil {
		z, err := argStr("maketrans", 3, a[2])
		if err != nil {
			return nil, err
		}
		for _, r := range z {
			pairs = append(pairs, py.Tuple{py.Int(r), py.None})
		}
	}
	return makeDict(pairs)
}

// Case mappings of Unicode's SpecialCasing and CaseFolding data where
// they differ from Go's one-to-one mappings: full upper case, title case
// and case folding.

var specialUpper = sync.OnceValue(func() map[rune]string {
	return map[rune]string{
		0xdf:   "SS",
		0x149:  "ʼN",
		0x1f0:  "J̌",
		0x390:  "Ϊ́",
		0x3b0:  "Ϋ́",
		0x587:  "ԵՒ",
		0x1e96: "H̱",
		0x1e97: "T̈",
		0x1e98: "W̊",
		0x1e99: "Y̊",
		0x1e9a: "Aʾ",
		0x1f50: "Υ̓",
		0x1f52: "Υ̓̀",
		0x1f54: "Υ̓́",
		0x1f56: "Υ̓͂",
		0x1f80: "ἈΙ",
		0x1f81: "ἉΙ",
		0x1f82: "ἊΙ",
		0x1f83: "ἋΙ",
		0x1f84: "ἌΙ",
		0x1f85: "ἍΙ",
		0x1f86: "ἎΙ",
		0x1f87: "ἏΙ",
		0x1f88: "ἈΙ",
		0x1f89: "ἉΙ",
		0x1f8a: "ἊΙ",
		0x1f8b: "ἋΙ",
		0x1f8c: "ἌΙ",
		0x1f8d: "ἍΙ",
		0x1f8e: "ἎΙ",
		0x1f8f: "ἏΙ",
		0x1f90: "ἨΙ",
		0x1f91: "ἩΙ",
		0x1f92: "ἪΙ",
		0x1f93: "ἫΙ",
		0x1f94: "ἬΙ",
		0x1f95: "ἭΙ",
		0x1f96: "ἮΙ",
		0x1f97: "ἯΙ",
		0x1f98: "ἨΙ",
		0x1f99: "ἩΙ",
		0x1f9a: "ἪΙ",
		0x1f9b: "ἫΙ",
		0x1f9c: "ἬΙ",
		0x1f9d: "ἭΙ",
		0x1f9e: "ἮΙ",
		0x1f9f: "ἯΙ",
		0x1fa0: "ὨΙ",
		0x1fa1: "ὩΙ",
		0x1fa2: "ὪΙ",
		0x1fa3: "ὫΙ",
		0x1fa4: "ὬΙ",
		0x1fa5: "ὭΙ",
		0x1fa6: "ὮΙ",
		0x1fa7: "ὯΙ",
		0x1fa8: "ὨΙ",
		0x1fa9: "ὩΙ",
		0x1faa: "ὪΙ",
		0x1fab: "ὫΙ",
		0x1fac: "ὬΙ",
		0x1fad: "ὭΙ",
		0x1fae: "ὮΙ",
		0x1faf: "ὯΙ",
		0x1fb2: "ᾺΙ",
		0x1fb3: "ΑΙ",
		0x1fb4: "ΆΙ",
		0x1fb6: "Α͂",
		0x1fb7: "Α͂Ι",
		0x1fbc: "ΑΙ",
		0x1fc2: "ῊΙ",
		0x1fc3: "ΗΙ",
		0x1fc4: "ΉΙ",
		0x1fc6: "Η͂",
		0x1fc7: "Η͂Ι",
		0x1fcc: "ΗΙ",
		0x1fd2: "Ϊ̀",
		0x1fd3: "Ϊ́",
		0x1fd6: "Ι͂",
		0x1fd7: "Ϊ͂",
		0x1fe2: "Ϋ̀",
		0x1fe3: "Ϋ́",
		0x1fe4: "Ρ̓",
		0x1fe6: "Υ͂",
		0x1fe7: "Ϋ͂",
		0x1ff2: "ῺΙ",
		0x1ff3: "ΩΙ",
		0x1ff4: "ΏΙ",
		0x1ff6: "Ω͂",
		0x1ff7: "Ω͂Ι",
		0x1ffc: "ΩΙ",
		0xfb00: "FF",
		0xfb01: "FI",
		0xfb02: "FL",
		0xfb03: "FFI",
		0xfb04: "FFL",
		0xfb05: "ST",
		0xfb06: "ST",
		0xfb13: "ՄՆ",
		0xfb14: "ՄԵ",
		0xfb15: "ՄԻ",
		0xfb16: "ՎՆ",
		0xfb17: "ՄԽ",
	}
})

var specialTitle = sync.OnceValue(func() map[rune]string {
	return map[rune]string{
		0xdf:   "Ss",
		0x149:  "ʼN",
		0x1f0:  "J̌",
		0x390:  "Ϊ́",
		0x3b0:  "Ϋ́",
		0x587:  "Եւ",
		0x1e96: "H̱",
		0x1e97: "T̈",
		0x1e98: "W̊",
		0x1e99: "Y̊",
		0x1e9a: "Aʾ",
		0x1f50: "Υ̓",
		0x1f52: "Υ̓̀",
		0x1f54: "Υ̓́",
		0x1f56: "Υ̓͂",
		0x1fb2: "Ὰͅ",
		0x1fb4: "Άͅ",
		0x1fb6: "Α͂",
		0x1fb7: "ᾼ͂",
		0x1fc2: "Ὴͅ",
		0x1fc4: "Ήͅ",
		0x1fc6: "Η͂",
		0x1fc7: "ῌ͂",
		0x1fd2: "Ϊ̀",
		0x1fd3: "Ϊ́",
		0x1fd6: "Ι͂",
		0x1fd7: "Ϊ͂",
		0x1fe2: "Ϋ̀",
		0x1fe3: "Ϋ́",
		0x1fe4: "Ρ̓",
		0x1fe6: "Υ͂",
		0x1fe7: "Ϋ͂",
		0x1ff2: "Ὼͅ",
		0x1ff4: "Ώͅ",
		0x1ff6: "Ω͂",
		0x1ff7: "ῼ͂",
		0xfb00: "Ff",
		0xfb01: "Fi",
		0xfb02: "Fl",
		0xfb03: "Ffi",
		0xfb04: "Ffl",
		0xfb05: "St",
		0xfb06: "St",
		0xfb13: "Մն",
		0xfb14: "Մե",
		0xfb15: "Մի",
		0xfb16: "Վն",
		0xfb17: "Մխ",
	}
})

var specialFold = sync.OnceValue(func() map[rune]string {
	return map[rune]string{
		0xb5:   "μ",
		0xdf:   "ss",
		0x130:  "i̇",
		0x149:  "ʼn",
		0x17f:  "s",
		0x1f0:  "ǰ",
		0x345:  "ι",
		0x390:  "ΐ",
		0x3b0:  "ΰ",
		0x3c2:  "σ",
		0x3d0:  "β",
		0x3d1:  "θ",
		0x3d5:  "φ",
		0x3d6:  "π",
		0x3f0:  "κ",
		0x3f1:  "ρ",
		0x3f5:  "ε",
		0x587:  "եւ",
		0x13a0: "Ꭰ",
		0x13a1: "Ꭱ",
		0x13a2: "Ꭲ",
		0x13a3: "Ꭳ",
		0x13a4: "Ꭴ",
		0x13a5: "Ꭵ",
		0x13a6: "Ꭶ",
		0x13a7: "Ꭷ",
		0x13a8: "Ꭸ",
		0x13a9: "Ꭹ",
		0x13aa: "Ꭺ",
		0x13ab: "Ꭻ",
		0x13ac: "Ꭼ",
		0x13ad: "Ꭽ",
		0x13ae: "Ꭾ",
		0x13af: "Ꭿ",
		0x13b0: "Ꮀ",
		0x13b1: "Ꮁ",
		0x13b2: "Ꮂ",
		0x13b3: "Ꮃ",
		0x13b4: "Ꮄ",
		0x13b5: "Ꮅ",
		0x13b6: "Ꮆ",
		0x13b7: "Ꮇ",
		0x13b8: "Ꮈ",
		0x13b9: "Ꮉ",
		0x13ba: "Ꮊ",
		0x13bb: "Ꮋ",
		0x13bc: "Ꮌ",
		0x13bd: "Ꮍ",
		0x13be: "Ꮎ",
		0x13bf: "Ꮏ",
		0x13c0: "Ꮐ",
		0x13c1: "Ꮑ",
		0x13c2: "Ꮒ",
		0x13c3: "Ꮓ",
		0x13c4: "Ꮔ",
		0x13c5: "Ꮕ",
		0x13c6: "Ꮖ",
		0x13c7: "Ꮗ",
		0x13c8: "Ꮘ",
		0x13c9: "Ꮙ",
		0x13ca: "Ꮚ",
		0x13cb: "Ꮛ",
		0x13cc: "Ꮜ",
		0x13cd: "Ꮝ",
		0x13ce: "Ꮞ",
		0x13cf: "Ꮟ",
		0x13d0: "Ꮠ",
		0x13d1: "Ꮡ",
		0x13d2: "Ꮢ",
		0x13d3: "Ꮣ",
		0x13d4: "Ꮤ",
		0x13d5: "Ꮥ",
		0x13d6: "Ꮦ",
		0x13d7: "Ꮧ",
		0x13d8: "Ꮨ",
		0x13d9: "Ꮩ",
		0x13da: "Ꮪ",
		0x13db: "Ꮫ",
		0x13dc: "Ꮬ",
		0x13dd: "Ꮭ",
		0x13de: "Ꮮ",
		0x13df: "Ꮯ",
		0x13e0: "Ꮰ",
		0x13e1: "Ꮱ",
		0x13e2: "Ꮲ",
		0x13e3: "Ꮳ",
		0x13e4: "Ꮴ",
		0x13e5: "Ꮵ",
		0x13e6: "Ꮶ",
		0x13e7: "Ꮷ",
		0x13e8: "Ꮸ",
		0x13e9: "Ꮹ",
		0x13ea: "Ꮺ",
		0x13eb: "Ꮻ",
		0x13ec: "Ꮼ",
		0x13ed: "Ꮽ",
		0x13ee: "Ꮾ",
		0x13ef: "Ꮿ",
		0x13f0: "Ᏸ",
		0x13f1: "Ᏹ",
		0x13f2: "Ᏺ",
		0x13f3: "Ᏻ",
		0x13f4: "Ᏼ",
		0x13f5: "Ᏽ",
		0x13f8: "Ᏸ",
		0x13f9: "Ᏹ",
		0x13fa: "Ᏺ",
		0x13fb: "Ᏻ",
		0x13fc: "Ᏼ",
		0x13fd: "Ᏽ",
		0x1c80: "в",
		0x1c81: "д",
		0x1c82: "о",
		0x1c83: "с",
		0x1c84: "т",
		0x1c85: "т",
		0x1c86: "ъ",
		0x1c87: "ѣ",
		0x1c88: "ꙋ",
		0x1e96: "ẖ",
		0x1e97: "ẗ",
		0x1e98: "ẘ",
		0x1e99: "ẙ",
		0x1e9a: "aʾ",
		0x1e9b: "ṡ",
		0x1e9e: "ss",
		0x1f50: "ὐ",
		0x1f52: "ὒ",
		0x1f54: "ὔ",
		0x1f56: "ὖ",
		0x1f80: "ἀι",
		0x1f81: "ἁι",
		0x1f82: "ἂι",
		0x1f83: "ἃι",
		0x1f84: "ἄι",
		0x1f85: "ἅι",
		0x1f86: "ἆι",
		0x1f87: "ἇι",
		0x1f88: "ἀι",
		0x1f89: "ἁι",
		0x1f8a: "ἂι",
		0x1f8b: "ἃι",
		0x1f8c: "ἄι",
		0x1f8d: "ἅι",
		0x1f8e: "ἆι",
		0x1f8f: "ἇι",
		0x1f90: "ἠι",
		0x1f91: "ἡι",
		0x1f92: "ἢι",
		0x1f93: "ἣι",
		0x1f94: "ἤι",
		0x1f95: "ἥι",
		0x1f96: "ἦι",
		0x1f97: "ἧι",
		0x1f98: "ἠι",
		0x1f99: "ἡι",
		0x1f9a: "ἢι",
		0x1f9b: "ἣι",
		0x1f9c: "ἤι",
		0x1f9d: "ἥι",
		0x1f9e: "ἦι",
		0x1f9f: "ἧι",
		0x1fa0: "ὠι",
		0x1fa1: "ὡι",
		0x1fa2: "ὢι",
		0x1fa3: "ὣι",
		0x1fa4: "ὤι",
		0x1fa5: "ὥι",
		0x1fa6: "ὦι",
		0x1fa7: "ὧι",
		0x1fa8: "ὠι",
		0x1fa9: "ὡι",
		0x1faa: "ὢι",
		0x1fab: "ὣι",
		0x1fac: "ὤι",
		0x1fad: "ὥι",
		0x1fae: "ὦι",
		0x1faf: "ὧι",
		0x1fb2: "ὰι",
		0x1fb3: "αι",
		0x1fb4: "άι",
		0x1fb6: "ᾶ",
		0x1fb7: "ᾶι",
		0x1fbc: "αι",
		0x1fbe: "ι",
		0x1fc2: "ὴι",
		0x1fc3: "ηι",
		0x1fc4: "ήι",
		0x1fc6: "ῆ",
		0x1fc7: "ῆι",
		0x1fcc: "ηι",
		0x1fd2: "ῒ",
		0x1fd3: "ΐ",
		0x1fd6: "ῖ",
		0x1fd7: "ῗ",
		0x1fe2: "ῢ",
		0x1fe3: "ΰ",
		0x1fe4: "ῤ",
		0x1fe6: "ῦ",
		0x1fe7: "ῧ",
		0x1ff2: "ὼι",
		0x1ff3: "ωι",
		0x1ff4: "ώι",
		0x1ff6: "ῶ",
		0x1ff7: "ῶι",
		0x1ffc: "ωι",
		0xab70: "Ꭰ",
		0xab71: "Ꭱ",
		0xab72: "Ꭲ",
		0xab73: "Ꭳ",
		0xab74: "Ꭴ",
		0xab75: "Ꭵ",
		0xab76: "Ꭶ",
		0xab77: "Ꭷ",
		0xab78: "Ꭸ",
		0xab79: "Ꭹ",
		0xab7a: "Ꭺ",
		0xab7b: "Ꭻ",
		0xab7c: "Ꭼ",
		0xab7d: "Ꭽ",
		0xab7e: "Ꭾ",
		0xab7f: "Ꭿ",
		0xab80: "Ꮀ",
		0xab81: "Ꮁ",
		0xab82: "Ꮂ",
		0xab83: "Ꮃ",
		0xab84: "Ꮄ",
		0xab85: "Ꮅ",
		0xab86: "Ꮆ",
		0xab87: "Ꮇ",
		0xab88: "Ꮈ",
		0xab89: "Ꮉ",
		0xab8a: "Ꮊ",
		0xab8b: "Ꮋ",
		0xab8c: "Ꮌ",
		0xab8d: "Ꮍ",
		0xab8e: "Ꮎ",
		0xab8f: "Ꮏ",
		0xab90: "Ꮐ",
		0xab91: "Ꮑ",
		0xab92: "Ꮒ",
		0xab93: "Ꮓ",
		0xab94: "Ꮔ",
		0xab95: "Ꮕ",
		0xab96: "Ꮖ",
		0xab97: "Ꮗ",
		0xab98: "Ꮘ",
		0xab99: "Ꮙ",
		0xab9a: "Ꮚ",
		0xab9b: "Ꮛ",
		0xab9c: "Ꮜ",
		0xab9d: "Ꮝ",
		0xab9e: "Ꮞ",
		0xab9f: "Ꮟ",
		0xaba0: "Ꮠ",
		0xaba1: "Ꮡ",
		0xaba2: "Ꮢ",
		0xaba3: "Ꮣ",
		0xaba4: "Ꮤ",
		0xaba5: "Ꮥ",
		0xaba6: "Ꮦ",
		0xaba7: "Ꮧ",
		0xaba8: "Ꮨ",
		0xaba9: "Ꮩ",
		0xabaa: "Ꮪ",
		0xabab: "Ꮫ",
		0xabac: "Ꮬ",
		0xabad: "Ꮭ",
		0xabae: "Ꮮ",
		0xabaf: "Ꮯ",
		0xabb0: "Ꮰ",
		0xabb1: "Ꮱ",
		0xabb2: "Ꮲ",
		0xabb3: "Ꮳ",
		0xabb4: "Ꮴ",
		0xabb5: "Ꮵ",
		0xabb6: "Ꮶ",
		0xabb7: "Ꮷ",
		0xabb8: "Ꮸ",
		0xabb9: "Ꮹ",
		0xabba: "Ꮺ",
		0xabbb: "Ꮻ",
		0xabbc: "Ꮼ",
		0xabbd: "Ꮽ",
		0xabbe: "Ꮾ",
		0xabbf: "Ꮿ",
		0xfb00: "ff",
		0xfb01: "fi",
		0xfb02: "fl",
		0xfb03: "ffi",
		0xfb04: "ffl",
		0xfb05: "st",
		0xfb06: "st",
		0xfb13: "մն",
		0xfb14: "մե",
		0xfb15: "մի",
		0xfb16: "վն",
		0xfb17: "մխ",
	}
})
