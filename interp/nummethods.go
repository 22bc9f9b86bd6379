package interp

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode"

	"github.com/go-python/gpython/py"
)

// The methods of int and float gpython lacks, round() with CPython's
// correctly rounded results, and CPython's text for floats.

// intTypes are gpython's types of Python ints: int, its big form and bool.
var intTypes = []*py.Type{py.IntType, py.BigIntType, py.BoolType}

func isIntValue(o py.Object) bool {
	_, ok := bigOf(o)
	return ok
}

// intMethod adds a method to int and its big form; self is a *big.Int.
func intMethod(kind int, s signature, fn func(self *big.Int, a []py.Object) (py.Object, error)) {
	for _, t := range intTypes {
		d := defMethod(t, kind, s, func(self py.Object, a []py.Object) (py.Object, error) {
			n, _ := bigOf(self)
			return fn(n, a)
		})
		d.owner = py.IntType
		d.accepts = isIntValue
	}
}

func intProperty(name string, fn func(n *big.Int) py.Object) {
	for _, t := range intTypes {
		t.Dict[name] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
			n, _ := bigOf(self)
			return fn(n), nil
		}}
	}
}

func addNumMethods() {
	addIntMethods()
	addFloatMethods()
}

func addIntMethods() {
	intMethod(bindInstance, noArgs("bit_length"), func(n *big.Int, _ []py.Object) (py.Object, error) {
		return py.Int(new(big.Int).Abs(n).BitLen()), nil
	})
	intMethod(bindInstance, noArgs("bit_count"), func(n *big.Int, _ []py.Object) (py.Object, error) {
		c := 0
		for _, w := range new(big.Int).Abs(n).Bits() {
			c += popcount(uint64(w))
		}
		return py.Int(c), nil
	})
	self := func(n *big.Int, _ []py.Object) (py.Object, error) { return intFromBig(n), nil }
	intMethod(bindInstance, noArgs("conjugate"), self)
	intMethod(bindInstance, noArgs("__index__"), self)
	intMethod(bindInstance, noArgs("__int__"), self)
	intMethod(bindInstance, noArgs("is_integer"), func(*big.Int, []py.Object) (py.Object, error) { return py.True, nil })
	intMethod(bindInstance, noArgs("as_integer_ratio"), func(n *big.Int, _ []py.Object) (py.Object, error) {
		return py.Tuple{intFromBig(n), py.Int(1)}, nil
	})
	intMethod(bindInstance, sig("__round__", 0, "ndigits"), func(n *big.Int, a []py.Object) (py.Object, error) {
		return roundInt(n, a[0])
	})
	intProperty("real", func(n *big.Int) py.Object { return intFromBig(n) })
	intProperty("numerator", func(n *big.Int) py.Object { return intFromBig(n) })
	intProperty("imag", func(*big.Int) py.Object { return py.Int(0) })
	intProperty("denominator", func(*big.Int) py.Object { return py.Int(1) })
	toBytes := signature{name: "to_bytes", params: []string{"length", "byteorder", "signed"}, posMax: 2}
	intMethod(bindInstance, toBytes, func(n *big.Int, a []py.Object) (py.Object, error) {
		return intToBytes(n, a)
	})
	fromBytes := signature{name: "from_bytes", params: []string{"bytes", "byteorder", "signed"}, min: 1, posMax: 2}
	intMethod(bindClass, fromBytes, func(_ *big.Int, a []py.Object) (py.Object, error) {
		return intFromBytes(a)
	})
}

func popcount(w uint64) int {
	c := 0
	for ; w != 0; w &= w - 1 {
		c++
	}
	return c
}

// byteOrder reads the byteorder argument: true for "little".
func byteOrder(o py.Object) (bool, error) {
	if o == nil {
		return false, nil
	}
	s, ok := o.(py.String)
	if !ok {
		return false, py.ExceptionNewf(py.TypeError, "to_bytes() argument 'byteorder' must be str, not %s", o.Type().Name)
	}
	switch s {
	case "little":
		return true, nil
	case "big":
		return false, nil
	}
	return false, py.ExceptionNewf(py.ValueError, "byteorder must be either 'little' or 'big'")
}

// optTruth is the truth of an optional argument: false when absent.
func optTruth(o py.Object) (bool, error) {
	if o == nil {
		return false, nil
	}
	return py.ObjectIsTrue(o)
}

func intToBytes(n *big.Int, a []py.Object) (py.Object, error) {
	length := 1
	if a[0] != nil {
		var err error
		if length, err = toIndex(a[0]); err != nil {
			return nil, err
		}
	}
	if length < 0 {
		return nil, py.ExceptionNewf(py.ValueError, "length argument must be non-negative")
	}
	little, err := byteOrder(a[1])
	if err != nil {
		return nil, err
	}
	signed, err := optTruth(a[2])
	if err != nil {
		return nil, err
	}
	if n.Sign() < 0 && !signed {
		return nil, py.ExceptionNewf(py.OverflowError, "can't convert negative int to unsigned")
	}
	v := new(big.Int).Set(n)
	if v.Sign() < 0 {
		v.Add(v, new(big.Int).Lsh(big.NewInt(1), uint(8*length)))
	}
	limit := 8 * length
	if signed {
		limit--
	}
	if (n.Sign() >= 0 && n.BitLen() > limit) || (n.Sign() < 0 && new(big.Int).Not(n).BitLen() > limit) || v.Sign() < 0 {
		return nil, py.ExceptionNewf(py.OverflowError, "int too big to convert")
	}
	out := v.FillBytes(make([]byte, length))
	if little {
		reverseBytes(out)
	}
	return py.Bytes(out), nil
}

func reverseBytes(b []byte) {
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
}

func intFromBytes(a []py.Object) (py.Object, error) {
	var data []byte
	switch v := a[0].(type) {
	case py.Bytes:
		data = append([]byte(nil), v...)
	case py.String:
		return nil, py.ExceptionNewf(py.TypeError, "cannot convert 'str' object to bytes")
	default:
		items, err := iterItems(v)
		if err != nil {
			return nil, py.ExceptionNewf(py.TypeError, "cannot convert '%s' object to bytes", v.Type().Name)
		}
		for _, item := range items {
			b, err := toIndex(item)
			if err != nil {
				return nil, err
			}
			if b < 0 || b > 255 {
				return nil, py.ExceptionNewf(py.ValueError, "bytes must be in range(0, 256)")
			}
			data = append(data, byte(b))
		}
	}
	little, err := byteOrder(a[1])
	if err != nil {
		return nil, err
	}
	signed, err := optTruth(a[2])
	if err != nil {
		return nil, err
	}
	if little {
		reverseBytes(data)
	}
	n := new(big.Int).SetBytes(data)
	if signed && len(data) > 0 && data[0]&0x80 != 0 {
		n.Sub(n, new(big.Int).Lsh(big.NewInt(1), uint(8*len(data))))
	}
	return intFromBig(n), nil
}

func addFloatMethods() {
	t := py.FloatType
	f := func(o py.Object) float64 { return float64(o.(py.Float)) }
	defMethod(t, bindInstance, noArgs("is_integer"), func(o py.Object, _ []py.Object) (py.Object, error) {
		x := f(o)
		return py.NewBool(!math.IsInf(x, 0) && x == math.Trunc(x)), nil
	})
	defMethod(t, bindInstance, noArgs("conjugate"), func(o py.Object, _ []py.Object) (py.Object, error) {
		return o, nil
	})
	defMethod(t, bindInstance, noArgs("as_integer_ratio"), func(o py.Object, _ []py.Object) (py.Object, error) {
		x := f(o)
		if math.IsInf(x, 0) {
			return nil, py.ExceptionNewf(py.OverflowError, "cannot convert Infinity to integer ratio")
		}
		if math.IsNaN(x) {
			return nil, py.ExceptionNewf(py.ValueError, "cannot convert NaN to integer ratio")
		}
		r := new(big.Rat).SetFloat64(x)
		return py.Tuple{intFromBig(r.Num()), intFromBig(r.Denom())}, nil
	})
	defMethod(t, bindInstance, sig("__round__", 0, "ndigits"), func(o py.Object, a []py.Object) (py.Object, error) {
		return roundFloat(f(o), a[0])
	})
	defMethod(t, bindInstance, noArgs("hex"), func(o py.Object, _ []py.Object) (py.Object, error) {
		return py.String(floatHex(f(o))), nil
	})
	defMethod(t, bindClass, methO("fromhex"), func(_ py.Object, a []py.Object) (py.Object, error) {
		s, ok := a[0].(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "bad argument type for built-in operation")
		}
		return floatFromHex(string(s))
	})
	t.Dict["real"] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return self, nil }}
	t.Dict["imag"] = &py.Property{Fget: func(py.Object) (py.Object, error) { return py.Float(0), nil }}
}

// builtinRound is round(number, ndigits=None), correctly rounded as in
// CPython: half to even on the exact value of the number.
func builtinRound(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := signature{name: "round", params: []string{"number", "ndigits"}, min: 1}.parse(args, kwargs)
	if err != nil {
		return nil, err
	}
	switch x := a[0].(type) {
	case py.Float:
		return roundFloat(float64(x), a[1])
	case py.Int, py.Bool, *py.BigInt:
		n, _ := bigOf(x)
		return roundInt(n, a[1])
	}
	var callArgs py.Tuple
	if a[1] != nil {
		callArgs = py.Tuple{a[1]}
	}
	if m, err := py.GetAttrString(a[0], "__round__"); err == nil {
		return py.Call(m, callArgs, nil)
	}
	return nil, py.ExceptionNewf(py.TypeError, "type %s doesn't define __round__ method", a[0].Type().Name)
}

// addRound makes round() spython's in builtins.
func addRound(builtins py.StringDict) {
	builtins["round"] = py.MustNewMethod("round", func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return builtinRound(args, kwargs)
	}, 0, "round(number, ndigits=None)\n\nnumber rounded half to even: to an int without ndigits, else to\nndigits decimal places (negative ones round to tens, hundreds...).")
}

// pow10 is 10**k as a big.Int.
func pow10(k int) *big.Int {
	return new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(k)), nil)
}

// roundHalfEven rounds r to an integer, ties to even.
func roundHalfEven(r *big.Rat) *big.Int {
	q, m := new(big.Int).DivMod(r.Num(), r.Denom(), new(big.Int))
	twice := new(big.Int).Lsh(m, 1)
	switch twice.Cmp(r.Denom()) {
	case 1:
		q.Add(q, big.NewInt(1))
	case 0:
		if q.Bit(0) == 1 {
			q.Add(q, big.NewInt(1))
		}
	}
	return q
}

func roundInt(n *big.Int, ndigits py.Object) (py.Object, error) {
	if ndigits == nil || ndigits == py.None {
		return intFromBig(n), nil
	}
	k, err := toIndex(ndigits)
	if err != nil {
		return nil, err
	}
	if k >= 0 {
		return intFromBig(n), nil
	}
	if -k > 10000 {
		return py.Int(0), nil
	}
	p := pow10(-k)
	q := roundHalfEven(new(big.Rat).SetFrac(n, p))
	return intFromBig(q.Mul(q, p)), nil
}

func roundFloat(x float64, ndigits py.Object) (py.Object, error) {
	if ndigits == nil || ndigits == py.None {
		switch {
		case math.IsInf(x, 0):
			return nil, py.ExceptionNewf(py.OverflowError, "cannot convert float infinity to integer")
		case math.IsNaN(x):
			return nil, py.ExceptionNewf(py.ValueError, "cannot convert float NaN to integer")
		}
		n, _ := big.NewFloat(math.RoundToEven(x)).Int(nil)
		return intFromBig(n), nil
	}
	k, err := toIndex(ndigits)
	if err != nil {
		return nil, err
	}
	if math.IsInf(x, 0) || math.IsNaN(x) || x == 0 || k > 400 {
		return py.Float(x), nil
	}
	if k < -400 {
		return py.Float(math.Copysign(0, x)), nil
	}
	r := new(big.Rat).SetFloat64(x)
	if k >= 0 {
		p := pow10(k)
		q := roundHalfEven(new(big.Rat).Mul(r, new(big.Rat).SetInt(p)))
		r.SetFrac(q, p)
	} else {
		p := pow10(-k)
		q := roundHalfEven(new(big.Rat).Quo(r, new(big.Rat).SetInt(p)))
		r.SetInt(q.Mul(q, p))
	}
	f, _ := r.Float64()
	if math.IsInf(f, 0) {
		return nil, py.ExceptionNewf(py.OverflowError, "rounded value too large to represent")
	}
	return py.Float(math.Copysign(f, x)), nil
}

// floatRepr is repr() and str() of a float as CPython writes them: the
// shortest digits that read back the same, in fixed notation for
// exponents from -4 to 15 and in scientific notation beyond.
func floatRepr(f float64) string {
	switch {
	case math.IsNaN(f):
		return "nan"
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	}
	sci := strconv.FormatFloat(f, 'e', -1, 64)
	exp, _ := strconv.Atoi(sci[strings.IndexByte(sci, 'e')+1:])
	if exp < -4 || exp >= 16 {
		return sci
	}
	s := strconv.FormatFloat(f, 'f', -1, 64)
	if !strings.Contains(s, ".") {
		s += ".0"
	}
	return s
}

// bigToFloat is float(n), correctly rounded, or CPython's OverflowError
// for an int beyond the floats.
func bigToFloat(n *big.Int) (float64, error) {
	if n.IsInt64() {
		if v := n.Int64(); v >= -1<<53 && v <= 1<<53 {
			return float64(v), nil
		}
	}
	f, _ := new(big.Float).SetInt(n).Float64()
	if math.IsInf(f, 0) {
		return 0, py.ExceptionNewf(py.OverflowError, "int too large to convert to float")
	}
	return f, nil
}

// floatHex is float.hex(): the sign, 0x, the leading bit, 13 hex digits
// of the fraction and the binary exponent.
func floatHex(x float64) string {
	switch {
	case math.IsNaN(x):
		return "nan"
	case math.IsInf(x, 1):
		return "inf"
	case math.IsInf(x, -1):
		return "-inf"
	}
	sign := ""
	if math.Signbit(x) {
		sign = "-"
	}
	if x == 0 {
		return sign + "0x0.0p+0"
	}
	bits := math.Float64bits(x)
	frac := bits & (1<<52 - 1)
	exp := int(bits>>52&0x7ff) - 1023
	lead := "1"
	if exp == -1023 {
		lead, exp = "0", -1022
	}
	return fmt.Sprintf("%s0x%s.%013xp%+d", sign, lead, frac, exp)
}

// floatFromHex is float.fromhex(s), rounded half to even.
func floatFromHex(s string) (py.Object, error) {
	invalid := py.ExceptionNewf(py.ValueError, "invalid hexadecimal floating-point string")
	t := strings.TrimFunc(s, unicode.IsSpace)
	neg := false
	if t != "" && (t[0] == '+' || t[0] == '-') {
		neg, t = t[0] == '-', t[1:]
	}
	signed := func(f float64) py.Object {
		if neg {
			return py.Float(-f)
		}
		return py.Float(f)
	}
	switch strings.ToLower(t) {
	case "inf", "infinity":
		return signed(math.Inf(1)), nil
	case "nan":
		return py.Float(math.NaN()), nil
	}
	if len(t) > 1 && t[0] == '0' && (t[1] == 'x' || t[1] == 'X') {
		t = t[2:]
	}
	mant := new(big.Int)
	digits, exp2 := 0, int64(0)
	point := false
	i := 0
	for ; i < len(t); i++ {
		c := t[i]
		if c == '.' && !point {
			point = true
			continue
		}
		d, ok := hexDigit(c)
		if !ok {
			break
		}
		mant.Lsh(mant, 4).Or(mant, big.NewInt(int64(d)))
		digits++
		if point {
			exp2 -= 4
		}
	}
	if digits == 0 {
		return nil, invalid
	}
	if i < len(t) && (t[i] == 'p' || t[i] == 'P') {
		e, n := int64(0), 0
		j := i + 1
		eneg := false
		if j < len(t) && (t[j] == '+' || t[j] == '-') {
			eneg, j = t[j] == '-', j+1
		}
		for ; j < len(t) && t[j] >= '0' && t[j] <= '9'; j++ {
			e = min(e*10+int64(t[j]-'0'), 1<<40)
			n++
		}
		if n == 0 {
			return nil, invalid
		}
		if eneg {
			e = -e
		}
		exp2 += e
		i = j
	}
	if i != len(t) {
		return nil, invalid
	}
	if mant.Sign() == 0 {
		return signed(0), nil
	}
	// beyond these the value is 0 or too large whatever the digits
	top := exp2 + int64(mant.BitLen())
	switch {
	case top > 1025:
		return nil, py.ExceptionNewf(py.OverflowError, "hexadecimal value too large to represent as a float")
	case top < -1080:
		return signed(0), nil
	}
	f := new(big.Float).SetInt(mant)
	v, _ := f.SetMantExp(f, int(exp2)).Float64()
	if math.IsInf(v, 0) {
		return nil, py.ExceptionNewf(py.OverflowError, "hexadecimal value too large to represent as a float")
	}
	return signed(v), nil
}

func hexDigit(c byte) (int, bool) {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0'), true
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10, true
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10, true
	}
	return 0, false
}
