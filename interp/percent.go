package interp

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"
)

// printf-style formatting, `format % values`, as CPython's str % does:
// conversions s r a d i u o x X e E f F g G c and %, the flags - + space #
// 0, width and precision (also from the arguments with *), and mapping
// keys (%(name)s).

// percentArgs hands out the values a format consumes.
type percentArgs struct {
	args   py.Object
	items  py.Tuple // the values when args is a tuple
	tuple  bool
	used   int       // values handed out
	single bool      // a lone value not yet handed out
	dict   py.Object // the mapping for %(name)s, or nil
	bytes  bool      // formatting bytes rather than str
}

func newPercentArgs(args py.Object, isBytes bool) *percentArgs {
	p := &percentArgs{args: args, bytes: isBytes}
	if t, ok := unwrap(args).(py.Tuple); ok {
		p.items, p.tuple = t, true
	} else {
		p.single = true
	}
	if _, ok := args.(py.Bytes); isMapping(args) && !(ok && isBytes) {
		p.dict = args
	}
	return p
}

// isMapping: CPython takes any subscriptable value other than a tuple or a
// str as the mapping of %(name)s.
func isMapping(o py.Object) bool {
	switch x := o.(type) {
	case py.Tuple, py.String:
		return false
	case *Instance:
		// Its Go type has __getitem__ whether its class does or not.
		_, ok := userLookup(x.cls, "__getitem__")
		return ok || x.base != nil && isMapping(x.base)
	case py.I__getitem__:
		return true
	}
	t, ok := o.(*py.Type)
	return ok && t.Type().GetAttrOrNil("__getitem__") != nil
}

func (p *percentArgs) next() (py.Object, error) {
	switch {
	case p.tuple && p.used < len(p.items):
		p.used++
		return p.items[p.used-1], nil
	case !p.tuple && p.single:
		p.single = false
		return p.args, nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "not enough arguments for format string")
}

// useKey makes the value of key in the mapping the next (and only) value.
func (p *percentArgs) useKey(key string) error {
	if p.dict == nil {
		return py.ExceptionNewf(py.TypeError, "format requires a mapping")
	}
	var k py.Object = py.String(key)
	if p.bytes {
		k = py.Bytes(key)
	}
	v, err := py.GetItem(p.dict, k)
	if err != nil {
		return err
	}
	p.args, p.tuple, p.single = v, false, true
	return nil
}

// percentSpec is one conversion specification.
type percentSpec struct {
	left, plus, space, alt, zero bool
	width, prec                  int // -1: none
	conv                         byte
}

// percentFormat is str % args.
func percentFormat(format string, args py.Object) (py.Object, error) {
	s, err := percentText(format, args, false)
	if err != nil {
		return nil, err
	}
	return py.String(s), nil
}

// percentFormatBytes is bytes % args.
func percentFormatBytes(format []byte, args py.Object) (py.Object, error) {
	s, err := percentText(string(format), args, true)
	if err != nil {
		return nil, err
	}
	return py.Bytes(s), nil
}

// percentText formats for str % args, or for bytes % args when isBytes.
func percentText(format string, args py.Object, isBytes bool) (string, error) {
	p := newPercentArgs(args, isBytes)
	var b strings.Builder
	for i := 0; i < len(format); {
		c := format[i]
		if c != '%' {
			j := strings.IndexByte(format[i:], '%')
			if j < 0 {
				j = len(format) - i
			}
			b.WriteString(format[i : i+j])
			i += j
			continue
		}
		if i+1 < len(format) && format[i+1] == '%' {
			b.WriteByte('%')
			i += 2
			continue
		}
		sp, n, err := parsePercentSpec(format, i+1, p)
		if err != nil {
			return "", err
		}
		i = n
		out, err := percentConvert(sp, p)
		if err != nil {
			return "", err
		}
		b.WriteString(out)
	}
	if p.tuple && p.used < len(p.items) || !p.tuple && p.single && p.dict == nil {
		kind := "string"
		if isBytes {
			kind = "bytes"
		}
		return "", py.ExceptionNewf(py.TypeError, "not all arguments converted during %s formatting", kind)
	}
	return b.String(), nil
}

// parsePercentSpec reads the specification after a % at i; it returns the
// index after its conversion character.
func parsePercentSpec(f string, i int, p *percentArgs) (percentSpec, int, error) {
	sp := percentSpec{width: -1, prec: -1}
	incomplete := func() (percentSpec, int, error) {
		return sp, 0, py.ExceptionNewf(py.ValueError, "incomplete format")
	}
	if i < len(f) && f[i] == '(' {
		depth, j := 1, i+1
		for ; j < len(f) && depth > 0; j++ {
			switch f[j] {
			case '(':
				depth++
			case ')':
				depth--
			}
		}
		if depth > 0 {
			return sp, 0, py.ExceptionNewf(py.ValueError, "incomplete format key")
		}
		if err := p.useKey(f[i+1 : j-1]); err != nil {
			return sp, 0, err
		}
		i = j
	}
flags:
	for ; i < len(f); i++ {
		switch f[i] {
		case '-':
			sp.left = true
		case '+':
			sp.plus = true
		case ' ':
			sp.space = true
		case '#':
			sp.alt = true
		case '0':
			sp.zero = true
		default:
			break flags
		}
	}
	w, given, i, err := percentNumber(f, i, p)
	if err != nil {
		return sp, 0, err
	}
	if given {
		sp.width = w
		if w < 0 {
			sp.left, sp.width = true, -w
		}
	}
	if i < len(f) && f[i] == '.' {
		if sp.prec, _, i, err = percentNumber(f, i+1, p); err != nil {
			return sp, 0, err
		}
		sp.prec = max(sp.prec, 0)
	}
	for i < len(f) && (f[i] == 'h' || f[i] == 'l' || f[i] == 'L') {
		i++
	}
	if i >= len(f) {
		return incomplete()
	}
	r, n := utf8.DecodeRuneInString(f[i:])
	convs := "sradiuoxXeEfFgGc%"
	if p.bytes {
		convs += "b"
	}
	if r >= utf8.RuneSelf || !strings.ContainsRune(convs, r) {
		return sp, 0, py.ExceptionNewf(py.ValueError, "unsupported format character '%c' (%#x) at index %d", r, r, runeCount(f[:i]))
	}
	sp.conv = f[i]
	return sp, i + n, nil
}

// percentNumber reads a width or precision: digits or * (the next
// value); given is false when there is neither.
func percentNumber(f string, i int, p *percentArgs) (n int, given bool, next int, err error) {
	if i < len(f) && f[i] == '*' {
		v, err := p.next()
		if err != nil {
			return 0, false, 0, err
		}
		switch v.(type) {
		case py.Int, py.Bool:
		default:
			return 0, false, 0, py.ExceptionNewf(py.TypeError, "* wants int")
		}
		n, err := toIndex(v)
		return n, true, i + 1, err
	}
	j := i
	for j < len(f) && f[j] >= '0' && f[j] <= '9' {
		j++
	}
	if j == i {
		return 0, false, i, nil
	}
	if n, err = strconv.Atoi(f[i:j]); err != nil {
		return 0, false, 0, py.ExceptionNewf(py.ValueError, "width too big")
	}
	return n, true, j, nil
}

// percentConvert formats the next value for one specification.
func percentConvert(sp percentSpec, p *percentArgs) (string, error) {
	v, err := p.next()
	if err != nil {
		return "", err
	}
	switch sp.conv {
	case '%':
		return "%", nil
	case 's', 'b', 'r', 'a':
		if p.bytes {
			return percentBytesText(sp, v)
		}
		s, err := convText(sp.conv, v)
		if err != nil {
			return "", err
		}
		if sp.prec >= 0 && runeCount(s) > sp.prec {
			s = string([]rune(s)[:sp.prec])
		}
		return percentPad(sp, "", s, false), nil
	case 'c':
		s, err := percentChar(v, p.bytes)
		if err != nil {
			return "", err
		}
		return percentPad(sp, "", s, false), nil
	case 'd', 'i', 'u', 'o', 'x', 'X':
		return percentInt(sp, v)
	}
	return percentFloat(sp, v)
}

// percentBytesText is %s, %b, %r or %a of bytes formatting.
func percentBytesText(sp percentSpec, v py.Object) (string, error) {
	var s string
	if sp.conv == 'r' || sp.conv == 'a' {
		r, err := convText('a', v)
		if err != nil {
			return "", err
		}
		s = r
	} else {
		b, ok := asBytes(v)
		if !ok {
			return "", py.ExceptionNewf(py.TypeError, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", v.Type().Name)
		}
		s = string(b)
	}
	if sp.prec >= 0 && len(s) > sp.prec {
		s = s[:sp.prec]
	}
	if n := sp.width - len(s); n > 0 {
		if sp.left {
			return s + strings.Repeat(" ", n), nil
		}
		return strings.Repeat(" ", n) + s, nil
	}
	return s, nil
}

// convText is str(), repr() or ascii() of a value.
func convText(conv byte, v py.Object) (string, error) {
	switch conv {
	case 's':
		return strOf(v)
	case 'r':
		return reprOf(v)
	}
	s, err := reprOf(v)
	return asciiEscape(s), err
}

// asciiEscape escapes the non-ASCII characters of s as ascii() does.
func asciiEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 0x80:
			b.WriteRune(r)
		case r < 0x100:
			b.WriteString(`\x` + hex2(int(r), 2))
		case r < 0x10000:
			b.WriteString(`\u` + hex2(int(r), 4))
		default:
			b.WriteString(`\U` + hex2(int(r), 8))
		}
	}
	return b.String()
}

func hex2(n, width int) string {
	s := strconv.FormatInt(int64(n), 16)
	return strings.Repeat("0", max(width-len(s), 0)) + s
}

func percentChar(v py.Object, isBytes bool) (string, error) {
	if isBytes {
		return percentByte(v)
	}
	switch x := v.(type) {
	case py.String:
		if runeCount(string(x)) == 1 {
			return string(x), nil
		}
	case py.Int, py.Bool, *py.BigInt:
		n, _ := bigOf(x)
		if !n.IsInt64() || n.Int64() < 0 || n.Int64() > 0x10ffff {
			return "", py.ExceptionNewf(py.OverflowError, "%%c arg not in range(0x110000)")
		}
		return string(rune(n.Int64())), nil
	}
	return "", py.ExceptionNewf(py.TypeError, "%%c requires int or char")
}

// percentByte is %c of bytes formatting: an int in range(256) or one byte.
func percentByte(v py.Object) (string, error) {
	switch x := v.(type) {
	case py.Bytes:
		if len(x) == 1 {
			return string(x), nil
		}
	case py.Int, py.Bool, *py.BigInt:
		n, _ := bigOf(x)
		if !n.IsInt64() || n.Int64() < 0 || n.Int64() > 255 {
			return "", py.ExceptionNewf(py.OverflowError, "%%c arg not in range(256)")
		}
		return string([]byte{byte(n.Int64())}), nil
	}
	return "", py.ExceptionNewf(py.TypeError, "%%c requires an integer in range(256) or a single byte")
}

// percentPad applies width, - and 0: zeros go between sign and digits.
func percentPad(sp percentSpec, sign, body string, numeric bool) string {
	n := sp.width - runeCount(sign) - runeCount(body)
	switch {
	case n <= 0:
		return sign + body
	case sp.left:
		return sign + body + strings.Repeat(" ", n)
	case sp.zero && numeric:
		return sign + strings.Repeat("0", n) + body
	}
	return strings.Repeat(" ", n) + sign + body
}

func (sp percentSpec) sign(neg bool) string {
	switch {
	case neg:
		return "-"
	case sp.plus:
		return "+"
	case sp.space:
		return " "
	}
	return ""
}

func percentInt(sp percentSpec, v py.Object) (string, error) {
	if i, ok := v.(py.Int); ok && i != math.MinInt64 {
		neg := i < 0
		if neg {
			i = -i
		}
		var digits, prefix string
		switch sp.conv {
		case 'o':
			digits, prefix = strconv.FormatInt(int64(i), 8), "0o"
		case 'x':
			digits, prefix = strconv.FormatInt(int64(i), 16), "0x"
		case 'X':
			digits, prefix = strings.ToUpper(strconv.FormatInt(int64(i), 16)), "0X"
		default:
			digits = strconv.FormatInt(int64(i), 10)
		}
		return percentDigits(sp, neg, prefix, digits), nil
	}
	n, ok := bigOf(v)
	if !ok {
		f, isFloat := v.(py.Float)
		switch {
		case isFloat && sp.conv != 'd' && sp.conv != 'i' && sp.conv != 'u':
			return "", py.ExceptionNewf(py.TypeError, "%%%c format: an integer is required, not float", sp.conv)
		case isFloat && math.IsInf(float64(f), 0):
			return "", py.ExceptionNewf(py.OverflowError, "cannot convert float infinity to integer")
		case isFloat && math.IsNaN(float64(f)):
			return "", py.ExceptionNewf(py.ValueError, "cannot convert float NaN to integer")
		case isFloat:
			n, _ = new(big.Float).SetFloat64(math.Trunc(float64(f))).Int(nil)
		default:
			i, err := indexOf2(v, sp.conv)
			if err != nil {
				return "", err
			}
			n = i
		}
	}
	neg := n.Sign() < 0
	n.Abs(n)
	var digits, prefix string
	switch sp.conv {
	case 'o':
		digits, prefix = n.Text(8), "0o"
	case 'x':
		digits, prefix = n.Text(16), "0x"
	case 'X':
		digits, prefix = strings.ToUpper(n.Text(16)), "0X"
	default:
		digits = n.Text(10)
	}
	return percentDigits(sp, neg, prefix, digits), nil
}

// percentDigits pads the digits of an integer conversion.
func percentDigits(sp percentSpec, neg bool, prefix, digits string) string {
	if len(digits) < sp.prec {
		digits = strings.Repeat("0", sp.prec-len(digits)) + digits
	}
	if !sp.alt {
		prefix = ""
	}
	return percentPad(sp, sp.sign(neg)+prefix, digits, true)
}

// indexOf2 converts a value with __index__ for an integer conversion, or
// raises CPython's TypeError for the conversion.
func indexOf2(v py.Object, conv byte) (*big.Int, error) {
	if _, ok := v.(py.I__index__); ok {
		i, err := toIndex(v)
		return big.NewInt(int64(i)), err
	}
	if conv == 'd' || conv == 'i' || conv == 'u' {
		return nil, py.ExceptionNewf(py.TypeError, "%%%c format: a real number is required, not %s", conv, v.Type().Name)
	}
	return nil, py.ExceptionNewf(py.TypeError, "%%%c format: an integer is required, not %s", conv, v.Type().Name)
}

// toFloat converts an int or float argument to a Go float.
func percentFloat(sp percentSpec, v py.Object) (string, error) {
	f, ok := toFloat(v)
	if !ok {
		return "", py.ExceptionNewf(py.TypeError, "must be real number, not %s", v.Type().Name)
	}
	if sp.prec < 0 {
		sp.prec = 6
	}
	neg := math.Signbit(f) && !math.IsNaN(f)
	body := formatFloatConv(math.Abs(f), sp.conv, sp.prec, sp.alt)
	return percentPad(sp, sp.sign(neg), body, true), nil
}

// formatFloatConv formats a non-negative float with one of the
// conversions e E f F g G, correctly rounded as CPython does; alt is the
// # flag (keep the point and, for g, trailing zeros).
func formatFloatConv(a float64, conv byte, prec int, alt bool) string {
	upper := conv == 'E' || conv == 'F' || conv == 'G'
	var s string
	switch {
	case math.IsInf(a, 0):
		s = "inf"
	case math.IsNaN(a):
		s = "nan"
	default:
		s = formatFinite(a, conv|0x20, prec, alt)
	}
	if upper {
		s = strings.ToUpper(s)
	}
	return s
}

func formatFinite(a float64, conv byte, prec int, alt bool) string {
	switch conv {
	case 'f':
		s := strconv.FormatFloat(a, 'f', prec, 64)
		if alt && prec == 0 {
			s += "."
		}
		return s
	case 'e':
		return expForm(a, prec, alt)
	}
	if prec == 0 {
		prec = 1
	}
	e := strconv.FormatFloat(a, 'e', prec-1, 64)
	exp, _ := strconv.Atoi(e[strings.IndexByte(e, 'e')+1:])
	var s string
	if exp < -4 || exp >= prec {
		s = expForm(a, prec-1, alt)
	} else {
		s = strconv.FormatFloat(a, 'f', prec-1-exp, 64)
		if alt && !strings.Contains(s, ".") {
			s += "."
		}
	}
	if !alt {
		s = trimZeros(s)
	}
	return s
}

// expForm is the e form (Go writes at least two exponent digits, as C).
func expForm(a float64, prec int, alt bool) string {
	s := strconv.FormatFloat(a, 'e', prec, 64)
	mant, exp, _ := strings.Cut(s, "e")
	if alt && !strings.Contains(mant, ".") {
		mant += "."
	}
	return mant + "e" + exp
}

// trimZeros drops the trailing zeros of the fraction, and a bare point.
func trimZeros(s string) string {
	mant, exp, hasExp := strings.Cut(s, "e")
	if strings.Contains(mant, ".") {
		mant = strings.TrimRight(strings.TrimRight(mant, "0"), ".")
	}
	if hasExp {
		return mant + "e" + exp
	}
	return mant
}
