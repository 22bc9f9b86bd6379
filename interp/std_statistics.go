package interp

import (
	_ "embed"
	"math"
	"math/big"

	"github.com/go-python/gpython/py"
)

// The statistics module: the functions are Python
// (interp/stdlib/statistics.py); the exact arithmetic under mean,
// variance and the standard deviations is Go. Every data point is turned
// into the exact ratio it stands for (a float is m * 2**e), the sums are
// kept exactly, and a result becomes a float once, correctly rounded, as
// CPython's fractions-based computation does: the last digit agrees. No
// audit events.

//go:embed stdlib/statistics.py
var statisticsSource string

func init() {
	registerStdlib("statistics", "Mathematical statistics functions for numeric data.", setupStatistics, statisticsSource)
}

// exactSum accumulates exact sums of values and of their squares. Values
// whose denominator is a power of two (ints and floats) are kept by that
// power; any other ratio in other.
type exactSum struct {
	byShift   map[uint]*big.Int // denominator 2**k: sum of numerators
	sqByShift map[uint]*big.Int
	other     *big.Rat
	sqOther   *big.Rat
	squares   bool
	// nonfinite is the float sum of the NaNs and infinities met, in
	// order (finite values no longer matter once one is met).
	nonfinite    py.Object
	hasNonfinite bool
	count        int
	types        []py.Object
}

func newExactSum(squares bool) *exactSum {
	return &exactSum{byShift: map[uint]*big.Int{}, sqByShift: map[uint]*big.Int{}, other: new(big.Rat), sqOther: new(big.Rat), squares: squares}
}

func (s *exactSum) addShifted(num *big.Int, k uint) {
	acc, ok := s.byShift[k]
	if !ok {
		acc = new(big.Int)
		s.byShift[k] = acc
	}
	acc.Add(acc, num)
	if s.squares {
		sq := new(big.Int).Mul(num, num)
		acc, ok := s.sqByShift[2*k]
		if !ok {
			acc = new(big.Int)
			s.sqByShift[2*k] = acc
		}
		acc.Add(acc, sq)
	}
}

// addNonfinite adds a NaN or an infinity to the float sum of those.
func (s *exactSum) addNonfinite(o py.Object) error {
	if !s.hasNonfinite {
		s.hasNonfinite = true
		s.nonfinite = py.Int(0)
	}
	sum, err := py.Add(s.nonfinite, o)
	if err != nil {
		return err
	}
	s.nonfinite = sum
	return nil
}

func (s *exactSum) addFloat(o py.Object, f float64) error {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		return s.addNonfinite(o)
	}
	if f == 0 {
		s.addShifted(new(big.Int), 0)
		return nil
	}
	frac, exp := math.Frexp(f)
	m := int64(math.Ldexp(frac, 53))
	e := exp - 53
	for m&1 == 0 && e < 0 {
		m >>= 1
		e++
	}
	num := big.NewInt(m)
	if e >= 0 {
		num.Lsh(num, uint(e))
		s.addShifted(num, 0)
		return nil
	}
	s.addShifted(num, uint(-e))
	return nil
}

func (s *exactSum) addRatio(num, den *big.Int) {
	if den.Sign() > 0 && den.BitLen() == int(den.TrailingZeroBits())+1 {
		s.addShifted(num, den.TrailingZeroBits())
		return
	}
	r := new(big.Rat).SetFrac(num, den)
	s.other.Add(s.other, r)
	if s.squares {
		s.sqOther.Add(s.sqOther, new(big.Rat).Mul(r, r))
	}
}

func (s *exactSum) noteType(t *py.Type) {
	if t == py.BigIntType {
		t = py.IntType
	}
	for _, seen := range s.types {
		if seen == t {
			return
		}
	}
	s.types = append(s.types, t)
}

// add takes one data point.
func (s *exactSum) add(o py.Object) error {
	s.noteType(o.Type())
	s.count++
	v := o
	if inst, ok := o.(*Instance); ok && inst.base != nil {
		v = inst.base
	}
	switch x := v.(type) {
	case py.Int:
		s.addShifted(big.NewInt(int64(x)), 0)
		return nil
	case py.Bool:
		s.addShifted(big.NewInt(int64(boolInt(x))), 0)
		return nil
	case *py.BigInt:
		s.addShifted(new(big.Int).Set((*big.Int)(x)), 0)
		return nil
	case py.Float:
		return s.addFloat(o, float64(x))
	}
	num, den, err := statsRatio(o)
	if err != nil {
		if py.IsException(py.OverflowError, err) || py.IsException(py.ValueError, err) {
			// a NaN or an infinity of some float-like type
			return s.addNonfinite(o)
		}
		return err
	}
	s.addRatio(num, den)
	return nil
}

// statsRatio is a number as numerator and denominator, from its
// as_integer_ratio(), else its numerator and denominator attributes.
func statsRatio(o py.Object) (*big.Int, *big.Int, error) {
	var num, den py.Object
	if f, err := getAttr(o, "as_integer_ratio"); err == nil {
		r, err := py.Call(f, nil, nil)
		if err != nil {
			return nil, nil, err
		}
		t, ok := r.(py.Tuple)
		if !ok || len(t) != 2 {
			return nil, nil, py.ExceptionNewf(py.TypeError, "as_integer_ratio() must return a 2-tuple")
		}
		num, den = t[0], t[1]
	} else if !py.IsException(py.AttributeError, err) {
		return nil, nil, err
	} else {
		n, err1 := getAttr(o, "numerator")
		d, err2 := getAttr(o, "denominator")
		if err1 != nil || err2 != nil {
			return nil, nil, py.ExceptionNewf(py.TypeError, "can't convert type '%s' to numerator/denominator", o.Type().Name)
		}
		num, den = n, d
	}
	n, err := indexBig(num)
	if err != nil {
		return nil, nil, err
	}
	d, err := indexBig(den)
	if err != nil {
		return nil, nil, err
	}
	if d.Sign() == 0 {
		return nil, nil, py.ExceptionNewf(py.ZeroDivisionError, "division by zero")
	}
	return n, d, nil
}

// total is the exact sum (squares: of the squares) as a reduced ratio.
func (s *exactSum) total(squares bool) *big.Rat {
	parts, other := s.byShift, s.other
	if squares {
		parts, other = s.sqByShift, s.sqOther
	}
	var top uint
	for k := range parts {
		top = max(top, k)
	}
	num := new(big.Int)
	for k, v := range parts {
		num.Add(num, new(big.Int).Lsh(v, top-k))
	}
	den := new(big.Int).Lsh(big.NewInt(1), top)
	r := new(big.Rat).SetFrac(num, den)
	return r.Add(r, other)
}

// feed adds every item of an iterable.
func (s *exactSum) feed(data py.Object) error {
	it, err := py.Iter(data)
	if err != nil {
		return err
	}
	for {
		v, err := py.Next(it)
		if err != nil {
			if py.IsException(py.StopIteration, err) {
				return nil
			}
			return err
		}
		if err := s.add(v); err != nil {
			return err
		}
	}
}

// ratioTuple is r as the tuple (numerator, denominator) of ints.
func ratioTuple(r *big.Rat) py.Object {
	return py.Tuple{fromBig(new(big.Int).Set(r.Num())), fromBig(new(big.Int).Set(r.Denom()))}
}

// ratioArgs reads (numerator, denominator) ints, denominator not 0.
func ratioArgs(name string, args py.Tuple) (*big.Int, *big.Int, error) {
	if len(args) != 2 {
		return nil, nil, py.ExceptionNewf(py.TypeError, "%s expected 2 arguments, got %d", name, len(args))
	}
	n, err := indexBig(args[0])
	if err != nil {
		return nil, nil, err
	}
	d, err := indexBig(args[1])
	if err != nil {
		return nil, nil, err
	}
	if d.Sign() == 0 {
		return nil, nil, py.ExceptionNewf(py.ZeroDivisionError, "division by zero")
	}
	return n, d, nil
}

// ratioFloat is n/d correctly rounded, as int / int is in CPython.
func ratioFloat(n, d *big.Int) (py.Object, error) {
	f, _ := new(big.Rat).SetFrac(n, d).Float64()
	if math.IsInf(f, 0) {
		return nil, py.ExceptionNewf(py.OverflowError, "integer division result too large for a float")
	}
	return py.Float(f), nil
}

// floorDiv is a // b for ints that fit an int, rounding down.
func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

// sqrtRoundOdd is the integer square root of n/m with its last bit set
// when it is not exact, so that one final rounding to float is correct.
func sqrtRoundOdd(n, m *big.Int) *big.Int {
	a := new(big.Int).Sqrt(new(big.Int).Quo(n, m))
	check := new(big.Int).Mul(a, a)
	check.Mul(check, m)
	if check.Cmp(n) != 0 {
		a.SetBit(a, 0, 1)
	}
	return a
}

// ratioSqrt is the square root of n/m (n >= 0, m > 0), correctly rounded:
// computed with at least 109 significant bits, rounded to odd, then
// divided once.
func ratioSqrt(n, m *big.Int) (py.Object, error) {
	q := floorDiv(n.BitLen()-m.BitLen()-109, 2)
	if q >= 0 {
		root := sqrtRoundOdd(n, new(big.Int).Lsh(m, uint(2*q)))
		return ratioFloat(root.Lsh(root, uint(q)), big.NewInt(1))
	}
	root := sqrtRoundOdd(new(big.Int).Lsh(n, uint(-2*q)), m)
	return ratioFloat(root, new(big.Int).Lsh(big.NewInt(1), uint(-q)))
}

func setupStatistics(_ *Context, m *py.Module) error {
	g := m.Globals
	// _exact_sum(data) -> (types, total, count): total is the exact sum
	// as (numerator, denominator), or a float when NaNs or infinities
	// were met.
	g["_exact_sum"] = py.MustNewMethod("_exact_sum", func(_ py.Object, arg py.Object) (py.Object, error) {
		s := newExactSum(false)
		if err := s.feed(arg); err != nil {
			return nil, err
		}
		var total py.Object
		if s.hasNonfinite {
			total = s.nonfinite
		} else {
			total = ratioTuple(s.total(false))
		}
		return py.Tuple{py.NewListFromItems(s.types), total, py.Int(s.count)}, nil
	}, 0, "_exact_sum(data) -> (types, (numerator, denominator), count)")
	// _exact_ss(data) -> (types, ssd, mean, count): the exact sum of the
	// squared deviations from the mean and the mean.
	g["_exact_ss"] = py.MustNewMethod("_exact_ss", func(_ py.Object, arg py.Object) (py.Object, error) {
		s := newExactSum(true)
		if err := s.feed(arg); err != nil {
			return nil, err
		}
		types := py.NewListFromItems(s.types)
		switch {
		case s.count == 0:
			zero := py.Tuple{py.Int(0), py.Int(1)}
			return py.Tuple{types, zero, zero, py.Int(0)}, nil
		case s.hasNonfinite:
			return py.Tuple{types, s.nonfinite, s.nonfinite, py.Int(s.count)}, nil
		}
		n := new(big.Rat).SetInt64(int64(s.count))
		sx, sxx := s.total(false), s.total(true)
		ssd := new(big.Rat).Mul(n, sxx)
		ssd.Sub(ssd, new(big.Rat).Mul(sx, sx))
		ssd.Quo(ssd, n)
		mean := new(big.Rat).Quo(sx, n)
		return py.Tuple{types, ratioTuple(ssd), ratioTuple(mean), py.Int(s.count)}, nil
	}, 0, "_exact_ss(data) -> (types, ssd, mean, count)")
	g["_ratio_float"] = py.MustNewMethod("_ratio_float", func(_ py.Object, args py.Tuple) (py.Object, error) {
		n, d, err := ratioArgs("_ratio_float", args)
		if err != nil {
			return nil, err
		}
		return ratioFloat(n, d)
	}, 0, "_ratio_float(numerator, denominator) -> the nearest float")
	g["_ratio_sqrt"] = py.MustNewMethod("_ratio_sqrt", func(_ py.Object, args py.Tuple) (py.Object, error) {
		n, d, err := ratioArgs("_ratio_sqrt", args)
		if err != nil {
			return nil, err
		}
		if d.Sign() < 0 {
			n, d = new(big.Int).Neg(n), new(big.Int).Neg(d)
		}
		if n.Sign() < 0 {
			return nil, py.ExceptionNewf(py.ValueError, "math domain error")
		}
		return ratioSqrt(n, d)
	}, 0, "_ratio_sqrt(numerator, denominator) -> the nearest float to the square root")
	return nil
}
