package interp

import (
	"math"
	"testing"

	"github.com/go-python/gpython/py"
)

func TestMathGolden(t *testing.T) { runGoldenUTC(t, "math") }

// TestCorrectlyRoundedLogExp checks the high-precision log and exp on
// values where Go's math package is one unit in the last place away from
// the correctly rounded result CPython's C library gives.
func TestCorrectlyRoundedLogExp(t *testing.T) {
	cases := []struct {
		x, log float64
	}{
		{0.36057320154211625, -1.020060287274801},
		{10, 2.302585092994046},
		{2, 0.6931471805599453},
	}
	for _, c := range cases {
		if got := logOf(c.x, nil); got != c.log {
			t.Errorf("log(%v) = %v, want %v", c.x, got, c.log)
		}
	}
	for x, want := range map[float64]float64{1: 2.718281828459045, 0.5: 1.6487212707001282, -1000: 0} {
		got, err := mathExp(x)
		if err != nil || float64(got.(py.Float)) != want {
			t.Errorf("exp(%v) = %v, %v; want %v", x, got, err, want)
		}
	}
	if r, _ := mathPow(2, 0.5); r != math.Sqrt2 {
		t.Errorf("pow(2, 0.5) = %v", r)
	}
}
