package interp

import (
	"fmt"
	"math"
	"math/big"
	"slices"
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
	}, 0, "format(*args, **kwargs)\n\nThe str with each {field} replaced by the formatted argument it names.")
}

// formatString is tmpl.format(*args, **kwargs).
func formatString(tmpl string, args py.Tuple, kwargs py.StringDict) (string, error) {
	auto := 0
	return expandFields(tmpl, args, kwargs, &auto, 2)
}

// expandFields expands the replacement fields of tmpl. auto is the next
// automatic field number, or -1 once a field was numbered by hand; depth
// is how many more levels of fields nested in specs are allowed.
func expandFields(tmpl string, args py.Tuple, kwargs py.StringDict, auto *int, depth int) (string, error) {
	if depth <= 0 {
		return "", py.ExceptionNewf(py.ValueError, "Max string recursion exceeded")
	}
	var b strings.Builder
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
			end, open := i+1, 1
			for ; end < len(tmpl) && open > 0; end++ {
				switch tmpl[end] {
				case '{':
					open++
				case '}':
					open--
				}
			}
			if open > 0 {
				return "", py.ExceptionNewf(py.ValueError, "expected '}' before end of string")
			}
			out, err := formatField(tmpl[i+1:end-1], args, kwargs, auto, depth)
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
// The field's own value is looked up before the fields nested in its
// spec, which take the next automatic numbers.
func formatField(field string, args py.Tuple, kwargs py.StringDict, auto *int, depth int) (string, error) {
	name, spec, _ := strings.Cut(field, ":")
	name, conv, hasConv := strings.Cut(name, "!")
	value, err := lookupField(name, args, kwargs, auto)
	if err != nil {
		return "", err
	}
	if strings.Contains(spec, "{") {
		if spec, err = expandFields(spec, args, kwargs, auto, depth-1); err != nil {
			return "", err
		}
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
	noNegZero bool // z: a negative zero is written as zero
	alt       bool
	zero      bool // the 0 flag
	width     int
	group     byte // ',', '_' or 0
	precision int  // -1: none
	kind      rune // the presentation type, 0: none
}

// codeText is a presentation type as CPython quotes it in its messages:
// the character when it is printable ASCII, else its \x escape.
func codeText(c rune) string {
	if c > 32 && c < 128 {
		return string(c)
	}
	return fmt.Sprintf("\\x%x", c)
}

// specDigits reads the decimal number at the start of s: its value and
// length, or the error for a number too large.
func specDigits(s string) (int, int, error) {
	n, i := 0, 0
	for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
		d := int(s[i] - '0')
		if n > (math.MaxInt-d)/10 {
			return 0, 0, py.ExceptionNewf(py.ValueError, "Too many decimal digits in format string")
		}
		n = n*10 + d
	}
	return n, i, nil
}

// parseSpec parses a format specification for a value of the type named
// typeName: [[fill]align][sign][z][#][0][width][grouping][.precision][type].
func parseSpec(text, typeName string) (spec, error) {
	sp := spec{fill: ' ', precision: -1}
	s := text
	isAlign := func(c byte) bool { return c == '<' || c == '>' || c == '^' || c == '=' }
	fillSet := false
	if r, n := utf8.DecodeRuneInString(s); n > 0 && n < len(s) && isAlign(s[n]) {
		sp.fill, sp.align, s, fillSet = r, s[n], s[n+1:], true
	} else if s != "" && isAlign(s[0]) {
		sp.align, s = s[0], s[1:]
	}
	if s != "" && (s[0] == '+' || s[0] == '-' || s[0] == ' ') {
		sp.sign, s = s[0], s[1:]
	}
	if s != "" && s[0] == 'z' {
		sp.noNegZero, s = true, s[1:]
	}
	if s != "" && s[0] == '#' {
		sp.alt, s = true, s[1:]
	}
	if !fillSet && s != "" && s[0] == '0' {
		sp.fill, sp.zero, s = '0', true, s[1:]
	}
	n, i, err := specDigits(s)
	if err != nil {
		return spec{}, err
	}
	sp.width, s = n, s[i:]
	if s != "" && (s[0] == ',' || s[0] == '_') {
		sp.group, s = s[0], s[1:]
		if s != "" && (s[0] == ',' || s[0] == '_') {
			if s[0] != sp.group {
				return spec{}, py.ExceptionNewf(py.ValueError, "Cannot specify both ',' and '_'.")
			}
			return spec{}, py.ExceptionNewf(py.ValueError, "Cannot specify '%c' with '%c'.", sp.group, sp.group)
		}
	}
	if s != "" && s[0] == '.' {
		n, i, err := specDigits(s[1:])
		if err != nil {
			return spec{}, err
		}
		if i == 0 {
			return spec{}, py.ExceptionNewf(py.ValueError, "Format specifier missing precision")
		}
		sp.precision, s = n, s[1+i:]
	}
	if utf8.RuneCountInString(s) > 1 {
		return spec{}, py.ExceptionNewf(py.ValueError, "Invalid format specifier '%s' for object of type '%s'", text, typeName)
	}
	if s != "" {
		sp.kind, _ = utf8.DecodeRuneInString(s)
	}
	if sp.group != 0 {
		switch sp.kind {
		case 0, 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F':
		case 'b', 'o', 'x', 'X':
			if sp.group == '_' {
				break
			}
			fallthrough
		default:
			return spec{}, py.ExceptionNewf(py.ValueError, "Cannot specify '%c' with '%s'.", sp.group, codeText(sp.kind))
		}
	}
	return sp, nil
}

// unknownCode is the error for a presentation type a type lacks.
func unknownCode(kind rune, typeName string) error {
	return py.ExceptionNewf(py.ValueError, "Unknown format code '%s' for object of type '%s'", codeText(kind), typeName)
}

// formatValue is format(value, spec): __format__ of an instance whose
// class defines it, else the built-in formatting of str, int, bool,
// float and complex; other objects take only the empty spec, which
// gives their str().
func formatValue(value py.Object, specText string) (string, error) {
	typeName := value.Type().Name
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
	switch v := value.(type) {
	case py.String:
		if specText == "" {
			return string(v), nil
		}
		sp, err := parseSpec(specText, typeName)
		if err != nil {
			return "", err
		}
		return formatStr(string(v), sp, typeName)
	case py.Bool:
		// bool's __format__ is int's: only the empty spec gives its str.
		if specText == "" {
			return map[bool]string{true: "True", false: "False"}[bool(v)], nil
		}
		return formatIntValue(big.NewInt(int64(boolInt(v))), specText, typeName)
	case py.Int:
		if specText == "" {
			return strconv.FormatInt(int64(v), 10), nil
		}
		return formatIntValue(big.NewInt(int64(v)), specText, typeName)
	case *py.BigInt:
		return formatIntValue((*big.Int)(v), specText, typeName)
	case py.Float:
		sp, err := parseSpec(specText, typeName)
		if err != nil {
			return "", err
		}
		return formatFloat(float64(v), sp, typeName)
	}
	if specText == "" {
		return strOf(value)
	}
	c, ok := value.(py.Complex)
	if !ok {
		return "", py.ExceptionNewf(py.TypeError, "unsupported format string passed to %s.__format__", typeName)
	}
	sp, err := parseSpec(specText, typeName)
	if err != nil {
		return "", err
	}
	return formatComplex(complex128(c), sp, typeName)
}

// formatStr formats a str by a parsed spec.
func formatStr(s string, sp spec, typeName string) (string, error) {
	switch {
	case sp.kind != 0 && sp.kind != 's':
		return "", unknownCode(sp.kind, typeName)
	case sp.group != 0:
		return "", py.ExceptionNewf(py.ValueError, "Cannot specify '%c' with 's'.", sp.group)
	case sp.sign == ' ':
		return "", py.ExceptionNewf(py.ValueError, "Space not allowed in string format specifier")
	case sp.sign != 0:
		return "", py.ExceptionNewf(py.ValueError, "Sign not allowed in string format specifier")
	case sp.noNegZero:
		return "", py.ExceptionNewf(py.ValueError, "Negative zero coercion (z) not allowed in string format specifier")
	case sp.alt:
		return "", py.ExceptionNewf(py.ValueError, "Alternate form (#) not allowed in string format specifier")
	case sp.align == '=':
		return "", py.ExceptionNewf(py.ValueError, "'=' alignment not allowed in string format specifier")
	}
	if sp.precision >= 0 && utf8.RuneCountInString(s) > sp.precision {
		s = string([]rune(s)[:sp.precision])
	}
	return pad(s, sp, '<'), nil
}

// formatIntValue formats an int by its spec text.
func formatIntValue(n *big.Int, text, typeName string) (string, error) {
	sp, err := parseSpec(text, typeName)
	if err != nil {
		return "", err
	}
	switch sp.kind {
	case 0, 'b', 'c', 'd', 'o', 'x', 'X', 'n':
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		f, err := bigToFloat(n)
		if err != nil {
			return "", err
		}
		return formatFloat(f, sp, typeName)
	default:
		return "", unknownCode(sp.kind, typeName)
	}
	switch {
	case sp.precision >= 0:
		return "", py.ExceptionNewf(py.ValueError, "Precision not allowed in integer format specifier")
	case sp.noNegZero:
		return "", py.ExceptionNewf(py.ValueError, "Negative zero coercion (z) not allowed in integer format specifier")
	}
	if sp.kind == 'c' {
		switch {
		case sp.sign != 0:
			return "", py.ExceptionNewf(py.ValueError, "Sign not allowed with integer format specifier 'c'")
		case sp.alt:
			return "", py.ExceptionNewf(py.ValueError, "Alternate form (#) not allowed with integer format specifier 'c'")
		case !n.IsInt64():
			return "", py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C long")
		case n.Sign() < 0 || n.Int64() > 0x10ffff:
			return "", py.ExceptionNewf(py.OverflowError, "%%c arg not in range(0x110000)")
		}
		return padNumber("", "", string(rune(n.Int64())), "", 0, sp), nil
	}
	base, prefix, size := 10, "", 3
	switch sp.kind {
	case 'x', 'X':
		base, prefix, size = 16, "0x", 4
	case 'o':
		base, prefix, size = 8, "0o", 4
	case 'b':
		base, prefix, size = 2, "0b", 4
	}
	digits := new(big.Int).Abs(n).Text(base)
	if sp.kind == 'X' {
		digits, prefix = strings.ToUpper(digits), "0X"
	}
	if !sp.alt {
		prefix = ""
	}
	return padNumber(signOf(n.Sign() < 0, sp.sign), prefix, digits, "", size, sp), nil
}

// floatBody writes the magnitude a (not negative) by a float
// presentation type, without the sign.
func floatBody(a float64, kind rune, prec int, alt bool) string {
	if kind == '%' {
		a *= 100
	}
	if math.IsInf(a, 0) || math.IsNaN(a) {
		body := "inf"
		if math.IsNaN(a) {
			body = "nan"
		}
		switch kind {
		case 'E', 'F', 'G':
			body = strings.ToUpper(body)
		case '%':
			body += "%"
		}
		return body
	}
	var body string
	switch kind {
	case 'f', 'F', '%':
		if prec < 0 {
			prec = 6
		}
		body = strconv.FormatFloat(a, 'f', prec, 64)
		if alt && prec == 0 {
			body += "."
		}
		if kind == '%' {
			body += "%"
		}
	case 'e', 'E':
		if prec < 0 {
			prec = 6
		}
		body = strconv.FormatFloat(a, 'e', prec, 64)
		if alt && prec == 0 {
			body = strings.Replace(body, "e", ".e", 1)
		}
		if kind == 'E' {
			body = strings.ToUpper(body)
		}
	case 'g', 'G', 'n':
		if prec < 0 {
			prec = 6
		}
		body = generalFloat(a, max(prec, 1), alt, false)
		if kind == 'G' {
			body = strings.ToUpper(body)
		}
	default:
		if prec >= 0 {
			return generalFloat(a, max(prec, 1), alt, true)
		}
		body = floatRepr(a)
		if alt && !strings.Contains(body, ".") {
			body = strings.Replace(body, "e", ".e", 1)
		}
	}
	return body
}

// generalFloat is the 'g' presentation of a with prec significant
// digits: fixed notation for exponents from -4 to below prec, else
// scientific; trailing zeros go unless alt. Without a presentation type
// (noType), scientific notation starts an exponent earlier and fixed
// notation keeps a digit after the point.
func generalFloat(a float64, prec int, alt, noType bool) string {
	sci := strconv.FormatFloat(a, 'e', prec-1, 64)
	exp, _ := strconv.Atoi(sci[strings.IndexByte(sci, 'e')+1:])
	limit := prec
	if noType {
		limit = prec - 1
	}
	var body, tail string
	if exp < -4 || exp >= limit {
		mant, e, _ := strings.Cut(sci, "e")
		body, tail = mant, "e"+e
	} else {
		body = strconv.FormatFloat(a, 'f', prec-1-exp, 64)
	}
	switch {
	case alt:
		if !strings.Contains(body, ".") {
			body += "."
		}
	case strings.Contains(body, "."):
		body = strings.TrimRight(strings.TrimRight(body, "0"), ".")
	}
	if noType && tail == "" && !strings.Contains(body, ".") {
		body += ".0"
	}
	return body + tail
}

// formatFloat formats a float by a parsed spec.
func formatFloat(f float64, sp spec, typeName string) (string, error) {
	switch sp.kind {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
	default:
		return "", unknownCode(sp.kind, typeName)
	}
	neg := math.Signbit(f) && !math.IsNaN(f)
	body := floatBody(math.Abs(f), sp.kind, sp.precision, sp.alt)
	if neg && sp.noNegZero && allZeros(body) {
		neg = false
	}
	i := 0
	for i < len(body) && body[i] >= '0' && body[i] <= '9' {
		i++
	}
	return padNumber(signOf(neg, sp.sign), "", body[:i], body[i:], 3, sp), nil
}

// allZeros reports whether the digits of a number's text, before its
// exponent, are all zeros.
func allZeros(body string) bool {
	for _, c := range body {
		switch {
		case c == 'e' || c == 'E':
			return true
		case c >= '1' && c <= '9', c == 'i', c == 'n':
			return false
		}
	}
	return true
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

// groupDigits puts sep between groups of size digits, counted from the
// right; with minWidth above zero it pads with zeros (and separators)
// to at least that width, never starting with a separator.
func groupDigits(digits string, sep byte, size, minWidth int) string {
	out := make([]byte, 0, len(digits)+len(digits)/size+max(minWidth, 0))
	count := 0
	for i := len(digits) - 1; i >= 0 || len(out) < minWidth; i-- {
		if count > 0 && count%size == 0 {
			out = append(out, sep)
		}
		d := byte('0')
		if i >= 0 {
			d = digits[i]
		}
		out = append(out, d)
		count++
	}
	slices.Reverse(out)
	return string(out)
}

// padNumber lays out a number: its sign, prefix (0x), integer digits,
// grouped by size when the spec asks, and the rest (fraction, exponent,
// %), aligned right by default; '=' pads after the sign and prefix, and
// a zero fill there extends the grouping.
func padNumber(sign, prefix, digits, rest string, size int, sp spec) string {
	if sp.zero && sp.align == 0 {
		sp.align = '='
	}
	if sp.group != 0 && digits != "" {
		minWidth := 0
		if sp.align == '=' && sp.fill == '0' {
			minWidth = sp.width - len(sign) - len(prefix) - utf8.RuneCountInString(rest)
		}
		digits = groupDigits(digits, sp.group, size, minWidth)
	}
	body := digits + rest
	if sp.align == '=' {
		n := sp.width - len(sign) - len(prefix) - utf8.RuneCountInString(body)
		if n > 0 {
			return sign + prefix + strings.Repeat(string(sp.fill), n) + body
		}
		return sign + prefix + body
	}
	return pad(sign+prefix+body, sp, '>')
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
