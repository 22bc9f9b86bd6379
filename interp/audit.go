package interp

import (
	"errors"
	"fmt"
	"syscall"

	"github.com/go-python/gpython/py"

	"github.com/spython/spython/hooks"
)

// Audit events are raised from Go, at the operation, before it runs: never
// through the Python-level sys.audit, so that nothing a script rebinds
// (sys.audit, builtins, module attributes) can silence them.
//
// Each event goes first through the Go-native chain (the policy and the
// audit log, which Python cannot reach), then through the hooks the script
// added with sys.addaudithook, which live in a Go slice of the context.

// maxArgDepth and maxArgItems bound how much of a sequence argument
// (sys.path, a tuple a script passes to sys.audit) is converted to Go
// values: the audit log keeps less than this anyway.
const (
	maxArgDepth = 4
	maxArgItems = 256
)

// audit raises the registered event spec with args, given as Python
// objects. A non-nil error is the exception the operation must raise.
func (c *Context) audit(spec *hooks.Spec, args ...py.Object) error {
	if c == nil {
		return nil
	}
	return c.raise(spec, spec.Name, false, args)
}

// raise runs an event through the Go chain and then the script's hooks.
// fromScript marks events raised by sys.audit.
//
// The Go chain gets the context's one reusable Event, whose arguments are
// converted to Go values only if a hook reads them: an event that no hook
// reads costs no allocation.
func (c *Context) raise(spec *hooks.Spec, name string, fromScript bool, args []py.Object) error {
	if c.chain != nil {
		c.eventArgs = append(c.eventArgs[:0], args...)
		c.event.Reset(spec, name, fromScript, &c.eventArgs)
		err := c.chain.Raise(&c.event)
		clear(c.eventArgs)
		if err != nil {
			return hookError(err)
		}
	}
	if len(c.pyHooks) == 0 {
		return nil
	}
	// An event raised while a script hook runs (the hook opened a file,
	// say) goes through the Go chain above and through every script hook
	// that is not running at that moment: a hook never re-enters itself,
	// so nesting is bounded by the number of hooks, but no hook can act
	// unseen by the others.
	tuple := append(py.Tuple(nil), args...)
	for _, h := range c.pyHooks {
		if h.running {
			continue
		}
		h.running = true
		_, err := py.Call(h.fn, py.Tuple{py.String(name), tuple}, nil)
		h.running = false
		if err != nil {
			return err
		}
	}
	return nil
}

// pyHook is a hook a script added with sys.addaudithook.
type pyHook struct {
	fn      py.Object
	running bool // the hook is being called: events it causes skip it
}

// pyArgs are an event's arguments as Python objects; hooks read them as
// Go values.
type pyArgs []py.Object

func (a *pyArgs) Len() int        { return len(*a) }
func (a *pyArgs) Value(i int) any { return goValue((*a)[i], 0) }

// hookError turns a Go hook's error into the Python exception the script
// sees: PermissionError (errno EACCES) for a denial or any other refusal.
func hookError(err error) error {
	var exc *py.Exception
	var info py.ExceptionInfo
	if errors.As(err, &exc) || errors.As(err, &info) {
		return err
	}
	e := py.ExceptionNewf(py.PermissionError, "%s", err.Error())
	e.Dict["errno"] = py.Int(syscall.EACCES)
	return e
}

// goValue renders a Python object as one of the Go values audit hooks
// receive, without calling any Python code.
func goValue(o py.Object, depth int) any {
	switch v := o.(type) {
	case nil, py.NoneType:
		return nil
	case py.String:
		return string(v)
	case py.Bytes:
		return []byte(v)
	case py.Bool:
		return bool(v)
	case py.Int:
		return int64(v)
	case py.Float:
		return float64(v)
	case *py.Code:
		return hooks.Opaque{Type: "code", Text: fmt.Sprintf("<code object %s, file %q, line %d>", v.Name, v.Filename, v.Firstlineno)}
	case *py.Function:
		return hooks.Opaque{Type: "function", Text: fmt.Sprintf("<function %s>", v.Name)}
	case *py.Type:
		return hooks.Opaque{Type: "type", Text: fmt.Sprintf("<class '%s'>", v.Name)}
	case *py.Module:
		return hooks.Opaque{Type: "module", Text: fmt.Sprintf("<module '%s'>", safeStr(v.Globals["__name__"]))}
	case py.Tuple:
		return goValues(v, depth)
	case *py.List:
		return goValues(v.Items, depth)
	}
	return hooks.Opaque{Type: o.Type().Name, Text: fmt.Sprintf("<%s object>", o.Type().Name)}
}

func goValues(items []py.Object, depth int) any {
	if depth >= maxArgDepth {
		return hooks.Opaque{Type: "sequence", Text: "<...>"}
	}
	n := min(len(items), maxArgItems)
	out := make([]any, n, n+1)
	for i, item := range items[:n] {
		out[i] = goValue(item, depth+1)
	}
	if len(items) > n {
		out = append(out, hooks.Opaque{Type: "sequence", Text: fmt.Sprintf("…[+%d items]", len(items)-n)})
	}
	return out
}

// sysAudit implements sys.audit(event, *args): scripts raise their own
// events, which go through the same chain.
func (c *Context) sysAudit(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "audit() takes no keyword arguments")
	}
	if len(args) == 0 {
		return nil, py.ExceptionNewf(py.TypeError, "audit() missing 1 required positional argument: 'event'")
	}
	name, ok := args[0].(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "expected str for argument 'event', not %s", args[0].Type().Name)
	}
	spec, _ := hooks.Lookup(string(name))
	return py.None, c.raise(spec, string(name), true, args[1:])
}

// sysAddaudithook implements sys.addaudithook(hook). Adding raises
// sys.addaudithook first: if the chain or an existing hook raises an
// Exception the hook is silently not added, as in CPython; any other
// BaseException propagates.
func (c *Context) sysAddaudithook(_ py.Object, hook py.Object) (py.Object, error) {
	if err := c.audit(hooks.SysAddaudithook); err != nil {
		if exc, _ := exceptionOf(err); exc.Type().IsSubtype(py.ExceptionType) {
			return py.None, nil
		}
		return nil, err
	}
	c.pyHooks = append(c.pyHooks, &pyHook{fn: hook})
	return py.None, nil
}
