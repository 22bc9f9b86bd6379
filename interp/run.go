package interp

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"time"

	"github.com/go-python/gpython/py"

	"github.com/spython/spython/hooks"
)

// InterruptGrace is how long a script has, after SIGINT, to reach a check
// point (a call, an import, a loop's jump back) where KeyboardInterrupt
// can be raised in it. One long call of a built-in function never
// reaches one; the run then ends with [ErrInterrupted].
const InterruptGrace = 2 * time.Second

// RunOptions bound a run from outside the interpreter.
type RunOptions struct {
	// Timeout ends the run with ErrTimeout; zero means no limit.
	Timeout time.Duration
	// Interrupt delivers SIGINT: each raises KeyboardInterrupt in the
	// script at its next check point. A second SIGINT before that, or
	// InterruptGrace without reaching one, ends the run with
	// ErrInterrupted.
	Interrupt <-chan os.Signal
}

// Run executes what cfg names as the __main__ module (the script file, a
// -c command, a -m module or stdin) and returns nil when it ends normally.
// Otherwise the error says how it ended: *ExitError, *PythonError,
// *InternalError, *CodeFileError (the script could not be read, or was
// refused before it ran), ErrTimeout or ErrInterrupted. After ErrTimeout or
// ErrInterrupted the interpreter may still be running; the caller is
// expected to exit.
func Run(cfg Config, opts RunOptions) error {
	var paths []string
	var script string
	switch cfg.Launch {
	case LaunchFile:
		var err error
		if script, err = filepath.Abs(cfg.Script); err != nil {
			return &CodeFileError{Path: cfg.Script, Err: err}
		}
		// sys.path[0] is the folder of the script itself, symlinks
		// resolved, as in CPython.
		real, err := filepath.EvalSymlinks(script)
		if err != nil {
			return &CodeFileError{Path: script, Err: err}
		}
		paths = []string{filepath.Dir(real)}
	case LaunchCommand, LaunchModule, LaunchStdin:
		// Isolated, as python -I: neither the current folder nor any
		// script folder is searched, only the configured entries.
	default:
		return fmt.Errorf("unknown launch mode %d", cfg.Launch)
	}
	paths = append(paths, cfg.Path...)
	c, err := NewContext(cfg, paths)
	if err != nil {
		return err
	}

	c.reserved = reserveOpenFiles(cfg.Protected)
	done := make(chan error, 1)
	go func() { done <- c.runMain(cfg, script) }()

	var deadline, grace <-chan time.Time
	if opts.Timeout > 0 {
		t := time.NewTimer(opts.Timeout)
		defer t.Stop()
		deadline = t.C
	}
	interrupts := opts.Interrupt
	for {
		select {
		case err := <-done:
			c.Close()
			return err
		case <-deadline:
			return ErrTimeout
		case <-interrupts:
			if grace != nil {
				return ErrInterrupted
			}
			c.Interrupt()
			grace = time.After(InterruptGrace)
		case <-grace:
			return ErrInterrupted
		case <-c.delivered:
			// The script has its KeyboardInterrupt: it may clean up for as
			// long as it needs; a further SIGINT starts a new grace period.
			grace = nil
		}
	}
}

// runMain compiles and runs the __main__ module; it turns whatever stops
// it, Go panics included, into Run's errors. script is the absolute path of
// the script file in LaunchFile mode.
func (c *Context) runMain(cfg Config, script string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &InternalError{Value: r, Stack: debug.Stack()}
		}
	}()
	var src []byte
	var filename string
	var eventSource py.Object = py.None
	switch cfg.Launch {
	case LaunchFile:
		if err := c.audit(hooks.RunFile, py.String(script)); err != nil {
			return refused(script, err)
		}
		if src, err = c.readCode(script); err != nil {
			var cf *CodeFileError
			if errors.As(err, &cf) {
				return err
			}
			return refused(script, err)
		}
		filename = script
	case LaunchCommand:
		if err := c.audit(hooks.RunCommand, py.String(cfg.Command)); err != nil {
			return refused("-c", err)
		}
		src, filename, eventSource = []byte(cfg.Command), "<string>", py.String(cfg.Command)
	case LaunchStdin:
		if err := c.audit(hooks.RunStdin); err != nil {
			return refused("<stdin>", err)
		}
		if src, err = io.ReadAll(cfg.stdin()); err != nil {
			return &CodeFileError{Path: "<stdin>", Err: err}
		}
		filename = "<stdin>"
	case LaunchModule:
		if err := c.audit(hooks.RunModule, py.String(cfg.Module)); err != nil {
			return refused("-m "+cfg.Module, err)
		}
		if filename, err = c.findMain(cfg.Module); err != nil {
			return c.outcome(err)
		}
		c.store.MustGetModule("sys").Globals["argv"].(*py.List).Items[0] = py.String(filename)
		if src, err = c.readCode(filename); err != nil {
			var cf *CodeFileError
			if errors.As(err, &cf) {
				return err
			}
			return refused(filename, err)
		}
	}
	main := &py.Module{
		ModuleImpl: &py.ModuleImpl{Info: py.ModuleInfo{Name: py.MainModuleName, FileDesc: filename}},
		Globals: py.StringDict{
			"__name__":    py.String(py.MainModuleName),
			"__doc__":     py.None,
			"__package__": py.None,
		},
		Context: c,
	}
	if b := c.Store().Builtins; b != nil {
		main.Globals["__builtins__"] = b
	}
	if cfg.Launch == LaunchFile || cfg.Launch == LaunchModule {
		main.Globals["__file__"] = py.String(filename)
	}
	if cfg.Launch == LaunchModule {
		parent, _, _ := cutLast(cfg.Module)
		if strings.HasSuffix(filename, "/__main__.py") {
			parent = cfg.Module
		}
		main.Globals["__package__"] = py.String(parent)
	}
	c.modules[py.MainModuleName] = main
	if err := c.audit(hooks.Compile, eventSource, py.String(filename)); err != nil {
		return refused(filename, err)
	}
	c.sources[filename] = src
	code, err := c.compile(string(src), filename, py.ExecMode)
	if err != nil {
		return c.outcome(err) // a SyntaxError, reported like any exception
	}
	if err := c.audit(hooks.Exec, code); err != nil {
		return refused(filename, err)
	}
	_, err = c.RunCode(code, main.Globals, main.Globals, nil)
	return c.atexitOutcome(c.outcome(err))
}

// findMain finds the file that `-m name` runs: name.py, or name/__main__.py
// for a package, on sys.path (a dotted name's parent packages are imported
// first, as CPython's runpy does).
func (c *Context) findMain(name string) (string, error) {
	parent, last, dotted := cutLast(name)
	if !validComponent(last) {
		return "", moduleNotFound(name)
	}
	var dirs []string
	if dotted {
		p, err := c.load(parent)
		if err != nil {
			return "", err
		}
		list, isPkg := p.Globals["__path__"].(*py.List)
		if !isPkg {
			return "", withName(py.ExceptionNewf(ModuleNotFoundError, "No module named '%s'; '%s' is not a package", name, parent), name)
		}
		dirs = stringItems(list)
	} else if list, ok := c.sysPath().(*py.List); ok {
		dirs = stringItems(list)
	}
	file, pkgDir := findModule(dirs, last)
	switch {
	case file == "":
		return "", moduleNotFound(name)
	case pkgDir != "":
		main := filepath.Join(pkgDir, "__main__.py")
		if !isFile(main) {
			return "", py.ExceptionNewf(py.ImportError, "No module named %s.__main__; '%s' is a package and cannot be directly executed", name, name)
		}
		if _, err := c.load(name); err != nil {
			return "", err
		}
		return main, nil
	}
	return file, nil
}

// refused reports an audit hook's refusal of the main script before any of
// it ran.
func refused(script string, err error) error {
	value, _ := exceptionOf(err)
	reason := exceptionLine(value)
	if exc, ok := value.(*py.Exception); ok && exc.Base == py.PermissionError {
		reason = exceptionMessage(value)
	}
	return &CodeFileError{Path: script, Reason: reason, Refused: true, Denied: true}
}

// outcome maps the error a script ended with to Run's errors.
func (c *Context) outcome(err error) error {
	if err == nil {
		return nil
	}
	value, _ := exceptionOf(err)
	exc, ok := value.(*py.Exception)
	if ok && exc.Base.IsSubtype(py.SystemExit) {
		return exitStatus(exc)
	}
	return &PythonError{
		Type:      typeName(value.Type()),
		Traceback: c.formatError(err),
		Interrupt: ok && exc.Base.IsSubtype(py.KeyboardInterrupt),
	}
}

// exitStatus follows CPython: SystemExit() and SystemExit(None) are 0, an
// int is the status, anything else is printed and the status is 1.
func exitStatus(exc *py.Exception) *ExitError {
	args, _ := exc.Args.(py.Tuple)
	var code py.Object = py.None
	if len(args) == 1 {
		code = args[0]
	} else if len(args) > 1 {
		code = args
	}
	switch v := code.(type) {
	case py.NoneType:
		return &ExitError{Code: 0}
	case py.Bool:
		if v {
			return &ExitError{Code: 1}
		}
		return &ExitError{Code: 0}
	case py.Int:
		return &ExitError{Code: int(v) & 0xff}
	}
	return &ExitError{Code: 1, Message: safeStr(code)}
}
