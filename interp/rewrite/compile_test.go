package rewrite

import (
	"github.com/go-python/gpython/compile"
	"github.com/go-python/gpython/py"
)

// compileCheck compiles src with gpython, as spython will.
func compileCheck(src string) (py.Object, error) {
	return compile.Compile(src, "<test>", py.ExecMode, 0, true)
}
