package interp

import (
	_ "embed" // the datetime module is written in Python
	"math"
	"math/big"
	"time"

	"github.com/go-python/gpython/py"
)

// The datetime module: date, time, datetime, timedelta, tzinfo and
// timezone, written in Python (interp/stdlib/datetime.py) on a few Go
// primitives: exact rounding of microsecond amounts and the clock.
// The calendar arithmetic is the _dtcalc module's (std_dtcalc.go);
// strftime and strptime are the time module's.

//go:embed stdlib/datetime.py
var datetimeSource string

func init() {
	registerStdlib("datetime", "Fast implementation of the datetime module.", setupDatetime, datetimeSource)
}

// exactRat is an int or a finite float as an exact rational.
func exactRat(o py.Object) (*big.Rat, error) {
	if b, ok := toBig(o); ok {
		return new(big.Rat).SetInt(b), nil
	}
	if f, ok := o.(py.Float); ok {
		if math.IsInf(float64(f), 0) {
			return nil, py.ExceptionNewf(py.OverflowError, "cannot convert float infinity to integer")
		}
		if math.IsNaN(float64(f)) {
			return nil, py.ExceptionNewf(py.ValueError, "cannot convert float NaN to integer")
		}
		return new(big.Rat).SetFloat64(float64(f)), nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "unsupported type for timedelta component: %s", o.Type().Name)
}

// roundRatHalfEven rounds r to the nearest int, ties to even.
func roundRatHalfEven(r *big.Rat) *big.Int {
	num, den := r.Num(), r.Denom()
	q, m := new(big.Int).DivMod(num, den, new(big.Int)) // floor, m >= 0
	twice := new(big.Int).Lsh(m, 1)
	switch twice.Cmp(den) {
	case 1:
		q.Add(q, big.NewInt(1))
	case 0:
		if q.Bit(0) == 1 {
			q.Add(q, big.NewInt(1))
		}
	}
	return q
}

func setupDatetime(c *Context, m *py.Module) error {
	g := m.Globals
	// _round_sum(pairs) is sum(a*b for a, b in pairs), exactly, rounded
	// half to even.
	g["_round_sum"] = py.MustNewMethod("_round_sum", func(_ py.Object, arg py.Object) (py.Object, error) {
		sum := new(big.Rat)
		err := forEach(arg, func(p py.Object) error {
			t, ok := p.(py.Tuple)
			if !ok || len(t) != 2 {
				return py.ExceptionNewf(py.TypeError, "expected pairs")
			}
			a, err := exactRat(t[0])
			if err != nil {
				return err
			}
			b, err := exactRat(t[1])
			if err != nil {
				return err
			}
			sum.Add(sum, a.Mul(a, b))
			return nil
		})
		if err != nil {
			return nil, err
		}
		return fromBig(roundRatHalfEven(sum)), nil
	}, 0, "")
	// _round_div(a, b) is a/b exactly, rounded half to even.
	g["_round_div"] = py.MustNewMethod("_round_div", func(_ py.Object, args py.Tuple) (py.Object, error) {
		a, err := exactRat(args[0])
		if err != nil {
			return nil, err
		}
		b, err := exactRat(args[1])
		if err != nil {
			return nil, err
		}
		if b.Sign() == 0 {
			return nil, py.ExceptionNewf(py.ZeroDivisionError, "integer division or modulo by zero")
		}
		return fromBig(roundRatHalfEven(a.Quo(a, b))), nil
	}, 0, "")
	g["_index"] = py.MustNewMethod("_index", func(_ py.Object, arg py.Object) (py.Object, error) {
		b, err := indexBig(arg)
		if err != nil {
			return nil, err
		}
		return fromBig(b), nil
	}, 0, "")
	g["_isint"] = py.MustNewMethod("_isint", func(_ py.Object, arg py.Object) (py.Object, error) {
		_, ok := toBig(arg)
		return py.NewBool(ok), nil
	}, 0, "")
	// _now() -> (seconds, microseconds) since the epoch
	g["_now"] = py.MustNewMethod("_now", func(py.Object, py.Tuple) (py.Object, error) {
		now := time.Now()
		return py.Tuple{py.Int(now.Unix()), py.Int(now.Nanosecond() / 1000)}, nil
	}, 0, "")
	return nil
}
