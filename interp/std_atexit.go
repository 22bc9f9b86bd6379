package interp

import (
	"errors"
	"os"

	"github.com/go-python/gpython/py"
)

// The atexit module: functions that run when the script ends, last
// registered first, whether it ends normally, by sys.exit or SystemExit,
// or by an uncaught exception (whose traceback is printed first, as
// CPython prints it), and before spython writes the last records of its
// audit log. They do not run on os._exit, on a signal that kills spython,
// on a timeout or on an internal error. An exception in one of them is
// printed as CPython prints it ("Exception ignored in atexit callback
// ...") and changes neither the exit status nor what runs next. No audit
// events.

func init() {
	registerStdlib("atexit", "Functions to run when the script ends normally.\n\nregister() adds one (they run last-registered first) and unregister()\nremoves it again.\n", setupAtexit, "")
}

// atexitCall is one registered function and its arguments; fn is nil
// once unregistered.
type atexitCall struct {
	fn     py.Object
	args   py.Tuple
	kwargs py.StringDict
}

func setupAtexit(c *Context, m *py.Module) error {
	g := m.Globals
	g["register"] = c.method("register", func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(args) == 0 {
			return nil, py.ExceptionNewf(py.TypeError, "register() takes at least 1 argument (0 given)")
		}
		if !isCallable(args[0]) {
			return nil, py.ExceptionNewf(py.TypeError, "the first argument must be callable")
		}
		call := atexitCall{fn: args[0], args: append(py.Tuple{}, args[1:]...)}
		if len(kwargs) > 0 {
			call.kwargs = kwargs.Copy()
		}
		c.atexit = append(c.atexit, call)
		return args[0], nil
	}, "register($module, func, /, *args, **kwargs)\n--\n\nRegister a function to be executed upon normal program termination\n\n    func - function to be called at exit\n    args - optional arguments to pass to func\n    kwargs - optional keyword arguments to pass to func\n\n    func is returned to facilitate usage as a decorator.")
	g["unregister"] = c.method("unregister", func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(kwargs) > 0 {
			return nil, py.ExceptionNewf(py.TypeError, "atexit.unregister() takes no keyword arguments")
		}
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "atexit.unregister() takes exactly one argument (%d given)", len(args))
		}
		for i, call := range c.atexit {
			if call.fn == nil {
				continue
			}
			same, err := equal(call.fn, args[0])
			if err != nil {
				return nil, err
			}
			if same {
				// CPython 3.13 leaves the slot empty: _ncallbacks still
				// counts it.
				c.atexit[i] = atexitCall{}
			}
		}
		return py.None, nil
	}, "unregister($module, func, /)\n--\n\nUnregister an exit function which was previously registered using\natexit.register\n\n    func - function to be unregistered")
	g["_run_exitfuncs"] = c.method("_run_exitfuncs", func(py.Object, py.Tuple, py.StringDict) (py.Object, error) {
		c.runAtexit()
		return py.None, nil
	}, "_run_exitfuncs($module, /)\n--\n\nRun all registered exit functions.\n\nIf a callback raises an exception, it is logged with sys.unraisablehook.")
	g["_clear"] = c.method("_clear", func(py.Object, py.Tuple, py.StringDict) (py.Object, error) {
		c.atexit = nil
		return py.None, nil
	}, "_clear($module, /)\n--\n\nClear the list of previously registered exit functions.")
	g["_ncallbacks"] = c.method("_ncallbacks", func(py.Object, py.Tuple, py.StringDict) (py.Object, error) {
		return py.Int(len(c.atexit)), nil
	}, "_ncallbacks($module, /)\n--\n\nReturn the number of registered exit functions.")
	return nil
}

// runAtexit calls the registered functions, last registered first, and
// forgets them; functions registered meanwhile are not called. An
// exception is printed and the next function runs.
func (c *Context) runAtexit() {
	calls := c.atexit
	c.atexit = nil
	for i := len(calls) - 1; i >= 0; i-- {
		call := calls[i]
		if call.fn == nil {
			continue
		}
		if _, err := pyCall(call.fn, call.args, call.kwargs); err != nil {
			c.writeStderr("Exception ignored in atexit callback " + safeRepr(call.fn) + ":\n" + c.unraisable(err))
		}
	}
}

// unraisable is how CPython's default sys.unraisablehook shows an
// exception: its traceback, then "Type: message", without its chain.
func (c *Context) unraisable(err error) string {
	value, tb := exceptionOf(err)
	if exc := asException(value); exc != nil && tb == nil {
		tb = ownTraceback(exc)
	}
	text := ""
	if entries := c.tracebackEntries(tb); len(entries) > 0 {
		text = "Traceback (most recent call last):\n"
		for _, e := range formatEntries(entries) {
			text += e
		}
	}
	return text + exceptionLine(value) + "\n"
}

// writeStderr writes text to the script's sys.stderr, or to the process's
// standard error when that fails.
func (c *Context) writeStderr(text string) {
	if sys, err := c.GetModule("sys"); err == nil {
		if stream := sys.Globals["stderr"]; stream != nil && stream != py.None {
			if write, err := getAttr(stream, "write"); err == nil {
				if _, err := py.Call(write, py.Tuple{py.String(text)}, nil); err == nil {
					if flush, err := getAttr(stream, "flush"); err == nil {
						_, _ = py.Call(flush, nil, nil)
					}
					return
				}
			}
		}
	}
	_, _ = os.Stderr.WriteString(text)
}

// atexitOutcome runs the atexit functions at the end of the script, the
// way it ended known: an uncaught exception's traceback or SystemExit's
// message is printed first, as CPython prints it before it calls them,
// and marked reported so that the caller does not print it again.
func (c *Context) atexitOutcome(outcome error) error {
	if len(c.atexit) == 0 {
		return outcome
	}
	var exit *ExitError
	var pyErr *PythonError
	switch {
	case errors.As(outcome, &pyErr):
		c.writeStderr(pyErr.Traceback)
		pyErr.Reported = true
	case errors.As(outcome, &exit) && exit.Message != "":
		c.writeStderr(exit.Message + "\n")
		exit.Reported = true
	}
	c.handling = py.ExceptionInfo{}
	c.runAtexit()
	return outcome
}
