package interp

import (
	"fmt"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/go-python/gpython/py"
	"golang.org/x/text/unicode/bidi"
	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/unicode/runenames"
	"golang.org/x/text/width"
)

// The unicodedata module, on the Unicode tables of golang.org/x/text and
// Go's unicode package: names both ways, categories, normalisation,
// combining classes, decimal digits, widths and bidirectional classes. No
// audit events.

func init() {
	registerStdlib("unicodedata", unicodedataDoc, setupUnicodedata, "")
}

const unicodedataDoc = `The properties of Unicode characters: name() and lookup(), category(),
normalize(), combining(), decimal(), digit(), numeric(), east_asian_width()
and bidirectional(), from the Unicode ` + runenames.UnicodeVersion + ` tables.`

func setupUnicodedata(_ *Context, m *py.Module) error {
	g := m.Globals
	g["unidata_version"] = py.String(runenames.UnicodeVersion)
	def := func(name, doc string, fn func(args py.Tuple) (py.Object, error)) {
		g[name] = py.MustNewMethod(name, func(_ py.Object, args py.Tuple) (py.Object, error) { return fn(args) }, 0, doc)
	}
	// property defines a function of one character.
	property := func(name, doc string, fn func(r rune) py.Object) {
		def(name, doc, func(args py.Tuple) (py.Object, error) {
			r, err := charArg(name, args, 1, 1)
			if err != nil {
				return nil, err
			}
			return fn(r), nil
		})
	}
	def("lookup", "lookup(name, /)\n\nThe character with the given name (any case); KeyError if there is none.", func(args py.Tuple) (py.Object, error) {
		var name py.Object
		if err := py.UnpackTuple(args, nil, "lookup", 1, 1, &name); err != nil {
			return nil, err
		}
		s, ok := name.(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "lookup() argument must be str, not %s", name.Type().Name)
		}
		r, ok := lookupRuneName(string(s))
		if !ok {
			return nil, py.ExceptionNewf(py.KeyError, "undefined character name '%s'", string(s))
		}
		return py.String(string(r)), nil
	})
	def("name", "name(chr, default=<unset>, /)\n\nThe name of a character; ValueError, or default, if it has none.", func(args py.Tuple) (py.Object, error) {
		r, err := charArg("name", args, 1, 2)
		if err != nil {
			return nil, err
		}
		if n := runeName(r); n != "" {
			return py.String(n), nil
		}
		if len(args) == 2 {
			return args[1], nil
		}
		return nil, py.ExceptionNewf(py.ValueError, "no such name")
	})
	property("category", "category(chr, /)\n\nThe general category of a character, such as 'Lu' or 'Nd'.", func(r rune) py.Object { return py.String(runeCategory(r)) })
	property("combining", "combining(chr, /)\n\nThe canonical combining class of a character, 0 if it has none.", func(r rune) py.Object { return py.Int(norm.NFD.PropertiesString(string(r)).CCC()) })
	numeric := func(name, fail string, kind int) func(args py.Tuple) (py.Object, error) {
		return func(args py.Tuple) (py.Object, error) {
			r, err := charArg(name, args, 1, 2)
			if err != nil {
				return nil, err
			}
			v, ok := decimalValue(r)
			if !ok && kind >= digitKind {
				v, ok = otherDigits[r]
			}
			if ok && kind == numericKind {
				return py.Float(v), nil
			}
			if ok {
				return py.Int(v), nil
			}
			if f, ok := fractions[r]; ok && kind == numericKind {
				return py.Float(f), nil
			}
			if len(args) == 2 {
				return args[1], nil
			}
			return nil, py.ExceptionNewf(py.ValueError, "%s", fail)
		}
	}
	def("decimal", "decimal(chr, default=<unset>, /)\n\nThe value of a decimal digit character.", numeric("decimal", "not a decimal", decimalKind))
	def("digit", "digit(chr, default=<unset>, /)\n\nThe value of a digit character: a decimal digit, or a superscript,\nsubscript or circled one.", numeric("digit", "not a digit", digitKind))
	def("numeric", "numeric(chr, default=<unset>, /)\n\nThe numeric value of a character, as a float: digits and the common\nvulgar fractions.", numeric("numeric", "not a numeric character", numericKind))
	property("east_asian_width", "east_asian_width(chr, /)\n\nThe East Asian width class: 'F', 'H', 'W', 'Na', 'A' or 'N'.", func(r rune) py.Object { return py.String(eastAsianWidth(r)) })
	property("bidirectional", "bidirectional(chr, /)\n\nThe bidirectional class of a character, such as 'L', 'R' or 'EN'.", func(r rune) py.Object { return py.String(bidiClass(r)) })
	forms := map[string]norm.Form{"NFC": norm.NFC, "NFD": norm.NFD, "NFKC": norm.NFKC, "NFKD": norm.NFKD}
	formArgs := func(name string, args py.Tuple) (norm.Form, string, error) {
		var form, s py.Object
		if err := py.UnpackTuple(args, nil, name, 2, 2, &form, &s); err != nil {
			return 0, "", err
		}
		f, ok1 := form.(py.String)
		text, ok2 := s.(py.String)
		if !ok1 || !ok2 {
			return 0, "", py.ExceptionNewf(py.TypeError, "%s() arguments must be str", name)
		}
		nf, ok := forms[string(f)]
		if !ok {
			return 0, "", py.ExceptionNewf(py.ValueError, "invalid normalization form")
		}
		return nf, string(text), nil
	}
	def("normalize", "normalize(form, unistr, /)\n\nThe string in normal form 'NFC', 'NFD', 'NFKC' or 'NFKD'.", func(args py.Tuple) (py.Object, error) {
		f, s, err := formArgs("normalize", args)
		if err != nil {
			return nil, err
		}
		return py.String(f.String(s)), nil
	})
	def("is_normalized", "is_normalized(form, unistr, /)\n\nWhether the string is in the normal form already.", func(args py.Tuple) (py.Object, error) {
		f, s, err := formArgs("is_normalized", args)
		if err != nil {
			return nil, err
		}
		return py.NewBool(f.IsNormalString(s)), nil
	})
	return nil
}

// charArg is the one-character str argument of fn.
func charArg(fn string, args py.Tuple, min, max int) (rune, error) {
	if len(args) < min || len(args) > max {
		return 0, py.ExceptionNewf(py.TypeError, "%s expected at most %d arguments, got %d", fn, max, len(args))
	}
	which := "argument"
	if max > 1 {
		which = "argument 1"
	}
	s, ok := args[0].(py.String)
	if !ok {
		return 0, py.ExceptionNewf(py.TypeError, "%s() %s must be a unicode character, not %s", fn, which, args[0].Type().Name)
	}
	runes := []rune(string(s))
	if len(runes) != 1 {
		return 0, py.ExceptionNewf(py.TypeError, "%s() %s must be a unicode character, not str", fn, which)
	}
	return runes[0], nil
}

// Hangul syllables are named from their jamo: the short names of the
// leading consonants, vowels and trailing consonants (Unicode's Jamo.txt).
var (
	jamoL = []string{"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"}
	jamoV = []string{"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"}
	jamoT = []string{"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"}
)

const hangulBase, hangulCount = 0xAC00, 19 * 21 * 28

// runeName is the character's name, "" when it has none.
func runeName(r rune) string {
	if r >= hangulBase && r < hangulBase+hangulCount {
		i := int(r - hangulBase)
		return "HANGUL SYLLABLE " + jamoL[i/(21*28)] + jamoV[i%(21*28)/28] + jamoT[i%28]
	}
	n := runenames.Name(r)
	switch {
	case n == "<CJK Ideograph>", n == "<CJK Ideograph Extension A>", strings.HasPrefix(n, "<CJK Ideograph"):
		return fmt.Sprintf("CJK UNIFIED IDEOGRAPH-%04X", r)
	case strings.HasPrefix(n, "<"):
		return ""
	}
	return n
}

// runeNames maps every name to its character; built on first use (about
// 25 ms).
var runeNames = sync.OnceValue(func() map[string]rune {
	m := make(map[string]rune, 40000)
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if n := runenames.Name(r); n != "" && n[0] != '<' {
			m[n] = r
		}
	}
	return m
})

// lookupRuneName finds the character named name, in any case.
func lookupRuneName(name string) (rune, bool) {
	name = strings.ToUpper(name)
	if hex, ok := strings.CutPrefix(name, "CJK UNIFIED IDEOGRAPH-"); ok {
		if v, err := strconv.ParseUint(hex, 16, 32); err == nil && (len(hex) == 4 || len(hex) == 5) {
			if r := rune(v); runeName(r) == name {
				return r, true
			}
		}
		return 0, false
	}
	if syllable, ok := strings.CutPrefix(name, "HANGUL SYLLABLE "); ok {
		for i := 0; i < hangulCount; i++ {
			if jamoL[i/(21*28)]+jamoV[i%(21*28)/28]+jamoT[i%28] == syllable {
				return rune(hangulBase + i), true
			}
		}
		return 0, false
	}
	r, ok := runeNames()[name]
	return r, ok
}

// runeCategory is the two-letter general category; Cn when unassigned.
func runeCategory(r rune) string {
	for name, table := range unicode.Categories {
		if len(name) == 2 && name != "LC" && unicode.Is(table, r) {
			return name
		}
	}
	return "Cn"
}

// decimalValue is the value of a decimal digit (category Nd). Decimal
// digits come in runs of ten from zero, so the value is the distance from
// the start of the run, modulo ten.
func decimalValue(r rune) (int, bool) {
	if !unicode.Is(unicode.Nd, r) {
		return 0, false
	}
	start := r
	for start > 0 && unicode.Is(unicode.Nd, start-1) {
		start--
	}
	return int(r-start) % 10, true
}

// What decimal(), digit() and numeric() accept.
const (
	decimalKind = iota
	digitKind
	numericKind
)

// otherDigits are the digits that are not decimal digits: superscripts,
// subscripts and the circled, parenthesised and dotted digits.
var otherDigits = func() map[rune]int {
	m := map[rune]int{0xB9: 1, 0xB2: 2, 0xB3: 3, 0x2070: 0}
	for d := 4; d <= 9; d++ {
		m[rune(0x2070+d)] = d // superscript
	}
	for d := 0; d <= 9; d++ {
		m[rune(0x2080+d)] = d // subscript
	}
	for _, first := range []rune{0x2460, 0x2474, 0x2488, 0x2776, 0x2780, 0x278A} {
		for d := 1; d <= 9; d++ {
			m[first+rune(d-1)] = d // circled, parenthesised, with a full stop
		}
	}
	return m
}()

// fractions are the vulgar fractions numeric() knows.
var fractions = map[rune]float64{
	0xBC: 0.25, 0xBD: 0.5, 0xBE: 0.75, 0x2150: 1.0 / 7, 0x2151: 1.0 / 9, 0x2152: 0.1,
	0x2153: 1.0 / 3, 0x2154: 2.0 / 3, 0x2155: 0.2, 0x2156: 0.4, 0x2157: 0.6, 0x2158: 0.8,
	0x2159: 1.0 / 6, 0x215A: 5.0 / 6, 0x215B: 0.125, 0x215C: 0.375, 0x215D: 0.625, 0x215E: 0.875,
}

func eastAsianWidth(r rune) string {
	switch width.LookupRune(r).Kind() {
	case width.EastAsianAmbiguous:
		return "A"
	case width.EastAsianWide:
		return "W"
	case width.EastAsianNarrow:
		return "Na"
	case width.EastAsianFullwidth:
		return "F"
	case width.EastAsianHalfwidth:
		return "H"
	}
	return "N"
}

var bidiClassNames = map[bidi.Class]string{
	bidi.L: "L", bidi.R: "R", bidi.EN: "EN", bidi.ES: "ES", bidi.ET: "ET", bidi.AN: "AN",
	bidi.CS: "CS", bidi.B: "B", bidi.S: "S", bidi.WS: "WS", bidi.ON: "ON", bidi.BN: "BN",
	bidi.NSM: "NSM", bidi.AL: "AL", bidi.LRO: "LRO", bidi.RLO: "RLO", bidi.LRE: "LRE",
	bidi.RLE: "RLE", bidi.PDF: "PDF", bidi.LRI: "LRI", bidi.RLI: "RLI", bidi.FSI: "FSI", bidi.PDI: "PDI",
}

func bidiClass(r rune) string {
	p, _ := bidi.LookupRune(r)
	if n, ok := bidiClassNames[p.Class()]; ok {
		return n
	}
	return ""
}
