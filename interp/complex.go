package interp

import (
	"math"
	"strings"
	"unicode"

	"github.com/go-python/gpython/py"
)

// complex as CPython has it: its name, its text, its truth, its
// constructor and its format().

// installComplex makes gpython's complex type CPython's.
func installComplex() {
	py.ComplexType.Name = "complex"
	py.ComplexType.New = newComplex
}

// complexPart writes one part of a complex as repr does: a float's
// repr without a trailing ".0".
func complexPart(f float64) string {
	return strings.TrimSuffix(floatRepr(f), ".0")
}

// complexRepr is repr() and str() of a complex: the imaginary part alone
// when the real part is +0, else both in parentheses.
func complexRepr(c complex128) string {
	re, im := real(c), imag(c)
	imText := complexPart(im) + "j"
	if !strings.HasPrefix(imText, "-") {
		imText = "+" + imText
	}
	if re == 0 && !math.Signbit(re) {
		return strings.TrimPrefix(imText, "+")
	}
	return "(" + complexPart(re) + imText + ")"
}

// newComplex is complex(real=0, imag=0).
func newComplex(_ *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := signature{name: "complex", params: []string{"real", "imag"}}.parse(args, kwargs)
	if err != nil {
		return nil, err
	}
	if a[0] == nil {
		a[0] = py.Float(0)
	}
	if s, ok := a[0].(py.String); ok {
		if a[1] != nil {
			return nil, py.ExceptionNewf(py.TypeError, "complex() can't take second arg if first is a string")
		}
		return parseComplex(string(s))
	}
	re, err := complexArg(a[0], "first argument must be a string or a number")
	if err != nil {
		return nil, err
	}
	if a[1] == nil {
		return py.Complex(re), nil
	}
	if _, ok := a[1].(py.String); ok {
		return nil, py.ExceptionNewf(py.TypeError, "complex() second arg can't be a string")
	}
	im, err := complexArg(a[1], "second argument must be a number")
	if err != nil {
		return nil, err
	}
	// real + imag*1j, where only complex arguments add their
	// imaginary parts (so that signed zeros stay)
	r, i := real(re), real(im)
	if _, ok := unwrap(a[1]).(py.Complex); ok {
		r -= imag(im)
	}
	if _, ok := unwrap(a[0]).(py.Complex); ok {
		i += imag(re)
	}
	return py.Complex(complex(r, i)), nil
}

// complexArg converts an argument of complex(): a number, or an object
// with __complex__, __float__ or __index__.
func complexArg(o py.Object, what string) (complex128, error) {
	switch v := unwrap(o).(type) {
	case py.Complex:
		return complex128(v), nil
	case py.Float:
		return complex(float64(v), 0), nil
	case py.Int, py.Bool, *py.BigInt:
		return toComplex(v)
	}
	if res, ok, err := callSpecial0(o, "__complex__"); ok {
		if err != nil {
			return 0, err
		}
		c, isComplex := res.(py.Complex)
		if !isComplex {
			return 0, py.ExceptionNewf(py.TypeError, "__complex__ returned non-complex (type %s)", res.Type().Name)
		}
		return complex128(c), nil
	}
	for _, name := range []string{"__float__", "__index__"} {
		if res, ok, err := callSpecial0(o, name); ok {
			if err != nil {
				return 0, err
			}
			if !isReal(res) {
				return 0, py.ExceptionNewf(py.TypeError, "%s returned non-%s (type %s)", name, map[string]string{"__float__": "float", "__index__": "int"}[name], res.Type().Name)
			}
			return toComplex(res)
		}
	}
	return 0, py.ExceptionNewf(py.TypeError, "complex() %s, not '%s'", what, o.Type().Name)
}

// parseComplex is complex(text): a real, an imaginary or both, in
// optional parentheses, with spaces around.
func parseComplex(s string) (py.Object, error) {
	malformed := py.ExceptionNewf(py.ValueError, "complex() arg is a malformed string")
	t := strings.TrimFunc(s, unicode.IsSpace)
	if strings.HasPrefix(t, "(") && strings.HasSuffix(t, ")") {
		t = strings.TrimFunc(t[1:len(t)-1], unicode.IsSpace)
	}
	if t == "" || strings.IndexFunc(t, unicode.IsSpace) >= 0 {
		return nil, malformed
	}
	part := func(p string) (float64, bool) {
		switch p {
		case "", "+":
			return 1, true
		case "-":
			return -1, true
		}
		if p[0] != '+' && p[0] != '-' && !(p[0] >= '0' && p[0] <= '9' || p[0] == '.' || p[0] == 'i' || p[0] == 'I' || p[0] == 'n' || p[0] == 'N') {
			return 0, false
		}
		f, err := parseFloat(p)
		if err != nil {
			return 0, false
		}
		return float64(f.(py.Float)), true
	}
	last := t[len(t)-1]
	if last != 'j' && last != 'J' {
		re, ok := part(t)
		if !ok || t == "+" || t == "-" {
			return nil, malformed
		}
		return py.Complex(complex(re, 0)), nil
	}
	body := t[:len(t)-1]
	// the sign that starts the imaginary part: not the first character,
	// nor an exponent's
	split := -1
	for i := len(body) - 1; i > 0; i-- {
		if (body[i] == '+' || body[i] == '-') && body[i-1] != 'e' && body[i-1] != 'E' {
			split = i
			break
		}
	}
	if split < 0 {
		im, ok := part(body)
		if !ok {
			return nil, malformed
		}
		return py.Complex(complex(0, im)), nil
	}
	re, okRe := part(body[:split])
	im, okIm := part(body[split:])
	if !okRe || !okIm || split == 0 || body[:split] == "+" || body[:split] == "-" {
		return nil, malformed
	}
	return py.Complex(complex(re, im)), nil
}

// formatComplex formats a complex by a parsed spec: both parts by a
// float presentation type, or, without one, as repr writes them.
func formatComplex(c complex128, sp spec, typeName string) (string, error) {
	switch sp.kind {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n':
	default:
		return "", unknownCode(sp.kind, typeName)
	}
	switch {
	case sp.align == '=':
		return "", py.ExceptionNewf(py.ValueError, "'=' alignment flag is not allowed in complex format specifier")
	case sp.zero:
		return "", py.ExceptionNewf(py.ValueError, "Zero padding is not allowed in complex format specifier")
	}
	re, im := real(c), imag(c)
	body := func(f float64) string {
		var s string
		switch {
		case sp.kind != 0:
			s = floatBody(math.Abs(f), sp.kind, sp.precision, sp.alt)
		case sp.precision >= 0:
			s = generalFloat(math.Abs(f), max(sp.precision, 1), sp.alt, false)
		default:
			s = complexPart(math.Abs(f))
		}
		if sp.group != 0 {
			i := 0
			for i < len(s) && s[i] >= '0' && s[i] <= '9' {
				i++
			}
			s = groupDigits(s[:i], sp.group, 3, 0) + s[i:]
		}
		return s
	}
	negative := func(f float64, text string) bool {
		return math.Signbit(f) && !math.IsNaN(f) && !(sp.noNegZero && allZeros(text))
	}
	imBody := body(im)
	skipRe := sp.kind == 0 && re == 0 && !math.Signbit(re)
	var out string
	if skipRe {
		out = signOf(negative(im, imBody), sp.sign) + imBody + "j"
	} else {
		reBody := body(re)
		imSign := "+"
		if negative(im, imBody) {
			imSign = "-"
		}
		out = signOf(negative(re, reBody), sp.sign) + reBody + imSign + imBody + "j"
		if sp.kind == 0 {
			out = "(" + out + ")"
		}
	}
	return pad(out, sp, '>'), nil
}
