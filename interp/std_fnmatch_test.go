package interp

import "testing"

func TestFnmatchCases(t *testing.T) { goldenCases(t, "fnmatch") }

// translate gives patterns spython's re accepts, with CPython's text
// where CPython's needs no atomic group.
func TestFnmatchTranslate(t *testing.T) {
	cases := []struct{ glob, want string }{
		{"*.txt", `(?s:.*\.txt)\Z`},
		{"a*b*c", `(?s:a.*b.*c)\Z`},
		{"*a*", `(?s:.*a.*)\Z`},
		{"[z-a]x", `(?s:[^\x00-\U0010ffff]x)\Z`},
		{"[!z-a]", `(?s:.)\Z`},
		{"[a-c-e]", `(?s:[a-c\-e])\Z`},
		{"[^x]", `(?s:[\^x])\Z`},
		{"[]]", `(?s:[\]])\Z`},
		{"[!]", `(?s:\[!\])\Z`},
	}
	for _, c := range cases {
		if got := globTranslate([]rune(c.glob)); got != c.want {
			t.Errorf("translate(%q) = %s, want %s", c.glob, got, c.want)
		}
		if _, err := translateRE([]rune(globTranslate([]rune(c.glob))), 0, false); err != nil {
			t.Errorf("translate(%q) does not compile: %v", c.glob, err)
		}
	}
}
