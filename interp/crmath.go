package interp

import (
	"math"
	"math/big"
	"sync"
)

// Correctly rounded pow, cos and sin. CPython takes them from the C
// library, whose results are the float nearest the exact value; Go's math
// package is often an ulp away. The big.Float versions compute with 192
// bits and round once, which gives the nearest float, but cost tens of
// microseconds: float ** float takes the fast crPow, complex powers the
// exact ones.

const crPrec = 192

var (
	crOnce      sync.Once
	crLn2, crPi *big.Float
)

// crConstants computes ln 2 and pi to crPrec bits.
func crConstants() {
	crOnce.Do(func() {
		// ln 2 = sum 1/(k 2^k)
		crLn2 = crFloat(0)
		term := crFloat(1)
		for k := int64(1); k < crPrec+16; k++ {
			term.Quo(term, crFloat(2))
			crLn2.Add(crLn2, new(big.Float).SetPrec(crPrec).Quo(term, crFloat(float64(k))))
		}
		// pi = 16 atan(1/5) - 4 atan(1/239)
		a := crAtanInv(5)
		b := crAtanInv(239)
		crPi = new(big.Float).SetPrec(crPrec).Sub(a.Mul(a, crFloat(16)), b.Mul(b, crFloat(4)))
	})
}

func crFloat(x float64) *big.Float {
	return new(big.Float).SetPrec(crPrec).SetFloat64(x)
}

// crAtanInv is atan(1/n) by its series.
func crAtanInv(n int64) *big.Float {
	sum := crFloat(0)
	x := new(big.Float).SetPrec(crPrec).Quo(crFloat(1), crFloat(float64(n)))
	n2 := crFloat(float64(n * n))
	for k := int64(0); x.Sign() != 0 && x.MantExp(nil) > -crPrec-16; k++ {
		t := new(big.Float).SetPrec(crPrec).Quo(x, crFloat(float64(2*k+1)))
		if k%2 == 0 {
			sum.Add(sum, t)
		} else {
			sum.Sub(sum, t)
		}
		x.Quo(x, n2)
	}
	return sum
}

// crLog is the natural logarithm of x > 0.
func crLog(x *big.Float) *big.Float {
	crConstants()
	m := new(big.Float).SetPrec(crPrec)
	e := x.MantExp(m) // x = m * 2**e, m in [0.5, 1)
	if m.Cmp(crFloat(math.Sqrt2/2)) < 0 {
		m.SetMantExp(m, 1)
		e--
	}
	// ln m = 2 atanh(t), t = (m-1)/(m+1)
	one := crFloat(1)
	t := new(big.Float).SetPrec(crPrec).Quo(new(big.Float).SetPrec(crPrec).Sub(m, one), new(big.Float).SetPrec(crPrec).Add(m, one))
	t2 := new(big.Float).SetPrec(crPrec).Mul(t, t)
	sum := crFloat(0)
	p := new(big.Float).SetPrec(crPrec).Set(t)
	for k := int64(0); p.Sign() != 0 && p.MantExp(nil) > -crPrec-16; k++ {
		sum.Add(sum, new(big.Float).SetPrec(crPrec).Quo(p, crFloat(float64(2*k+1))))
		p.Mul(p, t2)
	}
	sum.Mul(sum, crFloat(2))
	return sum.Add(sum, new(big.Float).SetPrec(crPrec).Mul(crLn2, crFloat(float64(e))))
}

// crExp is e**z for |z| below about 2**20.
func crExp(z *big.Float) *big.Float {
	crConstants()
	// z = k ln2 + r, |r| <= ln2/2; e**r by its series on r/2**8, squared 8 times.
	kf, _ := new(big.Float).Quo(z, crLn2).Float64()
	k := math.Round(kf)
	r := new(big.Float).SetPrec(crPrec).Sub(z, new(big.Float).SetPrec(crPrec).Mul(crLn2, crFloat(k)))
	r.SetMantExp(r, -8)
	sum := crFloat(1)
	term := crFloat(1)
	for n := int64(1); term.Sign() != 0 && term.MantExp(nil) > -crPrec-16; n++ {
		term.Mul(term, r)
		term.Quo(term, crFloat(float64(n)))
		sum.Add(sum, term)
	}
	for range 8 {
		sum.Mul(sum, sum)
	}
	return sum.SetMantExp(sum, int(k))
}

// crPow is x**y for finite x > 0 and finite y, as fast as Go's
// math.Pow. An integer power up to 64 is computed in double-double
// arithmetic (about 104 bits) and rounded once, which gives the float
// nearest the exact value as CPython's C library does; other powers are
// Go's math.Pow, which can be an ulp away from it (crPowExact is not, at
// some 30 microseconds a power).
func crPow(x, y float64) float64 {
	switch y {
	case 0:
		return 1
	case 1:
		return x
	case 2:
		return x * x
	case 0.5:
		return math.Sqrt(x)
	case -1:
		return 1 / x
	}
	n := int64(y)
	if float64(n) != y || n < -64 || n > 64 {
		return math.Pow(x, y)
	}
	hi, lo := ddPow(x, abs64(n))
	if math.IsInf(hi, 0) || hi == 0 || math.IsNaN(hi) {
		return math.Pow(x, y)
	}
	if n < 0 {
		// 1/(hi+lo) to double-double accuracy, then rounded.
		q := 1 / hi
		r := math.FMA(-q, hi, 1) - q*lo
		return q + r/hi
	}
	return hi + lo
}

// ddPow is x**n (n >= 1) as an unevaluated sum hi+lo, by squaring.
func ddPow(x float64, n int64) (hi, lo float64) {
	hi, lo = 1, 0
	bh, bl := x, 0.0
	for n > 0 {
		if n&1 == 1 {
			hi, lo = ddMul(hi, lo, bh, bl)
		}
		n >>= 1
		if n > 0 {
			bh, bl = ddMul(bh, bl, bh, bl)
		}
	}
	return hi, lo
}

// ddMul multiplies two double-double numbers.
func ddMul(ah, al, bh, bl float64) (float64, float64) {
	p := ah * bh
	e := math.FMA(ah, bh, -p) + (ah*bl + al*bh)
	s := p + e
	return s, e - (s - p)
}

// crPowExact is x**y for finite x > 0 and finite y, correctly rounded
// in big.Float arithmetic: for complex powers, which CPython computes
// from pow, cos and sin and prints to the last digit.
func crPowExact(x, y float64) float64 {
	if n := int64(y); float64(n) == y && n >= -64 && n <= 64 {
		return crPow(x, y)
	}
	// outside this range the result is 0 or inf whatever the rounding
	l := math.Log(x) * y
	if l > 1000 {
		return math.Inf(1)
	}
	if l < -1000 {
		return 0
	}
	z := new(big.Float).SetPrec(crPrec).Mul(crLog(new(big.Float).SetPrec(crPrec).SetFloat64(x)), crFloat(y))
	f, _ := crExp(z).Float64()
	return f
}

// floatPow is x**y for floats as C's pow() gives it; the caller deals
// with a negative x and a fractional y, and with errors.
func floatPow(x, y float64) float64 {
	if math.IsInf(x, 0) || math.IsNaN(x) || math.IsInf(y, 0) || math.IsNaN(y) || x == 0 {
		return math.Pow(x, y)
	}
	if x < 0 {
		r := crPow(-x, y)
		if math.Mod(y, 2) != 0 {
			return -r
		}
		return r
	}
	return crPow(x, y)
}

// crCosSin is cos(x) and sin(x), correctly rounded.
func crCosSin(x float64) (float64, float64) {
	if math.IsInf(x, 0) || math.IsNaN(x) || math.Abs(x) > 1<<20 {
		return math.Cos(x), math.Sin(x)
	}
	if x == 0 {
		return 1, x
	}
	crConstants()
	// x = k pi/2 + r, |r| <= pi/4
	halfPi := new(big.Float).SetPrec(crPrec).SetMantExp(crPi, -1)
	kf, _ := new(big.Float).Quo(crFloat(x), halfPi).Float64()
	k := int64(math.Round(kf))
	r := new(big.Float).SetPrec(crPrec).Sub(crFloat(x), new(big.Float).SetPrec(crPrec).Mul(halfPi, crFloat(float64(k))))
	r2 := new(big.Float).SetPrec(crPrec).Mul(r, r)
	c, s := crFloat(1), new(big.Float).SetPrec(crPrec).Set(r)
	ct, st := crFloat(1), new(big.Float).SetPrec(crPrec).Set(r)
	for n := int64(1); n < 60; n++ {
		ct.Mul(ct, r2)
		ct.Quo(ct, crFloat(float64((2*n-1)*(2*n))))
		st.Mul(st, r2)
		st.Quo(st, crFloat(float64((2*n)*(2*n+1))))
		if n%2 == 1 {
			c.Sub(c, ct)
			s.Sub(s, st)
		} else {
			c.Add(c, ct)
			s.Add(s, st)
		}
		if ct.Sign() == 0 || ct.MantExp(nil) < -crPrec-16 {
			break
		}
	}
	switch k & 3 {
	case 1:
		c, s = s.Neg(s), c
	case 2:
		c, s = c.Neg(c), s.Neg(s)
	case 3:
		c, s = s, c.Neg(c)
	}
	cf, _ := c.Float64()
	sf, _ := s.Float64()
	return cf, sf
}
