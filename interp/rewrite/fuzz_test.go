package rewrite

import (
	"strings"
	"testing"
)

// FuzzSource checks that Source never panics, keeps every line in place,
// leaves nothing to rewrite in its output and returns source with no star
// and no f-string unchanged.
func FuzzSource(f *testing.F) {
	for _, c := range sourceCases {
		f.Add(c.in)
	}
	for _, in := range unchangedCases {
		f.Add(in)
	}
	f.Add("f'{x:{y}}' f\"{d[\"k\"]!r:>{w}}\" [*a, {**b}, (*c,)]\n")
	f.Fuzz(func(t *testing.T, src string) {
		out, err := Source(src)
		if err != nil {
			return
		}
		if n, m := strings.Count(src, "\n"), strings.Count(out, "\n"); n != m {
			t.Fatalf("Source(%q) = %q: %d newlines, want %d", src, out, m, n)
		}
		if again, err := Source(out); err != nil || again != out {
			t.Fatalf("Source(%q) = %q, then %q, %v: want no second rewrite", src, out, again, err)
		}
		if !mayNeedRewrite(src) && out != src {
			t.Fatalf("Source(%q) = %q, want it unchanged", src, out)
		}
		if !strings.Contains(src, "*") && !strings.ContainsAny(src, "fF") && out != src {
			t.Fatalf("Source(%q) = %q, want it unchanged", src, out)
		}
	})
}

// FuzzWalrus checks that Walrus never panics, keeps every line in place,
// leaves no assignment expression it could rewrite and changes nothing in
// source without ":=".
func FuzzWalrus(f *testing.F) {
	for _, in := range []string{
		"if (m := f(x)):\n    pass\n", "[t := t + x for x in d]\n", "(a := (b := 1) + 1)\n",
		"while c := r(\n    1):\n    pass\n", "f'{(x := 1)}'\n", "x := 1\n", "(f := lambda: (g := 0))\n",
	} {
		f.Add(in)
	}
	f.Fuzz(func(t *testing.T, src string) {
		out := Walrus(src)
		if n, m := strings.Count(src, "\n"), strings.Count(out, "\n"); n != m {
			t.Fatalf("Walrus(%q) = %q: %d newlines, want %d", src, out, m, n)
		}
		if !strings.Contains(src, ":=") && out != src {
			t.Fatalf("Walrus(%q) = %q, want it unchanged", src, out)
		}
		if again := Walrus(out); again != out && strings.Count(again, WalrusFunc) > strings.Count(src, ":=")+strings.Count(src, WalrusFunc) {
			t.Fatalf("Walrus(%q) = %q, then %q: more calls than assignment expressions", src, out, again)
		}
	})
}

// FuzzMangle checks that Mangle never panics, keeps every line in place,
// mangles nothing twice and changes nothing in source with no class or no
// private name.
func FuzzMangle(f *testing.F) {
	for _, in := range []string{
		"class A:\n    def f(self):\n        self.__x = 1\n", "class A: __x = 1; y = __x\n",
		"class A:\n    class __B(__C, __k=1):\n        __y = 1\n    __z = 2\n",
		"class A:\n    import __m, a.__b as __c\n    from .__e import __f\n",
		"class A:\n    f(lambda x, __a=1: __a, __k=2)\n", "class __:\n    __x = 1\n",
		"class A:\n    (" + WalrusFunc + "('__n', 1))\n",
	} {
		f.Add(in)
	}
	f.Fuzz(func(t *testing.T, src string) {
		out, _ := Mangle(src)
		if n, m := strings.Count(src, "\n"), strings.Count(out, "\n"); n != m {
			t.Fatalf("Mangle(%q) = %q: %d newlines, want %d", src, out, m, n)
		}
		if (!strings.Contains(src, "class") || !hasPrivateName(src)) && out != src {
			t.Fatalf("Mangle(%q) = %q, want it unchanged", src, out)
		}
		if !strings.Contains(src, "__") && out != src {
			t.Fatalf("Mangle(%q) = %q, want it unchanged", src, out)
		}
		if again, _ := Mangle(out); again != out {
			t.Fatalf("Mangle(%q) = %q, then %q: want no second rewrite", src, out, again)
		}
	})
}
