package interp

import (
	"github.com/go-python/gpython/py"
)

// spython's standard library: modules written for spython, in Go, in
// Python shipped inside the binary, or both. Anything that opens files,
// starts processes, touches the network or changes the environment raises
// its audit event from Go, at the primitive, so that no module offers a
// way around the hooks.

// stdlibModule is one module of the standard library.
type stdlibModule struct {
	// setup fills the module's namespace from Go before source runs.
	setup func(c *Context, m *py.Module) error
}

var stdlib = map[string]*stdlibModule{}

// registerStdlib makes name importable. setup (may be nil) fills the
// module from Go; source (may be "") is Python run in the module after
// it, as the file "<spython>/NAME.py" of tracebacks. A dotted name is a
// submodule: its parent must be registered too, and importing it binds it
// in the parent.
func registerStdlib(name, doc string, setup func(c *Context, m *py.Module) error, source string) {
	builtinModules[name] = true
	stdlib[name] = &stdlibModule{setup: setup}
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: name, Doc: doc, FileDesc: "<spython>/" + name + ".py"},
		Globals: py.StringDict{},
		CodeSrc: source,
	})
}
