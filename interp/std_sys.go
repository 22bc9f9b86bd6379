package interp

import (
	"fmt"
	"os"
	"sort"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/spython/spython/hooks"

	"github.com/spython/spython/interp/pyobj"
)

// The parts of sys a script reads to learn where it runs: the standard
// streams as file objects, version_info, platform, flags, a read-only
// view of the loaded modules, exc_info().

var (
	versionInfo = newStructSeqType("version_info", "sys.version_info", "The version of the Python language spython runs.",
		[]string{"major", "minor", "micro", "releaselevel", "serial"}, nil)
	sysFlags = newStructSeqType("flags", "sys.flags", "The command-line flags.",
		[]string{"debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
			"ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated",
			"dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"}, nil)
	implementationType = newStructSeqType("SimpleNamespace", "namespace", "What runs the script.",
		[]string{"name", "cache_tag", "version", "hexversion"}, nil)
	sysModulesType = py.NewType("modules", "A read-only view of the modules loaded, by name.")
)

const (
	pyVersion    = "3.13.0 (spython, the gpython v0.2.0 compiler) [Go]"
	pyHexVersion = 0x030d00f0
)

// stdStream makes sys.stdin, sys.stdout or sys.stderr a text file over
// the process's descriptor.
func stdStream(f *os.File, name, mode, errs string) py.Object {
	o, err := newFileObject(f, py.String(name), fileOptions{mode: mode, encoding: py.String("utf-8"), errors: py.String(errs), newline: py.None})
	if err != nil {
		return py.None
	}
	return o
}

func (c *Context) setupSysMore(sys *py.Module) {
	g := sys.Globals
	stdin := stdStream(os.Stdin, "<stdin>", "r", "strict")
	stdout := stdStream(os.Stdout, "<stdout>", "w", "strict")
	stderr := stdStream(os.Stderr, "<stderr>", "w", "backslashreplace")
	// As in CPython, standard output is line buffered on a terminal and
	// standard error always (spython writes through in any case).
	if f, ok := stdout.(*fileObject); ok {
		_, err := unix.IoctlGetTermios(int(os.Stdout.Fd()), unix.TCGETS)
		f.lineBuffering = err == nil
	}
	if f, ok := stderr.(*fileObject); ok {
		f.lineBuffering = true
	}
	g["stdin"], g["stdout"], g["stderr"] = stdin, stdout, stderr
	g["__stdin__"], g["__stdout__"], g["__stderr__"] = stdin, stdout, stderr
	vi := versionInfo.make([]py.Object{py.Int(3), py.Int(13), py.Int(0), py.String("final"), py.Int(0)}, nil)
	g["version_info"] = vi
	g["version"] = py.String(pyVersion)
	g["hexversion"] = py.Int(pyHexVersion)
	g["implementation"] = implementationType.make([]py.Object{py.String("spython"), py.None, vi, py.Int(pyHexVersion)}, nil)
	flags := make([]py.Object, len(sysFlags.fields))
	for i := range flags {
		flags[i] = py.Int(0)
	}
	flags[4] = py.Int(1)             // dont_write_bytecode: spython never writes bytecode
	flags[11] = py.Int(1)            // hash_randomization
	flags[13] = py.False             // dev_mode
	flags[16] = py.False             // safe_path
	flags[17] = py.Int(maxIntDigits) // int_max_str_digits: the default limit
	g["flags"] = sysFlags.make(flags, nil)
	setupSysInfo(g)
	g["platform"] = py.String("linux")
	g["byteorder"] = py.String("little")
	g["maxsize"] = py.Int(1<<63 - 1)
	g["maxunicode"] = py.Int(0x10ffff)
	g["dont_write_bytecode"] = py.True
	g["prefix"], g["exec_prefix"] = py.String("/usr"), py.String("/usr")
	g["base_prefix"], g["base_exec_prefix"] = py.String("/usr"), py.String("/usr")
	g["pycache_prefix"] = py.None
	var names []string
	for name := range builtinModules {
		names = append(names, name)
	}
	sort.Strings(names)
	g["builtin_module_names"] = stringTuple(names)
	g["modules"] = &sysModules{c: c}
	noArgs := func(name, doc string, fn func() py.Object) {
		g[name] = py.MustNewMethod(name, func(py.Object) (py.Object, error) { return fn(), nil }, 0, doc)
	}
	noArgs("getdefaultencoding", "getdefaultencoding() -> 'utf-8'", func() py.Object { return py.String("utf-8") })
	noArgs("getfilesystemencoding", "getfilesystemencoding() -> 'utf-8'", func() py.Object { return py.String("utf-8") })
	noArgs("getfilesystemencodeerrors", "getfilesystemencodeerrors() -> 'surrogateescape'", func() py.Object { return py.String("surrogateescape") })
	g["_getframe"] = py.MustNewMethod("_getframe", func(_ py.Object, args py.Tuple) (py.Object, error) {
		var depthObj py.Object = py.Int(0)
		if err := py.UnpackTuple(args, nil, "_getframe", 0, 1, &depthObj); err != nil {
			return nil, err
		}
		depth, err := toIndex(depthObj)
		if err != nil {
			return nil, err
		}
		// The innermost frame is the caller's: _getframe is Go.
		i := len(c.frames) - 1 - depth
		if depth < 0 || i < 0 {
			return nil, py.ExceptionNewf(py.ValueError, "call stack is not deep enough")
		}
		f := c.frames[i]
		if err := c.audit(hooks.SysGetframe, f); err != nil {
			return nil, err
		}
		return f, nil
	}, 0, "_getframe([depth]) -> frame\n\nThe frame depth calls below the caller's (0: the caller's own), for introspection.")
	noArgs("exc_info", "exc_info() -> (type, value, traceback)\n\nThe exception being handled, or (None, None, None).", func() py.Object {
		h := c.handling
		if h.Value == nil || h.Value == py.None {
			return py.Tuple{py.None, py.None, py.None}
		}
		var tb py.Object = py.None
		if h.Traceback != nil {
			tb = h.Traceback
		}
		return py.Tuple{h.Type, h.Value, tb}
	})
	noArgs("exception", "exception() -> the exception being handled, or None.", func() py.Object {
		if c.handling.Value == nil {
			return py.None
		}
		return c.handling.Value
	})
	g["intern"] = py.MustNewMethod("intern", func(_ py.Object, arg py.Object) (py.Object, error) {
		if _, ok := arg.(py.String); !ok {
			return nil, py.ExceptionNewf(py.TypeError, "intern() argument must be str, not %s", arg.Type().Name)
		}
		return arg, nil
	}, 0, "intern(string) -> string")
	g["getsizeof"] = py.MustNewMethod("getsizeof", func(_ py.Object, args py.Tuple) (py.Object, error) {
		var o, def py.Object
		if err := py.UnpackTuple(args, nil, "getsizeof", 1, 2, &o, &def); err != nil {
			return nil, err
		}
		return py.Int(sizeOf(o)), nil
	}, 0, "getsizeof(object[, default]) -> int\n\nAn estimate of the size of object in bytes, as CPython would count it.")
}

// sizeOf estimates what CPython's sys.getsizeof gives on a 64-bit build.
func sizeOf(o py.Object) int {
	switch v := o.(type) {
	case py.NoneType:
		return 16
	case py.Bool:
		return 28
	case py.Int:
		if v == 0 {
			return 28
		}
		n := 0
		for x := uint64(abs64(int64(v))); x > 0; x >>= 30 {
			n++
		}
		return 24 + 4*n
	case py.Float:
		return 24
	case py.String:
		ascii := true
		for i := 0; i < len(v); i++ {
			if v[i] >= 0x80 {
				ascii = false
				break
			}
		}
		if ascii {
			return 41 + len(v)
		}
		return 74 + 4*len([]rune(string(v)))
	case py.Bytes:
		return 33 + len(v)
	case py.Tuple:
		return 40 + 8*len(v)
	case *py.List:
		return 56 + 8*len(v.Items)
	}
	return 56
}

func abs64(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

// sysModules is sys.modules: a live, read-only view of the modules the
// script has loaded. Changing it does not change what import finds.
type sysModules struct{ c *Context }

func (m *sysModules) Type() *py.Type { return sysModulesType }

func (m *sysModules) names() []string {
	var out []string
	seen := map[string]bool{}
	for name := range builtinModules {
		if _, err := m.c.store.GetModule(name); err == nil {
			out = append(out, name)
			seen[name] = true
		}
	}
	sort.Strings(out)
	var src []string
	for name := range m.c.modules {
		if !seen[name] {
			src = append(src, name)
		}
	}
	sort.Strings(src)
	return append(out, src...)
}

func (m *sysModules) get(name py.Object) (py.Object, bool) {
	s, ok := name.(py.String)
	if !ok {
		return nil, false
	}
	if mod, ok := m.c.modules[string(s)]; ok {
		return mod, true
	}
	if builtinModules[string(s)] {
		if mod, err := m.c.store.GetModule(string(s)); err == nil {
			return mod, true
		}
	}
	return nil, false
}

func (m *sysModules) M__getitem__(key py.Object) (py.Object, error) {
	if mod, ok := m.get(key); ok {
		return mod, nil
	}
	return nil, keyError(key)
}

func (m *sysModules) M__contains__(key py.Object) (py.Object, error) {
	_, ok := m.get(key)
	return py.NewBool(ok), nil
}

func (m *sysModules) M__len__() (py.Object, error) { return py.Int(len(m.names())), nil }

func (m *sysModules) M__iter__() (py.Object, error) {
	return py.Iter(stringTuple(m.names()))
}

func (m *sysModules) M__setitem__(key, value py.Object) (py.Object, error) {
	return nil, py.ExceptionNewf(py.TypeError, "sys.modules is read-only in spython")
}

func (m *sysModules) M__delitem__(key py.Object) (py.Object, error) {
	return nil, py.ExceptionNewf(py.TypeError, "sys.modules is read-only in spython")
}

func (m *sysModules) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<sys.modules: %d modules>", len(m.names()))), nil
}

func init() {
	d := sysModulesType.Dict
	d["keys"] = py.MustNewMethod("keys", func(o py.Object) (py.Object, error) {
		return py.NewListFromStrings(o.(*sysModules).names()), nil
	}, 0, "keys() -> list of names")
	d["values"] = py.MustNewMethod("values", func(o py.Object) (py.Object, error) {
		m := o.(*sysModules)
		out := py.NewList()
		for _, n := range m.names() {
			v, _ := m.get(py.String(n))
			out.Append(v)
		}
		return out, nil
	}, 0, "values() -> list of modules")
	d["items"] = py.MustNewMethod("items", func(o py.Object) (py.Object, error) {
		m := o.(*sysModules)
		out := py.NewList()
		for _, n := range m.names() {
			v, _ := m.get(py.String(n))
			out.Append(py.Tuple{py.String(n), v})
		}
		return out, nil
	}, 0, "items() -> list of (name, module)")
	d["get"] = py.MustNewMethod("get", func(o py.Object, args py.Tuple) (py.Object, error) {
		var key, def py.Object = nil, py.None
		if err := py.UnpackTuple(args, nil, "get", 1, 2, &key, &def); err != nil {
			return nil, err
		}
		if v, ok := o.(*sysModules).get(key); ok {
			return v, nil
		}
		return def, nil
	}, 0, "get(name, default=None)")
	d["copy"] = py.MustNewMethod("copy", func(o py.Object) (py.Object, error) {
		m := o.(*sysModules)
		out := pyobj.NewDict()
		for _, n := range m.names() {
			v, _ := m.get(py.String(n))
			if err := out.SetItem(py.String(n), v); err != nil {
				return nil, err
			}
		}
		return out, nil
	}, 0, "copy() -> dict")
}
