package interp

import (
	_ "embed"

	"github.com/go-python/gpython/py"
)

// copy, contextlib, types, warnings and pprint are written in Python;
// none of them raises an audit event of its own (contextlib.chdir goes
// through os.chdir, which does).

//go:embed stdlib/copy.py
var copySource string

//go:embed stdlib/contextlib.py
var contextlibSource string

//go:embed stdlib/types.py
var typesSource string

//go:embed stdlib/warnings.py
var warningsSource string

//go:embed stdlib/pprint.py
var pprintSource string

// warningsFile is the file name of the warnings module's own frames.
const warningsFile = "<spython>/warnings.py"

func init() {
	registerStdlib("copy", "Shallow and deep copy operations.", nil, copySource)
	registerStdlib("contextlib", "Utilities for with-statement contexts.", nil, contextlibSource)
	registerStdlib("types", "Names for built-in types.", nil, typesSource)
	registerStdlib("warnings", "Issue warnings and decide, through filters, which are shown.", func(c *Context, m *py.Module) error {
		m.Globals["_caller"] = c.method("_caller", c.warningsCaller,
			"_caller(stacklevel) -> (filename, lineno, globals) or None\n\nThe frame warn() reports for stacklevel.")
		m.Globals["_source_line"] = c.method("_source_line", c.warningsSourceLine,
			"_source_line(filename, lineno) -> str\n\nA line of a file this interpreter compiled, or ''.")
		return nil
	}, warningsSource)
	registerStdlib("pprint", "Pretty-printing of data structures.", nil, pprintSource)
	// types.MethodType(func, obj) and types.ModuleType(name, doc=None)
	// make a bound method and an empty module, as in CPython.
	py.BoundMethodType.New = newBoundMethod
	py.ModuleType.New = newModuleObject
}

// newBoundMethod is method(function, instance).
func newBoundMethod(_ *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "method() takes no keyword arguments")
	}
	if len(args) != 2 {
		return nil, py.ExceptionNewf(py.TypeError, "method expected 2 arguments, got %d", len(args))
	}
	fn, self := args[0], args[1]
	if !isCallable(fn) {
		return nil, py.ExceptionNewf(py.TypeError, "first argument must be callable")
	}
	if self == py.None {
		return nil, py.ExceptionNewf(py.TypeError, "instance must not be None")
	}
	return py.NewBoundMethod(self, fn), nil
}

// newModuleObject is module(name, doc=None): a module of no file that
// no import knows of.
func newModuleObject(_ *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var name py.Object
	var doc py.Object = py.None
	if err := py.ParseTupleAndKeywords(args, kwargs, "O|O:module", []string{"name", "doc"}, &name, &doc); err != nil {
		return nil, err
	}
	s, ok := name.(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "module() argument 'name' must be str, not %s", name.Type().Name)
	}
	return &py.Module{
		ModuleImpl: &py.ModuleImpl{Info: py.ModuleInfo{Name: string(s)}},
		Globals: py.StringDict{
			"__name__": s, "__doc__": doc, "__package__": py.None,
			"__loader__": py.None, "__spec__": py.None,
		},
	}, nil
}

// warningsCaller finds the frame a warning is attributed to: the caller
// of warn() for stacklevel 1, its caller for 2, and so on. None when the
// stack is not that deep.
func (c *Context) warningsCaller(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var level py.Object = py.Int(1)
	if err := py.UnpackTuple(args, kwargs, "_caller", 0, 1, &level); err != nil {
		return nil, err
	}
	n, ok := level.(py.Int)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", level.Type().Name)
	}
	// The innermost frame is warn()'s own; it calls no Python function
	// before asking.
	i := len(c.frames) - 1
	if i >= 0 && c.frames[i].Code.Filename == warningsFile {
		i--
	}
	if n > 1 {
		i -= int(n) - 1
	}
	if i < 0 {
		return py.None, nil
	}
	f := c.frames[i]
	line := f.Code.Addr2Line(f.Lasti)
	if f.Lasti > 0 {
		line = f.Code.Addr2Line(f.Lasti - 1)
	}
	return py.Tuple{py.String(f.Code.Filename), py.Int(line), f.Globals}, nil
}

// warningsSourceLine is line n of a file this context compiled, for the
// second line of a warning; the file is never read again.
func (c *Context) warningsSourceLine(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var file, line py.Object
	if err := py.UnpackTuple(args, kwargs, "_source_line", 2, 2, &file, &line); err != nil {
		return nil, err
	}
	name, ok := file.(py.String)
	n, ok2 := line.(py.Int)
	if !ok || !ok2 {
		return py.String(""), nil
	}
	return py.String(c.sourceLine(string(name), int(n))), nil
}
