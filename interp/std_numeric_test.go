package interp

import "testing"

func TestHeapqGolden(t *testing.T)      { runGolden(t, "heapq") }
func TestBisectGolden(t *testing.T)     { runGolden(t, "bisect") }
func TestStatisticsGolden(t *testing.T) { runGolden(t, "statistics") }
func TestUUIDGolden(t *testing.T)       { runGolden(t, "uuid") }
func TestSecretsGolden(t *testing.T)    { runGolden(t, "secrets") }
func TestKeywordGolden(t *testing.T)    { runGolden(t, "keyword") }

// TestFsumSpecialValues checks math.fsum with NaNs and infinities, as
// CPython: a NaN among the values gives nan, inf + -inf is an error.
func TestFsumSpecialValues(t *testing.T) {
	prelude := "import math\n" + `def run(src):
    try:
        return repr(eval(src))
    except Exception as e:
        return '!! ' + type(e).__name__ + ': ' + str(e)
`
	cases := []struct{ expr, want string }{
		{"math.fsum([1.0, float('nan')])", "nan"},
		{"math.fsum([float('nan'), float('inf'), float('-inf')])", "!! ValueError: -inf + inf in fsum"},
		{"math.fsum([float('nan'), float('inf')])", "nan"},
		{"math.fsum([float('inf'), 1])", "inf"},
		{"math.fsum([float('inf'), float('-inf')])", "!! ValueError: -inf + inf in fsum"},
	}
	var exprs []string
	for _, c := range cases {
		exprs = append(exprs, c.expr)
	}
	got := runExprCases(t, prelude, exprs)
	for i, c := range cases {
		if got[i] != c.want {
			t.Errorf("%s = %s, want %s", c.expr, got[i], c.want)
		}
	}
}
