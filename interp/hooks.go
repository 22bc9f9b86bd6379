package interp

import (
	"sync"

	"github.com/go-python/gpython/py"
)

// gpython keeps the compiler, the evaluator and the dicts of built-in types
// in package-level variables shared by every context. spython replaces or
// wraps them once, process-wide; the wrappers act only for spython's own
// contexts.

var globalHooks sync.Once

func installGlobalHooks() {
	globalHooks.Do(func() {
		py.VmEvalCode = evalCode

		runFrame := py.VmRunFrame
		py.VmRunFrame = func(frame *py.Frame) (py.Object, error) {
			c, ok := frame.Context.(*Context)
			if !ok {
				return runFrame(frame)
			}
			if err := c.enter(frame); err != nil {
				return nil, err
			}
			defer c.leave()
			return runFrame(frame)
		}

		compile := py.Compile
		py.Compile = func(src, filename string, mode py.CompileMode, flags int, dontInherit bool) (*py.Code, error) {
			if err := checkNesting(src, filename, mode); err != nil {
				return nil, err
			}
			return compile(src, filename, mode, flags, dontInherit)
		}

		freezeBuiltinTypes()
	})
}

// enter is the check point at every frame that starts or resumes running
// (a call, a module or class body, a generator step): a pending interrupt
// is raised here, the call depth is bounded, and the frame joins the stack.
func (c *Context) enter(f *py.Frame) error {
	if c.interrupted.Load() && c.interrupted.CompareAndSwap(true, false) {
		return py.ExceptionNewf(py.KeyboardInterrupt, "")
	}
	if len(c.frames) >= c.limit {
		return py.ExceptionNewf(RecursionError, "maximum recursion depth exceeded")
	}
	c.frames = append(c.frames, f)
	return nil
}

func (c *Context) leave() {
	c.frames[len(c.frames)-1] = nil
	c.frames = c.frames[:len(c.frames)-1]
}

// frame returns the innermost running Python frame, or nil.
func (c *Context) frame() *py.Frame {
	if len(c.frames) == 0 {
		return nil
	}
	return c.frames[len(c.frames)-1]
}

// freezeBuiltinTypes makes `str.upper = f`, `setattr(int, ...)` and
// `del list.append` raise TypeError, as CPython does. gpython's built-in
// types have `object` as their type, so a __setattr__ in object's dict
// sees every attribute store on a type; stores on classes made by a class
// statement (heap types) go on to the class's dict.
func freezeBuiltinTypes() {
	py.ObjectType.Dict["__setattr__"] = py.MustNewMethod("__setattr__", typeSetattr, 0,
		"Implement setattr(self, name, value).")
	py.ObjectType.Dict["__delattr__"] = py.MustNewMethod("__delattr__", typeDelattr, 0,
		"Implement delattr(self, name).")
}

func typeSetattr(_ py.Object, args py.Tuple) (py.Object, error) {
	var target, name, value py.Object
	if err := py.UnpackTuple(args, nil, "__setattr__", 3, 3, &target, &name, &value); err != nil {
		return nil, err
	}
	dict, key, err := writableDict(target, name)
	if err != nil {
		return nil, err
	}
	dict[key] = value
	return py.None, nil
}

func typeDelattr(_ py.Object, args py.Tuple) (py.Object, error) {
	var target, name py.Object
	if err := py.UnpackTuple(args, nil, "__delattr__", 2, 2, &target, &name); err != nil {
		return nil, err
	}
	dict, key, err := writableDict(target, name)
	if err != nil {
		return nil, err
	}
	if _, ok := dict[key]; !ok {
		return nil, py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s'", target.Type().Name, key)
	}
	delete(dict, key)
	return py.None, nil
}

// writableDict returns the dict an attribute store on target writes to,
// or the TypeError CPython raises for a built-in type.
func writableDict(target, name py.Object) (py.StringDict, string, error) {
	key, ok := name.(py.String)
	if !ok {
		return nil, "", py.ExceptionNewf(py.TypeError, "attribute name must be string, not '%s'", name.Type().Name)
	}
	if t, ok := target.(*py.Type); ok && t.Flags&py.TPFLAGS_HEAPTYPE == 0 {
		return nil, "", py.ExceptionNewf(py.TypeError, "cannot set '%s' attribute of immutable type '%s'", string(key), t.Name)
	}
	if d, ok := target.(py.IGetDict); ok && d.GetDict() != nil {
		return d.GetDict(), string(key), nil
	}
	return nil, "", py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s'", target.Type().Name, string(key))
}
