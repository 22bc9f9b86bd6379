package rewrite

import "testing"

func TestNumbers(t *testing.T) {
	cases := []struct{ in, want string }{
		{"x = 1_000_000\n", "x = 1000000\n"},
		{"y = 0x_ff + 0b1_0 + 1_0.5e1_0 + 1_0j\n", "y = 0xff + 0b10 + 10.5e10 + 10j\n"},
		{"name_1 = '1_000'  # 2_000\n", "name_1 = '1_000'  # 2_000\n"},
		{"a_b = c_2 + _3\n", "a_b = c_2 + _3\n"},
		{"f(1_2, x_9)\n", "f(12, x_9)\n"},
	}
	for _, c := range cases {
		if got := Numbers(c.in); got != c.want {
			t.Errorf("Numbers(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	src := "plain = 1000\n"
	if got := Numbers(src); got != src {
		t.Errorf("unchanged source changed: %q", got)
	}
}

func TestNumbersStopAtTheLiteral(t *testing.T) {
	for in, want := range map[string]string{
		"print(1.5.is_integer(), 1_000)\n":      "print(1.5.is_integer(), 1000)\n",
		"x = 2.0.as_integer_ratio(); y = 1_0\n": "x = 2.0.as_integer_ratio(); y = 10\n",
		"z = 1_0.5_0e1_0j\n":                    "z = 10.50e10j\n",
	} {
		if got := Numbers(in); got != want {
			t.Errorf("Numbers(%q) = %q, want %q", in, got, want)
		}
	}
}
