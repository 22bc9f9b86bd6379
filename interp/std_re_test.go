package interp

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/dlclark/regexp2/v2"
)

// goldenCases runs the expressions of testdata/stdlib/MODULE/cases.txt
// under spython and compares each result with the line CPython 3.13 gave
// for it in cases.golden (testdata/stdlib/re/regen.py writes that file,
// with the helpers of testdata/stdlib/re/prelude.py).
func goldenCases(t *testing.T, module string) {
	t.Helper()
	dir := filepath.Join("..", "testdata", "stdlib")
	prelude, err := os.ReadFile(filepath.Join(dir, "re", "prelude.py"))
	if err != nil {
		t.Fatal(err)
	}
	cases, err := os.ReadFile(filepath.Join(dir, module, "cases.txt"))
	if err != nil {
		t.Fatal(err)
	}
	golden, err := os.ReadFile(filepath.Join(dir, module, "cases.golden"))
	if err != nil {
		t.Fatal(err)
	}
	var exprs []string
	for _, line := range strings.Split(string(cases), "\n") {
		if strings.TrimSpace(line) != "" && !strings.HasPrefix(line, "#") {
			exprs = append(exprs, line)
		}
	}
	want := strings.Split(strings.TrimSuffix(string(golden), "\n"), "\n")
	if len(want) != len(exprs) {
		t.Fatalf("%d cases but %d golden lines: run regen.py", len(exprs), len(want))
	}
	got := runExprCases(t, string(prelude), exprs)
	for i, e := range exprs {
		if got[i] != want[i] {
			t.Errorf("%s\n got %s\nwant %s", e, got[i], want[i])
		}
	}
}

func TestReCases(t *testing.T) { goldenCases(t, "re") }

// The scripts of testdata/stdlib/re (backtrack*.py: the patterns that run
// on regexp2), compared with CPython's output.
func TestReScripts(t *testing.T) { runGolden(t, "re") }

// What spython refuses where CPython goes on: each construct is named,
// with its position. Backreferences, lookaround, conditional and atomic
// groups and possessive repeats run on the backtracking engine instead.
func TestReUnsupported(t *testing.T) {
	cases := []struct{ expr, want string }{
		{`re.compile(r'(a)\1').search('xaa').span()`, `(1, 3)`},
		{`re.compile('(?<=a)b').pattern`, `'(?<=a)b'`},
		{`re.compile('a{1001}')`, `!! re.PatternError: spython's re does not support repeat counts above 1000 ({1001}) at position 1`},
		{`re.compile(r'\N{DIGIT ONE}')`, `!! re.PatternError: spython's re does not support named Unicode escapes (\N{...}) at position 0`},
		{`(lambda e: (e.msg, e.pos, e.pattern))(run_err(r'x(a)b{1001}'))`, `("spython's re does not support repeat counts above 1000 ({1001})", 5, 'x(a)b{1001}')`},
		{`re.compile(r'(a)\1{1001}').match('a' * 1002).span()`, `(0, 1002)`},
		{`re.compile('a{1000}').search('a' * 1000).span()`, `(0, 1000)`},
	}
	prelude := "import re\n" + builtinsPrelude + `
def run_err(p):
    try:
        re.compile(p)
    except re.error as e:
        return e
`
	exprs := make([]string, len(cases))
	for i, c := range cases {
		exprs[i] = c.expr
	}
	got := runExprCases(t, prelude, exprs)
	for i, c := range cases {
		if got[i] != c.want {
			t.Errorf("%s\n got %s\nwant %s", c.expr, got[i], c.want)
		}
	}
}

// The translation of patterns to RE2, checked directly.
func TestReTranslate(t *testing.T) {
	cases := []struct {
		pattern string
		flags   int
		isBytes bool
		want    string
	}{
		{`abc`, 0, false, `abc`},
		{`a.c`, 0, false, `a[^\n]c`},
		{`a.c`, reDotAll, false, `a(?s:.)c`},
		{`^a$`, 0, false, `\Aa(\n?\z)`},
		{`^a$`, reMultiline, false, `(?m:^)a(?m:$)`},
		{`(?P<n>a)|b`, 0, false, `(?:(a)|b)`},
		{`\d+`, 0, true, `[[:digit:]]+`},
		{`\d+`, reASCII, false, `[[:digit:]]+`},
		{`\d+`, 0, false, `[\p{Nd}]+`},
		{`a{,3}?`, 0, false, `a{0,3}?`},
		{`(?i)a`, 0, false, `(?i)a`},
		{`(?i:a)b`, 0, false, `(?:(?i)a)b`},
		{"a b # c", reVerbose, false, `ab`},
		{`[^a-c.]`, 0, false, `[^\x{61}-\x{63}\x{2e}]`},
		// For the backtracking engine, in .NET syntax.
		{`(?P<n>a)(b)(?P=n)\2$`, 0, false, `(a)(b)\k<1>\k<2>(?=\n?\z)`},
		{`(?<=\d)x(?!y)`, 0, true, `(?<=[0-9])x(?!y)`},
		{`(a)?(?(1)b|c)a*+`, 0, false, `(a)?(?(1)b|c)(?>a*)`},
		{`(?i)(a)\1`, reASCII, false, `([a\x{41}-\x{41}])(?i:\k<1>)`},
		{`(?>a)\Z`, 0, false, `(?>a)\z`},
	}
	for _, c := range cases {
		prog, err := translateRE([]rune(c.pattern), c.flags, c.isBytes)
		if err != nil {
			t.Errorf("%q: %v", c.pattern, err)
			continue
		}
		if prog.re2 != c.want {
			t.Errorf("%q: got %s, want %s", c.pattern, prog.re2, c.want)
		}
		if bt := strings.Contains(c.want, `\k<`) || strings.Contains(c.want, `(?<`) || strings.Contains(c.want, `(?>`); prog.backtrack != bt {
			t.Errorf("%q: backtrack %v", c.pattern, prog.backtrack)
		}
	}
}

// A script using re, compared with CPython's output.
func TestReScript(t *testing.T) {
	g, err := runFiles(t, map[string]string{"main.py": `
import re
LOG = """2024-01-02 10:00:01 INFO  api: GET /users 200 12ms
2024-01-02 10:00:02 ERROR db: timeout after 3000ms
2024-01-02 10:00:03 WARN  api: GET /orders 404 3ms
"""
line_re = re.compile(r"^(?P<date>\S+) (?P<time>\S+) (?P<level>[A-Z]+)\s+(?P<src>\w+): (?P<msg>.*)$", re.M)
out = []
for m in line_re.finditer(LOG):
    out.append("%s|%s|%s" % (m["level"], m.group("src"), m.start("msg")))
out.append(repr(re.findall(r"(\d+)ms", LOG)))
out.append(re.sub(r"\d{4}-(\d\d)-(\d\d)", r"\2/\1", LOG.splitlines()[0]))
RESULT = "\n".join(out)
`})
	if err != nil {
		t.Fatal(err)
	}
	want := "INFO|api|31\nERROR|db|81\nWARN|api|133\n['12', '3000', '3']\n02/01 10:00:01 INFO  api: GET /users 200 12ms"
	if got := global(t, g, "RESULT"); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// Whatever the pattern, the translation either refuses it with a pattern
// error or gives RE2 syntax, or .NET syntax for regexp2, that compiles.
func FuzzReTranslate(f *testing.F) {
	for _, s := range []string{`(a)\1(?<=a)(?(1)b)(?>c)d*+`, `a+b*`, `(?P<x>a)|[^\w\s]`, `(?i:a)(?x) b # c`, `\d{2,}?$`, `[a-\x7f]`, `(?ms)^.$`, `\b\B\A\Z`, `a{,3}`, `[]-]`, `(?a)[\W\S\D]`} {
		f.Add(s, 0, false)
		f.Add(s, reIgnoreCase, true)
	}
	f.Fuzz(func(t *testing.T, pattern string, flags int, isBytes bool) {
		flags &= reIgnoreCase | reMultiline | reDotAll | reVerbose | reASCII
		prog, err := translateRE([]rune(pattern), flags, isBytes)
		if err != nil {
			if e, ok := err.(*reSyntaxError); !ok || e == errBacktrack {
				t.Fatalf("%q: %T %v", pattern, err, err)
			}
			return
		}
		if prog.backtrack {
			if _, err := regexp2.Compile(prog.re2, regexp2.None); err != nil {
				t.Fatalf("%q gave %s: %v", pattern, prog.re2, err)
			}
			return
		}
		if _, err := regexp.Compile(prog.re2); err != nil && !strings.Contains(err.Error(), "too large") && !strings.Contains(err.Error(), "nesting depth") {
			t.Fatalf("%q gave %s: %v", pattern, prog.re2, err)
		}
	})
}

// \W and \S inside classes are complements computed from Unicode tables:
// check them against the definitions rune by rune.
func TestReUnicodeComplements(t *testing.T) {
	unicodeComplements.once.Do(buildComplements)
	for _, c := range []struct {
		items string
		in    func(rune) bool
	}{
		{unicodeComplements.notWord, func(r rune) bool { return r != '_' && !unicode.IsLetter(r) && !unicode.IsNumber(r) }},
		{unicodeComplements.notSpace, func(r rune) bool {
			return !((r >= '\t' && r <= '\r') || (r >= 0x1c && r <= 0x20) || r == 0x85 || unicode.In(r, unicode.Z))
		}},
	} {
		re := regexp.MustCompile("^[" + c.items + "]$")
		for r := rune(0); r <= unicode.MaxRune; r += 7 {
			if r >= 0xd800 && r < 0xe000 {
				continue
			}
			if got := re.MatchString(string(r)); got != c.in(r) {
				t.Fatalf("%U: in class %v, want %v", r, got, c.in(r))
			}
		}
	}
}
