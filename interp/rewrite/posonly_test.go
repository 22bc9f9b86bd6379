package rewrite

import (
	"reflect"
	"testing"
)

func TestPositionalOnly(t *testing.T) {
	cases := []struct {
		in, want string
		marks    []PosOnly
	}{
		{"def f(a, b, /, c):\n    pass\n", "def f(a, b,  c):\n    pass\n", []PosOnly{{1, 0, 2}}},
		{"def f(a, /):\n    pass\n", "def f(a):\n    pass\n", []PosOnly{{1, 0, 1}}},
		{"def f(a=1/2, /, *, k):\n    pass\n", "def f(a=1/2,  *, k):\n    pass\n", []PosOnly{{1, 0, 1}}},
		{"def f(\n    a,\n    /,\n    b,\n):\n    pass\n", "def f(\n    a,\n    \n    b,\n):\n    pass\n", []PosOnly{{1, 0, 1}}},
		{"x = [lambda: 1, lambda q, /: q]\n", "x = [lambda: 1, lambda q: q]\n", []PosOnly{{1, 1, 1}}},
		{"class C:\n    def m(self, v, /): pass\n", "class C:\n    def m(self, v): pass\n", []PosOnly{{2, 0, 2}}},
	}
	for _, c := range cases {
		got, marks := PositionalOnly(c.in)
		if got != c.want || !reflect.DeepEqual(marks, c.marks) {
			t.Errorf("PositionalOnly(%q)\n got %q %v\nwant %q %v", c.in, got, marks, c.want, c.marks)
		}
	}
	// Left for the parser: no parameter before "/", division, not a def.
	for _, src := range []string{"def f(/, a): pass\n", "x = a / b\n", "def f(a=x/y): pass\n", "f(a, /)\n"} {
		if got, marks := PositionalOnly(src); got != src || marks != nil {
			t.Errorf("PositionalOnly(%q) = %q %v, want it unchanged", src, got, marks)
		}
	}
}
