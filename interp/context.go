package interp

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"unsafe"

	"github.com/go-python/gpython/py"

	"github.com/spython/spython/hooks"

	// The Go modules a script may import. gpython's marshal module is
	// deliberately absent: it turns bytes into code objects, around the
	// compiler and the reader of code files.
	_ "github.com/go-python/gpython/stdlib/binascii"
	_ "github.com/go-python/gpython/stdlib/builtin"
	_ "github.com/go-python/gpython/stdlib/glob"
	_ "github.com/go-python/gpython/stdlib/math"
	_ "github.com/go-python/gpython/stdlib/os"
	_ "github.com/go-python/gpython/stdlib/string"
	_ "github.com/go-python/gpython/stdlib/sys"
	_ "github.com/go-python/gpython/stdlib/tempfile"
	_ "github.com/go-python/gpython/stdlib/time"
	_ "github.com/go-python/gpython/vm"
)

// DefaultRecursionLimit is the Python call depth allowed when
// [Config.RecursionLimit] is zero, as in CPython.
const DefaultRecursionLimit = 1000

// MaxRecursionLimit bounds [Config.RecursionLimit] and sys.setrecursionlimit:
// beyond it the Go stack, not Python, would decide where a script stops.
const MaxRecursionLimit = 100_000

// builtinModules are the modules written in Go that a script may import.
// A name not listed here is looked up on sys.path like any other.
var builtinModules = map[string]bool{
	"builtins": true, "sys": true, "os": true, "math": true, "string": true,
	"time": true, "binascii": true, "glob": true, "tempfile": true, "io": true,
}

// Launch says what runs as the __main__ module.
type Launch int

const (
	LaunchFile    Launch = iota // a script file: Config.Script
	LaunchCommand               // python -c: Config.Command
	LaunchModule                // python -m: Config.Module
	LaunchStdin                 // the script read from standard input
)

// Config says what to run and within which limits.
type Config struct {
	// Launch selects what runs as __main__; the zero value is a file.
	Launch Launch
	// Script is the path of the main script, as given on the command line;
	// it becomes sys.argv[0].
	Script string
	// Command is the code of LaunchCommand.
	Command string
	// Module is the module name of LaunchModule.
	Module string
	// Stdin is where LaunchStdin reads the script; nil means os.Stdin.
	Stdin io.Reader
	// Args are sys.argv[1:].
	Args []string
	// Path holds extra absolute sys.path entries, placed after the
	// script's own folder.
	Path []string
	// RecursionLimit is the deepest Python call stack allowed; zero means
	// [DefaultRecursionLimit].
	RecursionLimit int
	// Hooks is the chain of Go-native audit hooks every event goes
	// through first; nil means none.
	Hooks *hooks.Chain
	// Gate is the verified-open gate every code file goes through; nil
	// means the zero Gate (no bytecode, regular files only).
	Gate *hooks.Gate
	// Protected names files the script may not write or remove (the
	// policy, the manifest and its key), besides the audit log's.
	Protected []string
	// BeforeExit runs when the script ends the process itself with
	// os._exit, before the process exits: the audit log flushes there.
	BeforeExit func()
}

// Context is spython's py.Context. It owns the modules of one run and
// bounds its call depth. Like any py.Context it must be used from one
// goroutine at a time; only [Context.Interrupt] and [Context.Close] may be
// called from others.
type Context struct {
	store   *py.ModuleStore
	modules map[string]*py.Module // modules loaded from source files, by name
	sources map[string][]byte     // the bytes each code file was compiled from, for tracebacks

	limit  int         // deepest call stack allowed
	frames []*py.Frame // the Python frames running now, innermost last

	handling py.ExceptionInfo // the exception an except or finally block is handling
	kwOrder  []string         // the keyword arguments of the call being made, in order
	// openFiles are the files the script opened and has not closed:
	// Close closes them, as CPython does at exit.
	openFiles   map[*fileObject]struct{}
	openFilesMu sync.Mutex
	// classBodies hold, for each class namespace being built, the names
	// its body assigned, in order (the namespace is a Go map).
	classBodies map[unsafe.Pointer]*[]string
	// argsNotKept are the builtins known to keep no reference to their
	// argument tuple: calls pass them a view of the stack.
	argsNotKept map[py.Object]bool

	chain      *hooks.Chain // Go-native hooks, fixed before the context exists
	gate       *hooks.Gate  // the verified-open gate
	beforeExit func()       // Config.BeforeExit
	reserved   reserved     // spython's own descriptors and files, out of the script's reach
	event      hooks.Event  // reused for every event raised through chain
	eventArgs  pyArgs       // the arguments of event
	pyHooks    []*pyHook    // hooks added by sys.addaudithook, in order
	atexit     []atexitCall // functions atexit.register gave, in order

	interrupted atomic.Bool   // set by Interrupt, consumed at the next check point
	interrupt   chan struct{} // receives a value at each Interrupt, for sleeps
	delivered   chan struct{} // receives a value when KeyboardInterrupt is raised

	closeOnce sync.Once
	done      chan struct{}
}

var _ py.Context = (*Context)(nil)

// active is the context made last. gpython's built-in types are shared by
// every context, so events raised by changes to a class (which belongs to
// no context) go to it; spython runs one context per process.
var active atomic.Pointer[Context]

// NewContext makes a context with builtins and sys ready, sys.argv set
// from cfg and sys.path holding paths exactly.
func NewContext(cfg Config, paths []string) (*Context, error) {
	installGlobalHooks()
	limit := cfg.RecursionLimit
	if limit == 0 {
		limit = DefaultRecursionLimit
	}
	if limit < 1 || limit > MaxRecursionLimit {
		return nil, fmt.Errorf("recursion limit %d out of range 1..%d", limit, MaxRecursionLimit)
	}
	c := &Context{
		store:      py.NewModuleStore(),
		modules:    make(map[string]*py.Module),
		sources:    make(map[string][]byte),
		limit:      limit,
		chain:      cfg.Hooks,
		gate:       cfg.Gate,
		beforeExit: cfg.BeforeExit,
		interrupt:  make(chan struct{}, 1),
		delivered:  make(chan struct{}, 1),
		done:       make(chan struct{}),
	}
	if c.gate == nil {
		c.gate = &hooks.Gate{}
	}
	c.event.Where = c
	if err := py.Import(c, "builtins", "sys"); err != nil {
		return nil, fmt.Errorf("initialise builtins: %w", err)
	}
	sys := c.store.MustGetModule("sys")
	sys.Globals["argv"] = py.NewListFromStrings(append([]string{cfg.argv0()}, cfg.Args...))
	sys.Globals["path"] = py.NewListFromStrings(paths)
	active.Store(c)
	return c, nil
}

// argv0 is sys.argv[0] as CPython sets it for each launch mode; for a
// module, the module's file replaces it once found.
func (cfg Config) argv0() string {
	switch cfg.Launch {
	case LaunchCommand:
		return "-c"
	case LaunchModule:
		return "-m"
	}
	return cfg.Script // for LaunchStdin: "-" when given, else ""
}

func (cfg Config) stdin() io.Reader {
	if cfg.Stdin != nil {
		return cfg.Stdin
	}
	return os.Stdin
}

// ResolveAndCompile compiles the .py file at pathname, taken relative to
// opts.CurDir when it is not absolute. spython's importer does not use it;
// it is here for gpython code that may call it, and reads through the same
// single reader of code files.
func (c *Context) ResolveAndCompile(pathname string, opts py.CompileOpts) (py.CompileOut, error) {
	if !filepath.IsAbs(pathname) && opts.CurDir != "" {
		pathname = filepath.Join(opts.CurDir, pathname)
	}
	abs, err := filepath.Abs(pathname)
	if err != nil {
		return py.CompileOut{}, py.ExceptionNewf(py.OSError, "%v", err)
	}
	code, err := c.compileFile(abs)
	if err != nil {
		return py.CompileOut{}, err
	}
	return py.CompileOut{SrcPathname: abs, FileDesc: abs, Code: code}, nil
}

// ModuleInit instantiates a module written in Go. Only names spython
// offers can be instantiated, and never from marshalled bytecode.
func (c *Context) ModuleInit(impl *py.ModuleImpl) (*py.Module, error) {
	name := impl.Info.Name
	if !builtinModules[name] {
		return nil, moduleNotFound(name)
	}
	if len(impl.CodeBuf) > 0 {
		return nil, py.ExceptionNewf(py.ImportError, "module %q carries marshalled code, which spython does not run", name)
	}
	module, err := c.store.NewModule(c, impl)
	if err != nil {
		return nil, err
	}
	c.setupModule(module)
	if s, ok := stdlib[name]; ok && s.setup != nil {
		if err := s.setup(c, module); err != nil {
			return nil, err
		}
	}
	code := impl.Code
	if code == nil && impl.CodeSrc != "" {
		c.sources[impl.Info.FileDesc] = []byte(impl.CodeSrc)
		if code, err = c.compile(impl.CodeSrc, impl.Info.FileDesc, py.ExecMode); err != nil {
			return nil, err
		}
	}
	if code != nil {
		if _, err := c.RunCode(code, module.Globals, module.Globals, nil); err != nil {
			return nil, err
		}
	}
	return module, nil
}

// RunCode executes code; it is how exec, eval and class bodies run.
func (c *Context) RunCode(code *py.Code, globals, locals py.StringDict, closure py.Tuple) (py.Object, error) {
	return py.VmEvalCode(c, code, globals, locals, nil, nil, nil, nil, closure)
}

// GetModule returns a module this context has loaded.
func (c *Context) GetModule(name string) (*py.Module, error) {
	if m, ok := c.modules[name]; ok {
		return m, nil
	}
	return c.store.GetModule(name)
}

// Store returns the store of the modules written in Go.
func (c *Context) Store() *py.ModuleStore { return c.store }

// Close releases the modules' resources. It may be called more than once.
func (c *Context) Close() error {
	c.closeOnce.Do(func() {
		c.openFilesMu.Lock()
		left := c.openFiles
		c.openFiles = nil
		c.openFilesMu.Unlock()
		for f := range left {
			_, _ = f.close()
		}
		c.store.OnContextClosed()
		close(c.done)
	})
	return nil
}

// Done is closed once Close has run.
func (c *Context) Done() <-chan struct{} { return c.done }

// takeInterrupt consumes a pending interrupt: it returns the
// KeyboardInterrupt to raise, and tells Run that it was delivered.
func (c *Context) takeInterrupt() error {
	if !c.interrupted.Load() || !c.interrupted.CompareAndSwap(true, false) {
		return nil
	}
	select {
	case <-c.interrupt: // a sleep need not see it again
	default:
	}
	select {
	case c.delivered <- struct{}{}:
	default:
	}
	return py.ExceptionNewf(py.KeyboardInterrupt, "")
}

// Location implements hooks.Locator: the innermost running Python frame.
func (c *Context) Location() (file string, line int, function string) {
	f := c.frame()
	if f == nil {
		return "", 0, ""
	}
	return f.Code.Filename, int(f.Code.Addr2Line(f.Lasti)), f.Code.Name
}

// Interrupt asks the running script to raise KeyboardInterrupt at its next
// check point (a call, a return into a generator, an import). It is safe to
// call from any goroutine.
func (c *Context) Interrupt() {
	c.interrupted.Store(true)
	select {
	case c.interrupt <- struct{}{}:
	default:
	}
}

// trackFile records a file the script opened until it is closed.
func (c *Context) trackFile(o py.Object, err error) (py.Object, error) {
	f, ok := o.(*fileObject)
	if err != nil || !ok {
		return o, err
	}
	c.openFilesMu.Lock()
	defer c.openFilesMu.Unlock()
	if c.openFiles == nil {
		c.openFiles = map[*fileObject]struct{}{}
	}
	c.openFiles[f] = struct{}{}
	f.onClose = func() {
		c.openFilesMu.Lock()
		delete(c.openFiles, f)
		c.openFilesMu.Unlock()
	}
	return f, nil
}
