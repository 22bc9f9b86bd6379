package interp

import (
	"errors"
	"os"
	"path/filepath"
	"runtime/debug"
	"time"

	"github.com/go-python/gpython/py"

	"github.com/spython/spython/hooks"
)

// InterruptGrace is how long a script has, after SIGINT, to reach a check
// point (a call, an import) where KeyboardInterrupt can be raised in it.
// A loop that calls nothing never reaches one; the run then ends with
// [ErrInterrupted].
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

// Run executes cfg.Script as the __main__ module and returns nil when it
// ends normally. Otherwise the error says how it ended: *ExitError,
// *PythonError, *InternalError, *CodeFileError (the script could not be
// read), ErrTimeout or ErrInterrupted. After ErrTimeout or ErrInterrupted
// the interpreter may still be running; the caller is expected to exit.
func Run(cfg Config, opts RunOptions) error {
	script, err := filepath.Abs(cfg.Script)
	if err != nil {
		return &CodeFileError{Path: cfg.Script, Err: err}
	}
	// sys.path[0] is the folder of the script itself, symlinks resolved,
	// as in CPython.
	real, err := filepath.EvalSymlinks(script)
	if err != nil {
		return &CodeFileError{Path: script, Err: err}
	}
	paths := append([]string{filepath.Dir(real)}, cfg.Path...)
	c, err := NewContext(cfg, paths)
	if err != nil {
		return err
	}

	done := make(chan error, 1)
	go func() { done <- c.runMain(script) }()

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

// runMain compiles and runs the main script; it turns whatever stops it,
// Go panics included, into Run's errors.
func (c *Context) runMain(script string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = &InternalError{Value: r, Stack: debug.Stack()}
		}
	}()
	if err := c.audit(hooks.RunFile, py.String(script)); err != nil {
		return refused(script, err)
	}
	src, err := c.readCode(script)
	if err != nil {
		var cf *CodeFileError
		if errors.As(err, &cf) {
			return err
		}
		return refused(script, err)
	}
	main := &py.Module{
		ModuleImpl: &py.ModuleImpl{Info: py.ModuleInfo{Name: py.MainModuleName, FileDesc: script}},
		Globals: py.StringDict{
			"__name__":    py.String(py.MainModuleName),
			"__file__":    py.String(script),
			"__doc__":     py.None,
			"__package__": py.None,
		},
		Context: c,
	}
	c.modules[py.MainModuleName] = main
	if err := c.audit(hooks.Compile, py.None, py.String(script)); err != nil {
		return refused(script, err)
	}
	c.sources[script] = src
	code, err := c.compile(string(src), script, py.ExecMode)
	if err != nil {
		return c.outcome(err) // a SyntaxError, reported like any exception
	}
	if err := c.audit(hooks.Exec, code); err != nil {
		return refused(script, err)
	}
	_, err = c.RunCode(code, main.Globals, main.Globals, nil)
	return c.outcome(err)
}

// refused reports an audit hook's refusal of the main script before any of
// it ran.
func refused(script string, err error) error {
	value, _ := exceptionOf(err)
	return &CodeFileError{Path: script, Reason: exceptionLine(value), Refused: true}
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

// IsNotExist reports whether err says the script does not exist.
func IsNotExist(err error) bool { return errors.Is(err, os.ErrNotExist) }
