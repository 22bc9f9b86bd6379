package interp

import (
	"bufio"
	"os"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/spython/spython/hooks"
)

// setupBuiltins puts spython's versions of the builtins that load, compile
// or run code, open files or read input into this context's builtins, and
// adds the exception types gpython lacks.
func (c *Context) setupBuiltins(b py.StringDict) {
	b["__import__"] = c.method("__import__", c.builtinImport,
		"__import__(name, globals=None, locals=None, fromlist=(), level=0) -> module")
	b["compile"] = c.method("compile", c.builtinCompile,
		"compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1) -> code object")
	b["exec"] = c.method("exec", func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return c.execOrEval("exec", args, kwargs, py.ExecMode)
	}, "exec(source, globals=None, locals=None)\n\nExecute source (a string or a code object) in the given namespaces.")
	b["eval"] = c.method("eval", func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return c.execOrEval("eval", args, kwargs, py.EvalMode)
	}, "eval(source, globals=None, locals=None)\n\nEvaluate source (a string or a code object) in the given namespaces.")
	c.audited(b, "open", func(args py.Tuple, kwargs py.StringDict) []py.Object {
		mode := "r"
		if m, ok := firstArgs(args, 2)[1].(py.String); ok {
			mode = string(m)
		} else if m, ok := kwargs["mode"].(py.String); ok {
			mode = string(m)
		}
		file := firstArg(args)
		if f, ok := kwargs["file"]; ok {
			file = f
		}
		return []py.Object{file, py.String(normaliseMode(mode)), py.Int(openFlags(mode))}
	}, hooks.Open)
	b["input"] = c.method("input", c.builtinInput, "input(prompt=None)\n\nRead a line from standard input, without its newline.")
	b["ModuleNotFoundError"] = ModuleNotFoundError
	b["RecursionError"] = RecursionError
}

// builtinCompile replaces gpython's compile(), which calls the compiler
// directly and so would skip every guard on py.Compile and the event.
func (c *Context) builtinCompile(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var source, filename, mode py.Object
	var flags, dontInherit, optimize py.Object = py.Int(0), py.False, py.Int(-1)
	err := py.ParseTupleAndKeywords(args, kwargs, "OOO|OOO:compile",
		[]string{"source", "filename", "mode", "flags", "dont_inherit", "optimize"},
		&source, &filename, &mode, &flags, &dontInherit, &optimize)
	if err != nil {
		return nil, err
	}
	src, ok := sourceText(source)
	if !ok {
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
	if err := c.audit(hooks.Compile, source, name); err != nil {
		return nil, err
	}
	return c.compile(src, string(name), py.CompileMode(m))
}

func sourceText(source py.Object) (string, bool) {
	switch s := source.(type) {
	case py.String:
		return string(s), true
	case py.Bytes:
		return string(s), true
	}
	return "", false
}

// execOrEval implements exec() and eval(): compile raises `compile` for a
// string, then `exec` is raised for the code before it runs. Without
// globals, the caller's namespaces are used.
func (c *Context) execOrEval(name string, args py.Tuple, kwargs py.StringDict, mode py.CompileMode) (py.Object, error) {
	var source py.Object
	var globalsObj, localsObj py.Object = py.None, py.None
	if err := py.ParseTupleAndKeywords(args, kwargs, "O|OO:"+name, []string{"source", "globals", "locals"}, &source, &globalsObj, &localsObj); err != nil {
		return nil, err
	}
	var globals, locals py.StringDict
	switch g := globalsObj.(type) {
	case py.NoneType:
		f := c.frame()
		if f == nil {
			return nil, py.ExceptionNewf(py.SystemError, "%s(): no current frame", name)
		}
		globals = f.Globals
		if localsObj == py.None {
			f.FastToLocals()
			locals = f.Locals
		}
	case py.StringDict:
		globals = g
	default:
		return nil, py.ExceptionNewf(py.TypeError, "%s() globals must be a dict, not %s", name, globalsObj.Type().Name)
	}
	if locals == nil {
		switch l := localsObj.(type) {
		case py.NoneType:
			locals = globals
		case py.StringDict:
			locals = l
		default:
			return nil, py.ExceptionNewf(py.TypeError, "locals must be a mapping")
		}
	}
	code, ok := source.(*py.Code)
	if !ok {
		src, ok := sourceText(source)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "%s() arg 1 must be a string, bytes or code object", name)
		}
		if mode == py.EvalMode {
			src = strings.TrimLeft(src, " \t")
		}
		if err := c.audit(hooks.Compile, source, py.String("<string>")); err != nil {
			return nil, err
		}
		var err error
		if code, err = c.compile(src, "<string>", mode); err != nil {
			return nil, err
		}
	}
	if err := c.audit(hooks.Exec, code); err != nil {
		return nil, err
	}
	result, err := c.RunCode(code, globals, locals, nil)
	if err != nil {
		return nil, err
	}
	if mode == py.ExecMode {
		return py.None, nil
	}
	return result, nil
}

// stdin is shared by every input() call of the process, so that what one
// call reads ahead is not lost to the next.
var stdin = bufio.NewReader(os.Stdin)

// builtinInput implements input(): builtins.input is raised before the
// prompt is written, builtins.input/result after the line is read.
func (c *Context) builtinInput(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var prompt py.Object = py.None
	if err := py.UnpackTuple(args, kwargs, "input", 0, 1, &prompt); err != nil {
		return nil, err
	}
	if err := c.audit(hooks.BuiltinsInput, prompt); err != nil {
		return nil, err
	}
	if prompt != py.None {
		text, err := py.StrAsString(prompt)
		if err != nil {
			return nil, err
		}
		if _, err := os.Stdout.WriteString(text); err != nil {
			return nil, osError(err)
		}
	}
	line, err := stdin.ReadString('\n')
	if err != nil && line == "" {
		return nil, py.ExceptionNewf(py.EOFError, "EOF when reading a line")
	}
	line = strings.TrimSuffix(strings.TrimSuffix(line, "\n"), "\r")
	if err := c.audit(hooks.BuiltinsInputResult, py.String(line)); err != nil {
		return nil, err
	}
	return py.String(line), nil
}

// setupSys fixes the parts of sys that gpython v0.2.0 gets wrong for a
// launcher, and adds the audit hook API. sys.exit must raise SystemExit;
// the recursion limit is spython's, which a script may lower but never
// raise above the limit it was started with.
func (c *Context) setupSys(sys *py.Module) {
	g := sys.Globals
	ceiling := c.limit
	g["exit"] = py.MustNewMethod("exit", func(_ py.Object, args py.Tuple) (py.Object, error) {
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
	g["getrecursionlimit"] = py.MustNewMethod("getrecursionlimit", func(py.Object) (py.Object, error) {
		return py.Int(c.limit), nil
	}, 0, "getrecursionlimit()\n\nReturn the current maximum depth of the Python call stack.")
	g["setrecursionlimit"] = py.MustNewMethod("setrecursionlimit", func(_ py.Object, arg py.Object) (py.Object, error) {
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
	g["audit"] = c.method("audit", c.sysAudit, "audit(event, *args)\n\nPass the event to every audit hook.")
	g["addaudithook"] = py.MustNewMethod("addaudithook", c.sysAddaudithook, 0,
		"addaudithook(hook)\n\nAdd hook to the audit hooks; hook(event, args) is called for every event.")
}
