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
