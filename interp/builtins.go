package interp

import (
	"github.com/go-python/gpython/py"
)

// setupBuiltins puts spython's versions of the builtins that load or
// compile code into this context's builtins module, and the exception
// types gpython lacks.
func (c *Context) setupBuiltins() {
	b := c.store.Builtins.Globals
	b["__import__"] = py.MustNewMethod("__import__", c.builtinImport, 0,
		"__import__(name, globals=None, locals=None, fromlist=(), level=0) -> module")
	b["compile"] = py.MustNewMethod("compile", c.builtinCompile, 0,
		"compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1) -> code object")
	b["ModuleNotFoundError"] = ModuleNotFoundError
	b["RecursionError"] = RecursionError
}

// builtinCompile replaces gpython's compile(), which calls the compiler
// directly and so would skip every guard on py.Compile.
func (c *Context) builtinCompile(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var source, filename, mode py.Object
	var flags, dontInherit, optimize py.Object = py.Int(0), py.False, py.Int(-1)
	err := py.ParseTupleAndKeywords(args, kwargs, "OOO|OOO:compile",
		[]string{"source", "filename", "mode", "flags", "dont_inherit", "optimize"},
		&source, &filename, &mode, &flags, &dontInherit, &optimize)
	if err != nil {
		return nil, err
	}
	var src string
	switch s := source.(type) {
	case py.String:
		src = string(s)
	case py.Bytes:
		src = string(s)
	default:
		return nil, py.ExceptionNewf(py.TypeError, "compile() arg 1 must be a string or bytes object")
	}
	name, ok := filename.(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "compile() arg 2 must be str, not %s", filename.Type().Name)
	}
	m, _ := mode.(py.String)
	switch py.CompileMode(m) {
	case py.ExecMode, py.EvalMode, py.SingleMode:
	default:
		return nil, py.ExceptionNewf(py.ValueError, "compile() mode must be 'exec', 'eval' or 'single'")
	}
	return c.compile(src, string(name), py.CompileMode(m))
}

// setupSys fixes the parts of sys that gpython v0.2.0 gets wrong for a
// launcher: sys.exit must raise SystemExit, and the recursion limit is
// spython's, which a script may lower but never raise above the limit it
// was started with.
func (c *Context) setupSys(sys *py.Module) {
	ceiling := c.limit
	sys.Globals["exit"] = py.MustNewMethod("exit", func(_ py.Object, args py.Tuple) (py.Object, error) {
		var code py.Object
		if err := py.UnpackTuple(args, nil, "exit", 0, 1, &code); err != nil {
			return nil, err
		}
		exc, err := py.ExceptionNew(py.SystemExit, args, nil)
		if err != nil {
			return nil, err
		}
		return nil, exc.(*py.Exception)
	}, 0, "exit([status])\n\nExit the interpreter by raising SystemExit(status).")
	sys.Globals["getrecursionlimit"] = py.MustNewMethod("getrecursionlimit", func(py.Object) (py.Object, error) {
		return py.Int(c.limit), nil
	}, 0, "getrecursionlimit()\n\nReturn the current maximum depth of the Python call stack.")
	sys.Globals["setrecursionlimit"] = py.MustNewMethod("setrecursionlimit", func(_ py.Object, arg py.Object) (py.Object, error) {
		n, ok := arg.(py.Int)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "an integer is required")
		}
		if n < 1 {
			return nil, py.ExceptionNewf(py.ValueError, "recursion limit must be greater or equal than 1")
		}
		if int(n) > ceiling {
			return nil, py.ExceptionNewf(py.ValueError, "recursion limit %d is above the limit of %d this script was started with", int(n), ceiling)
		}
		if depth := len(c.frames); int(n) <= depth {
			return nil, py.ExceptionNewf(RecursionError, "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low", int(n), depth)
		}
		c.limit = int(n)
		return py.None, nil
	}, 0, "setrecursionlimit(n)\n\nSet the maximum depth of the Python call stack to n. spython only lets a script lower it.")
}
