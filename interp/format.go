package interp

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"
)

// str.format and format(), which gpython v0.2.0 lacks: replacement fields
// ({}, {0}, {name}, {0.attr}, {name[key]}, conversions !r !s !a) and the
// format specification mini-language for str, int and float
// ([[fill]align][sign][#][0][width][,|_][.precision][type]).

func addFormat(builtins py.StringDict) {
	builtins["format"] = py.MustNewMethod("format", func(_ py.Object, args py.Tuple) (py.Object, error) {
		var value py.Object
		var spec py.Object = py.String("")
		if err := py.UnpackTuple(args, nil, "format", 1, 2, &value, &spec); err != nil {
			return nil, err
		}
		s, ok := spec.(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "format() argument 2 must be str, not %s", spec.Type().Name)
		}
		out, err := formatValue(value, string(s))
		return py.String(out), err
	}, 0, "format(value, format_spec='') -> str")
}

func addStrFormat() {
	py.StringType.Dict["format"] = py.MustNewMethod("format", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		out, err := formatString(string(self.(py.String)), args, kwargs)
		return py.String(out), err
	}, 0, "S.format(*args, **kwargs) -> str")
}

func formatString(tmpl string, args py.Tuple, kwargs py.StringDict) (string, error) {
	var b strings.Builder
	auto := 0
	for i := 0; i < len(tmpl); {
		c := tmpl[i]
		switch {
		case c == '{' && i+1 < len(tmpl) && tmpl[i+1] == '{', c == '}' && i+1 < len(tmpl) && tmpl[i+1] == '}':
			b.WriteByte(c)
			i += 2
		case c == '}':
			return "", py.ExceptionNewf(py.ValueError, "Single '}' encountered in format string")
		case c == '{' && i+1 == len(tmpl):
			return "", py.ExceptionNewf(py.ValueError, "Single '{' encountered in format string")
		case c == '{':
			end, depth := i+1, 1
			for ; end < len(tmpl) && depth > 0; end++ {
				switch tmpl[end] {
				case '{':
					depth++
				case '}':
					depth--
				}
			}
			if depth > 0 {
				return "", py.ExceptionNewf(py.ValueError, "expected '}' before end of string")
			}
			out, err := formatField(tmpl[i+1:end-1], args, kwargs, &auto)
			if err != nil {
				return "", err
			}
			b.WriteString(out)
			i = end
		default:
			b.WriteByte(c)
			i++
		}
	}
	return b.String(), nil
}

// formatField formats one replacement field (without its braces).
func formatField(field string, args py.Tuple, kwargs py.StringDict, auto *int) (string, error) {
	name, spec, _ := strings.Cut(field, ":")
	name, conv, hasConv := strings.Cut(name, "!")
	if strings.Contains(spec, "{") {
		var err error
		if spec, err = formatString(spec, args, kwargs); err != nil {
			return "", err
		}
	}
	value, err := lookupField(name, args, kwargs, auto)
	if err != nil {
		return "", err
	}
	if hasConv {
		var s string
		switch conv {
		case "r", "a":
			if s, err = py.ReprAsString(value); err != nil {
				return "", err
			}
		case "s":
			if s, err = py.StrAsString(value); err != nil {
				return "", err
			}
		default:
			return "", py.ExceptionNewf(py.ValueError, "Unknown conversion specifier %s", conv)
		}
		value = py.String(s)
	}
	return formatValue(value, spec)
}

func lookupField(name string, args py.Tuple, kwargs py.StringDict, auto *int) (py.Object, error) {
	first := name
	if i := strings.IndexAny(name, ".["); i >= 0 {
		first = name[:i]
	}
	rest := name[len(first):]
	var value py.Object
	switch n, err := strconv.Atoi(first); {
	case first == "":
		if *auto < 0 {
			return nil, py.ExceptionNewf(py.ValueError, "cannot switch from manual field specification to automatic field numbering")
		}
		if *auto >= len(args) {
			return nil, py.ExceptionNewf(py.IndexError, "Replacement index %d out of range for positional args tuple", *auto)
		}
		value = args[*auto]
		*auto++
	case err == nil:
		if *auto > 0 {
			return nil, py.ExceptionNewf(py.ValueError, "cannot switch from automatic field numbering to manual field specification")
		}
		*auto = -1
		if n >= len(args) {
			return nil, py.ExceptionNewf(py.IndexError, "Replacement index %d out of range for positional args tuple", n)
		}
		value = args[n]
	default:
		v, ok := kwargs[first]
		if !ok {
			return nil, keyError(py.String(first))
		}
		value = v
	}
	for rest != "" {
		var err error
		switch rest[0] {
		case '.':
			end := strings.IndexAny(rest[1:], ".[")
			if end < 0 {
				end = len(rest) - 1
			}
			value, err = py.GetAttrString(value, rest[1:1+end])
			rest = rest[1+end:]
		case '[':
			end := strings.IndexByte(rest, ']')
			if end < 0 {
				return nil, py.ExceptionNewf(py.ValueError, "Missing ']' in format string")
			}
			var key py.Object = py.String(rest[1:end])
			if n, err := strconv.Atoi(rest[1:end]); err == nil {
				key = py.Int(n)
			}
			value, err = py.GetItem(value, key)
			rest = rest[end+1:]
		default:
			return nil, py.ExceptionNewf(py.ValueError, "Only '.' or '[' may follow ']' in format field specifier")
		}
		if err != nil {
			return nil, err
		}
	}
	return value, nil
}

// spec is a parsed format specification.
type spec struct {
	fill      rune
	align     byte // '<', '>', '^', '=' or 0
	sign      byte // '+', '-', ' ' or 0
	alt       bool
	zero      bool
	width     int
	group     byte // ',', '_' or 0
	precision int  // -1: none
	kind      byte // the presentation type, 0: none
}

func parseSpec(s string) (spec, error) {
	sp := spec{fill: ' ', precision: -1}
	bad := func() (spec, error) {
		return spec{}, py.ExceptionNewf(py.ValueError, "Invalid format specifier '%s'", s)
	}
	isAlign := func(c byte) bool { return c == '<' || c == '>' || c == '^' || c == '=' }
	if r, n := utf8.DecodeRuneInString(s); n > 0 && n < len(s) && isAlign(s[n]) {
		sp.fill, sp.align, s = r, s[n], s[n+1:]
	} else if s != "" && isAlign(s[0]) {
		sp.align, s = s[0], s[1:]
	}
	if s != "" && (s[0] == '+' || s[0] == '-' || s[0] == ' ') {
		sp.sign, s = s[0], s[1:]
	}
	if s != "" && s[0] == '#' {
		sp.alt, s = true, s[1:]
	}
	if s != "" && s[0] == '0' {
		sp.zero, s = true, s[1:]
	}
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	sp.width, _ = strconv.Atoi(s[:i])
	s = s[i:]
	if s != "" && (s[0] == ',' || s[0] == '_') {
		sp.group, s = s[0], s[1:]
	}
	if s != "" && s[0] == '.' {
		i = 1
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if i == 1 {
			return bad()
		}
		sp.precision, _ = strconv.Atoi(s[1:i])
		s = s[i:]
	}
	if len(s) > 1 {
		return bad()
	}
	if s != "" {
		sp.kind = s[0]
	}
	return sp, nil
}

// formatValue is format(value, spec) for str, int, bool and float; other
// objects are formatted as their str().
func formatValue(value py.Object, specText string) (string, error) {
	if o, ok := value.(*Instance); ok {
		if res, ok, err := o.special("__format__", py.String(specText)); ok {
			if err != nil {
				return "", err
			}
			s, ok := res.(py.String)
			if !ok {
				return "", py.ExceptionNewf(py.TypeError, "__format__ must return a str, not %s", res.Type().Name)
			}
			return string(s), nil
		}
		if specText == "" {
			return strOf(o)
		}
		if o.base != nil {
			value = o.base
		}
	}
	sp, err := parseSpec(specText)
	if err != nil {
		return "", err
	}
	switch v := value.(type) {
	case py.Bool:
		// bool's __format__ is int's: only the empty spec gives its str.
		if specText == "" {
			return map[bool]string{true: "True", false: "False"}[bool(v)], nil
		}
		return formatValue(boolInt(v), specText)
	case *py.BigInt:
		b := (*big.Int)(v)
		switch {
		case sp.kind == 0 || strings.IndexByte("dxXobcn", sp.kind) >= 0:
			return formatIntDigits(b.Sign() < 0, func(base int) string { return new(big.Int).Abs(b).Text(base) }, sp, specText)
		case strings.IndexByte("eEfFgG%", sp.kind) >= 0:
			f, _ := new(big.Float).SetInt(b).Float64()
			return formatFloat(f, sp, specText)
		}
		return "", py.ExceptionNewf(py.ValueError, "Unknown format code '%c' for object of type 'int'", sp.kind)
	case py.Int:
		switch {
		case sp.kind == 0 || strings.IndexByte("dxXobcn", sp.kind) >= 0:
			return formatInt(int64(v), sp, specText)
		case strings.IndexByte("eEfFgG%", sp.kind) >= 0:
			return formatFloat(float64(v), sp, specText)
		}
		return "", py.ExceptionNewf(py.ValueError, "Unknown format code '%c' for object of type 'int'", sp.kind)
	case py.Float:
		return formatFloat(float64(v), sp, specText)
	}
	if sp.kind != 0 && sp.kind != 's' {
		return "", py.ExceptionNewf(py.ValueError, "Unknown format code '%c' for object of type '%s'", sp.kind, value.Type().Name)
	}
	s, err := strOf(value)
	if err != nil {
		return "", err
	}
	if sp.precision >= 0 && utf8.RuneCountInString(s) > sp.precision {
		s = string([]rune(s)[:sp.precision])
	}
	return pad(s, sp, '<'), nil
}

func formatInt(n int64, sp spec, text string) (string, error) {
	neg := n < 0
	u := uint64(n)
	if neg {
		u = uint64(-n)
	}
	if sp.kind == 'c' && sp.precision < 0 {
		return pad(string(rune(n)), sp, '<'), nil
	}
	return formatIntDigits(neg, func(base int) string { return strconv.FormatUint(u, base) }, sp, text)
}

// formatIntDigits formats an integer given its sign and the digits of
// its magnitude in a base.
func formatIntDigits(neg bool, magnitude func(base int) string, sp spec, text string) (string, error) {
	if sp.precision >= 0 {
		return "", py.ExceptionNewf(py.ValueError, "Precision not allowed in integer format specifier")
	}
	var digits, prefix string
	switch sp.kind {
	case 0, 'd', 'n':
		digits = magnitude(10)
	case 'x', 'X':
		digits, prefix = magnitude(16), "0x"
		if sp.kind == 'X' {
			digits, prefix = strings.ToUpper(digits), "0X"
		}
	case 'o':
		digits, prefix = magnitude(8), "0o"
	case 'b':
		digits, prefix = magnitude(2), "0b"
	case 'c':
		return "", py.ExceptionNewf(py.OverflowError, "%%c arg not in range(0x110000)")
	default:
		return "", py.ExceptionNewf(py.ValueError, "Invalid format specifier '%s'", text)
	}
	if sp.group != 0 {
		digits = group(digits, sp.group)
	}
	if !sp.alt {
		prefix = ""
	}
	return padNumber(signOf(neg, sp.sign)+prefix, digits, sp), nil
}

func formatFloat(f float64, sp spec, text string) (string, error) {
	neg := math.Signbit(f) && !math.IsNaN(f)
	a := math.Abs(f)
	prec := sp.precision
	var body string
	switch sp.kind {
	case 'f', 'F', '%':
		if prec < 0 {
			prec = 6
		}
		if sp.kind == '%' {
			a *= 100
		}
		body = strconv.FormatFloat(a, 'f', prec, 64)
		if sp.kind == '%' {
			body += "%"
		}
	case 'e', 'E':
		if prec < 0 {
			prec = 6
		}
		body = strconv.FormatFloat(a, 'e', prec, 64)
		if sp.kind == 'E' {
			body = strings.ToUpper(body)
		}
	case 'g', 'G', 'n':
		if prec < 0 {
			prec = 6
		}
		prec = max(prec, 1)
		if sp.alt {
			body = altGeneral(a, prec)
		} else {
			body = strconv.FormatFloat(a, 'g', prec, 64)
		}
		if sp.kind == 'G' {
			body = strings.ToUpper(body)
		}
	case 0:
		if prec >= 0 {
			// like 'g', but always a digit after the point
			body = strconv.FormatFloat(a, 'g', max(prec, 1), 64)
			if !strings.ContainsAny(body, ".e") {
				body += ".0"
			}
			break
		}
		// repr(): the shortest digits, fixed notation for exponents
		// from -4 to 15, scientific beyond
		sci := strconv.FormatFloat(a, 'e', -1, 64)
		exp, _ := strconv.Atoi(sci[strings.IndexByte(sci, 'e')+1:])
		if exp < -4 || exp >= 16 {
			body = sci
		} else if body = strconv.FormatFloat(a, 'f', -1, 64); !strings.Contains(body, ".") {
			body += ".0"
		}
	default:
		return "", py.ExceptionNewf(py.ValueError, "Unknown format code '%c' for object of type 'float'", sp.kind)
	}
	if math.IsInf(f, 0) || math.IsNaN(f) {
		body = "inf"
		if math.IsNaN(f) {
			body = "nan"
		}
		if sp.kind == 'E' || sp.kind == 'F' || sp.kind == 'G' {
			body = strings.ToUpper(body)
		}
		if sp.kind == '%' {
			body += "%"
		}
	}
	if i := strings.IndexByte(body, 'e'); i >= 0 && sp.kind != 0 {
		body = body[:i] + "e" + exponent(body[i+1:])
	}
	if sp.group != 0 {
		intPart, frac, _ := strings.Cut(body, ".")
		if !strings.ContainsAny(intPart, "eE") {
			body = group(intPart, sp.group)
			if frac != "" {
				body += "." + frac
			}
		}
	}
	return padNumber(signOf(neg, sp.sign), body, sp), nil
}

// altGeneral is the 'g' presentation with '#': the trailing zeros of
// the prec significant digits are kept, and there is always a point.
func altGeneral(a float64, prec int) string {
	sci := strconv.FormatFloat(a, 'e', prec-1, 64)
	exp, _ := strconv.Atoi(sci[strings.IndexByte(sci, 'e')+1:])
	if exp < -4 || exp >= prec {
		if !strings.Contains(sci, ".") {
			sci = strings.Replace(sci, "e", ".e", 1)
		}
		return sci
	}
	body := strconv.FormatFloat(a, 'f', prec-1-exp, 64)
	if !strings.Contains(body, ".") {
		body += "."
	}
	return body
}

// exponent writes an exponent as CPython does: a sign and at least two
// digits.
func exponent(e string) string {
	sign := "+"
	if e != "" && (e[0] == '+' || e[0] == '-') {
		sign, e = e[:1], e[1:]
	}
	if len(e) < 2 {
		e = "0" + e
	}
	return sign + e
}

func signOf(neg bool, sign byte) string {
	switch {
	case neg:
		return "-"
	case sign == '+':
		return "+"
	case sign == ' ':
		return " "
	}
	return ""
}

func group(digits string, sep byte) string {
	var b strings.Builder
	for i, d := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteByte(sep)
		}
		b.WriteRune(d)
	}
	return b.String()
}

// padNumber pads a number: right-aligned by default, and zero-padded
// after the sign with 0 or '='.
func padNumber(sign, body string, sp spec) string {
	if sp.zero && sp.align == 0 {
		sp.align, sp.fill = '=', '0'
	}
	if sp.align == '=' {
		n := sp.width - utf8.RuneCountInString(sign+body)
		if n > 0 {
			return sign + strings.Repeat(string(sp.fill), n) + body
		}
		return sign + body
	}
	return pad(sign+body, sp, '>')
}

// pad aligns s in sp.width with sp.fill; def is the default alignment.
func pad(s string, sp spec, def byte) string {
	n := sp.width - utf8.RuneCountInString(s)
	if n <= 0 {
		return s
	}
	align := sp.align
	if align == 0 || align == '=' {
		align = def
	}
	fill := string(sp.fill)
	switch align {
	case '>':
		return strings.Repeat(fill, n) + s
	case '^':
		return strings.Repeat(fill, n/2) + s + strings.Repeat(fill, n-n/2)
	}
	return s + strings.Repeat(fill, n)
}
