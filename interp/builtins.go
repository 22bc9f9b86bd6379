package interp

import (
	"bufio"
	"os"
	"strings"
	"syscall"

	"golang.org/x/sys/unix"

	"github.com/go-python/gpython/py"

	"github.com/spython/spython/hooks"
	"github.com/spython/spython/interp/pyobj"
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
	b["open"] = c.method("open", c.builtinOpen, "open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None) -> file object")
	addFormat(b)
	addRound(b)
	b["input"] = c.method("input", c.builtinInput, "input(prompt=None)\n\nRead a line from standard input, without its newline.")
	b["ModuleNotFoundError"] = ModuleNotFoundError
	b["RecursionError"] = RecursionError
	addBuiltinFuncs(b)
	addContainerBuiltins(b)
	addRewriteBuiltins(b)
	b["exit"], b["quit"] = &quitter{"exit"}, &quitter{"quit"}
	b["__debug__"] = py.True // spython has no -O: assert statements run
	c.argsNotKept = map[py.Object]bool{}
	for _, name := range []string{"len", "repr", "isinstance", "issubclass", "hash", "abs", "ord", "chr", "callable", "id", "str", "int", "float", "bool"} {
		if fn, ok := b[name]; ok {
			c.argsNotKept[fn] = true
		}
	}
	addClassBuiltins(b)
	b["print"] = c.method("print", c.builtinPrint, "print(*args, sep=' ', end='\\n', file=None, flush=False)\n\nWrites the str of each value, sep between them and end after them, to\nfile (sys.stdout when None).")
}

// builtinOpen implements open(): the mode is checked and turned into the
// open(2) flags CPython uses, `open` is raised with them, and the file is
// opened with exactly those flags. (gpython's own open truncates on 'a+',
// and neither creates on 'a' or 'x' nor fails on 'x' of an existing file.)
func (c *Context) builtinOpen(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var file py.Object
	var mode py.Object = py.String("r")
	var buffering py.Object = py.Int(-1)
	var encoding, errs, newline, opener py.Object = py.None, py.None, py.None, py.None
	var closefd py.Object = py.True
	err := py.ParseTupleAndKeywords(args, kwargs, "O|OOOOOOO:open",
		[]string{"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"},
		&file, &mode, &buffering, &encoding, &errs, &newline, &closefd, &opener)
	if err != nil {
		return nil, err
	}
	m, ok := mode.(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "open() argument 'mode' must be str, not %s", mode.Type().Name)
	}
	if _, err := parseMode(string(m)); err != nil {
		return nil, err
	}
	if b, ok := buffering.(py.Int); ok && b == 0 && !strings.Contains(string(m), "b") {
		return nil, py.ExceptionNewf(py.ValueError, "can't have unbuffered text I/O")
	}
	var path string
	switch f := file.(type) {
	case py.String:
		path = string(f)
	case py.Bytes:
		path = string(f)
	case py.Int:
		return nil, py.ExceptionNewf(py.TypeError, "open() of a file descriptor is not supported: use os.fdopen()")
	default:
		// A path object (pathlib.Path, os.DirEntry): the event and the
		// policy see the path it stands for, as a str.
		p, isBytes, err := fspathOf(file)
		if err != nil {
			return nil, py.ExceptionNewf(py.TypeError, "expected str, bytes or os.PathLike object, not %s", file.Type().Name)
		}
		path = p
		file = pathValue(p, isBytes)
	}
	opts := fileOptions{mode: string(m), encoding: encoding, errors: errs, newline: newline}
	if err := checkFileOptions(opts); err != nil {
		return nil, err
	}
	flags := openFlags(string(m))
	if err := c.audit(hooks.Open, file, py.String(normaliseMode(string(m))), py.Int(flags)); err != nil {
		return nil, err
	}
	// Truncation waits until the file is known not to be spython's own.
	f, err := os.OpenFile(path, flags&^unix.O_TRUNC, 0o666)
	if err != nil {
		return nil, osError(err)
	}
	var st unix.Stat_t
	if err := unix.Fstat(int(f.Fd()), &st); err == nil {
		if st.Mode&unix.S_IFMT == unix.S_IFDIR {
			f.Close()
			return nil, osError(&os.PathError{Op: "open", Path: path, Err: syscall.EISDIR})
		}
		if flags&(unix.O_WRONLY|unix.O_RDWR) != 0 {
			if err := c.reserved.checkFile(&st, path); err != nil {
				f.Close()
				return nil, err
			}
		}
	}
	// Truncated after the checks above; a device (/dev/null) or a pipe
	// has nothing to truncate.
	if flags&unix.O_TRUNC != 0 && (st.Mode == 0 || st.Mode&unix.S_IFMT == unix.S_IFREG) {
		if err := f.Truncate(0); err != nil {
			f.Close()
			return nil, osError(err)
		}
	}
	return c.trackFile(newFileObject(f, file, opts))
}

// parseMode checks an open() mode as CPython does and returns gpython's
// file mode for it.
func parseMode(mode string) (py.FileMode, error) {
	var fm py.FileMode
	kinds := 0
	for i, ch := range mode {
		if !strings.ContainsRune("rwxa+bt", ch) || strings.ContainsRune(mode[i+1:], ch) {
			return 0, py.ExceptionNewf(py.ValueError, "invalid mode: '%s'", mode)
		}
		switch ch {
		case 'r':
			fm |= py.FileRead
			kinds++
		case 'w', 'x', 'a':
			fm |= py.FileWrite
			kinds++
		}
	}
	switch {
	case kinds != 1:
		return 0, py.ExceptionNewf(py.ValueError, "must have exactly one of create/read/write/append mode")
	case strings.Contains(mode, "b") && strings.Contains(mode, "t"):
		return 0, py.ExceptionNewf(py.ValueError, "can't have text and binary mode at once")
	}
	if strings.Contains(mode, "+") {
		fm |= py.FileReadWrite
	}
	if strings.Contains(mode, "b") {
		fm |= py.FileBinary
	} else {
		fm |= py.FileText
	}
	return fm, nil
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

// sourceText is the text of a str or bytes object.
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
	// A dict the script made is a namespace for the run and gets its
	// names back afterwards.
	var syncBack []func() error
	namespace := func(o py.Object, what string) (py.StringDict, error) {
		d := o.(*pyobj.Dict)
		ns := py.NewStringDict()
		err := d.Items(func(k, v py.Object) error {
			key, ok := k.(py.String)
			if !ok {
				return py.ExceptionNewf(py.TypeError, "%s() %s keys must be str", name, what)
			}
			ns[string(key)] = v
			return nil
		})
		syncBack = append(syncBack, func() error {
			for k, v := range ns {
				if err := d.SetItem(py.String(k), v); err != nil {
					return err
				}
			}
			return nil
		})
		return ns, err
	}
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
	case *pyobj.Dict:
		var err error
		if globals, err = namespace(g, "globals"); err != nil {
			return nil, err
		}
	default:
		return nil, py.ExceptionNewf(py.TypeError, "%s() globals must be a dict, not %s", name, globalsObj.Type().Name)
	}
	if locals == nil {
		switch l := localsObj.(type) {
		case py.NoneType:
			locals = globals
		case py.StringDict:
			locals = l
		case *pyobj.Dict:
			var err error
			if locals, err = namespace(l, "locals"); err != nil {
				return nil, err
			}
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
	for _, sync := range syncBack {
		if serr := sync(); serr != nil && err == nil {
			err = serr
		}
	}
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
	}, 0, "exit(status=None, /)\n\nEnds the script by raising SystemExit(status).")
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

// quitter is the exit and quit of the builtins, which CPython's site
// module adds: calling one raises SystemExit with its argument.
type quitter struct{ name string }

var quitterType = py.NewType("Quitter", "")

func (q *quitter) Type() *py.Type { return quitterType }

func (q *quitter) M__repr__() (py.Object, error) {
	return py.String("Use " + q.name + "() or Ctrl-D (i.e. EOF) to exit"), nil
}

func (q *quitter) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var code py.Object = py.None
	if err := py.ParseTupleAndKeywords(args, kwargs, "|O:"+q.name, []string{"code"}, &code); err != nil {
		return nil, err
	}
	exc, err := py.ExceptionNew(py.SystemExit, py.Tuple{code}, nil)
	if err != nil {
		return nil, err
	}
	return nil, exc.(*py.Exception)
}
