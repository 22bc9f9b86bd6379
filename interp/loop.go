package interp

import (
	"reflect"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"
)

// spython runs gpython's code objects on an evaluation loop of its own.
// gpython v0.2.0's loop builds every dict display as a str-keyed dict,
// treats any error of an iterator as its end, panics on `is` between two
// tuples and never sets __context__; those are properties of the loop,
// not of the objects, so they are fixed here rather than worked around.
// The loop follows the CPython 3.4 bytecode that gpython's compiler emits.

// why says why the loop stopped running instructions in order.
type why byte

const (
	whyNot       why = iota // running normally
	whyException            // an exception is propagating
	whyReturn               // a return statement
	whyBreak                // a break statement
	whyContinue             // a continue statement
	whyYield                // a generator yields
	whySilenced             // a with statement's __exit__ swallowed the exception
)

// run is the state of one frame's run of the loop.
type run struct {
	c      *Context
	f      *py.Frame
	why    why
	retval py.Object
	exc    py.ExceptionInfo // the exception propagating, while why is whyException
	start  int32            // offset of the instruction running
	// moduleLevel is set when the frame's locals are its globals (a
	// module body), so LOAD_NAME looks a name up once, not twice.
	moduleLevel bool
	// order records the names a class body assigns, in order.
	order *[]string
}

func (r *run) push(o py.Object) { r.f.Stack = append(r.f.Stack, o) }

func (r *run) pop() py.Object {
	s := r.f.Stack
	o := s[len(s)-1]
	s[len(s)-1] = nil
	r.f.Stack = s[:len(s)-1]
	return o
}

func (r *run) top() py.Object       { return r.f.Stack[len(r.f.Stack)-1] }
func (r *run) setTop(o py.Object)   { r.f.Stack[len(r.f.Stack)-1] = o }
func (r *run) peek(n int) py.Object { return r.f.Stack[len(r.f.Stack)-n] }

// popN removes the top n values and returns them in stack order. The
// slice aliases the stack: copy it before pushing.
func (r *run) popN(n int) []py.Object {
	s := r.f.Stack
	out := s[len(s)-n:]
	r.f.Stack = s[:len(s)-n]
	return out
}

// runFrame runs f until it returns, raises or yields. A non-nil throw is
// raised in the frame at the point where it was suspended (generator
// throw and close).
func (c *Context) runFrame(f *py.Frame, throw error) (py.Object, error) {
	r := run{c: c, f: f, start: f.Lasti, moduleLevel: f.Locals != nil && sameMapPointer(f.Locals, f.Globals)}
	if !r.moduleLevel {
		r.order = c.classBodyOrder(f.Locals)
	}
	code := f.Code.Code
	if int(f.Lasti) >= len(code) {
		return nil, py.ExceptionNewf(py.SystemError, "frame has already finished")
	}
	if throw != nil {
		r.setError(throw)
		r.unwind()
	}
	var ext int32
	for r.why == whyNot {
		r.start = f.Lasti
		op := vm.OpCode(code[f.Lasti])
		f.Lasti++
		var arg int32
		if op >= vm.HAVE_ARGUMENT {
			arg = int32(code[f.Lasti]) | int32(code[f.Lasti+1])<<8 | ext
			f.Lasti += 2
			ext = 0
			if op == vm.EXTENDED_ARG {
				ext = arg << 16
				continue
			}
		}
		if err := r.step(op, arg); err != nil {
			r.setError(err)
		}
		if r.why == whyYield {
			return r.retval, nil
		}
		if r.why != whyNot {
			r.unwind()
		}
	}
	f.Yielded = false
	if r.why == whyException {
		return nil, r.exc
	}
	return r.retval, nil
}

// setError makes err the exception propagating from the current
// instruction: it gets a traceback entry for this frame, and __context__
// when it was raised while another exception was being handled.
func (r *run) setError(err error) {
	info := toExceptionInfo(err)
	if info.Traceback == nil {
		r.c.chainContext(info.Value)
		if e, ok := info.Value.(*py.Exception); ok {
			translateMessage(e)
		}
	}
	info.Traceback = &py.Traceback{
		Next:   info.Traceback,
		Frame:  r.f,
		Lasti:  r.start,
		Lineno: r.f.Code.Addr2Line(r.start),
	}
	if e := asException(info.Value); e != nil {
		e.Traceback = info.Traceback
	}
	r.exc = info
	r.why = whyException
}

// toExceptionInfo turns any error from Go or Python into the exception
// triple the loop carries.
func toExceptionInfo(err error) py.ExceptionInfo {
	switch e := err.(type) {
	case py.ExceptionInfo:
		return e
	case *py.Exception:
		tb, _ := e.Traceback.(*py.Traceback)
		return py.ExceptionInfo{Type: e.Type(), Value: e, Traceback: tb}
	}
	e := py.MakeException(err)
	return py.ExceptionInfo{Type: e.Type(), Value: e}
}

// chainContext sets e.__context__ to the exception being handled, if any,
// as CPython does when an exception is raised inside an except or finally
// block. A chain that would loop back to e is cut.
func (c *Context) chainContext(v py.Object) {
	e, handled := asException(v), asException(c.handling.Value)
	if e == nil || handled == nil || handled == e || e.Context != nil {
		return
	}
	for x := handled; x != nil; {
		next := asException(x.Context)
		if next == e {
			x.Context = nil
			break
		}
		x = next
	}
	e.Context = c.handling.Value
}

// unwind pops blocks until one handles r.why, or the frame is left.
func (r *run) unwind() {
	f := r.f
	for r.why != whyNot && f.Block != nil {
		b := *f.Block // a copy: pushing a block below reuses the slot
		if b.Type == py.TryBlockSetupLoop && r.why == whyContinue {
			r.why = whyNot
			f.Lasti = int32(r.retval.(py.Int))
			return
		}
		f.PopBlock()
		if b.Type == py.TryBlockExceptHandler {
			r.endHandler(&b)
			continue
		}
		r.truncate(b.Level)
		switch {
		case b.Type == py.TryBlockSetupLoop && r.why == whyBreak:
			r.why = whyNot
			f.Lasti = b.Handler
			return
		case r.why == whyException && (b.Type == py.TryBlockSetupExcept || b.Type == py.TryBlockSetupFinally):
			// The handler gets the exception that was being handled
			// (restored by POP_EXCEPT) and then the new one, as three
			// values each: traceback, value, type.
			f.PushBlock(py.TryBlockExceptHandler, -1, len(f.Stack))
			prev := r.c.handling
			r.push(tracebackOrNone(prev.Traceback))
			r.push(valueOrNone(prev.Value))
			r.push(typeOrNone(prev.Type))
			exc := r.exc
			r.exc = py.ExceptionInfo{}
			r.c.handling = exc
			r.push(tracebackOrNone(exc.Traceback))
			r.push(exc.Value)
			r.push(exc.Type)
			r.why = whyNot
			f.Lasti = b.Handler
			return
		case b.Type == py.TryBlockSetupFinally:
			if r.why == whyReturn || r.why == whyContinue {
				r.push(r.retval)
			}
			r.push(py.Int(r.why))
			r.why = whyNot
			f.Lasti = b.Handler
			return
		}
	}
}

func (r *run) truncate(level int) {
	s := r.f.Stack
	for i := level; i < len(s); i++ {
		s[i] = nil
	}
	if len(s) > level {
		r.f.Stack = s[:level]
	}
}

// endHandler leaves an except handler: the exception handled before it
// becomes the one being handled again.
func (r *run) endHandler(b *py.TryBlock) {
	r.truncate(b.Level + 3)
	t := r.pop()
	v := r.pop()
	tb := r.pop()
	var prev py.ExceptionInfo
	if t != py.None && t != nil {
		prev.Type, _ = t.(*py.Type)
		prev.Value = v
		prev.Traceback, _ = tb.(*py.Traceback)
	}
	r.c.handling = prev
}

func tracebackOrNone(tb *py.Traceback) py.Object {
	if tb == nil {
		return py.None
	}
	return tb
}

func valueOrNone(v py.Object) py.Object {
	if v == nil {
		return py.None
	}
	return v
}

func typeOrNone(t *py.Type) py.Object {
	if t == nil {
		return py.None
	}
	return t
}

// sameMapPointer tells whether two StringDicts are the same map.
func sameMapPointer(a, b py.StringDict) bool {
	return reflect.ValueOf(a).UnsafePointer() == reflect.ValueOf(b).UnsafePointer()
}
