package manifest

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// FuzzParse: Parse never panics; what it accepts it writes back to bytes
// that parse to an equal manifest, and writes those bytes again exactly;
// what it refuses, it refuses with problems on lines that exist.
func FuzzParse(f *testing.F) {
	hx := strings.Repeat("0123456789abcdef", 4)
	for _, s := range []string{
		"",
		hx + "  /a.py\n",
		hx + " */a b.py\n" + hx + "  /c.py\n",
		`\` + hx + `  /x\ny\\z\r.py` + "\n",
		hx + `  /raw\back.py` + "\n",
		`\` + hx + `  /bad\t` + "\n",
		hx + " /one-space.py\n",
		hx + "  rel.py\n",
		hx + "  /a/../b.py\n",
		hx + "  /a.py\n" + hx + "  /a.py\n",
		hx + "  /a.py\r\n",
		hx + "  /a.py",
		"\n\n",
		strings.ToUpper(hx) + "  /a.py\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Parse("M", data)
		if err != nil {
			var es Errors
			if !errors.As(err, &es) || len(es) == 0 {
				t.Fatalf("error %T %v is not Errors", err, err)
			}
			lines := bytes.Count(data, []byte{'\n'})
			if len(data) > 0 && data[len(data)-1] != '\n' {
				lines++
			}
			for _, e := range es {
				if e.Line < 1 || e.Line > lines || e.Name != "M" || e.Msg == "" {
					t.Fatalf("problem %q of %d lines", e, lines)
				}
			}
			if m != nil {
				t.Fatal("a manifest with the error")
			}
			return
		}
		out := m.Bytes()
		back, err := Parse("M", out)
		if err != nil {
			t.Fatalf("%q parsed, but not as written again, %q: %v", data, out, err)
		}
		if diff := cmp.Diff(m.Entries(), back.Entries()); diff != "" {
			t.Fatalf("%q: (-first +again):\n%s", data, diff)
		}
		if !bytes.Equal(back.Bytes(), out) {
			t.Fatalf("written differently twice: %q, %q", out, back.Bytes())
		}
		for _, e := range m.Entries() {
			if sum, ok := m.Hash(e.Path); !ok || sum != e.Sum {
				t.Fatalf("Hash(%q) = %x, %v", e.Path, sum, ok)
			}
		}
	})
}
