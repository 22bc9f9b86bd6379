package interp

import (
	"math"
	"math/big"
	"sync"

	"github.com/go-python/gpython/py"
)

// The math module, as CPython 3.13 has it: floor, ceil and trunc return
// ints, the integer functions take ints of any size, errors are CPython's
// ("math domain error", "math range error"). exp, log, log2, log10,
// log1p and pow are computed with 160-bit intermediates and rounded once,
// so that they give the correctly rounded result the C library gives.

func init() {
	registerStdlib("math", "Floating-point and integer mathematics: the C library functions and more.", setupMath, "")
}

var (
	errMathDomain = func() error { return py.ExceptionNewf(py.ValueError, "math domain error") }
	errMathRange  = func() error { return py.ExceptionNewf(py.OverflowError, "math range error") }
)

// mathFloat converts a number argument to float64 as CPython's
// PyFloat_AsDouble does.
func mathFloat(o py.Object) (float64, error) {
	switch x := unwrap(o).(type) {
	case py.Float:
		return float64(x), nil
	case py.Int:
		return float64(x), nil
	case py.Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	case *py.BigInt:
		f, _ := new(big.Float).SetInt((*big.Int)(x)).Float64()
		if math.IsInf(f, 0) {
			return 0, py.ExceptionNewf(py.OverflowError, "int too large to convert to float")
		}
		return f, nil
	}
	if r, ok, err := callSpecial0(o, "__float__"); ok {
		if err != nil {
			return 0, err
		}
		if f, ok := r.(py.Float); ok {
			return float64(f), nil
		}
		return 0, py.ExceptionNewf(py.TypeError, "%s.__float__ returned non-float (type %s)", o.Type().Name, r.Type().Name)
	}
	if _, ok := o.(*Instance); ok && hasMethod(o, "__index__") {
		b, err := indexBig(o)
		if err != nil {
			return 0, err
		}
		return mathFloat(fromBig(b))
	}
	return 0, py.ExceptionNewf(py.TypeError, "must be real number, not %s", o.Type().Name)
}

// checkResult turns a C-library style result into CPython's errors: a
// NaN from a non-NaN argument is a domain error, an infinity from a
// finite argument a range error (or a domain error when canOverflow is
// false, as for a pole).
func checkResult(x, r float64, canOverflow bool) (py.Object, error) {
	if math.IsNaN(r) && !math.IsNaN(x) {
		return nil, errMathDomain()
	}
	if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
		if canOverflow {
			return nil, errMathRange()
		}
		return nil, errMathDomain()
	}
	return py.Float(r), nil
}

func oneArgMath(name string, fn func(float64) (py.Object, error)) *py.Method {
	return py.MustNewMethod(name, func(_ py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "math.%s() takes exactly one argument (%d given)", name, len(args))
		}
		x, err := mathFloat(args[0])
		if err != nil {
			return nil, err
		}
		return fn(x)
	}, 0, name+"(x, /)")
}

// unary wraps a function of one float: domain is where it is defined
// (a false result is a domain error), overflow says an infinite result
// from a finite argument is a range error rather than a domain error.
func unary(name string, f func(float64) float64, domain func(float64) bool, overflow bool) *py.Method {
	return oneArgMath(name, func(x float64) (py.Object, error) {
		if domain != nil && !math.IsNaN(x) && !domain(x) {
			return nil, errMathDomain()
		}
		return checkResult(x, f(x), overflow)
	})
}

func nArgs(name string, args py.Tuple, n int) error {
	if len(args) != n {
		return py.ExceptionNewf(py.TypeError, "%s expected %d arguments, got %d", name, n, len(args))
	}
	return nil
}

func twoFloats(name string, args py.Tuple) (float64, float64, error) {
	if err := nArgs(name, args, 2); err != nil {
		return 0, 0, err
	}
	x, err := mathFloat(args[0])
	if err != nil {
		return 0, 0, err
	}
	y, err := mathFloat(args[1])
	return x, y, err
}

func binaryMath(name string, f func(x, y float64) (float64, error)) *py.Method {
	return py.MustNewMethod(name, func(_ py.Object, args py.Tuple) (py.Object, error) {
		x, y, err := twoFloats(name, args)
		if err != nil {
			return nil, err
		}
		r, err := f(x, y)
		if err != nil {
			return nil, err
		}
		return py.Float(r), nil
	}, 0, name+"(x, y, /)")
}

// High-precision exp and log.

const hpPrec = 160

// hpLn2 is ln 2, worked out on first use (it is a series: start-up
// should not pay for it).
var hpLn2 = sync.OnceValue(func() *big.Float {
	// ln 2 = 2 atanh(1/3)
	s := new(big.Float).SetPrec(hpPrec+20).Quo(big.NewFloat(1).SetPrec(hpPrec+20), big.NewFloat(3))
	return atanhSeries(s)
})

// atanhSeries is 2 atanh(s) for a small s.
func atanhSeries(s *big.Float) *big.Float {
	prec := s.Prec()
	s2 := new(big.Float).SetPrec(prec).Mul(s, s)
	sum := new(big.Float).SetPrec(prec).Set(s)
	pow := new(big.Float).SetPrec(prec).Set(s)
	term := new(big.Float).SetPrec(prec)
	limit := new(big.Float).SetMantExp(big.NewFloat(1), -int(prec)-8)
	for n := int64(3); ; n += 2 {
		pow.Mul(pow, s2)
		term.Quo(pow, new(big.Float).SetInt64(n))
		sum.Add(sum, term)
		if new(big.Float).Abs(term).Cmp(limit) < 0 {
			break
		}
	}
	return sum.Mul(sum, big.NewFloat(2))
}

// hpLog is the natural logarithm of a finite positive x.
func hpLog(x float64) *big.Float {
	m, e := math.Frexp(x)
	if m < math.Sqrt2/2 {
		m *= 2
		e--
	}
	bm := new(big.Float).SetPrec(hpPrec).SetFloat64(m)
	num := new(big.Float).SetPrec(hpPrec).Sub(bm, big.NewFloat(1))
	den := new(big.Float).SetPrec(hpPrec).Add(bm, big.NewFloat(1))
	r := atanhSeries(num.Quo(num, den))
	t := new(big.Float).SetPrec(hpPrec).Mul(hpLn2(), new(big.Float).SetInt64(int64(e)))
	return r.Add(r, t)
}

// hpExp is e**y rounded to float64; overflow reports an infinite result.
func hpExp(y *big.Float) (float64, bool) {
	f, _ := y.Float64()
	if f > 710 {
		return math.Inf(1), true
	}
	if f < -746 {
		return 0, false
	}
	q := new(big.Float).SetPrec(hpPrec).Quo(y, hpLn2())
	qf, _ := q.Float64()
	k := math.Round(qf)
	r := new(big.Float).SetPrec(hpPrec).Mul(hpLn2(), big.NewFloat(k))
	r.Sub(y, r)
	sum := new(big.Float).SetPrec(hpPrec).SetInt64(1)
	term := new(big.Float).SetPrec(hpPrec).SetInt64(1)
	limit := new(big.Float).SetMantExp(big.NewFloat(1), -hpPrec-8)
	for n := int64(1); n < 200; n++ {
		term.Mul(term, r)
		term.Quo(term, new(big.Float).SetInt64(n))
		sum.Add(sum, term)
		if new(big.Float).Abs(term).Cmp(limit) < 0 {
			break
		}
	}
	sum.SetMantExp(sum, int(k))
	res, _ := sum.Float64()
	return res, math.IsInf(res, 0)
}

func mathExp(x float64) (py.Object, error) {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return py.Float(math.Exp(x)), nil
	}
	r, over := hpExp(new(big.Float).SetPrec(hpPrec).SetFloat64(x))
	if over {
		return nil, errMathRange()
	}
	return py.Float(r), nil
}

// logOf computes a logarithm of a positive finite float with the
// high-precision log divided by div (nil for the natural log).
func logOf(x float64, div *big.Float) float64 {
	l := hpLog(x)
	if div != nil {
		l.Quo(l, div)
	}
	f, _ := l.Float64()
	return f
}

// hpLn10 is ln 10, worked out on first use of log10.
var hpLn10 = sync.OnceValue(func() *big.Float { return hpLog(10) })

// logArg applies a logarithm to a number argument as CPython's loghelper:
// ints too large for a float are split into mantissa and exponent.
func logArg(o py.Object, div *big.Float) (float64, error) {
	if b, ok := toBig(o); ok {
		if b.Sign() <= 0 {
			return 0, errMathDomain()
		}
		f, _ := new(big.Float).SetInt(b).Float64()
		if math.IsInf(f, 0) {
			e := b.BitLen()
			m, _ := new(big.Float).SetMantExp(new(big.Float).SetInt(b), -e).Float64()
			return logOf(m, div) + logOf(2, div)*float64(e), nil
		}
		return logOf(f, div), nil
	}
	x, err := mathFloat(o)
	if err != nil {
		return 0, err
	}
	switch {
	case math.IsNaN(x):
		return x, nil
	case x <= 0:
		return 0, errMathDomain()
	case math.IsInf(x, 1):
		return x, nil
	}
	return logOf(x, div), nil
}

func logFunc(name string, div func() *big.Float) *py.Method {
	return py.MustNewMethod(name, func(_ py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "math.%s() takes exactly one argument (%d given)", name, len(args))
		}
		r, err := logArg(args[0], div())
		if err != nil {
			return nil, err
		}
		return py.Float(r), nil
	}, 0, name+"(x, /)")
}

func mathLog(_ py.Object, args py.Tuple) (py.Object, error) {
	if len(args) < 1 {
		return nil, py.ExceptionNewf(py.TypeError, "log expected at least 1 argument, got 0")
	}
	if len(args) > 2 {
		return nil, py.ExceptionNewf(py.TypeError, "log expected at most 2 arguments, got %d", len(args))
	}
	num, err := logArg(args[0], nil)
	if err != nil {
		return nil, err
	}
	if len(args) == 1 {
		return py.Float(num), nil
	}
	den, err := logArg(args[1], nil)
	if err != nil {
		return nil, err
	}
	if den == 0 {
		return nil, py.ExceptionNewf(py.ZeroDivisionError, "float division by zero")
	}
	return py.Float(num / den), nil
}

func mathPow(x, y float64) (float64, error) {
	if x > 0 && !math.IsInf(x, 0) && !math.IsNaN(y) && !math.IsInf(y, 0) && y != 0 && x != 1 {
		l := hpLog(x)
		l.Mul(l, new(big.Float).SetPrec(hpPrec).SetFloat64(y))
		r, over := hpExp(l)
		if over {
			return 0, errMathRange()
		}
		return r, nil
	}
	if x < 0 && !math.IsInf(x, 0) && !math.IsInf(y, 0) && !math.IsNaN(y) && y == math.Trunc(y) && y != 0 {
		r, err := mathPow(-x, y)
		if err != nil {
			return 0, err
		}
		if math.Mod(y, 2) != 0 {
			r = -r
		}
		return r, nil
	}
	r := math.Pow(x, y)
	if math.IsNaN(r) && !math.IsNaN(x) && !math.IsNaN(y) {
		return 0, errMathDomain()
	}
	if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsInf(y, 0) && !math.IsNaN(x) && !math.IsNaN(y) {
		if x == 0 {
			return 0, errMathDomain()
		}
		return 0, errMathRange()
	}
	return r, nil
}

// roundToInt is floor, ceil or trunc of a float as an int.
func roundToInt(f float64) (py.Object, error) {
	if math.IsInf(f, 0) {
		return nil, py.ExceptionNewf(py.OverflowError, "cannot convert float infinity to integer")
	}
	if math.IsNaN(f) {
		return nil, py.ExceptionNewf(py.ValueError, "cannot convert float NaN to integer")
	}
	if f >= -9e18 && f <= 9e18 {
		return py.Int(int64(f)), nil
	}
	b, _ := new(big.Float).SetFloat64(f).Int(nil)
	return fromBig(b), nil
}

func floorCeil(name, special string, f func(float64) float64) *py.Method {
	return py.MustNewMethod(name, func(_ py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "math.%s() takes exactly one argument (%d given)", name, len(args))
		}
		x := args[0]
		if b, ok := toBig(x); ok {
			return fromBig(b), nil
		}
		if fl, ok := x.(py.Float); ok {
			return roundToInt(f(float64(fl)))
		}
		if r, ok, err := py.TypeCall0(x, special); ok {
			return r, err
		}
		v, err := mathFloat(x)
		if err != nil {
			return nil, err
		}
		return roundToInt(f(v))
	}, 0, name+"(x, /)")
}

func mathTrunc(_ py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "math.trunc() takes exactly one argument (%d given)", len(args))
	}
	x := args[0]
	if b, ok := toBig(x); ok {
		return fromBig(b), nil
	}
	if fl, ok := x.(py.Float); ok {
		return roundToInt(math.Trunc(float64(fl)))
	}
	if r, ok, err := py.TypeCall0(x, "__trunc__"); ok {
		return r, err
	}
	return nil, py.ExceptionNewf(py.TypeError, "type %s doesn't define __trunc__ method", x.Type().Name)
}

// intArgs converts the arguments of an integer function.
func intArgs(args py.Tuple) ([]*big.Int, error) {
	out := make([]*big.Int, len(args))
	for i, a := range args {
		b, err := indexBig(a)
		if err != nil {
			return nil, err
		}
		out[i] = b
	}
	return out, nil
}

func mathGcd(_ py.Object, args py.Tuple) (py.Object, error) {
	ns, err := intArgs(args)
	if err != nil {
		return nil, err
	}
	g := new(big.Int)
	for _, n := range ns {
		g.GCD(nil, nil, g, new(big.Int).Abs(n))
	}
	return fromBig(g), nil
}

func mathLcm(_ py.Object, args py.Tuple) (py.Object, error) {
	ns, err := intArgs(args)
	if err != nil {
		return nil, err
	}
	l := big.NewInt(1)
	for _, n := range ns {
		n = new(big.Int).Abs(n)
		if n.Sign() == 0 {
			l.SetInt64(0)
			continue
		}
		if l.Sign() == 0 {
			continue
		}
		g := new(big.Int).GCD(nil, nil, l, n)
		l.Mul(l, new(big.Int).Quo(n, g))
	}
	return fromBig(l), nil
}

func oneInt(name string, args py.Tuple) (*big.Int, error) {
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "math.%s() takes exactly one argument (%d given)", name, len(args))
	}
	return indexBig(args[0])
}

func mathFactorial(_ py.Object, args py.Tuple) (py.Object, error) {
	n, err := oneInt("factorial", args)
	if err != nil {
		return nil, err
	}
	if n.Sign() < 0 {
		return nil, py.ExceptionNewf(py.ValueError, "factorial() not defined for negative values")
	}
	if !n.IsInt64() || n.Int64() > 1<<20 {
		return nil, py.ExceptionNewf(py.OverflowError, "factorial() argument should not exceed %d", int64(math.MaxInt64))
	}
	return fromBig(new(big.Int).MulRange(1, n.Int64())), nil
}

func mathIsqrt(_ py.Object, args py.Tuple) (py.Object, error) {
	n, err := oneInt("isqrt", args)
	if err != nil {
		return nil, err
	}
	if n.Sign() < 0 {
		return nil, py.ExceptionNewf(py.ValueError, "isqrt() argument must be nonnegative")
	}
	return fromBig(new(big.Int).Sqrt(n)), nil
}

// permComb computes perm(n, k) or comb(n, k).
func permComb(name string, args py.Tuple, comb bool) (py.Object, error) {
	if !comb && len(args) == 1 {
		return mathFactorial(nil, args)
	}
	if !comb && len(args) == 2 && args[1] == py.None {
		return mathFactorial(nil, args[:1])
	}
	if comb || len(args) != 2 {
		if err := nArgs(name, args, 2); err != nil {
			if !comb && len(args) > 2 {
				return nil, py.ExceptionNewf(py.TypeError, "perm expected at most 2 arguments, got %d", len(args))
			}
			return nil, err
		}
	}
	ns, err := intArgs(args)
	if err != nil {
		return nil, err
	}
	n, k := ns[0], ns[1]
	if n.Sign() < 0 {
		return nil, py.ExceptionNewf(py.ValueError, "n must be a non-negative integer")
	}
	if k.Sign() < 0 {
		return nil, py.ExceptionNewf(py.ValueError, "k must be a non-negative integer")
	}
	if k.Cmp(n) > 0 {
		return py.Int(0), nil
	}
	if comb {
		nk := new(big.Int).Sub(n, k)
		if nk.Cmp(k) < 0 {
			k = nk
		}
	}
	if !k.IsInt64() || k.Int64() > 1<<24 {
		return nil, py.ExceptionNewf(py.OverflowError, "min(n - k, k) must not exceed %d", int64(math.MaxInt64))
	}
	r := big.NewInt(1)
	kk := k.Int64()
	for i := int64(0); i < kk; i++ {
		r.Mul(r, new(big.Int).Sub(n, big.NewInt(i)))
		if comb {
			r.Quo(r, big.NewInt(i+1))
		}
	}
	return fromBig(r), nil
}

func mathFsum(_ py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "math.fsum() takes exactly one argument (%d given)", len(args))
	}
	sum := new(big.Float).SetPrec(2200)
	// special sums the NaNs and infinities, infs the infinities alone:
	// infinities of both signs are an error, else a NaN gives nan.
	var special, infs float64
	haveSpecial := false
	err := forEach(args[0], func(o py.Object) error {
		x, err := mathFloat(o)
		if err != nil {
			return err
		}
		if math.IsInf(x, 0) {
			infs += x
		}
		if math.IsInf(x, 0) || math.IsNaN(x) {
			if !haveSpecial {
				special, haveSpecial = x, true
			} else {
				special += x
			}
			return nil
		}
		sum.Add(sum, new(big.Float).SetFloat64(x))
		return nil
	})
	if err != nil {
		return nil, err
	}
	if haveSpecial {
		if math.IsNaN(infs) {
			return nil, py.ExceptionNewf(py.ValueError, "-inf + inf in fsum")
		}
		return py.Float(special), nil
	}
	f, _ := sum.Float64()
	if math.IsInf(f, 0) {
		return nil, py.ExceptionNewf(py.OverflowError, "intermediate overflow in fsum")
	}
	return py.Float(f), nil
}

// hypotOf is the Euclidean norm of xs, computed exactly and rounded once.
func hypotOf(xs []float64) float64 {
	var inf, nan bool
	for _, x := range xs {
		if math.IsInf(x, 0) {
			inf = true
		} else if math.IsNaN(x) {
			nan = true
		}
	}
	if inf {
		return math.Inf(1)
	}
	if nan {
		return math.NaN()
	}
	sum := new(big.Float).SetPrec(4400)
	for _, x := range xs {
		b := new(big.Float).SetFloat64(x)
		sum.Add(sum, b.Mul(b, b))
	}
	r, _ := new(big.Float).SetPrec(hpPrec).Sqrt(sum).Float64()
	if sum.Sign() == 0 {
		return 0
	}
	return r
}

func floatsOf(o py.Object) ([]float64, error) {
	var out []float64
	err := forEach(o, func(x py.Object) error {
		f, err := mathFloat(x)
		out = append(out, f)
		return err
	})
	return out, err
}

func mathHypot(_ py.Object, args py.Tuple) (py.Object, error) {
	xs := make([]float64, len(args))
	for i, a := range args {
		f, err := mathFloat(a)
		if err != nil {
			return nil, err
		}
		xs[i] = f
	}
	return py.Float(hypotOf(xs)), nil
}

func mathDist(_ py.Object, args py.Tuple) (py.Object, error) {
	if err := nArgs("dist", args, 2); err != nil {
		return nil, err
	}
	for _, a := range args {
		switch a.(type) {
		case py.Tuple, *py.List:
		default:
			if _, err := iterOf(a); err != nil {
				return nil, err
			}
		}
	}
	p, err := floatsOf(args[0])
	if err != nil {
		return nil, err
	}
	q, err := floatsOf(args[1])
	if err != nil {
		return nil, err
	}
	if len(p) != len(q) {
		return nil, py.ExceptionNewf(py.ValueError, "both points must have the same number of dimensions")
	}
	d := make([]float64, len(p))
	for i := range p {
		d[i] = math.Abs(p[i] - q[i])
	}
	return py.Float(hypotOf(d)), nil
}

func mathProd(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "prod() takes exactly 1 positional argument (%d given)", len(args))
	}
	var acc py.Object = py.Int(1)
	for k, v := range kwargs {
		if k != "start" {
			return nil, py.ExceptionNewf(py.TypeError, "prod() got an unexpected keyword argument '%s'", k)
		}
		acc = v
	}
	err := forEach(args[0], func(o py.Object) error {
		r, err := py.Mul(acc, o)
		acc = r
		return err
	})
	if err != nil {
		return nil, err
	}
	return acc, nil
}

func mathSumprod(_ py.Object, args py.Tuple) (py.Object, error) {
	if err := nArgs("sumprod", args, 2); err != nil {
		return nil, err
	}
	var ps, qs []py.Object
	if err := forEach(args[0], func(o py.Object) error { ps = append(ps, o); return nil }); err != nil {
		return nil, err
	}
	if err := forEach(args[1], func(o py.Object) error { qs = append(qs, o); return nil }); err != nil {
		return nil, err
	}
	if len(ps) != len(qs) {
		return nil, py.ExceptionNewf(py.ValueError, "Inputs are not the same length")
	}
	allFloat := len(ps) > 0
	for i := range ps {
		_, pf := ps[i].(py.Float)
		_, qf := qs[i].(py.Float)
		_, pi := toBig(ps[i])
		_, qi := toBig(qs[i])
		if !(pf || pi) || !(qf || qi) || !(pf || qf) {
			allFloat = false
		}
	}
	if allFloat {
		sum := new(big.Float).SetPrec(4400)
		for i := range ps {
			p, _ := mathFloat(ps[i])
			q, _ := mathFloat(qs[i])
			if math.IsInf(p, 0) || math.IsNaN(p) || math.IsInf(q, 0) || math.IsNaN(q) {
				allFloat = false
				break
			}
			b := new(big.Float).SetFloat64(p)
			sum.Add(sum, b.Mul(b, new(big.Float).SetFloat64(q)))
		}
		if allFloat {
			f, _ := sum.Float64()
			return py.Float(f), nil
		}
	}
	var acc py.Object = py.Int(0)
	for i := range ps {
		m, err := py.Mul(ps[i], qs[i])
		if err != nil {
			return nil, err
		}
		if acc, err = py.Add(acc, m); err != nil {
			return nil, err
		}
	}
	return acc, nil
}

func mathIsclose(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var a, b py.Object
	var relTol py.Object = py.Float(1e-9)
	var absTol py.Object = py.Float(0)
	if len(args) > 2 {
		return nil, py.ExceptionNewf(py.TypeError, "isclose() takes exactly 2 positional arguments (%d given)", len(args))
	}
	names := []string{"a", "b"}
	vals := []*py.Object{&a, &b}
	for i := range args {
		*vals[i] = args[i]
	}
	for k, v := range kwargs {
		switch k {
		case "a", "b":
			idx := 0
			if k == "b" {
				idx = 1
			}
			if idx < len(args) {
				return nil, py.ExceptionNewf(py.TypeError, "argument for isclose() given by name ('%s') and position (%d)", k, idx+1)
			}
			*vals[idx] = v
		case "rel_tol":
			relTol = v
		case "abs_tol":
			absTol = v
		default:
			return nil, py.ExceptionNewf(py.TypeError, "isclose() got an unexpected keyword argument '%s'", k)
		}
	}
	for i, v := range vals {
		if *v == nil {
			return nil, py.ExceptionNewf(py.TypeError, "isclose() missing required argument '%s' (pos %d)", names[i], i+1)
		}
	}
	fa, err := mathFloat(a)
	if err != nil {
		return nil, err
	}
	fb, err := mathFloat(b)
	if err != nil {
		return nil, err
	}
	rt, err := mathFloat(relTol)
	if err != nil {
		return nil, err
	}
	at, err := mathFloat(absTol)
	if err != nil {
		return nil, err
	}
	if rt < 0 || at < 0 {
		return nil, py.ExceptionNewf(py.ValueError, "tolerances must be non-negative")
	}
	if fa == fb {
		return py.True, nil
	}
	if math.IsInf(fa, 0) || math.IsInf(fb, 0) {
		return py.False, nil
	}
	diff := math.Abs(fb - fa)
	return py.NewBool((diff <= math.Abs(rt*fb)) || (diff <= math.Abs(rt*fa)) || diff <= at), nil
}

func mathLdexp(_ py.Object, args py.Tuple) (py.Object, error) {
	if err := nArgs("ldexp", args, 2); err != nil {
		return nil, err
	}
	x, err := mathFloat(args[0])
	if err != nil {
		return nil, err
	}
	eb, ok := toBig(args[1])
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "Expected an int as second argument to ldexp.")
	}
	if x == 0 || math.IsInf(x, 0) || math.IsNaN(x) {
		return py.Float(x), nil
	}
	var e int64
	switch {
	case !eb.IsInt64() && eb.Sign() > 0, eb.IsInt64() && eb.Int64() > 100000:
		return nil, errMathRange()
	case !eb.IsInt64(), eb.Int64() < -100000:
		return py.Float(math.Copysign(0, x)), nil
	default:
		e = eb.Int64()
	}
	r := math.Ldexp(x, int(e))
	if math.IsInf(r, 0) {
		return nil, errMathRange()
	}
	return py.Float(r), nil
}

func mathNextafter(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var steps py.Object = py.None
	for k, v := range kwargs {
		if k != "steps" {
			return nil, py.ExceptionNewf(py.TypeError, "nextafter() got an unexpected keyword argument '%s'", k)
		}
		steps = v
	}
	if len(args) == 3 {
		steps = args[2]
		args = args[:2]
	}
	x, y, err := twoFloats("nextafter", args)
	if err != nil {
		return nil, err
	}
	if steps == py.None {
		return py.Float(math.Nextafter(x, y)), nil
	}
	n, err := indexBig(steps)
	if err != nil {
		return nil, err
	}
	if n.Sign() < 0 {
		return nil, py.ExceptionNewf(py.ValueError, "steps must be a non-negative integer")
	}
	cnt := int64(1 << 62)
	if n.IsInt64() {
		cnt = n.Int64()
	}
	for i := int64(0); i < cnt && x != y && !math.IsNaN(x); i++ {
		x = math.Nextafter(x, y)
	}
	if math.IsNaN(y) {
		return py.Float(y), nil
	}
	return py.Float(x), nil
}

func mathUlp(x float64) (py.Object, error) {
	if math.IsNaN(x) {
		return py.Float(x), nil
	}
	x = math.Abs(x)
	if math.IsInf(x, 0) {
		return py.Float(x), nil
	}
	next := math.Nextafter(x, math.Inf(1))
	if math.IsInf(next, 0) {
		return py.Float(x - math.Nextafter(x, 0)), nil
	}
	return py.Float(next - x), nil
}

func mathRemainder(x, y float64) (float64, error) {
	if math.IsNaN(x) || math.IsNaN(y) {
		return math.NaN(), nil
	}
	if math.IsInf(x, 0) || y == 0 {
		return 0, errMathDomain()
	}
	return math.Remainder(x, y), nil
}

func setupMath(c *Context, m *py.Module) error {
	g := m.Globals
	g["pi"] = py.Float(math.Pi)
	g["e"] = py.Float(math.E)
	g["tau"] = py.Float(2 * math.Pi)
	g["inf"] = py.Float(math.Inf(1))
	g["nan"] = py.Float(math.NaN())
	always := func(float64) bool { return true }
	for _, f := range []*py.Method{
		unary("sqrt", math.Sqrt, func(x float64) bool { return x >= 0 || x == 0 }, true),
		unary("cbrt", math.Cbrt, always, true),
		unary("sin", math.Sin, func(x float64) bool { return !math.IsInf(x, 0) }, true),
		unary("cos", math.Cos, func(x float64) bool { return !math.IsInf(x, 0) }, true),
		unary("tan", math.Tan, func(x float64) bool { return !math.IsInf(x, 0) }, true),
		unary("asin", math.Asin, func(x float64) bool { return x >= -1 && x <= 1 }, true),
		unary("acos", math.Acos, func(x float64) bool { return x >= -1 && x <= 1 }, true),
		unary("atan", math.Atan, always, true),
		unary("sinh", math.Sinh, always, true),
		unary("cosh", math.Cosh, always, true),
		unary("tanh", math.Tanh, always, true),
		unary("asinh", math.Asinh, always, true),
		unary("acosh", math.Acosh, func(x float64) bool { return x >= 1 }, true),
		unary("atanh", math.Atanh, func(x float64) bool { return x > -1 && x < 1 }, true),
		unary("erf", math.Erf, always, true),
		unary("erfc", math.Erfc, always, true),
		unary("gamma", math.Gamma, func(x float64) bool {
			return !(x == math.Inf(-1) || (x <= 0 && x == math.Trunc(x)))
		}, true),
		unary("lgamma", func(x float64) float64 { r, _ := math.Lgamma(x); return r }, func(x float64) bool {
			return !(x <= 0 && x == math.Trunc(x) && !math.IsInf(x, 0))
		}, true),
		unary("expm1", math.Expm1, always, true),
		unary("exp2", math.Exp2, always, true),
		unary("fabs", math.Abs, always, true),
		unary("degrees", func(x float64) float64 { return x * (180 / math.Pi) }, always, true),
		unary("radians", func(x float64) float64 { return x * (math.Pi / 180) }, always, true),
		oneArgMath("exp", mathExp),
		oneArgMath("log1p", func(x float64) (py.Object, error) {
			if math.IsNaN(x) || math.IsInf(x, 1) {
				return py.Float(x), nil
			}
			if x <= -1 {
				return nil, errMathDomain()
			}
			if math.Abs(x) < 1e-300 {
				return py.Float(x), nil
			}
			return py.Float(math.Log1p(x)), nil
		}),
		oneArgMath("isfinite", func(x float64) (py.Object, error) {
			return py.NewBool(!math.IsInf(x, 0) && !math.IsNaN(x)), nil
		}),
		oneArgMath("isinf", func(x float64) (py.Object, error) { return py.NewBool(math.IsInf(x, 0)), nil }),
		oneArgMath("isnan", func(x float64) (py.Object, error) { return py.NewBool(math.IsNaN(x)), nil }),
		oneArgMath("frexp", func(x float64) (py.Object, error) {
			if math.IsInf(x, 0) || math.IsNaN(x) || x == 0 {
				return py.Tuple{py.Float(x), py.Int(0)}, nil
			}
			m, e := math.Frexp(x)
			return py.Tuple{py.Float(m), py.Int(e)}, nil
		}),
		oneArgMath("modf", func(x float64) (py.Object, error) {
			if math.IsInf(x, 0) {
				return py.Tuple{py.Float(math.Copysign(0, x)), py.Float(x)}, nil
			}
			i, f := math.Modf(x)
			return py.Tuple{py.Float(f), py.Float(i)}, nil
		}),
		oneArgMath("ulp", mathUlp),
		logFunc("log2", hpLn2),
		logFunc("log10", hpLn10),
		binaryMath("copysign", func(x, y float64) (float64, error) { return math.Copysign(x, y), nil }),
		binaryMath("atan2", func(x, y float64) (float64, error) { return math.Atan2(x, y), nil }),
		binaryMath("fmod", func(x, y float64) (float64, error) {
			if math.IsNaN(x) || math.IsNaN(y) {
				return math.NaN(), nil
			}
			if math.IsInf(x, 0) || y == 0 {
				return 0, errMathDomain()
			}
			return math.Mod(x, y), nil
		}),
		binaryMath("pow", mathPow),
		binaryMath("remainder", mathRemainder),
		py.MustNewMethod("log", mathLog, 0, "log(x[, base])\n\nThe logarithm of x in base; without base, the natural logarithm."),
		floorCeil("floor", "__floor__", math.Floor),
		floorCeil("ceil", "__ceil__", math.Ceil),
		py.MustNewMethod("trunc", mathTrunc, 0, "trunc(x, /)\n\nx with its fractional part dropped (rounded toward zero), as an int."),
		py.MustNewMethod("gcd", mathGcd, 0, "gcd(*integers)\n\nThe largest integer dividing all of them (0 for none)."),
		py.MustNewMethod("lcm", mathLcm, 0, "lcm(*integers)\n\nThe smallest non-negative integer all of them divide (1 for none)."),
		py.MustNewMethod("factorial", mathFactorial, 0, "factorial(n, /)\n\nFind n!."),
		py.MustNewMethod("isqrt", mathIsqrt, 0, "isqrt(n, /)\n\nThe largest int whose square is at most n."),
		py.MustNewMethod("comb", func(_ py.Object, args py.Tuple) (py.Object, error) { return permComb("comb", args, true) }, 0,
			"comb(n, k, /)\n\nThe binomial coefficient: n! / (k! * (n - k)!), or 0 when k > n."),
		py.MustNewMethod("perm", func(_ py.Object, args py.Tuple) (py.Object, error) { return permComb("perm", args, false) }, 0,
			"perm(n, k=None, /)\n\nn! / (n - k)!, or 0 when k > n; k defaults to n."),
		py.MustNewMethod("fsum", mathFsum, 0, "fsum(seq, /)\n\nThe sum of the numbers of seq, correctly rounded (no lost low-order bits)."),
		py.MustNewMethod("hypot", mathHypot, 0, "hypot(*coordinates)\n\nThe length of the vector: the square root of the sum of squares."),
		py.MustNewMethod("dist", mathDist, 0, "dist(p, q, /)\n\nThe straight-line distance between points p and q (same dimension)."),
		py.MustNewMethod("prod", mathProd, 0, "prod(iterable, /, *, start=1)\n\nstart multiplied by every item of iterable in turn."),
		py.MustNewMethod("sumprod", mathSumprod, 0, "sumprod(p, q, /)\n\np[0]*q[0] + p[1]*q[1] + ..., for two iterables of equal length."),
		py.MustNewMethod("isclose", mathIsclose, 0, "isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)\n\nWhether a and b differ by at most rel_tol times the larger magnitude, or\nby at most abs_tol."),
		py.MustNewMethod("ldexp", mathLdexp, 0, "ldexp(x, i, /)\n\nx times 2 to the power i, exactly."),
		py.MustNewMethod("nextafter", mathNextafter, 0, "nextafter(x, y, /, *, steps=None)\n\nThe float next to x in the direction of y (steps floats along, if given)."),
		py.MustNewMethod("fma", func(_ py.Object, args py.Tuple) (py.Object, error) {
			if err := nArgs("fma", args, 3); err != nil {
				return nil, err
			}
			var v [3]float64
			for i, a := range args {
				f, err := mathFloat(a)
				if err != nil {
					return nil, err
				}
				v[i] = f
			}
			r := math.FMA(v[0], v[1], v[2])
			if math.IsInf(r, 0) && !math.IsInf(v[0], 0) && !math.IsInf(v[1], 0) && !math.IsInf(v[2], 0) {
				return nil, errMathRange()
			}
			if math.IsNaN(r) && !math.IsNaN(v[0]) && !math.IsNaN(v[1]) && !math.IsNaN(v[2]) {
				return nil, py.ExceptionNewf(py.ValueError, "invalid operation in fma")
			}
			return py.Float(r), nil
		}, 0, "fma(x, y, z, /)\n\nx * y + z, rounded once at the end rather than twice."),
	} {
		g[f.Name] = f
	}
	return nil
}
