package rewrite

import "testing"

func TestAnnotations(t *testing.T) {
	cases := []struct{ in, want string }{
		{"x: int = 5\n", "x = 5; __spython_annotate__('x', (int))\n"},
		{"x: int\n", "__spython_annotate__('x', (int))\n"},
		{"names: list[str] = []\n", "names = []; __spython_annotate__('names', (list[str]))\n"},
		{"class P:\n    x: int\n    y: float = 0.0\n", "class P:\n    __spython_annotate__('x', (int))\n    y = 0.0; __spython_annotate__('y', (float))\n"},
		{"def f():\n    x: int = 1\n    y: str\n    return x\n", "def f():\n    x = 1\n    pass\n    return x\n"},
		{"def f():\n    class C:\n        a: int = 1\n    return C\n", "def f():\n    class C:\n        a = 1; __spython_annotate__('a', (int))\n    return C\n"},
		{"self.x: int = 5\n", "self.x = 5\n"},
		{"d['k']: int = 1\n", "d['k'] = 1\n"},
		{"a = 1; b: int = 2\n", "a = 1; b = 2; __spython_annotate__('b', (int))\n"},
		{"x: dict = {\n    'a': 1,\n}\n", "x = {\n    'a': 1,\n}; __spython_annotate__('x', (dict))\n"},
		{"def g(): x: int = 1; return x\n", "def g(): x = 1; return x\n"},
		{"class P: x: int = 0\n", "class P: x = 0; __spython_annotate__('x', (int))\n"},
		{"if d[k:v]: y: str = 'a'\n", "if d[k:v]: y = 'a'; __spython_annotate__('y', (str))\n"},
	}
	for _, c := range cases {
		if got := Annotations(c.in); got != c.want {
			t.Errorf("Annotations(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
	for _, src := range []string{
		"if x: pass\n", "for a in b: pass\n", "d = {1: 2}\n", "f = lambda: 0\n",
		"try:\n    pass\nexcept E: pass\n", "def f(a: int) -> int:\n    return a\n",
		"class C: pass\n", "x[1:2] = y\n", "with open(p) as f: pass\n", "else: pass\n",
	} {
		if got := Annotations(src); got != src {
			t.Errorf("Annotations(%q) changed it: %q", src, got)
		}
	}
}

// Under `from __future__ import annotations` every annotation is kept as
// its source text: in assignments, parameters and return values.
func TestPostponedAnnotations(t *testing.T) {
	const future = "from __future__ import annotations\n"
	cases := []struct{ in, want string }{
		{"x: Node = None\n", "x = None; __spython_annotate__('x', ('Node'))\n"},
		{"def f(a: int, b: list[Node] = [], *c: str, d: 'N' = 1, **e: Any) -> Node | None:\n    pass\n",
			"def f(a: 'int', b: 'list[Node]' = [], *c: 'str', d: '\\'N\\'' = 1, **e: 'Any') -> 'Node | None':\n    pass\n"},
		{"def g(key=lambda x: x, m={1: 2}) -> dict[str,\n        int]:\n    pass\n",
			"def g(key=lambda x: x, m={1: 2}) -> 'dict[str, int]'\n:\n    pass\n"},
		{"class C:\n    def m(self, other: C) -> C: pass\n", "class C:\n    def m(self, other: 'C') -> 'C': pass\n"},
	}
	for _, c := range cases {
		got := PostponedAnnotations(Annotations(future + c.in))
		if want := future + c.want; got != want {
			t.Errorf("%q\n got %q\nwant %q", c.in, got, want)
		}
	}
	// Without the future import nothing changes.
	src := "def f(a: int) -> int:\n    return a\n"
	if got := PostponedAnnotations(src); got != src {
		t.Errorf("PostponedAnnotations changed source without the future import: %q", got)
	}
	for _, src := range []string{
		"from __future__ import (division,\n    annotations)\n", "from __future__ import division, annotations\n",
	} {
		if !futureAnnotations(src) {
			t.Errorf("futureAnnotations(%q) = false", src)
		}
	}
	if futureAnnotations("import __future__\nx = '__future__ annotations'\n") {
		t.Error("futureAnnotations took a mention for the import")
	}
}
