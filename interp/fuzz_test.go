package interp

import (
	"testing"
	"time"

	"github.com/go-python/gpython/py"
)

// FuzzCompile feeds arbitrary source to the compiler as spython guards it.
// Whatever the input, compiling must return code or an error, never
// panic and never overflow the stack.
func FuzzCompile(f *testing.F) {
	for _, seed := range []string{
		"x = 1\n", "def f(a, *b, **c):\n    return [i for i in a if i]\n",
		"class C(object):\n    def m(self): yield from self\n", "((((((1))))))", "not not not x",
		"try:\n  pass\nexcept E as e:\n  raise\nfinally:\n  pass\n", "lambda: (yield)", "@d\ndef f(): pass\n",
		"x = '\\x00'\n", "if 1:\n\tpass\n  pass\n", "a[1:2, ::3] = b\n", "import a.b as c\nfrom . import d\n",
	} {
		f.Add(seed)
	}
	installGlobalHooks()
	f.Fuzz(func(t *testing.T, src string) {
		done := make(chan struct{})
		go func() {
			defer close(done)
			for _, mode := range []py.CompileMode{py.ExecMode, py.EvalMode, py.SingleMode} {
				_, _ = py.Compile(src, "<fuzz>", mode, 0, true)
			}
		}()
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			t.Fatalf("compiling %q did not finish in 5s", src)
		}
	})
}

// FuzzFormat: str.format must return a string or an exception for any
// template and specification, never panic.
func FuzzFormat(f *testing.F) {
	for _, seed := range []string{"{}", "{0:>{1}}", "{x[0].y!r:^10.3}", "{:,.2f}", "{{}}", "{:=+#010x}", "{0.}", "{[", "{:", "{0[}"} {
		f.Add(seed)
	}
	installGlobalHooks()
	f.Fuzz(func(t *testing.T, tmpl string) {
		args := py.Tuple{py.Int(-42), py.String("héllo"), py.Float(2.5), py.NewListFromStrings([]string{"a"})}
		kwargs := py.StringDict{"x": py.NewListFromStrings([]string{"b"}), "w": py.Int(5)}
		_, _ = formatString(tmpl, args, kwargs)
	})
}
