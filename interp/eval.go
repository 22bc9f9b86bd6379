package interp

import (
	"fmt"
	"sort"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/spython/spython/interp/pyobj"
)

// evalCode takes the place of gpython's vm.EvalCode (py.VmEvalCode): it
// makes the frame for a call, binds the arguments to it and runs it
// through py.VmRunFrame, where spython counts the call depth and keeps
// its stack of frames.
//
// It also binds arguments that are cell variables (parameters a nested
// function closes over) to their cells, which gpython v0.2.0 does not do
// because its compiler leaves py.Code.Cell2arg empty.
func evalCode(ctx py.Context, co *py.Code, globals, locals py.StringDict, args []py.Object, kws py.StringDict, defs []py.Object, kwdefs py.StringDict, closure py.Tuple) (py.Object, error) {
	return evalNamed(ctx, co, co.Name, globals, locals, args, kws, defs, kwdefs, closure)
}

// callFunction calls a Python function directly, without the empty
// locals dict gpython makes for every call; its errors about arguments
// name it by its qualified name, as CPython's do.
func callFunction(fn *py.Function, args []py.Object, kws py.StringDict) (py.Object, error) {
	var locals py.StringDict
	if fn.Code.Flags&py.CO_OPTIMIZED == 0 {
		locals = py.NewStringDict()
	}
	return evalNamed(fn.Context, fn.Code, fn.Qualname, fn.Globals, locals, args, kws, fn.Defaults, fn.KwDefaults, fn.Closure)
}

// pyCall calls fn: a Python function (or a method of one) directly, so
// that its argument errors name it by its qualified name, anything else
// through py.Call.
func pyCall(fn py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	switch f := fn.(type) {
	case *py.Function:
		return callFunction(f, args, kwargs)
	case *py.BoundMethod:
		if pf, ok := f.Method.(*py.Function); ok {
			return callFunction(pf, append(py.Tuple{f.Self}, args...), kwargs)
		}
	case *py.Type:
		if call := metaclassCall(f); call != nil {
			return pyCall(call, append(py.Tuple{f}, args...), kwargs)
		}
	}
	return py.Call(fn, args, kwargs)
}

// metaclassCall is the __call__ that the metaclass of cls, written in
// Python, defines (the singleton and registry patterns), or nil: calling
// cls calls it, and its super().__call__() makes the instance.
func metaclassCall(cls *py.Type) py.Object {
	meta := cls.Type()
	if meta == nil || meta == py.TypeType || meta.Flags&py.TPFLAGS_HEAPTYPE == 0 {
		return nil
	}
	if fn, ok := userLookup(meta, "__call__"); ok {
		return fn
	}
	return nil
}

func evalNamed(ctx py.Context, co *py.Code, name string, globals, locals py.StringDict, args []py.Object, kws py.StringDict, defs []py.Object, kwdefs py.StringDict, closure py.Tuple) (py.Object, error) {
	if globals == nil {
		return nil, py.ExceptionNewf(py.SystemError, "evalCode: nil globals")
	}
	f := newFrame(ctx, globals, locals, co)
	var order []string
	if c, ok := ctx.(*Context); ok {
		order, c.kwOrder = c.kwOrder, nil
	}
	if err := bindArguments(f, co, name, args, kws, order, defs, kwdefs); err != nil {
		return nil, err
	}
	if len(closure) < len(co.Freevars) {
		return nil, py.ExceptionNewf(py.SystemError, "%s() needs %d free variables, closure has %d", co.Name, len(co.Freevars), len(closure))
	}
	nargs := argumentSlots(co)
	for i, name := range co.Cellvars {
		cell := py.NewCell(nil)
		for j := 0; j < nargs; j++ {
			if co.Varnames[j] == name {
				cell = py.NewCell(f.Localsplus[j])
				f.Localsplus[j] = nil
				break
			}
		}
		f.CellAndFreeVars[i] = cell
	}
	copy(f.CellAndFreeVars[len(co.Cellvars):], closure[:len(co.Freevars)])
	if co.Flags&py.CO_GENERATOR != 0 {
		if c, ok := ctx.(*Context); ok {
			return newGenerator(c, f), nil
		}
		return py.NewGenerator(f), nil
	}
	return py.VmRunFrame(f)
}

// newFrame is py.NewFrame with the local slots and the value stack in one
// allocation.
func newFrame(ctx py.Context, globals, locals py.StringDict, co *py.Code) *py.Frame {
	nlocals := int(co.Nlocals)
	n := nlocals + len(co.Cellvars) + len(co.Freevars)
	mem := make([]py.Object, n+int(co.Stacksize))
	return &py.Frame{
		Context:         ctx,
		Globals:         globals,
		Locals:          locals,
		Code:            co,
		LocalVars:       mem[:nlocals:nlocals],
		CellAndFreeVars: mem[nlocals:n:n],
		Builtins:        ctx.Store().Builtins.Globals,
		Localsplus:      mem[:n:n],
		Stack:           mem[n:n],
	}
}

// argumentSlots is the number of local slots that hold arguments:
// positional, keyword-only, *args and **kwargs.
func argumentSlots(co *py.Code) int {
	n := int(co.Argcount + co.Kwonlyargcount)
	if co.Flags&py.CO_VARARGS != 0 {
		n++
	}
	if co.Flags&py.CO_VARKEYWORDS != 0 {
		n++
	}
	return n
}

// bindArguments puts a call's arguments into the frame's local slots, with
// CPython's rules and error messages.
//
// order is the order the call wrote its keyword arguments in, when the
// caller knows it: a **kwargs parameter keeps it, as in CPython.
func bindArguments(f *py.Frame, co *py.Code, name string, args []py.Object, kws py.StringDict, order []string, defs []py.Object, kwdefs py.StringDict) error {
	fast := f.Localsplus
	nparams := int(co.Argcount)
	total := nparams + int(co.Kwonlyargcount)
	varargs := co.Flags&py.CO_VARARGS != 0

	var kwdict *pyobj.Dict
	if co.Flags&py.CO_VARKEYWORDS != 0 {
		kwdict = pyobj.NewDict()
		slot := total
		if varargs {
			slot++
		}
		fast[slot] = kwdict
	}
	n := min(len(args), nparams)
	copy(fast, args[:n])
	if varargs {
		fast[total] = append(py.Tuple{}, args[n:]...)
	}
	if !sameKeys(order, kws) {
		order = make([]string, 0, len(kws))
		for name := range kws {
			order = append(order, name)
		}
		sort.Strings(order)
	}
	posonly := 0
	if len(order) > 0 {
		posonly = positionalOnly(co)
	}
	var asKeyword []string
	for _, kw := range order {
		value := kws[kw]
		j := indexOf(co.Varnames[:total], kw)
		if j >= 0 && j < posonly {
			if kwdict == nil {
				asKeyword = append(asKeyword, kw)
				continue
			}
			j = -1
		}
		switch {
		case j < 0 && kwdict == nil:
			return py.ExceptionNewf(py.TypeError, "%s() got an unexpected keyword argument '%s'", name, kw)
		case j < 0:
			if err := kwdict.SetItem(py.String(kw), value); err != nil {
				return err
			}
		case fast[j] != nil:
			return py.ExceptionNewf(py.TypeError, "%s() got multiple values for argument '%s'", name, kw)
		default:
			fast[j] = value
		}
	}
	if len(asKeyword) > 0 {
		return positionalAsKeyword(name, asKeyword)
	}
	if len(args) > nparams && !varargs {
		return tooManyPositional(co, name, len(args), len(defs))
	}
	required := nparams - len(defs)
	if missing := unset(fast, co.Varnames, len(args), required); len(missing) > 0 {
		return missingArguments(name, "positional", missing)
	}
	for i := max(required, 0); i < nparams; i++ {
		if fast[i] == nil {
			fast[i] = defs[i-required]
		}
	}
	for i := nparams; i < total; i++ {
		if fast[i] == nil {
			if v, ok := kwdefs[co.Varnames[i]]; ok {
				fast[i] = v
			}
		}
	}
	if missing := unset(fast, co.Varnames, nparams, total); len(missing) > 0 {
		return missingArguments(name, "keyword-only", missing)
	}
	return nil
}

// sameKeys tells whether order names exactly the keys of kws.
func sameKeys(order []string, kws py.StringDict) bool {
	if len(order) != len(kws) {
		return false
	}
	for _, k := range order {
		if _, ok := kws[k]; !ok {
			return false
		}
	}
	return true
}

func indexOf(names []string, name string) int {
	for i, n := range names {
		if n == name {
			return i
		}
	}
	return -1
}

// unset lists the names of the slots in [from, to) that hold nothing.
func unset(fast []py.Object, names []string, from, to int) []string {
	var out []string
	for i := from; i < to; i++ {
		if fast[i] == nil {
			out = append(out, names[i])
		}
	}
	return out
}

func missingArguments(fn, kind string, names []string) error {
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = "'" + n + "'"
	}
	var list string
	switch len(quoted) {
	case 1:
		list = quoted[0]
	case 2:
		list = quoted[0] + " and " + quoted[1]
	default:
		list = strings.Join(quoted[:len(quoted)-1], ", ") + ", and " + quoted[len(quoted)-1]
	}
	return py.ExceptionNewf(py.TypeError, "%s() missing %d required %s argument%s: %s",
		fn, len(names), kind, plural(len(names)), list)
}

func tooManyPositional(co *py.Code, name string, given, ndefs int) error {
	takes, s := fmt.Sprint(co.Argcount), plural(int(co.Argcount))
	if ndefs > 0 {
		takes, s = fmt.Sprintf("from %d to %d", int(co.Argcount)-ndefs, co.Argcount), "s"
	}
	was := "were"
	if given == 1 {
		was = "was"
	}
	return py.ExceptionNewf(py.TypeError, "%s() takes %s positional argument%s but %d %s given",
		name, takes, s, given, was)
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
