package interp

import (
	"fmt"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"
)

// gpython v0.2.0's generators drop the value a generator returns (so
// `x = yield from g` is always None) and have no throw or close. spython's
// generator runs its frame on spython's loop and has all three.

// generatorType is the type of spython's generators.
var generatorType = py.NewType("generator", "generator object")

type generator struct {
	c       *Context
	frame   *py.Frame
	started bool
	running bool
	done    bool
}

func (g *generator) Type() *py.Type { return generatorType }

func newGenerator(c *Context, f *py.Frame) *generator {
	return &generator{c: c, frame: f}
}

func (g *generator) M__iter__() (py.Object, error) { return g, nil }

// M__next__ is next(g). The end is gpython's StopIteration itself, which
// is what its own loops (list(), tuple()) look for; send keeps the value.
func (g *generator) M__next__() (py.Object, error) {
	res, err := g.send(py.None)
	if err != nil && py.IsException(py.StopIteration, err) {
		return nil, py.StopIteration
	}
	return res, err
}

func (g *generator) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<generator object %s at %p>", g.frame.Code.Name, g)), nil
}

// send resumes the generator with value as the result of the yield it
// stopped at.
func (g *generator) send(value py.Object) (py.Object, error) {
	if g.done {
		return nil, py.ExceptionNewf(py.StopIteration, "")
	}
	if !g.started && value != py.None {
		return nil, py.ExceptionNewf(py.TypeError, "can't send non-None value to a just-started generator")
	}
	if g.started {
		g.frame.Stack = append(g.frame.Stack, value)
	}
	return g.resume(nil)
}

// resume runs the frame until it yields or ends; throw is raised where the
// generator stopped.
func (g *generator) resume(throw error) (py.Object, error) {
	if g.running {
		return nil, py.ExceptionNewf(py.ValueError, "generator already executing")
	}
	g.started = true
	g.running = true
	defer func() { g.running = false }()
	if err := g.c.enter(g.frame); err != nil {
		return nil, err
	}
	res, err := g.c.runFrame(g.frame, throw)
	g.c.leave()
	if err != nil {
		g.done = true
		if py.IsException(py.StopIteration, err) {
			return nil, py.ExceptionNewf(py.RuntimeError, "generator raised StopIteration")
		}
		return nil, err
	}
	if g.frame.Yielded {
		return res, nil
	}
	g.done = true
	if res == py.None {
		return nil, py.ExceptionNewf(py.StopIteration, "")
	}
	e, err := py.ExceptionNew(py.StopIteration, py.Tuple{res}, nil)
	if err != nil {
		return nil, err
	}
	return nil, e.(*py.Exception)
}

// throw raises an exception where the generator stopped.
func (g *generator) throw(args py.Tuple) (py.Object, error) {
	if len(args) < 1 || len(args) > 3 {
		return nil, py.ExceptionNewf(py.TypeError, "throw expected at least 1 argument, got %d", len(args))
	}
	exc := args[0]
	if len(args) > 1 && args[1] != py.None {
		if t, ok := exc.(*py.Type); ok {
			v, err := py.Call(t, py.Tuple{args[1]}, nil)
			if err != nil {
				return nil, err
			}
			exc = v
		}
	}
	e, err := makeException(exc)
	if err != nil {
		return nil, py.ExceptionNewf(py.TypeError, "exceptions must be classes or instances deriving from BaseException, not %s", exc.Type().Name)
	}
	thrown := py.ExceptionInfo{Type: e.Type(), Value: e}
	if g.done || !g.started {
		g.done = true
		return nil, thrown
	}
	if inner := g.delegate(); inner != nil {
		// Paused in yield from: the inner iterator gets the exception
		// first, as in CPython.
		var res py.Object
		var err error
		var handled bool
		if ig, ok := inner.(*generator); ok {
			handled = true
			res, err = ig.throw(py.Tuple{e})
		} else if m, merr := getAttr(inner, "throw"); merr == nil {
			handled = true
			res, err = pyCall(m, py.Tuple{e}, nil)
		}
		if handled {
			switch {
			case err == nil:
				return res, nil // the inner iterator yielded
			case py.IsException(py.StopIteration, err):
				// The inner iterator finished: yield from gives its value.
				g.frame.Stack[len(g.frame.Stack)-1] = stopValue(err)
				g.frame.Lasti++
				return g.resume(nil)
			}
			return g.resume(toExceptionInfo(err))
		}
	}
	return g.resume(thrown)
}

// delegate is the iterator a generator paused in yield from waits on, or
// nil.
func (g *generator) delegate() py.Object {
	f := g.frame
	if !g.started || g.done || int(f.Lasti) >= len(f.Code.Code) || vm.OpCode(f.Code.Code[f.Lasti]) != vm.YIELD_FROM || len(f.Stack) == 0 {
		return nil
	}
	return f.Stack[len(f.Stack)-1]
}

// close raises GeneratorExit where the generator stopped.
func (g *generator) close() (py.Object, error) {
	if g.done || !g.started {
		g.done = true
		return py.None, nil
	}
	if inner := g.delegate(); inner != nil {
		// The inner iterator of a yield from is closed first.
		var err error
		if ig, ok := inner.(*generator); ok {
			_, err = ig.close()
		} else if m, merr := getAttr(inner, "close"); merr == nil {
			_, err = pyCall(m, nil, nil)
		}
		if err != nil {
			_, err = g.resume(toExceptionInfo(err))
			if err == nil {
				return nil, py.ExceptionNewf(py.RuntimeError, "generator ignored GeneratorExit")
			}
			return nil, err
		}
	}
	exit, _ := py.ExceptionNew(py.GeneratorExit, nil, nil)
	_, err := g.resume(py.ExceptionInfo{Type: py.GeneratorExit, Value: exit})
	switch {
	case err == nil:
		return nil, py.ExceptionNewf(py.RuntimeError, "generator ignored GeneratorExit")
	case py.IsException(py.GeneratorExit, err) || py.IsException(py.StopIteration, err):
		return py.None, nil
	}
	return nil, err
}

func init() {
	d := generatorType.Dict
	// The name of the function (or "<genexpr>") the generator runs.
	name := &py.Property{Fget: func(self py.Object) (py.Object, error) {
		return py.String(self.(*generator).frame.Code.Name), nil
	}}
	d["__name__"], d["__qualname__"] = name, name
	d["gi_running"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		return py.NewBool(self.(*generator).running), nil
	}}
	d["send"] = py.MustNewMethod("send", func(self, value py.Object) (py.Object, error) {
		return self.(*generator).send(value)
	}, 0, "send(arg)\n\nResume the generator, making the paused yield evaluate to arg; gives the\nnext value yielded (StopIteration when the generator finishes).")
	d["throw"] = py.MustNewMethod("throw", func(self py.Object, args py.Tuple) (py.Object, error) {
		return self.(*generator).throw(args)
	}, 0, "throw(value)\nthrow(type[,value[,tb]])\n\nResume the generator by raising the exception at the paused yield; gives\nthe next value yielded (StopIteration when the generator finishes).")
	d["close"] = py.MustNewMethod("close", func(self py.Object) (py.Object, error) {
		return self.(*generator).close()
	}, 0, "close()\n\nFinish the generator: GeneratorExit is raised at the paused yield.")
	d["gi_running"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		return py.NewBool(self.(*generator).running), nil
	}}
	d["gi_code"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		return self.(*generator).frame.Code, nil
	}}
}
