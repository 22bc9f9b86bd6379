package interp

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/spython/spython/hooks"
)

// The importer: `import`, `from ... import` and __import__ all come here.
// Modules are found only as .py files (or packages with __init__.py) in the
// folders of sys.path, or in a package's __path__; .pyc files, zip files
// and namespace packages are never considered.

// builtinImport implements __import__(name, globals=None, locals=None,
// fromlist=(), level=0).
func (c *Context) builtinImport(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var nameObj, globalsObj, localsObj, fromlistObj py.Object = nil, py.None, py.None, py.Tuple{}
	var levelObj py.Object = py.Int(0)
	err := py.ParseTupleAndKeywords(args, kwargs, "U|OOOi:__import__",
		[]string{"name", "globals", "locals", "fromlist", "level"},
		&nameObj, &globalsObj, &localsObj, &fromlistObj, &levelObj)
	if err != nil {
		return nil, err
	}
	globals, _ := globalsObj.(py.StringDict)
	var fromlist []py.Object
	if fromlistObj != py.None {
		if fromlist, err = py.SequenceTuple(fromlistObj); err != nil {
			return nil, err
		}
	}
	return c.importName(string(nameObj.(py.String)), globals, fromlist, int(levelObj.(py.Int)))
}

// importName is the whole of an import statement's work: resolve name
// (relative to globals' package when level > 0), load it and its parents,
// load any submodules fromlist names, and return what the statement binds.
func (c *Context) importName(name string, globals py.StringDict, fromlist []py.Object, level int) (py.Object, error) {
	absName, err := resolveName(name, globals, level)
	if err != nil {
		return nil, err
	}
	if err := c.takeInterrupt(); err != nil {
		return nil, err
	}
	m, err := c.load(absName)
	if err != nil {
		return nil, err
	}
	if len(fromlist) > 0 {
		return m, c.loadFromList(m, absName, fromlist)
	}
	if name == "" {
		return m, nil
	}
	// `import a.b.c` binds a; a relative `__import__('b.c', level=1)` from
	// package p returns p.b.
	first, _, _ := strings.Cut(name, ".")
	top := absName[:len(absName)-len(name)+len(first)]
	return c.GetModule(top)
}

// resolveName turns a possibly relative module name into an absolute one.
func resolveName(name string, globals py.StringDict, level int) (string, error) {
	if level < 0 {
		return "", py.ExceptionNewf(py.ValueError, "level must be >= 0")
	}
	if level == 0 {
		if name == "" {
			return "", py.ExceptionNewf(py.ImportError, "Empty module name")
		}
		return name, nil
	}
	pkg := ""
	if p, ok := globals["__package__"].(py.String); ok {
		pkg = string(p)
	} else if n, ok := globals["__name__"].(py.String); ok {
		pkg = string(n)
		if _, isPkg := globals["__path__"]; !isPkg {
			pkg, _, _ = cutLast(pkg)
		}
	}
	if pkg == "" || pkg == "__main__" {
		return "", py.ExceptionNewf(py.ImportError, "attempted relative import with no known parent package")
	}
	base := pkg
	for i := 1; i < level; i++ {
		var ok bool
		if base, _, ok = cutLast(base); !ok {
			return "", py.ExceptionNewf(py.ImportError, "attempted relative import beyond top-level package")
		}
	}
	if name == "" {
		return base, nil
	}
	return base + "." + name, nil
}

// cutLast splits "a.b.c" into "a.b" and "c"; ok is false without a dot.
func cutLast(name string) (parent, last string, ok bool) {
	i := strings.LastIndexByte(name, '.')
	if i < 0 {
		return "", name, false
	}
	return name[:i], name[i+1:], true
}

// load returns the module called name, loading it and its parent packages
// first when they are not loaded yet.
func (c *Context) load(name string) (*py.Module, error) {
	if m, ok := c.modules[name]; ok {
		return m, nil
	}
	if m, err := c.store.GetModule(name); err == nil {
		return m, nil
	}
	if err := c.audit(hooks.Import, py.String(name), py.None, c.sysPath(), py.NewList(), py.NewList()); err != nil {
		return nil, err
	}
	parent, last, dotted := cutLast(name)
	if !validComponent(last) {
		return nil, moduleNotFound(name)
	}
	var dirs []string
	var parentModule *py.Module
	if dotted {
		var err error
		if parentModule, err = c.load(parent); err != nil {
			return nil, err
		}
		if m, ok := c.modules[name]; ok { // the parent's __init__ imported it
			return m, nil
		}
		if builtinModules[name] {
			if impl := py.GetModuleImpl(name); impl != nil {
				m, err := c.ModuleInit(impl)
				if err != nil {
					return nil, err
				}
				parentModule.Globals[last] = m
				return m, nil
			}
		}
		list, isPkg := parentModule.Globals["__path__"].(*py.List)
		if !isPkg {
			return nil, withName(py.ExceptionNewf(ModuleNotFoundError,
				"No module named '%s'; '%s' is not a package", name, parent), name)
		}
		dirs = stringItems(list)
	} else {
		if builtinModules[name] {
			if impl := py.GetModuleImpl(name); impl != nil {
				return c.ModuleInit(impl)
			}
		}
		if list, ok := c.sysPath().(*py.List); ok {
			dirs = stringItems(list)
		}
	}
	file, pkgDir := findModule(dirs, last)
	if file == "" {
		return nil, moduleNotFound(name)
	}
	m, err := c.execModule(name, file, pkgDir)
	if err != nil {
		return nil, err
	}
	if parentModule != nil {
		parentModule.Globals[last] = m
	}
	return m, nil
}

// sysPath is the script's sys.path, whatever the script set it to.
func (c *Context) sysPath() py.Object {
	if p, ok := c.store.MustGetModule("sys").Globals["path"]; ok {
		return p
	}
	return py.None
}

// execModule creates the module name from file and runs it. The module is
// visible to imports while it runs (so circular imports work) and is
// forgotten again if it fails.
func (c *Context) execModule(name, file, pkgDir string) (*py.Module, error) {
	m := &py.Module{
		ModuleImpl: &py.ModuleImpl{Info: py.ModuleInfo{Name: name, FileDesc: file}},
		Globals: py.StringDict{
			"__name__": py.String(name),
			"__file__": py.String(file),
			"__doc__":  py.None,
		},
		Context: c,
	}
	if pkgDir != "" {
		m.Globals["__package__"] = py.String(name)
		m.Globals["__path__"] = py.NewListFromStrings([]string{pkgDir})
	} else {
		parent, _, _ := cutLast(name)
		m.Globals["__package__"] = py.String(parent)
	}
	src, err := c.readCode(file)
	if err != nil {
		var cf *CodeFileError
		if errors.As(err, &cf) {
			return nil, cf.pythonError()
		}
		return nil, err
	}
	code, err := c.compileSource(src, py.Bytes(src), file)
	if err != nil {
		return nil, err
	}
	c.modules[name] = m
	if err := c.audit(hooks.Exec, code); err != nil {
		delete(c.modules, name)
		return nil, err
	}
	if _, err := c.RunCode(code, m.Globals, m.Globals, nil); err != nil {
		delete(c.modules, name)
		return nil, err
	}
	return m, nil
}

// loadFromList loads the submodules that `from m import a, b` names and
// that m does not define itself. A name that is neither is left for the
// statement itself to report ("cannot import name").
func (c *Context) loadFromList(m *py.Module, name string, fromlist []py.Object) error {
	if _, isPkg := m.Globals["__path__"]; !isPkg {
		return nil
	}
	for _, item := range fromlist {
		s, ok := item.(py.String)
		if !ok {
			return py.ExceptionNewf(py.TypeError, "Item in %s.__all__ must be str, not %s", name, item.Type().Name)
		}
		if s == "*" {
			if all, ok := m.Globals["__all__"]; ok {
				names, err := py.SequenceTuple(all)
				if err != nil {
					return err
				}
				if err := c.loadFromList(m, name, names); err != nil {
					return err
				}
			}
			continue
		}
		if _, defined := m.Globals[string(s)]; defined {
			continue
		}
		sub := name + "." + string(s)
		if _, err := c.load(sub); err != nil && !isNotFound(err, sub) {
			return err
		}
	}
	return nil
}

// findModule looks for name in dirs: a package folder with __init__.py
// first, then name.py. It returns the file and, for a package, its folder.
func findModule(dirs []string, name string) (file, pkgDir string) {
	for _, dir := range dirs {
		if dir == "" {
			dir = "."
		}
		dir, err := filepath.Abs(dir)
		if err != nil {
			continue
		}
		pkg := filepath.Join(dir, name)
		if isFile(filepath.Join(pkg, "__init__.py")) {
			return filepath.Join(pkg, "__init__.py"), pkg
		}
		if f := pkg + ".py"; isFile(f) {
			return f, ""
		}
	}
	return "", ""
}

func isFile(path string) bool {
	info, err := os.Stat(path)
	return err == nil && !info.IsDir()
}

// validComponent reports whether s can name a module file: no path
// separators, no NUL, not empty, not "." or "..".
func validComponent(s string) bool {
	return s != "" && s != "." && s != ".." && !strings.ContainsAny(s, "/\\\x00")
}

func stringItems(list *py.List) []string {
	var out []string
	for _, item := range list.Items {
		if s, ok := item.(py.String); ok {
			out = append(out, string(s))
		}
	}
	return out
}

func moduleNotFound(name string) error {
	return withName(py.ExceptionNewf(ModuleNotFoundError, "No module named '%s'", name), name)
}

func withName(e *py.Exception, name string) *py.Exception {
	e.Dict["name"] = py.String(name)
	return e
}

// isNotFound reports whether err says that exactly the module name does
// not exist (not that something it imports does not).
func isNotFound(err error, name string) bool {
	var e *py.Exception
	if !errors.As(err, &e) || e.Base != ModuleNotFoundError {
		return false
	}
	n, _ := e.Dict["name"].(py.String)
	return string(n) == name
}

// readCode is the one place where a file becomes bytes that will be
// compiled: the main script, every imported module and io.open_code come
// through here. open is raised before the file is opened; the
// verified-open gate (Config.Gate) opens it once, checks that descriptor
// and reads it; spython.verify records the gate's verdict. The bytes
// returned are the bytes the gate hashed.
func (c *Context) readCode(path string) ([]byte, error) {
	if err := c.audit(hooks.Open, py.String(path), py.String("r"), py.Int(unix.O_RDONLY|unix.O_CLOEXEC)); err != nil {
		return nil, err
	}
	src, err := c.gate.Open(path)
	var refused *hooks.RefusedError
	switch {
	case errors.As(err, &refused):
		var sum py.Object = py.None
		if src != nil {
			sum = py.String(src.Hex())
		}
		// In audit mode the gate returns the file with its refusal, and
		// the policy records a would-be denial: the file loads.
		herr := c.audit(hooks.Verify, py.String(refused.Path), sum, py.String("refused"), py.String(refused.Reason))
		if herr == nil && src != nil {
			return src.Data, nil
		}
		return nil, &CodeFileError{Path: refused.Path, Reason: refused.Reason, Refused: true}
	case errors.Is(err, fs.ErrInvalid) || errors.Is(err, unix.EISDIR):
		return nil, &CodeFileError{Path: path, Err: err, Reason: "is a directory"}
	case err != nil:
		return nil, &CodeFileError{Path: path, Err: err}
	}
	if err := c.audit(hooks.Verify, py.String(src.Path), py.String(src.Hex()), py.String("ok"), py.String("")); err != nil {
		return nil, err
	}
	return src.Data, nil
}

// compileFile reads path through readCode and compiles it as a module.
func (c *Context) compileFile(path string) (*py.Code, error) {
	src, err := c.readCode(path)
	if err != nil {
		var cf *CodeFileError
		if errors.As(err, &cf) {
			return nil, cf.pythonError()
		}
		return nil, err
	}
	return c.compileSource(src, py.Bytes(src), path)
}

// compileSource compiles the bytes read from a code file, raising compile
// with eventSource (the bytes for a module, None for the main script, as
// CPython does) first.
func (c *Context) compileSource(src []byte, eventSource py.Object, path string) (*py.Code, error) {
	if err := c.audit(hooks.Compile, eventSource, py.String(path)); err != nil {
		return nil, err
	}
	c.sources[path] = src
	return c.compile(string(src), path, py.ExecMode)
}

// compile compiles src; the nesting check and every other guard on
// py.Compile apply.
func (c *Context) compile(src, filename string, mode py.CompileMode) (*py.Code, error) {
	return py.Compile(src, filename, mode, 0, true)
}
