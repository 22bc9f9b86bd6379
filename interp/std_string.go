package interp

import (
	_ "embed"
	"unicode"

	"github.com/go-python/gpython/py"
)

// The string and textwrap modules. Both are pure computations and raise
// no audit event. textwrap's splitting of text into words is written in
// Go; the rest of both modules is Python (stdlib/string.py,
// stdlib/textwrap.py).

//go:embed stdlib/string.py
var stringSource string

//go:embed stdlib/textwrap.py
var textwrapSource string

func init() {
	registerStdlib("string", "Character-class constants, capwords, Template and Formatter.", setupString, stringSource)
	registerStdlib("textwrap", "Text wrapping and filling.", setupTextwrap, textwrapSource)
}

func setupString(c *Context, m *py.Module) error {
	const (
		lower       = "abcdefghijklmnopqrstuvwxyz"
		upper       = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
		digits      = "0123456789"
		punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
		whitespace  = " \t\n\r\x0b\x0c"
	)
	g := m.Globals
	g["ascii_lowercase"] = py.String(lower)
	g["ascii_uppercase"] = py.String(upper)
	g["ascii_letters"] = py.String(lower + upper)
	g["digits"] = py.String(digits)
	g["hexdigits"] = py.String(digits + "abcdefABCDEF")
	g["octdigits"] = py.String("01234567")
	g["punctuation"] = py.String(punctuation)
	g["whitespace"] = py.String(whitespace)
	g["printable"] = py.String(digits + lower + upper + punctuation + whitespace)
	return nil
}

func setupTextwrap(c *Context, m *py.Module) error {
	m.Globals["_split_words"] = py.MustNewMethod("_split_words", func(_ py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 2 {
			return nil, py.ExceptionNewf(py.TypeError, "_split_words() takes 2 arguments")
		}
		text, ok := unwrap(args[0]).(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "expected str, got %s", typeNameOf(args[0]))
		}
		hyphens, err := truth(args[1])
		if err != nil {
			return nil, err
		}
		chunks := wrapChunks([]rune(string(text)), hyphens)
		items := make([]py.Object, len(chunks))
		for i, ch := range chunks {
			items[i] = py.String(ch)
		}
		return py.NewListFromItems(items), nil
	}, 0, "Split text into the chunks TextWrapper fills lines with.")
	return nil
}

// The character classes of textwrap's word splitting.
func wrapSpace(r rune) bool {
	switch r {
	case '\t', '\n', '\x0b', '\x0c', '\r', ' ':
		return true
	}
	return false
}

func wordChar(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsNumber(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)
}

func wrapLetter(r rune) bool { return wordChar(r) && !unicode.IsDigit(r) }

func wordPunct(r rune) bool {
	switch r {
	case '!', '"', '\'', '&', '.', ',', '?':
		return true
	}
	return wordChar(r)
}

// wrapChunks splits s into runs of whitespace and words. With hyphens,
// a word also ends after a hyphen between letters ("long-|term") and
// before or after a dash of two or more hyphens ("word|--|word").
func wrapChunks(s []rune, hyphens bool) []string {
	at := func(i int) rune {
		if i < 0 || i >= len(s) {
			return -1
		}
		return s[i]
	}
	// dashes reports whether at i there are two or more hyphens followed
	// by a word character.
	dashes := func(i int) (int, bool) {
		j := i
		for j < len(s) && s[j] == '-' {
			j++
		}
		return j - i, j-i >= 2 && j < len(s) && wordChar(s[j])
	}
	var out []string
	i := 0
	for i < len(s) {
		end := i
		switch {
		case wrapSpace(s[i]):
			for end < len(s) && wrapSpace(s[end]) {
				end++
			}
		case !hyphens:
			for end < len(s) && !wrapSpace(s[end]) {
				end++
			}
		default:
			if n, ok := dashes(i); ok && i > 0 && wordPunct(s[i-1]) {
				end = i + n
				break
			}
			for p := i + 1; ; p++ {
				if p >= len(s) || wrapSpace(s[p]) {
					end = p
					break
				}
				if s[p] == '-' {
					behind := wrapLetter(at(p-2)) && wrapLetter(at(p-1)) ||
						wrapLetter(at(p-3)) && at(p-2) == '-' && wrapLetter(at(p-1))
					ahead := wrapLetter(at(p+1)) && (wrapLetter(at(p+2)) || at(p+2) == '-' && wrapLetter(at(p+3)))
					if behind && ahead {
						end = p + 1
						break
					}
				}
				if _, ok := dashes(p); ok && wordPunct(s[p-1]) {
					end = p
					break
				}
			}
		}
		out = append(out, string(s[i:end]))
		i = end
	}
	return out
}
