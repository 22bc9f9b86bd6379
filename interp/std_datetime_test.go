package interp

import (
	"math/big"
	"testing"
)

func TestDatetimeGolden(t *testing.T) { runGoldenUTC(t, "datetime") }

func bigFromString(s string) *big.Int {
	b, _ := new(big.Int).SetString(s, 10)
	return b
}

func TestRoundRatHalfEven(t *testing.T) {
	cases := []struct {
		num, den int64
		want     int64
	}{{5, 2, 2}, {7, 2, 4}, {-5, 2, -2}, {-7, 2, -4}, {10, 3, 3}, {-10, 3, -3}, {11, 3, 4}}
	for _, c := range cases {
		if got := roundRatHalfEven(big.NewRat(c.num, c.den)); got.Int64() != c.want {
			t.Errorf("round(%d/%d) = %v, want %d", c.num, c.den, got, c.want)
		}
	}
}
