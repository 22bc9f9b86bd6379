package rewrite

import (
	"reflect"
	"testing"
)

func TestMangle(t *testing.T) {
	cases := []struct{ in, want string }{
		{"class A:\n    def f(self):\n        self.__x = 1\n",
			"class A:\n    def f(self):\n        self._A__x = 1\n"},
		{"class A: __x = 1; y = __x\nz = __x\n",
			"class A: _A__x = 1; y = _A__x\nz = __x\n"},
		{"class __A__B:\n    __y = [__i for __i in range(2)]\n",
			"class __A__B:\n    _A__B__y = [_A__B__i for _A__B__i in range(2)]\n"},
		{"class A:\n    def __m(self, __p=__d, *__a, __k=1, **__kw): pass\n",
			"class A:\n    def _A__m(self, _A__p=_A__d, *_A__a, _A__k=1, **_A__kw): pass\n"},
		{"class A:\n    f(__k=1, x=__v, y=(__w), z=lambda __a=1: __a)\n",
			"class A:\n    f(__k=1, x=_A__v, y=(_A__w), z=lambda _A__a=1: _A__a)\n"},
		{"class A:\n    f(lambda x, __a=1: __a, __k=2)\n",
			"class A:\n    f(lambda x, _A__a=1: _A__a, __k=2)\n"},
		{"class A:\n    class __B(__Base, __k=1):\n        __y = 1\n    __z = 2\n__w = 3\n",
			"class A:\n    class _A__B(_A__Base, __k=1):\n        _B__y = 1\n    _A__z = 2\n__w = 3\n"},
		{"class _:\n    __x = 1\nclass __:\n    __x = 1\n",
			"class _:\n    __x = 1\nclass __:\n    __x = 1\n"},
		{"class _A:\n    __x = 1\n",
			"class _A:\n    _A__x = 1\n"},
		{"class A:\n    import __m, a.__b, __c as __d\n    from __e import __f as __g\n    from a.__h import __i\n    from .__j import k\n",
			"class A:\n    import _A__m, a.__b, _A__c as _A__d\n    from _A__e import _A__f as _A__g\n    from a.__h import _A__i\n    from ._A__j import k\n"},
		{"class A:\n    global __g; nonlocal __n\n    del __x\n    for __i in x: pass\n",
			"class A:\n    global _A__g; nonlocal _A__n\n    del _A__x\n    for _A__i in x: pass\n"},
		{"class A:\n    try: pass\n    except E as __e: raise X from __e\n",
			"class A:\n    try: pass\n    except E as _A__e: raise X from _A__e\n"},
		{"class A:\n    s = '__x' + \"__y\" + getattr(self, '__z')  # __c\n",
			"class A:\n    s = '__x' + \"__y\" + getattr(self, '__z')  # __c\n"},
		{"class A:\n    x = (1 +\n  __y)\n    __z = 2\n",
			"class A:\n    x = (1 +\n  _A__y)\n    _A__z = 2\n"},
		{"class A:\n    def f(self):\n        return " + WalrusFunc + "('__n', 1), __spython_annotate__('__m', (__T)), __spython_fstring__('__a=', ((self.__a), 'r', ''))\n",
			"class A:\n    def f(self):\n        return " + WalrusFunc + "('_A__n', 1), __spython_annotate__('_A__m', (_A__T)), __spython_fstring__('__a=', ((self._A__a), 'r', ''))\n"},
		{"@dec(__k=__v)\nclass A:\n    @dec(__k=__v)\n    def f(self): return A.__x.__y__\n",
			"@dec(__k=__v)\nclass A:\n    @dec(__k=_A__v)\n    def f(self): return A._A__x.__y__\n"},
		{"if x:\n    class A:\n        __a = 1\n    __b = 2\n",
			"if x:\n    class A:\n        _A__a = 1\n    __b = 2\n"},
		{"class A:\n    x = f(__a == 1, __b <= 2)\n",
			"class A:\n    x = f(_A__a == 1, _A__b <= 2)\n"},
	}
	for _, c := range cases {
		if got, _ := Mangle(c.in); got != c.want {
			t.Errorf("Mangle(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
	// Nothing private in a class body.
	for _, src := range []string{
		"__x = 1\ndef f(__a):\n    return __a\n",
		"class A:\n    def __init__(self):\n        self.__dict__ = {}\n",
		"class A:\n    x = 1\n__y = A\n",
		"class A:\n    from __future__ import annotations\n",
		"class A:\n    a__b = _x__ + x__y\n",
		"class A:\n    s = f'{__x}'\n",
		"class A(:\n    __x = 1\n",
		"def f():\n    return __x\n",
	} {
		if got, defs := Mangle(src); got != src || defs != nil {
			t.Errorf("Mangle(%q) changed it: %q %v", src, got, defs)
		}
	}
}

func TestMangleDefs(t *testing.T) {
	src := "class A:\n    def __m(self): pass\n    class __B:\n        def __n(self): __v = lambda: 0\n"
	_, defs := Mangle(src)
	want := map[string]string{"_A__m": "__m", "_A__B": "__B", "_B__n": "__n"}
	if !reflect.DeepEqual(defs, want) {
		t.Errorf("Mangle(%q) defs = %v, want %v", src, defs, want)
	}
}
