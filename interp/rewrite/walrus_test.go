package rewrite

import "testing"

func TestWalrus(t *testing.T) {
	const w = WalrusFunc
	cases := []struct{ in, want string }{
		{"if (m := f(x)):\n    pass\n", "if (" + w + "('m', f(x))):\n    pass\n"},
		{"if m := f(x):\n    pass\n", "if " + w + "('m', f(x)):\n    pass\n"},
		{"while chunk := read(10):\n    pass\n", "while " + w + "('chunk', read(10)):\n    pass\n"},
		{"[y for x in d if (y := g(x)) > 0]\n", "[y for x in d if (" + w + "('y', g(x))) > 0]\n"},
		{"[t := t + x for x in d]\n", "[" + w + "('t', t + x) for x in d]\n"},
		{"print(n := 1, n)\n", "print(" + w + "('n', 1), n)\n"},
		{"(a := (b := 1) + 1)\n", "(" + w + "('a', (" + w + "('b', 1)) + 1))\n"},
		{"(f := lambda: 0)\n", "(" + w + "('f', lambda: 0))\n"},
		{"(v := a if c else b)\n", "(" + w + "('v', a if c else b))\n"},
		{"(x := [\n    1,\n])\n", "(" + w + "('x', [\n    1,\n]))\n"},
		{"s[i := 2]\n", "s[" + w + "('i', 2)]\n"},
		{"(x := 1)  # x := 2\n", "(" + w + "('x', 1))  # x := 2\n"},
	}
	for _, c := range cases {
		if got := Walrus(c.in); got != c.want {
			t.Errorf("Walrus(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
	// Left for the parser to refuse, as CPython does, or not walrus at all.
	for _, src := range []string{
		"x := 1\n", "a = 1; x := 1\n", "(a.b := 1)\n", "(a[0] := 1)\n", "(if := 1)\n",
		"s = 'x := 1'\n", "f'{x:=3}'\n", "d = {a: 1}\n", "x = y\n",
	} {
		if got := Walrus(src); got != src {
			t.Errorf("Walrus(%q) changed it: %q", src, got)
		}
	}
}
