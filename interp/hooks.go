package interp

import (
	"sync"

	"github.com/go-python/gpython/py"

	"github.com/spython/spython/hooks"
	"github.com/spython/spython/interp/pyobj"
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
			return c.runFrame(frame, nil)
		}

		compile := py.Compile
		py.Compile = func(src, filename string, mode py.CompileMode, flags int, dontInherit bool) (*py.Code, error) {
			src, posonly, private, err := rewriteSource(src, filename)
			if err != nil {
				return nil, err
			}
			tree, err := checkNesting(src, filename, mode)
			if err != nil {
				return nil, err
			}
			co, err := compile(src, filename, mode, flags, dontInherit)
			if err == nil {
				// The passes below read the tree parsed above: the
				// source is parsed once by spython, once by gpython.
				fixDerefs(co, tree, src)
				recordKwDefaults(co, tree)
				recordPositionalOnly(co, tree, posonly)
				if err := bindWalrus(co, tree, src, filename); err != nil {
					return nil, err
				}
				namePrivateDefs(co, private)
			}
			return co, err
		}

		freezeBuiltinTypes()
		installClasses()
		installStr()
		installContainers()
		installBytes()
		installFloat()
		installComplex()
		installNumbersAndErrors()
		addFunctionAttributes()
		auditFunctionAttributes()
		addStrMethods()
		addBytesMethods()
		addByteArrayMethods()
		addSeqMethods()
		addNumMethods()
		addStrFormat()
		installRangeAndSlice()
		acceptImportErrorKeywords()
	})
}

// isEmptyDefaults tells the empty tuple or dict gpython gives a function
// without defaults.
func isEmptyDefaults(v py.Object) bool {
	switch d := v.(type) {
	case py.Tuple:
		return len(d) == 0
	case py.StringDict:
		return len(d) == 0
	case *pyobj.Dict:
		n, _ := d.M__len__()
		return n == py.Int(0)
	}
	return false
}

// auditFunctionAttributes makes reads of a function's __code__,
// __defaults__ and __kwdefaults__ raise object.__getattr__, and changes to
// them raise object.__setattr__ / object.__delattr__, as in CPython, by
// wrapping the properties of gpython's function type.
func auditFunctionAttributes() {
	for _, name := range []string{"__code__", "__defaults__", "__kwdefaults__"} {
		orig, ok := py.FunctionType.Dict[name].(*py.Property)
		if !ok {
			continue
		}
		attr := py.String(name)
		p := &py.Property{Doc: orig.Doc}
		if orig.Fget != nil {
			p.Fget = func(self py.Object) (py.Object, error) {
				if err := functionContext(self).audit(hooks.ObjectGetattr, self, attr); err != nil {
					return nil, err
				}
				v, err := orig.Fget(self)
				if err == nil && isEmptyDefaults(v) {
					return py.None, nil // no defaults: None, as in CPython
				}
				return v, err
			}
		}
		if orig.Fset != nil {
			p.Fset = func(self, value py.Object) error {
				if err := functionContext(self).audit(hooks.ObjectSetattr, self, attr, value); err != nil {
					return err
				}
				return orig.Fset(self, value)
			}
		}
		if orig.Fdel != nil {
			p.Fdel = func(self py.Object) error {
				if err := functionContext(self).audit(hooks.ObjectDelattr, self, attr); err != nil {
					return err
				}
				return orig.Fdel(self)
			}
		}
		py.FunctionType.Dict[name] = p
	}
}

// functionContext is the context a function belongs to; a nil *Context
// (for a context that is not spython's) audits nothing.
func functionContext(f py.Object) *Context {
	if fn, ok := f.(*py.Function); ok {
		if c, ok := fn.Context.(*Context); ok {
			return c
		}
	}
	return nil
}

// auditedClassAttributes are the attributes of a class whose change
// raises object.__setattr__ (or object.__delattr__), as in CPython.
var auditedClassAttributes = map[string]bool{
	"__name__": true, "__qualname__": true, "__bases__": true, "__module__": true, "__doc__": true,
}

// enter is the check point at every frame that starts or resumes running
// (a call, a module or class body, a generator step): a pending interrupt
// is raised here, the call depth is bounded, and the frame joins the stack.
func (c *Context) enter(f *py.Frame) error {
	if err := c.takeInterrupt(); err != nil {
		return err
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
		"Store an attribute; refused on built-in types.")
	py.ObjectType.Dict["__delattr__"] = py.MustNewMethod("__delattr__", typeDelattr, 0,
		"Remove an attribute; refused on built-in types.")
}

func typeSetattr(self py.Object, args py.Tuple) (py.Object, error) {
	var target, name, value py.Object
	if err := py.UnpackTuple(boundTarget(self, args, 2), nil, "__setattr__", 3, 3, &target, &name, &value); err != nil {
		return nil, err
	}
	if o, ok := target.(*Instance); ok {
		// object.__setattr__ on an instance: __class__, slots,
		// descriptors and the dict, as the statement does.
		key, err := attributeName(name)
		if err != nil {
			return nil, err
		}
		return py.None, o.storeAttr(key, value)
	}
	// A data descriptor of the target's type (the audited __code__ of a
	// function, a property) decides, as object.__setattr__ does in CPython.
	if key, ok := name.(py.String); ok && !isClass(target) {
		if d, ok := target.Type().NativeGetAttrOrNil(string(key)).(py.I__set__); ok {
			return d.M__set__(target, value)
		}
	}
	dict, key, err := writableDict(target, name)
	if err != nil {
		return nil, err
	}
	if err := auditClassChange(hooks.ObjectSetattr, target, key, value); err != nil {
		return nil, err
	}
	dict[key] = value
	return py.None, nil
}

func typeDelattr(self py.Object, args py.Tuple) (py.Object, error) {
	var target, name py.Object
	if err := py.UnpackTuple(boundTarget(self, args, 1), nil, "__delattr__", 2, 2, &target, &name); err != nil {
		return nil, err
	}
	if o, ok := target.(*Instance); ok {
		key, err := attributeName(name)
		if err != nil {
			return nil, err
		}
		return o.deleteAttr(key)
	}
	if key, ok := name.(py.String); ok && !isClass(target) {
		if d, ok := target.Type().NativeGetAttrOrNil(string(key)).(py.I__delete__); ok {
			return d.M__delete__(target)
		}
	}
	dict, key, err := writableDict(target, name)
	if err != nil {
		return nil, err
	}
	if _, ok := dict[key]; !ok {
		return nil, py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s'", target.Type().Name, key)
	}
	if err := auditClassChange(hooks.ObjectDelattr, target, key); err != nil {
		return nil, err
	}
	delete(dict, key)
	return py.None, nil
}

// boundTarget is the arguments of object's __setattr__ or __delattr__
// with the target first: called on the class (object.__setattr__(o, n,
// v)) the target is there already; bound to an instance (o.__setattr__(n,
// v), super().__setattr__(n, v)) it is self, and n arguments follow.
func boundTarget(self py.Object, args py.Tuple, n int) py.Tuple {
	if len(args) == n && self != nil && self != py.None {
		return append(py.Tuple{self}, args...)
	}
	return args
}

// attributeName is an attribute name argument, which must be a str.
func attributeName(name py.Object) (string, error) {
	key, ok := name.(py.String)
	if !ok {
		return "", py.ExceptionNewf(py.TypeError, "attribute name must be string, not '%s'", name.Type().Name)
	}
	return string(key), nil
}

// auditClassChange raises spec for a change to one of the special
// attributes of a class.
func auditClassChange(spec *hooks.Spec, target py.Object, key string, value ...py.Object) error {
	if t, ok := target.(*py.Type); !ok || t.Flags&py.TPFLAGS_HEAPTYPE == 0 || !auditedClassAttributes[key] {
		return nil
	}
	return active.Load().audit(spec, append([]py.Object{target, py.String(key)}, value...)...)
}

// isClass reports whether o is a class (built-in or made by a class
// statement) rather than an instance, which gpython also represents as
// *py.Type.
func isClass(o py.Object) bool {
	t, ok := o.(*py.Type)
	return ok && t.Flags != 0
}

// isBuiltinType tells a built-in type from the other *py.Type values of
// gpython: classes made by a class statement are heap types, and instances
// of classes (also *py.Type in gpython) have no flags at all.
func isBuiltinType(t *py.Type) bool {
	return t.Flags != 0 && t.Flags&py.TPFLAGS_HEAPTYPE == 0
}

// writableDict returns the dict an attribute store on target writes to,
// or the TypeError CPython raises for a built-in type.
func writableDict(target, name py.Object) (py.StringDict, string, error) {
	key, ok := name.(py.String)
	if !ok {
		return nil, "", py.ExceptionNewf(py.TypeError, "attribute name must be string, not '%s'", name.Type().Name)
	}
	if t, ok := target.(*py.Type); ok && isBuiltinType(t) {
		return nil, "", py.ExceptionNewf(py.TypeError, "cannot set '%s' attribute of immutable type '%s'", string(key), t.Name)
	}
	if d, ok := target.(py.IGetDict); ok && d.GetDict() != nil {
		return d.GetDict(), string(key), nil
	}
	return nil, "", py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s'", target.Type().Name, string(key))
}
