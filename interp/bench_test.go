package interp

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/go-python/gpython/py"

	"github.com/spython/spython/hooks"
)

// BenchmarkAuditEvent is the cost of one event (open, three arguments)
// raised from Go through the chain with no Python hook installed, as the
// interpreter raises it at an operation: converting the arguments and
// calling every Go hook.
func BenchmarkAuditEvent(b *testing.B) {
	noop := hooks.HookFunc(func(*hooks.Event) error { return nil })
	for _, n := range []int{0, 1, 10} {
		chain := make([]hooks.Hook, n)
		for i := range chain {
			chain[i] = noop
		}
		c, err := NewContext(Config{Script: "bench.py", Hooks: hooks.NewChain(chain...)}, nil)
		if err != nil {
			b.Fatal(err)
		}
		path, mode, flags := py.String("/srv/app/data.txt"), py.String("r"), py.Int(0x80000)
		b.Run(map[int]string{0: "gohooks=0", 1: "gohooks=1", 10: "gohooks=10"}[n], func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := c.audit(hooks.Open, path, mode, flags); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkAuditEventArgsRead is one event through a hook that reads every
// argument as a Go value, as an audit logger does.
func BenchmarkAuditEventArgsRead(b *testing.B) {
	reader := hooks.HookFunc(func(e *hooks.Event) error { _ = e.Args(); return nil })
	c, err := NewContext(Config{Script: "bench.py", Hooks: hooks.NewChain(reader)}, nil)
	if err != nil {
		b.Fatal(err)
	}
	path, mode, flags := py.String("/srv/app/data.txt"), py.String("r"), py.Int(0x80000)
	b.ReportAllocs()
	for b.Loop() {
		if err := c.audit(hooks.Open, path, mode, flags); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAuditEventPythonHook is the same event with one no-op Python
// hook added by sys.addaudithook, the case CPython's figure is for.
func BenchmarkAuditEventPythonHook(b *testing.B) {
	c, err := NewContext(Config{Script: "bench.py", Hooks: hooks.NewChain(hooks.HookFunc(func(*hooks.Event) error { return nil }))}, nil)
	if err != nil {
		b.Fatal(err)
	}
	code, err := c.compile("import sys\nsys.addaudithook(lambda e, a: None)\n", "bench.py", py.ExecMode)
	if err != nil {
		b.Fatal(err)
	}
	globals := py.NewStringDict()
	if _, err := c.RunCode(code, globals, globals, nil); err != nil {
		b.Fatal(err)
	}
	path, mode, flags := py.String("/srv/app/data.txt"), py.String("r"), py.Int(0x80000)
	b.ReportAllocs()
	for b.Loop() {
		if err := c.audit(hooks.Open, path, mode, flags); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLanguage runs the programs of bench/lang in-process, without
// process start-up, for profiling the evaluation loop and the object
// model: go test -bench Language -cpuprofile cpu.out ./interp/
func BenchmarkLanguage(b *testing.B) {
	for _, name := range []string{"fib", "strings", "dicts"} {
		b.Run(name, func(b *testing.B) {
			script, err := filepath.Abs(filepath.Join("..", "bench", "lang", name+".py"))
			if err != nil {
				b.Fatal(err)
			}
			devnull, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
			if err != nil {
				b.Fatal(err)
			}
			defer devnull.Close()
			stdout := os.Stdout
			os.Stdout = devnull
			defer func() { os.Stdout = stdout }()
			for b.Loop() {
				c, err := NewContext(Config{Script: script}, []string{filepath.Dir(script)})
				if err != nil {
					b.Fatal(err)
				}
				if err := c.runMain(Config{Script: script}, script); err != nil {
					b.Fatal(err)
				}
				c.Close()
			}
		})
	}
}
