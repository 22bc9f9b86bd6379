package interp

import (
	"math"
	"math/big"

	"github.com/go-python/gpython/py"
)

// The arithmetic of ints, floats and complex numbers where gpython's
// differs from CPython's: true division of ints correctly rounded, ints
// beyond the floats, float % and // with CPython's signs, powers, exact
// comparisons of ints with floats, and complex division and powers.

// trueDivide is a / b.
func trueDivide(a, b py.Object) (py.Object, error) {
	switch x := a.(type) {
	case py.Float:
		switch y := b.(type) {
		case py.Float:
			if y != 0 {
				return x / y, nil
			}
		case py.Int:
			if y != 0 && exactFloat(y) {
				return x / py.Float(y), nil
			}
		}
	case py.Int:
		switch y := b.(type) {
		case py.Int:
			if y != 0 && exactFloat(x) && exactFloat(y) {
				return py.Float(float64(x) / float64(y)), nil
			}
		case py.Float:
			if y != 0 && exactFloat(x) {
				return py.Float(x) / y, nil
			}
		}
	}
	return trueDivideOther(a, b)
}

// exactFloat reports whether an int converts to a float exactly.
func exactFloat(n py.Int) bool { return n >= -1<<53 && n <= 1<<53 }

// trueDivideOther is a / b beyond the common cases of trueDivide.
func trueDivideOther(a, b py.Object) (py.Object, error) {
	if x, ok := toBig(a); ok {
		if y, ok := toBig(b); ok {
			return bigTrueDivide(x, y)
		}
		if o, ok := b.(*Instance); ok {
			return reflectedOp(o, "__rtruediv__", "/", a)
		}
	}
	if isComplexOperands(a, b) {
		x, y, err := complexOperands(a, b)
		if err != nil {
			return nil, err
		}
		q, err := complexQuotient(x, y)
		if err != nil {
			return nil, err
		}
		return py.Complex(q), nil
	}
	if x, y, ok := numericBases(a, b, "__truediv__", "__rtruediv__"); ok {
		return trueDivide(x, y)
	}
	return py.TrueDiv(a, b)
}

// inplaceTrueDivide is a /= b.
func inplaceTrueDivide(a, b py.Object) (py.Object, error) {
	if _, ok := a.(*Instance); ok {
		return py.ITrueDiv(a, b)
	}
	return trueDivide(a, b)
}

// reflectedOp is other OP o for an operand other of a built-in type that
// does not take o: o's reflected method, or CPython's TypeError.
func reflectedOp(o *Instance, method, op string, other py.Object) (py.Object, error) {
	res, err := o.binary(method, other)
	if err != nil {
		return nil, err
	}
	if res == py.NotImplemented {
		return nil, py.ExceptionNewf(py.TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", op, other.Type().Name, o.Type().Name)
	}
	return res, nil
}

// bigTrueDivide is x / y for ints, the float nearest the exact quotient.
func bigTrueDivide(x, y *big.Int) (py.Object, error) {
	if y.Sign() == 0 {
		return nil, py.ExceptionNewf(py.ZeroDivisionError, "division by zero")
	}
	f, _ := new(big.Rat).SetFrac(x, y).Float64()
	if math.IsInf(f, 0) {
		return nil, py.ExceptionNewf(py.OverflowError, "integer division result too large for a float")
	}
	return py.Float(f), nil
}

// bigAsFloat is a and b with an int too large for gpython's conversion
// made a float, when the other operand is a float or a complex; ok is
// false when there is no such pair.
func bigAsFloat(a, b py.Object) (py.Object, py.Object, bool, error) {
	convert := func(n *py.BigInt, other py.Object) (py.Object, bool, error) {
		switch other.(type) {
		case py.Float, py.Complex:
			f, err := bigToFloat((*big.Int)(n))
			return py.Float(f), true, err
		}
		return nil, false, nil
	}
	if n, ok := a.(*py.BigInt); ok {
		f, ok, err := convert(n, b)
		return f, b, ok, err
	}
	if n, ok := b.(*py.BigInt); ok {
		f, ok, err := convert(n, a)
		return a, f, ok, err
	}
	return a, b, false, nil
}

// floatPair is the operands of a float operation as float64s: one is a
// float, the other a float, an int that converts exactly or a bool.
func floatPair(a, b py.Object) (float64, float64, bool) {
	switch x := a.(type) {
	case py.Float:
		y, ok := smallReal(b)
		return float64(x), y, ok
	case py.Int, py.Bool:
		if y, ok := b.(py.Float); ok {
			x, ok := smallReal(a)
			return x, float64(y), ok
		}
	}
	return 0, 0, false
}

func smallReal(o py.Object) (float64, bool) {
	switch v := o.(type) {
	case py.Float:
		return float64(v), true
	case py.Int:
		return float64(v), exactFloat(v)
	case py.Bool:
		return float64(boolInt(v)), true
	}
	return 0, false
}

// floatModulo is a % b for floats: the sign of b, as CPython.
func floatModulo(x, y float64) (py.Object, error) {
	if y == 0 {
		return nil, py.ExceptionNewf(py.ZeroDivisionError, "float modulo by zero")
	}
	_, m := floatDivmod(x, y)
	return py.Float(m), nil
}

// floatFloorDivide is a // b for floats.
func floatFloorDivide(x, y float64) (py.Object, error) {
	if y == 0 {
		return nil, py.ExceptionNewf(py.ZeroDivisionError, "float floor division by zero")
	}
	q, _ := floatDivmod(x, y)
	return py.Float(q), nil
}

// isReal reports whether o is an int, a bool or a float.
func isReal(o py.Object) bool {
	switch o.(type) {
	case py.Int, py.Float, *py.BigInt, py.Bool:
		return true
	}
	return false
}

// power is a ** b: numbers by CPython's rules, others by their methods.
func power(inplace bool, a, b py.Object) (py.Object, error) {
	if isReal(a) && isReal(b) {
		return pow2(a, b)
	}
	if isComplexOperands(a, b) {
		x, y, err := complexOperands(a, b)
		if err != nil {
			return nil, err
		}
		return complexPower(x, y)
	}
	if x, y, ok := numericBases(a, b, "__pow__", "__rpow__", "__ipow__"); ok {
		return power(inplace, x, y)
	}
	if inplace {
		return py.IPow(a, b, py.None)
	}
	return py.Pow(a, b, py.None)
}

// realPower is x ** y for floats, complex for a negative x and a
// fractional y, with CPython's errors.
func realPower(x, y float64) (py.Object, error) {
	switch {
	case x == 0 && y < 0:
		return nil, py.ExceptionNewf(py.ZeroDivisionError, "0.0 cannot be raised to a negative power")
	case x < 0 && y != math.Trunc(y) && !math.IsInf(x, 0) && !math.IsInf(y, 0):
		return complexPower(complex(x, 0), complex(y, 0))
	}
	r := floatPow(x, y)
	if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsInf(y, 0) {
		e := py.ExceptionNewf(py.OverflowError, "")
		e.Args = py.Tuple{py.Int(34), py.String("Numerical result out of range")}
		return nil, e
	}
	return py.Float(r), nil
}

// isComplexOperands reports whether one operand is a complex and the
// other a number.
func isComplexOperands(a, b py.Object) bool {
	_, ca := a.(py.Complex)
	_, cb := b.(py.Complex)
	return ca && (cb || isReal(b)) || cb && isReal(a)
}

// complexOperands converts two numbers to complex128.
func complexOperands(a, b py.Object) (complex128, complex128, error) {
	x, err := toComplex(a)
	if err != nil {
		return 0, 0, err
	}
	y, err := toComplex(b)
	return x, y, err
}

func toComplex(o py.Object) (complex128, error) {
	switch v := o.(type) {
	case py.Complex:
		return complex128(v), nil
	case py.Float:
		return complex(float64(v), 0), nil
	}
	n, _ := toBig(o)
	f, err := bigToFloat(n)
	return complex(f, 0), err
}

// complexQuotient is a / b by Smith's method, as CPython divides.
func complexQuotient(a, b complex128) (complex128, error) {
	br, bi := real(b), imag(b)
	ar, ai := real(a), imag(a)
	absR, absI := math.Abs(br), math.Abs(bi)
	switch {
	case absR >= absI:
		if absR == 0 {
			return 0, py.ExceptionNewf(py.ZeroDivisionError, "complex division by zero")
		}
		ratio := bi / br
		denom := br + bi*ratio
		return complex((ar+ai*ratio)/denom, (ai-ar*ratio)/denom), nil
	case absI >= absR:
		ratio := br / bi
		denom := br*ratio + bi
		return complex((ar*ratio+ai)/denom, (ai*ratio-ar)/denom), nil
	}
	return complex(math.NaN(), math.NaN()), nil
}

// complexPower is a ** b as CPython computes it: by repeated squaring
// for small integral exponents, else in polar form.
func complexPower(a, b complex128) (py.Object, error) {
	var r complex128
	switch {
	case b == 0:
		return py.Complex(1), nil
	case a == 0:
		if imag(b) != 0 || real(b) < 0 {
			return nil, py.ExceptionNewf(py.ZeroDivisionError, "0.0 to a negative or complex power")
		}
		return py.Complex(0), nil
	case imag(b) == 0 && real(b) == math.Trunc(real(b)) && math.Abs(real(b)) <= 100:
		n := int(real(b))
		r = complexPowInt(a, max(n, -n))
		if n < 0 {
			var err error
			if r, err = complexQuotient(1, r); err != nil {
				return nil, err
			}
		}
	default:
		vabs := math.Hypot(real(a), imag(a))
		length := crPowExact(vabs, real(b))
		at := math.Atan2(imag(a), real(a))
		phase := at * real(b)
		if imag(b) != 0 {
			length /= math.Exp(at * imag(b))
			phase += imag(b) * math.Log(vabs)
		}
		c, s := crCosSin(phase)
		r = complex(length*c, length*s)
	}
	if math.IsInf(real(r), 0) || math.IsInf(imag(r), 0) {
		return nil, py.ExceptionNewf(py.OverflowError, "complex exponentiation")
	}
	return py.Complex(r), nil
}

// complexPowInt is a ** n for n >= 0 by repeated squaring.
func complexPowInt(a complex128, n int) complex128 {
	r := complex128(1)
	for mask := 1; mask > 0 && n >= mask; mask <<= 1 {
		if n&mask != 0 {
			r = complexProduct(r, a)
		}
		a = complexProduct(a, a)
	}
	return r
}

// complexProduct multiplies without fused operations, as C does.
func complexProduct(a, b complex128) complex128 {
	rr := float64(real(a) * real(b))
	ii := float64(imag(a) * imag(b))
	ri := float64(real(a) * imag(b))
	ir := float64(imag(a) * real(b))
	return complex(rr-ii, ri+ir)
}

// compareIntFloat is the exact comparison of an int with a float: -1, 0
// or 1, and false when the float is a NaN. ok is false when the operands
// are not an int (big or beyond 2**53) and a float.
func compareIntFloat(a, b py.Object) (c int, ordered, ok bool) {
	var n *big.Int
	var f float64
	swap := false
	switch x := a.(type) {
	case py.Int:
		y, isF := b.(py.Float)
		if !isF || exactFloat(x) {
			return 0, false, false
		}
		n, f = big.NewInt(int64(x)), float64(y)
	case *py.BigInt:
		y, isF := b.(py.Float)
		if !isF {
			return 0, false, false
		}
		n, f = (*big.Int)(x), float64(y)
	case py.Float:
		switch y := b.(type) {
		case py.Int:
			if exactFloat(y) {
				return 0, false, false
			}
			n = big.NewInt(int64(y))
		case *py.BigInt:
			n = (*big.Int)(y)
		default:
			return 0, false, false
		}
		f, swap = float64(x), true
	default:
		return 0, false, false
	}
	switch {
	case math.IsNaN(f):
		return 0, false, true
	case math.IsInf(f, 1):
		c = -1
	case math.IsInf(f, -1):
		c = 1
	default:
		c = new(big.Float).SetInt(n).Cmp(big.NewFloat(f))
	}
	if swap {
		c = -c
	}
	return c, true, true
}

// orderResult is the truth of `c op 0` for a comparison's result c.
func orderResult(op string, c int, ordered bool) py.Object {
	if !ordered {
		return py.False
	}
	switch op {
	case "<":
		return py.NewBool(c < 0)
	case "<=":
		return py.NewBool(c <= 0)
	case ">":
		return py.NewBool(c > 0)
	}
	return py.NewBool(c >= 0)
}

// numericBase is the built-in number an instance of a subclass of int,
// float or complex stands for, when its class defines none of methods.
func numericBase(o py.Object, methods []string) (py.Object, bool) {
	inst, ok := o.(*Instance)
	if !ok || inst.base == nil || !isNumber(inst.base) && !isBool(inst.base) {
		return o, false
	}
	for _, m := range methods {
		if _, ok := userLookup(inst.cls, m); ok {
			return o, false
		}
	}
	return inst.base, true
}

// numericBases is a and b with instances of number subclasses that
// define none of methods replaced by their numbers, when the other
// operand is a number too; ok is false when nothing was replaced.
func numericBases(a, b py.Object, methods ...string) (py.Object, py.Object, bool) {
	x, okA := numericBase(a, methods)
	y, okB := numericBase(b, methods)
	if !okA && !okB {
		return a, b, false
	}
	if !okA && !isNumber(a) && !isBool(a) || !okB && !isNumber(b) && !isBool(b) {
		return a, b, false
	}
	return x, y, true
}

// forwardOp is the operator of a reflected method, nil for others.
func forwardOp(name string) func(a, b py.Object) (py.Object, error) {
	switch name {
	case "__radd__":
		return add
	case "__rsub__":
		return py.Sub
	case "__rmul__":
		return multiply
	case "__rtruediv__":
		return trueDivide
	case "__rfloordiv__":
		return floorDivide
	case "__rmod__":
		return modulo
	case "__rpow__":
		return func(a, b py.Object) (py.Object, error) { return power(false, a, b) }
	case "__rlshift__":
		return py.Lshift
	case "__rrshift__":
		return py.Rshift
	case "__rand__":
		return bitAnd
	case "__ror__":
		return bitOr
	case "__rxor__":
		return bitXor
	}
	return nil
}

// numberFirst is other OP o for the reflected method name of an
// instance o of a number subclass, when CPython tries other's operator
// first: other is a built-in number whose type o's class does not derive
// from (1.5 + an int subclass adds the floats, whatever the subclass's
// __radd__). ok is false when o's method comes first.
func (o *Instance) numberFirst(name string, other py.Object) (py.Object, bool, error) {
	if o.base == nil || !isNumber(o.base) {
		return nil, false, nil
	}
	// other's operator must take the base: int's takes ints, float's
	// ints and floats
	t := other.Type()
	switch other.(type) {
	case py.Int, *py.BigInt, py.Bool:
		if !isIntValue(o.base) {
			return nil, false, nil
		}
		if t == py.BigIntType {
			t = py.IntType
		}
	case py.Float:
		if _, ok := o.base.(py.Complex); ok {
			return nil, false, nil
		}
	case py.Complex:
	default:
		return nil, false, nil
	}
	op := forwardOp(name)
	if op == nil || o.cls.IsSubtype(t) {
		return nil, false, nil
	}
	res, err := op(other, o.base)
	return res, true, err
}
