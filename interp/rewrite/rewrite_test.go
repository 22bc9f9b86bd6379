package rewrite

import (
	"errors"
	"strings"
	"testing"
	"unsafe"
)

// sourceCase is one rewrite: in becomes want. invalid marks input that
// Python rejects too, so its output need not compile.
type sourceCase struct {
	in, want string
	invalid  bool
}

var sourceCases = []sourceCase{
	{"f\"a{x!r:>{w}}b{{\"\n",
		"__spython_fstring__('a', ((x), 'r', __spython_fstring__('>', ((w), '', ''))), 'b{')\n", false},
	{"F'{x}'\n",
		"__spython_fstring__(((x), '', ''))\n", false},
	{"rf'\\d{x}\\n'\n",
		"__spython_fstring__('\\\\d', ((x), '', ''), '\\\\n')\n", false},
	{"Rf'{x}'\n",
		"__spython_fstring__(((x), '', ''))\n", false},
	{"FR'''a{x}b'''\n",
		"__spython_fstring__('a', ((x), '', ''), 'b')\n", false},
	{"f\"{d['k']}\"\n",
		"__spython_fstring__(((d['k']), '', ''))\n", false},
	{"f'{d[\"k\"]}'\n",
		"__spython_fstring__(((d[\"k\"]), '', ''))\n", false},
	{"f\"{d[\"k\"]}\"\n",
		"__spython_fstring__(((d[\"k\"]), '', ''))\n", false},
	{"f\"{x!s} {y!a}\"\n",
		"__spython_fstring__(((x), 's', ''), ' ', ((y), 'a', ''))\n", false},
	{"f\"{x = }\"\n",
		"__spython_fstring__('x = ', ((x ), 'r', ''))\n", false},
	{"f\"{x=!s}\"\n",
		"__spython_fstring__('x=', ((x), 's', ''))\n", false},
	{"f\"{x = :>10}\"\n",
		"__spython_fstring__('x = ', ((x ), '', '>10'))\n", false},
	{"f\"{x=:}\"\n",
		"__spython_fstring__('x=', ((x), '', ''))\n", false},
	{"f\"{d['a:b']}\"\n",
		"__spython_fstring__(((d['a:b']), '', ''))\n", false},
	{"f\"{x[1:2]}\"\n",
		"__spython_fstring__(((x[1:2]), '', ''))\n", false},
	{"f\"{(lambda y: y)(1)}\"\n",
		"__spython_fstring__((((lambda y: y)(1)), '', ''))\n", false},
	{"f\"{a != b}\"\n",
		"__spython_fstring__(((a != b), '', ''))\n", false},
	{"f\"{a!r}\"\n",
		"__spython_fstring__(((a), 'r', ''))\n", false},
	{"f\"{a == b} {a <= b} {a >= b}\"\n",
		"__spython_fstring__(((a == b), '', ''), ' ', ((a <= b), '', ''), ' ', ((a >= b), '', ''))\n", false},
	{"f\"{x:{'>'}{w}}\"\n",
		"__spython_fstring__(((x), '', __spython_fstring__((('>'), '', ''), ((w), '', ''))))\n", false},
	{"\"a\" f\"{x}\" 'b'\n",
		"__spython_fstring__(\"a\", ((x), '', ''), 'b')\n", false},
	{"(\"a\"  # note\n f\"{x}\")\n",
		"(__spython_fstring__(\"a\",  # note\n ((x), '', '')))\n", false},
	{"b\"a\" b\"b\"\n",
		"b\"a\" b\"b\"\n", false},
	{"f\"\\N{EM DASH}{x}\"\n",
		"__spython_fstring__('\\N{EM DASH}', ((x), '', ''))\n", false},
	{"f\"\\{x}\"\n",
		"__spython_fstring__('\\\\', ((x), '', ''))\n", false},
	{"f'it\\'s {x}'\n",
		"__spython_fstring__('it\\'s ', ((x), '', ''))\n", false},
	{"f'''it's {x}'''\n",
		"__spython_fstring__('it\\'s ', ((x), '', ''))\n", false},
	{"f'''{x}'''''\n",
		"__spython_fstring__(((x), '', ''),'')\n", false},
	{"f\"{x:%H:%M}\"\n",
		"__spython_fstring__(((x), '', '%H:%M'))\n", false},
	{"f\"{ {'a': 1}['a'] }\"\n",
		"__spython_fstring__((( {'a': 1}['a'] ), '', ''))\n", false},
	{"f\"{'{'}\"\n",
		"__spython_fstring__((('{'), '', ''))\n", false},
	{"f\"{f'{x}'}\"\n",
		"__spython_fstring__(((__spython_fstring__(((x), '', ''))), '', ''))\n", false},
	{"f\"{f\"{x}\"}\"\n",
		"__spython_fstring__(((__spython_fstring__(((x), '', ''))), '', ''))\n", false},
	{"f\"{3.14:.1f}\"\n",
		"__spython_fstring__(((3.14), '', '.1f'))\n", false},
	{"f\"{x!r:^{w}.{p}}\"\n",
		"__spython_fstring__(((x), 'r', __spython_fstring__('^', ((w), '', ''), '.', ((p), '', ''))))\n", false},
	{"f\"\"\n",
		"__spython_fstring__()\n", false},
	{"f\"\" \"a\"\n",
		"__spython_fstring__( \"a\")\n", false},
	{"f\"{*a,}\"\n",
		"__spython_fstring__(((__spython_tuple__((a))), '', ''))\n", false},
	{"f\"{[*a, *b]}\"\n",
		"__spython_fstring__(((__spython_list__((a), (b))), '', ''))\n", false},
	{"x = f\"\"\"\na {x\n} b\n\"\"\"\n",
		"x = __spython_fstring__('''\na ''', ((x\n), '', ''), ''' b\n''')\n", false},
	{"print(f'{x}', end='')\n",
		"print(__spython_fstring__(((x), '', '')), end='')\n", false},
	{"[*a, b, *c]\n",
		"__spython_list__((a), [b], (c))\n", false},
	{"[*a]\n",
		"__spython_list__((a))\n", false},
	{"[*a, *b]\n",
		"__spython_list__((a), (b))\n", false},
	{"(*a, b)\n",
		"__spython_tuple__((a), [b])\n", false},
	{"(*a,)\n",
		"__spython_tuple__((a))\n", false},
	{"(*a)\n",
		"(*a)\n", true},
	{"{*a, b}\n",
		"__spython_set__((a), [b])\n", false},
	{"{*a, *b, c}\n",
		"__spython_set__((a), (b), [c])\n", false},
	{"{**a, 'k': v, **b}\n",
		"__spython_dict__((a), {'k': v}, (b))\n", false},
	{"{**a}\n",
		"__spython_dict__((a))\n", false},
	{"{'k': v, **a}\n",
		"__spython_dict__({'k': v}, (a))\n", false},
	{"x = *a, b\n",
		"x = __spython_tuple__((a), [b])\n", false},
	{"x = *a,\n",
		"x = __spython_tuple__((a))\n", false},
	{"for x in *a, b: pass\n",
		"for x in __spython_tuple__((a), [b]): pass\n", false},
	{"f(*a, *b, x, k=1, **c, **d)\n",
		"f(*__spython_tuple__((a), (b), [x]), k=1, **__spython_kwargs__((c), (d)))\n", false},
	{"f(*a)\n",
		"f(*a)\n", false},
	{"f(a, *b, k=1, **c)\n",
		"f(a, *b, k=1, **c)\n", false},
	{"print(*a, sep='')\n",
		"print(*a, sep='')\n", false},
	{"f(*a, b)\n",
		"f(*__spython_tuple__((a), [b]))\n", false},
	{"f(*a, k=1, *b)\n",
		"f(*__spython_tuple__((a), (b)), k=1)\n", false},
	{"f(k=1, *a, *b)\n",
		"f(*__spython_tuple__((a), (b)), k=1)\n", false},
	{"f(**a, **b)\n",
		"f(**__spython_kwargs__((a), (b)))\n", false},
	{"f(**a, k=1)\n",
		"f(**__spython_kwargs__((a), {'k': 1}))\n", false},
	{"f(*a,)\n",
		"f(*a)\n", false},
	{"f(**a,)\n",
		"f(**a)\n", false},
	{"f(x, *a, k=1, **b, )\n",
		"f(x, *a, k=1, **b )\n", false},
	{"obj.meth(*a, *b)\n",
		"obj.meth(*__spython_tuple__((a), (b)))\n", false},
	{"f(a)(*b, *c)\n",
		"f(a)(*__spython_tuple__((b), (c)))\n", false},
	{"class C(*a, *b): pass\n",
		"class C(*__spython_tuple__((a), (b))): pass\n", false},
	{"class C(A, *b, metaclass=M): pass\n",
		"class C(A, *b, metaclass=M): pass\n", false},
	{"def f(*a, **k): pass\n",
		"def f(*a, **k): pass\n", false},
	{"def f(a, *, b): pass\n",
		"def f(a, *, b): pass\n", false},
	{"def f(a=[*x, *y], *args): pass\n",
		"def f(a=__spython_list__((x), (y)), *args): pass\n", false},
	{"lambda *a, **k: 0\n",
		"lambda *a, **k: 0\n", false},
	{"lambda: [*a, *b]\n",
		"lambda: __spython_list__((a), (b))\n", false},
	{"f = lambda x=1: (*x, 1)\n",
		"f = lambda x=1: __spython_tuple__((x), [1])\n", false},
	{"*a, b = c\n",
		"*a, b = c\n", false},
	{"[a, *b] = c\n",
		"[a, *b] = c\n", false},
	{"(a, *b) = c\n",
		"(a, *b) = c\n", false},
	{"a, *b = *c, d\n",
		"a, *b = __spython_tuple__((c), [d])\n", false},
	{"for *a, b in c: pass\n",
		"for *a, b in c: pass\n", false},
	{"for [a, *b] in c: pass\n",
		"for [a, *b] in c: pass\n", false},
	{"[x for *a, b in y]\n",
		"[x for *a, b in y]\n", false},
	{"[*x for x in y]\n",
		"[*x for x in y]\n", true},
	{"with f() as (a, *b): pass\n",
		"with f() as (a, *b): pass\n", false},
	{"a[f(*x, *y)] = 1\n",
		"a[f(*__spython_tuple__((x), (y)))] = 1\n", false},
	{"x = a * b ** c\n",
		"x = a * b ** c\n", false},
	{"x = a*(*b, c)\n",
		"x = a*__spython_tuple__((b), [c])\n", false},
	{"from m import *\n",
		"from m import *\n", false},
	{"x = '*a, *b'\n",
		"x = '*a, *b'\n", false},
	{"# f(*a, *b)\n",
		"# f(*a, *b)\n", false},
	{"f(*a, **b, **c)\n",
		"f(*a, **__spython_kwargs__((b), (c)))\n", false},
	{"f(k=1, a)\n",
		"f(k=1, a)\n", false},
	{"f(**k, *a)\n",
		"f(**k, *a)\n", true},
	{"f(a for a in b)\n",
		"f(a for a in b)\n", false},
	{"f(*(x for x in y), *z)\n",
		"f(*__spython_tuple__(((x for x in y)), (z)))\n", false},
	{"if x: y = [*a, *b]\n",
		"if x: y = __spython_list__((a), (b))\n", false},
	{"x = 1; y = [*a, *b]\n",
		"x = 1; y = __spython_list__((a), (b))\n", false},
	{"d = {**a, **{'x': f\"{y}\"}}\n",
		"d = __spython_dict__((a), ({'x': __spython_fstring__(((y), '', ''))}))\n", false},
	{"f(*a,\n  *b,  # comment\n  x)\n",
		"f(*__spython_tuple__((a),\n  (b),  # comment\n  [x]))\n", false},
	{"f(k=1,\n  *a,\n  *b)\n",
		"f(*__spython_tuple__((a),\n  (b)),\n  k=1)\n", false},
	{"print(f\"{x!r}\", *a, *b, sep=f\"{s}\")\n",
		"print(__spython_fstring__(((x), 'r', '')), *__spython_tuple__((a), (b)), sep=__spython_fstring__(((s), '', '')))\n", false},
	{"x = [\n    *a,\n    b,\n]\n",
		"x = __spython_list__(\n    (a),\n    [b]\n)\n", false},
	{"assert [*a], f\"{x}\"\n",
		"assert __spython_list__((a)), __spython_fstring__(((x), '', ''))\n", false},
	{"del x[f\"{k}\"]\n",
		"del x[__spython_fstring__(((k), '', ''))]\n", false},
	{"x += [*a, *b]\n",
		"x += __spython_list__((a), (b))\n", false},
	{`rf'a\"b{x}'` + "\n",
		`__spython_fstring__('a\\"b', ((x), '', ''))` + "\n", false},
	{"f'{x:{y:{z}}}'\n",
		"__spython_fstring__(((x), '', __spython_fstring__(((y), '', __spython_fstring__(((z), '', ''))))))\n", false},
	{"f'''{1+2 = # note\n  }'''\n",
		"__spython_fstring__('1+2 = \\n  ', ((1+2 ), 'r', ''\n))\n", false},
	{"f'''{x!r\n}'''\n",
		"__spython_fstring__(((x), 'r', ''\n))\n", false},
	{"f'''{'#' # note\n  = }'''\n",
		"__spython_fstring__('\\'\\n  = ', (('#' # note\n  ), 'r', ''))\n", false},
	{"f\"{'#'=}\"\n",
		"__spython_fstring__('\\'', (('#'), 'r', ''))\n", false},
	{"match [*a, *b]:\n    case [*x, y]: pass\n    case (*x,): pass\n",
		"match __spython_list__((a), (b)):\n    case [*x, y]: pass\n    case (*x,): pass\n", true},
	{"match = [*a, *b]\ncase(*a, *b)\n",
		"match = __spython_list__((a), (b))\ncase(*__spython_tuple__((a), (b)))\n", false},
	{"def g():\n    return *a, b\n",
		"def g():\n    return __spython_tuple__((a), [b])\n", false},
	{"def g():\n    yield *a, b\n",
		"def g():\n    yield __spython_tuple__((a), [b])\n", false},
	{"@deco(*a, *b)\ndef g(): pass\n",
		"@deco(*__spython_tuple__((a), (b)))\ndef g(): pass\n", false},
}

// TestSource checks each rewrite, that gpython compiles its output and that
// no line moved.
func TestSource(t *testing.T) {
	for _, c := range sourceCases {
		got, err := Source(c.in)
		if err != nil {
			t.Errorf("Source(%q): %v", c.in, err)
			continue
		}
		if got != c.want {
			t.Errorf("Source(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
		if n, m := strings.Count(c.in, "\n"), strings.Count(got, "\n"); n != m {
			t.Errorf("Source(%q): %d newlines, want %d", c.in, m, n)
		}
		if _, err := compileCheck(got); (err != nil) != c.invalid {
			t.Errorf("gpython compiling %q (from %q): %v", got, c.in, err)
		}
	}
}

// TestSourceIdempotent checks that rewritten source needs no more rewriting.
func TestSourceIdempotent(t *testing.T) {
	for _, c := range sourceCases {
		if c.invalid {
			continue
		}
		again, err := Source(c.want)
		if err != nil || again != c.want {
			t.Errorf("Source(%q) = %q, %v; want it unchanged", c.want, again, err)
		}
	}
}

// unchangedCases need no rewriting.
var unchangedCases = []string{
	"",
	"x = 1\n",
	"def f(*args, **kwargs):\n    return g(*args, **kwargs)\n",
	"print(*a, sep='')\n",
	"f(a, *b, k=1, **c)\n",
	"f(k=1, *a)\n",
	"x = a * b ** c\n",
	"x = [a * b, c ** d]\n",
	"from os import *\n",
	"*a, b = c\n",
	"for (a, *b) in c: pass\n",
	"lambda *a, **k: (a, k)\n",
	`s = 'f"{x}"' + "f'{y}'"` + "\n",
	"# f'{x}' [*a]\n",
	"x = b'{x}'\n",
	"x = 'if' 'f' 'g'\n",
	"elif_ = 1\n",
	"x = (*a)\n",
	"f(**k, *a)\n",
	"f(k=1, a, *b, *c)\n",
	"x = [1, 2\n",
	"(*a, *b\n",
	"f(*a, *b))\n",
	"x = [*a, *b)\n",
	"x = [*a, f'{x}'\n",
	"s = 'unterminated\n",
	"x = $ * y\n",
	"x = [*]\n",
	"x = *\n",
	"def f(a, *, b): pass\n",
}

// TestUnchanged checks that source needing no rewrite comes back as the
// same string.
func TestUnchanged(t *testing.T) {
	for _, in := range unchangedCases {
		got, err := Source(in)
		if err != nil || got != in {
			t.Errorf("Source(%q) = %q, %v; want it unchanged", in, got, err)
		}
		if len(in) > 0 && unsafe.StringData(got) != unsafe.StringData(in) {
			t.Errorf("Source(%q) returned a copy", in)
		}
	}
}

// TestErrors checks the SyntaxError of malformed f-strings against CPython
// 3.13's message and position.
func TestErrors(t *testing.T) {
	for _, c := range []struct {
		in        string
		line, col int
		msg       string
	}{
		{`f"{"`, 1, 4, "f-string: expecting '}'"},
		{`f"}"`, 1, 3, "f-string: single '}' is not allowed"},
		{`f"a}b"`, 1, 4, "f-string: single '}' is not allowed"},
		{`f"{x}}"`, 1, 6, "f-string: single '}' is not allowed"},
		{`f"{}"`, 1, 4, "f-string: valid expression required before '}'"},
		{`f"{ }"`, 1, 5, "f-string: valid expression required before '}'"},
		{`f"{!r}"`, 1, 4, "f-string: valid expression required before '!'"},
		{`f"{:x}"`, 1, 4, "f-string: valid expression required before ':'"},
		{`f"{=}"`, 1, 4, "f-string: valid expression required before '='"},
		{"x = 1\ny = f\"  {x!r:{}}\"", 2, 15, "f-string: valid expression required before '}'"},
		{"f\"\"\"{\n}\"\"\"", 2, 1, "f-string: valid expression required before '}'"},
		{`f"{x!}"`, 1, 6, "f-string: missing conversion character"},
		{`f"{x=!}"`, 1, 7, "f-string: missing conversion character"},
		{`f"{x}" "b" f"{x!}"`, 1, 17, "f-string: missing conversion character"},
		{"é = f'{x!}'", 1, 10, "f-string: missing conversion character"},
		{`f"{x!z}"`, 1, 6, "f-string: invalid conversion character 'z': expected 's', 'r', or 'a'"},
		{`f"{x!rr}"`, 1, 6, "f-string: invalid conversion character 'rr': expected 's', 'r', or 'a'"},
		{`f"{x! r}"`, 1, 5, "f-string: conversion type must come right after the exclamanation mark"},
		{`f"{x!r=}"`, 1, 7, "f-string: expecting ':' or '}'"},
		{`f"{x"`, 1, 5, "f-string: expecting '}'"},
		{`f"{x!r"`, 1, 6, "f-string: expecting '}'"},
		{`f"{x:a{{b}"`, 1, 11, "f-string: expecting '}'"},
		{`f"{x:{y}"`, 1, 9, "f-string: expecting '}', or format specs"},
		{`f"{x:"`, 1, 6, "f-string: expecting '}', or format specs"},
		{"f'{x:a\nb}'", 2, 1, "f-string: expecting '}', or format specs"},
		{`f"{lambda x: 1}"`, 1, 4, "f-string: lambda expressions are not allowed without parentheses"},
		{`f"{x)}"`, 1, 5, "f-string: unmatched ')'"},
		{`f"{(x}"`, 1, 6, "closing parenthesis '}' does not match opening parenthesis '('"},
		{`f"{x:{y:{z:{w}}}}"`, 1, 11, "f-string: expressions nested too deeply"},
		{`f"abc`, 1, 1, "unterminated f-string literal (detected at line 1)"},
		{"f\"abc\n", 1, 1, "unterminated f-string literal (detected at line 1)"},
		{"x = (f\"a\n)", 1, 6, "unterminated f-string literal (detected at line 1)"},
		{"f'''abc\n", 1, 1, "unterminated triple-quoted f-string literal (detected at line 1)"},
		{"f'''abc\nxyz", 1, 1, "unterminated triple-quoted f-string literal (detected at line 2)"},
		{`f'{f"{}"}'`, 1, 7, "f-string: valid expression required before '}'"},
		{`x = [*a, f'{}']`, 1, 13, "f-string: valid expression required before '}'"},
	} {
		_, err := Source(c.in)
		var se *SyntaxError
		if !errors.As(err, &se) {
			t.Errorf("Source(%q): error %v, want a *SyntaxError", c.in, err)
			continue
		}
		if se.Line != c.line || se.Col != c.col || se.Msg != c.msg {
			t.Errorf("Source(%q): %d:%d %q, want %d:%d %q", c.in, se.Line, se.Col, se.Msg, c.line, c.col, c.msg)
		}
	}
}

// TestSyntaxErrorText checks the error's text.
func TestSyntaxErrorText(t *testing.T) {
	err := &SyntaxError{Line: 2, Col: 5, Msg: "f-string: expecting '}'"}
	if got, want := err.Error(), "line 2, column 5: f-string: expecting '}'"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
}

func TestDecoratorExpressions(t *testing.T) {
	const d = DecoratorFunc
	cases := []struct{ in, want string }{
		{"@buttons[0].clicked\ndef f(): pass\n", "@" + d + "(buttons[0].clicked)\ndef f(): pass\n"},
		{"@(lambda f: f)\ndef f(): pass\n", "@" + d + "((lambda f: f))\ndef f(): pass\n"},
		{"@a.b(1)(2)\ndef f(): pass\n", "@" + d + "(a.b(1)(2))\ndef f(): pass\n"},
		{"@x if c else y\nclass C: pass\n", "@" + d + "(x if c else y)\nclass C: pass\n"},
	}
	for _, c := range cases {
		if got, err := Source(c.in); err != nil || got != c.want {
			t.Errorf("Source(%q)\n got %q, %v\nwant %q", c.in, got, err, c.want)
		}
	}
	for _, src := range []string{"@deco\ndef f(): pass\n", "@a.b.c\ndef f(): pass\n", "@app.route('/x', methods=['GET'])\ndef f(): pass\n", "x = a @ b\n"} {
		if got, err := Source(src); err != nil || got != src {
			t.Errorf("Source(%q) = %q, %v: want it unchanged", src, got, err)
		}
	}
}

func TestNamedEscapes(t *testing.T) {
	names := map[string]rune{"BULLET": 0x2022, "GRINNING FACE": 0x1F600}
	lookup := func(n string) (rune, bool) { r, ok := names[n]; return r, ok }
	cases := []struct{ in, want string }{
		{`x = "\N{BULLET} a"` + "\n", `x = "\u2022 a"` + "\n"},
		{`x = f'{y}\N{GRINNING FACE}'` + "\n", `x = f'{y}\U0001f600'` + "\n"},
		{`x = "\\N{BULLET}"` + "\n", `x = "\\N{BULLET}"` + "\n"},
		{`x = r"\N{BULLET}" + b"\N{BULLET}"` + "\n", `x = r"\N{BULLET}" + b"\N{BULLET}"` + "\n"},
	}
	for _, c := range cases {
		if got, err := NamedEscapes(c.in, lookup); err != nil || got != c.want {
			t.Errorf("NamedEscapes(%q)\n got %q, %v\nwant %q", c.in, got, err, c.want)
		}
	}
	_, err := NamedEscapes("\n"+`x = "ab\N{NOPE}"`, lookup)
	if se, ok := err.(*SyntaxError); !ok || se.Line != 2 || !strings.Contains(se.Msg, "position 2-9: unknown Unicode character name") {
		t.Errorf("unknown name: err = %v", err)
	}
}
