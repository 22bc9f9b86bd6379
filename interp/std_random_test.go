package interp

import "testing"

func TestRandomGolden(t *testing.T) { runGoldenUTC(t, "random") }

// TestMersenneTwister checks the generator against CPython's
// random.seed(42) and random.seed(2**100 + 5).
func TestMersenneTwister(t *testing.T) {
	s := &mtState{}
	s.seedInt(bigFromString("42"))
	if got := s.random(); got != 0.6394267984578837 {
		t.Errorf("seed(42) random() = %v", got)
	}
	if got := s.random(); got != 0.025010755222666936 {
		t.Errorf("seed(42) second random() = %v", got)
	}
	s.seedInt(bigFromString("1267650600228229401496703205381"))
	if got := s.random(); got != 0.7033503239395905 {
		t.Errorf("seed(2**100+5) random() = %v", got)
	}
}
