package interp

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
	"sync"
	"unsafe"

	"github.com/go-python/gpython/py"

	"github.com/spython/spython/interp/pyobj"
)

// addClassBuiltins puts spython's __build_class__, super and property
// into a context's builtins.
func addClassBuiltins(b py.StringDict) {
	b["__build_class__"] = py.MustNewMethod("__build_class__", buildClass, 0,
		"__build_class__(func, name, /, *bases, metaclass=<unset>, **kwds)\n\nRuns a class statement: func is its body, the metaclass makes the class.")
	b["super"] = SuperType
	b["property"] = PropertyType
	b["getattr"] = py.MustNewMethod("getattr", builtinGetattr, 0, "getattr(obj, name, default=<unset>, /)\n\nobj.name for a name held in a str; default instead of AttributeError\nwhen given.")
	b["hasattr"] = py.MustNewMethod("hasattr", builtinHasattr, 0, "hasattr(obj, name, /)\n\nWhether getattr(obj, name) succeeds (does not raise AttributeError).")
	b["setattr"] = py.MustNewMethod("setattr", func(_ py.Object, args py.Tuple) (py.Object, error) {
		var o, name, v py.Object
		if err := py.UnpackTuple(args, nil, "setattr", 3, 3, &o, &name, &v); err != nil {
			return nil, err
		}
		s, ok := name.(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "attribute name must be string, not '%s'", name.Type().Name)
		}
		return py.None, storeAttribute(o, string(s), v)
	}, 0, "setattr(obj, name, value, /)\n\nSet the named attribute of obj to value, as obj.name = value does.")
	b["__spython_definition_order__"] = py.MustNewMethod("__spython_definition_order__", builtinDefinitionOrder, 0, "The names of a class namespace being built, in the order its body assigned them.")
	b["repr"] = py.MustNewMethod("repr", builtinRepr, 0, "repr(obj, /)\n\nThe printable form of obj, as type(obj).__repr__ gives it.")
	fixMetatypes(b)
}

// buildClass runs a class statement: the body runs in a fresh namespace,
// then the metaclass makes the class. gpython's own takes the type of the
// first base as the metaclass, which for a built-in base is object.
func buildClass(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) < 2 {
		return nil, py.ExceptionNewf(py.TypeError, "__build_class__: not enough arguments")
	}
	fn, ok := args[0].(*py.Function)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "__build_class__: func must be a function")
	}
	name, ok := args[1].(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "__build_class__: name is not a string")
	}
	if n := fn.Code.Name; n != string(name) && strings.HasPrefix(n, "__") && strings.HasSuffix(string(name), n) {
		name = py.String(n) // a private name, bound mangled
	}
	bases := append(py.Tuple(nil), args[2:]...)
	kw := py.NewStringDict()
	var meta py.Object
	for k, v := range kwargs {
		if k == "metaclass" {
			meta = v
			continue
		}
		kw[k] = v
	}
	if meta == nil {
		m, err := calculateMeta(bases)
		if err != nil {
			return nil, err
		}
		meta = m
	}
	ns := py.NewStringDict()
	if c, ok := fn.Context.(*Context); ok {
		defer c.trackClassBody(ns)()
	}
	cell, err := fn.Context.RunCode(fn.Code, fn.Globals, ns, fn.Closure)
	if err != nil {
		return nil, err
	}
	qualname := ns["__qualname__"]
	cls, err := pyCall(meta, py.Tuple{name, bases, ns}, kw)
	if err != nil {
		return nil, err
	}
	if t, ok := cls.(*py.Type); ok && qualname != nil {
		// gpython's type() drops the dotted path of a nested class
		// (Outer.Inner) that the class body set.
		if q, ok := qualname.(py.String); ok && string(q) != t.Name {
			qualnames.Store(t, q)
		}
	}
	if c, ok := cell.(*py.Cell); ok {
		c.Set(cls)
	}
	return cls, nil
}

// metaOf is the metaclass of a base: type for every built-in type (whose
// gpython type is object), else the class's own type.
func metaOf(base py.Object) (*py.Type, error) {
	t, ok := base.(*py.Type)
	if !ok || !isClass(t) {
		return nil, py.ExceptionNewf(py.TypeError, "bases must be types")
	}
	if isBuiltinType(t) {
		return py.TypeType, nil
	}
	if mt := t.Type(); mt != nil && mt.IsSubtype(py.TypeType) {
		return mt, nil
	}
	return py.TypeType, nil
}

// calculateMeta picks the most derived metaclass of the bases.
func calculateMeta(bases py.Tuple) (*py.Type, error) {
	winner := py.TypeType
	for _, b := range bases {
		mt, err := metaOf(b)
		if err != nil {
			return nil, err
		}
		switch {
		case winner.IsSubtype(mt):
		case mt.IsSubtype(winner):
			winner = mt
		default:
			return nil, py.ExceptionNewf(py.TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
		}
	}
	return winner, nil
}

// SuperType is super: attribute lookup that starts after a class in the
// MRO of an object's type.
var SuperType = py.NewTypeX("super", "super(type=<the class>, obj=<the first argument>, /)\n\nAttribute lookup on obj that starts after type in obj's method\nresolution order; in a method, the arguments may be left out.", superNew, nil)

type superObject struct {
	this    *py.Type  // the class whose successors are searched
	obj     py.Object // the object methods are bound to
	objType *py.Type  // the type whose MRO is searched
}

func (s *superObject) Type() *py.Type { return SuperType }

func superNew(_ *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "super() takes no keyword arguments")
	}
	var this, obj py.Object
	switch len(args) {
	case 0:
		c := active.Load()
		var err error
		this, obj, err = c.superArguments()
		if err != nil {
			return nil, err
		}
	case 2:
		this, obj = args[0], args[1]
	default:
		return nil, py.ExceptionNewf(py.TypeError, "super() takes 0 or 2 arguments")
	}
	t, ok := this.(*py.Type)
	if !ok || !isClass(t) {
		return nil, py.ExceptionNewf(py.TypeError, "super() argument 1 must be a type, not %s", this.Type().Name)
	}
	s := &superObject{this: t, obj: obj}
	if ot, ok := obj.(*py.Type); ok && isClass(ot) && ot.IsSubtype(t) {
		s.objType = ot // super(C, cls) in a classmethod
	} else if obj.Type().IsSubtype(t) {
		s.objType = obj.Type()
	} else {
		what := "instance of " + obj.Type().Name
		if ot, ok := obj.(*py.Type); ok && isClass(ot) {
			what = "type " + ot.Name
		}
		return nil, py.ExceptionNewf(py.TypeError, "super(type, obj): obj (%s) is not an instance or subtype of type (%s).", what, t.Name)
	}
	return s, nil
}

// superArguments finds what super() means in the running method: the
// class of its __class__ cell and its first argument.
func (c *Context) superArguments() (py.Object, py.Object, error) {
	f := c.frame()
	// In a list, set or dict comprehension, the method around it:
	// CPython 3.12 runs those inline, in the method's own frame (not
	// generator expressions).
	for f != nil && isComprehension(f.Code) && f.Code.Name != "<genexpr>" {
		f = c.outerFrame(f)
	}
	if f == nil || f.Code.Argcount == 0 {
		return nil, nil, py.ExceptionNewf(py.RuntimeError, "super(): no arguments")
	}
	co := f.Code
	first := f.Localsplus[0]
	for i, name := range co.Cellvars {
		if name == co.Varnames[0] {
			first = f.CellAndFreeVars[i].(*py.Cell).Get()
		}
	}
	if first == nil {
		return nil, nil, py.ExceptionNewf(py.RuntimeError, "super(): arg[0] deleted")
	}
	for i, name := range co.Freevars {
		if name == "__class__" {
			cls := f.CellAndFreeVars[len(co.Cellvars)+i].(*py.Cell).Get()
			if cls == nil {
				return nil, nil, py.ExceptionNewf(py.RuntimeError, "super(): empty __class__ cell")
			}
			return cls, first, nil
		}
	}
	return nil, nil, py.ExceptionNewf(py.RuntimeError, "super(): __class__ cell not found")
}

// M__getattribute__ finds name in the classes after s.this in the MRO.
func (s *superObject) M__getattribute__(name string) (py.Object, error) {
	if name == "__class__" {
		return SuperType, nil
	}
	mro := s.objType.Mro
	i := 0
	for i < len(mro) && mro[i] != py.Object(s.this) {
		i++
	}
	for _, m := range mro[min(i+1, len(mro)):] {
		t, ok := m.(*py.Type)
		if !ok {
			continue
		}
		attr, ok := t.Dict[name]
		if !ok {
			continue
		}
		return s.bind(name, attr, t)
	}
	if v, ok := s.builtinSpecial(name, mro[min(i+1, len(mro)):]); ok {
		return v, nil
	}
	if name == "__getattribute__" {
		self := s.obj
		return py.MustNewMethod("__getattribute__", func(_ py.Object, args py.Tuple) (py.Object, error) {
			return objectGetattributeOf(self, args)
		}, 0, "object.__getattribute__"), nil
	}
	if name == "__init__" {
		return py.MustNewMethod("__init__", func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if len(args) > 0 || len(kwargs) > 0 {
				// Arguments left over by a cooperative __init__ chain.
				return nil, py.ExceptionNewf(py.TypeError, "object.__init__() takes exactly one argument (the instance to initialize)")
			}
			return py.None, nil
		}, 0, "object.__init__"), nil
	}
	if name == "__init_subclass__" {
		return py.MustNewMethod("__init_subclass__", func(_ py.Object, _ py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if len(kwargs) > 0 {
				return nil, py.ExceptionNewf(py.TypeError, "%s.__init_subclass__() takes no keyword arguments", s.objType.Name)
			}
			return py.None, nil
		}, 0, "object.__init_subclass__"), nil
	}
	if name == "__new__" {
		return py.MustNewMethod("__new__", func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if len(args) == 0 {
				return nil, py.ExceptionNewf(py.TypeError, "object.__new__(): not enough arguments")
			}
			cls, ok := args[0].(*py.Type)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "object.__new__(X): X is not a type object (%s)", args[0].Type().Name)
			}
			return newInstance(cls, args[1:], kwargs, true)
		}, 0, "object.__new__"), nil
	}
	return nil, py.ExceptionNewf(py.AttributeError, "'super' object has no attribute '%s'", name)
}

// builtinSpecial finds a special method that a built-in type of rest
// implements in Go rather than in its dict (dict.__setitem__,
// Exception.__str__), bound to the value the instance holds; and
// object's own __str__, __repr__, __eq__, __ne__, ordering, __hash__,
// __format__ and __dir__ (its __setattr__ and __delattr__ are in its dict).
func (s *superObject) builtinSpecial(name string, rest py.Tuple) (py.Object, bool) {
	if !strings.HasPrefix(name, "__") || !strings.HasSuffix(name, "__") {
		return nil, false
	}
	self := s.obj
	value := unwrap(self)
	method := func(fn func(args py.Tuple) (py.Object, error)) (py.Object, bool) {
		return py.MustNewMethod(name, func(_ py.Object, args py.Tuple) (py.Object, error) {
			return fn(args)
		}, 0, ""), true
	}
	switch name {
	case "__str__":
		return method(func(py.Tuple) (py.Object, error) {
			if value == self {
				r, err := reprOf(self)
				if o, ok := self.(*Instance); ok && o.base == nil {
					r, err = objectRepr(o), nil
				}
				return py.String(r), err
			}
			r, err := strOf(value)
			return py.String(r), err
		})
	case "__repr__":
		return method(func(py.Tuple) (py.Object, error) {
			if o, ok := self.(*Instance); ok && o.base == nil {
				return py.String(objectRepr(o)), nil
			}
			r, err := reprOf(value)
			return py.String(r), err
		})
	case "__eq__":
		if value == self {
			return method(func(args py.Tuple) (py.Object, error) {
				if len(args) == 1 && identical(args[0], self) {
					return py.True, nil
				}
				return py.NotImplemented, nil
			})
		}
	case "__ne__":
		if value == self {
			// object.__ne__: the inverse of __eq__, unless that has no answer.
			return method(func(args py.Tuple) (py.Object, error) {
				if len(args) != 1 {
					return nil, py.ExceptionNewf(py.TypeError, "expected 1 argument, got %d", len(args))
				}
				eq, err := py.Eq(self, args[0])
				if err != nil || eq == py.NotImplemented {
					return eq, err
				}
				t, err := truth(eq)
				return py.NewBool(!t), err
			})
		}
	case "__lt__", "__le__", "__gt__", "__ge__":
		if value == self {
			return method(func(py.Tuple) (py.Object, error) { return py.NotImplemented, nil })
		}
	case "__hash__":
		if o, ok := self.(*Instance); ok && o.base == nil {
			return method(func(py.Tuple) (py.Object, error) { return identityHash(o), nil })
		}
	case "__format__":
		if value == self {
			return method(func(args py.Tuple) (py.Object, error) {
				if len(args) != 1 {
					return nil, py.ExceptionNewf(py.TypeError, "expected 1 argument, got %d", len(args))
				}
				if spec, ok := args[0].(py.String); !ok || spec != "" {
					return nil, py.ExceptionNewf(py.TypeError, "unsupported format string passed to %s.__format__", self.Type().Name)
				}
				r, err := strOf(self)
				return py.String(r), err
			})
		}
	case "__dir__":
		return method(func(py.Tuple) (py.Object, error) { return dirNames(self) })
	}
	if value == self {
		return nil, false
	}
	if o, ok := self.(*Instance); ok && name == "__getitem__" {
		return method(func(args py.Tuple) (py.Object, error) {
			if len(args) != 1 {
				return nil, py.ExceptionNewf(py.TypeError, "expected 1 argument, got %d", len(args))
			}
			v, err := py.GetItem(value, args[0])
			if err != nil && py.IsException(py.KeyError, err) {
				if res, ok, err2 := o.special("__missing__", args[0]); ok {
					return res, err2
				}
			}
			return v, err
		})
	}
	for _, m := range rest {
		if t, ok := m.(*py.Type); ok && isBuiltinType(t) && t != py.ObjectType {
			if v, err := py.GetAttrString(value, name); err == nil {
				return v, true
			}
			break
		}
	}
	return nil, false
}

func (s *superObject) bind(name string, attr py.Object, owner *py.Type) (py.Object, error) {
	obj := s.obj
	if isBuiltinType(owner) {
		if name == "__new__" {
			return py.MustNewMethod("__new__", func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
				if len(args) == 0 {
					return nil, py.ExceptionNewf(py.TypeError, "%s.__new__(): not enough arguments", owner.Name)
				}
				cls, ok := args[0].(*py.Type)
				if !ok {
					return nil, py.ExceptionNewf(py.TypeError, "%s.__new__(X): X is not a type object", owner.Name)
				}
				return newInstance(cls, args[1:], kwargs, true)
			}, 0, owner.Name+".__new__"), nil
		}
		obj = unwrap(obj)
		if name == "__init__" && owner.IsSubtype(py.BaseException) {
			obj = s.obj
		}
	}
	if _, isClassObj := obj.(*py.Type); isClassObj && s.objType == obj {
		// super() in a classmethod: functions stay unbound.
		if d, ok := attr.(py.I__get__); ok {
			if _, isFn := attr.(*py.Function); !isFn {
				return d.M__get__(py.None, obj)
			}
		}
		return attr, nil
	}
	if d, ok := attr.(py.I__get__); ok {
		return d.M__get__(obj, s.objType)
	}
	return attr, nil
}

func (s *superObject) M__repr__() (py.Object, error) {
	return py.String("<super: <class '" + s.this.Name + "'>, <" + s.objType.Name + " object>>"), nil
}

// PropertyType is property: a data descriptor calling Python functions.
var PropertyType = py.NewTypeX("property", "property(fget=None, fset=None, fdel=None, doc=None)", propertyNew, nil)

// Property is a property object.
type Property struct {
	fget, fset, fdel, doc py.Object
	// name is the attribute a class statement bound the property to
	// (__set_name__), for its error messages.
	name string
}

func (p *Property) Type() *py.Type { return PropertyType }

func propertyNew(_ *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	p := &Property{fget: py.None, fset: py.None, fdel: py.None, doc: py.None}
	err := py.ParseTupleAndKeywords(args, kwargs, "|OOOO:property", []string{"fget", "fset", "fdel", "doc"}, &p.fget, &p.fset, &p.fdel, &p.doc)
	if err != nil {
		return nil, err
	}
	if p.doc == py.None && p.fget != py.None {
		if d, err := py.GetAttrString(p.fget, "__doc__"); err == nil {
			p.doc = d
		}
	}
	return p, nil
}

func (p *Property) M__get__(instance, owner py.Object) (py.Object, error) {
	if instance == py.None || instance == nil {
		return p, nil
	}
	if p.fget == py.None {
		return nil, p.missing("getter", instance)
	}
	return pyCall(p.fget, py.Tuple{instance}, nil)
}

// missing is the AttributeError for a property without the function
// what: "property 'p' of 'A' object has no setter", named after its
// getter as in CPython 3.13.
func (p *Property) missing(what string, instance py.Object) error {
	if p.name != "" {
		return py.ExceptionNewf(py.AttributeError, "property '%s' of '%s' object has no %s", p.name, instance.Type().Name, what)
	}
	if name, err := getAttr(p.fget, "__name__"); err == nil {
		if s, ok := name.(py.String); ok {
			return py.ExceptionNewf(py.AttributeError, "property '%s' of '%s' object has no %s", string(s), instance.Type().Name, what)
		}
	}
	return py.ExceptionNewf(py.AttributeError, "property of '%s' object has no %s", instance.Type().Name, what)
}

func (p *Property) M__set__(instance, value py.Object) (py.Object, error) {
	if p.fset == py.None {
		return nil, p.missing("setter", instance)
	}
	return pyCall(p.fset, py.Tuple{instance, value}, nil)
}

func (p *Property) M__delete__(instance py.Object) (py.Object, error) {
	if p.fdel == py.None {
		return nil, p.missing("deleter", instance)
	}
	return pyCall(p.fdel, py.Tuple{instance}, nil)
}

func init() {
	with := func(name string, set func(p *Property, fn py.Object)) {
		PropertyType.Dict[name] = py.MustNewMethod(name, func(self py.Object, fn py.Object) (py.Object, error) {
			p := *self.(*Property)
			set(&p, fn)
			return &p, nil
		}, 0, "A copy of the property with fn as its "+name+"; as a decorator, names the function that follows.")
	}
	with("getter", func(p *Property, fn py.Object) { p.fget = fn })
	with("setter", func(p *Property, fn py.Object) { p.fset = fn })
	with("deleter", func(p *Property, fn py.Object) { p.fdel = fn })
	field := func(name string, get func(p *Property) py.Object) {
		PropertyType.Dict[name] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return get(self.(*Property)), nil }}
	}
	field("fget", func(p *Property) py.Object { return p.fget })
	field("fset", func(p *Property) py.Object { return p.fset })
	field("fdel", func(p *Property) py.Object { return p.fdel })
	field("__doc__", func(p *Property) py.Object { return p.doc })
}

// addExceptionAttributes gives exceptions the attributes gpython answers
// with their args: __cause__, __context__, __suppress_context__,
// __traceback__ and args itself, and with_traceback.
func addExceptionAttributes() {
	d := py.BaseException.Dict
	attr := func(name string, get func(e *py.Exception) py.Object, set func(e *py.Exception, v py.Object) error) {
		d[name] = &py.Property{
			Fget: func(self py.Object) (py.Object, error) {
				e := asException(self)
				if e == nil {
					return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' needs an exception", name)
				}
				return get(e), nil
			},
			Fset: func(self, v py.Object) error {
				e := asException(self)
				if e == nil {
					return py.ExceptionNewf(py.TypeError, "descriptor '%s' needs an exception", name)
				}
				return set(e, v)
			},
		}
	}
	orNone := func(v py.Object) py.Object {
		if v == nil {
			return py.None
		}
		return v
	}
	exceptionOrNone := func(what string, v py.Object) (py.Object, error) {
		if v == py.None {
			return nil, nil
		}
		if asException(v) == nil {
			return nil, py.ExceptionNewf(py.TypeError, "exception %s must be None or derive from BaseException", what)
		}
		return v, nil
	}
	attr("args", func(e *py.Exception) py.Object {
		if t, ok := e.Args.(py.Tuple); ok {
			return t
		}
		return py.Tuple{}
	}, func(e *py.Exception, v py.Object) error {
		t, err := py.SequenceTuple(v)
		e.Args = t
		return err
	})
	attr("__cause__", func(e *py.Exception) py.Object { return orNone(e.Cause) }, func(e *py.Exception, v py.Object) error {
		c, err := exceptionOrNone("cause", v)
		e.Cause = c
		e.SuppressContext = true
		return err
	})
	attr("__context__", func(e *py.Exception) py.Object { return orNone(e.Context) }, func(e *py.Exception, v py.Object) error {
		c, err := exceptionOrNone("context", v)
		e.Context = c
		return err
	})
	attr("__suppress_context__", func(e *py.Exception) py.Object { return py.NewBool(e.SuppressContext) }, func(e *py.Exception, v py.Object) error {
		t, err := truth(v)
		e.SuppressContext = t
		return err
	})
	attr("__traceback__", func(e *py.Exception) py.Object { return orNone(e.Traceback) }, func(e *py.Exception, v py.Object) error {
		e.Traceback = v
		return nil
	})
	d["with_traceback"] = py.MustNewMethod("with_traceback", func(self, tb py.Object) (py.Object, error) {
		if e := asException(self); e != nil {
			e.Traceback = tb
		}
		return self, nil
	}, 0, "Sets __traceback__ to tb and returns the exception.")
}

// exceptionRepr is BaseException.__repr__: Name(arg, ...).
func exceptionRepr(name string, e *py.Exception) (py.Object, error) {
	args, _ := e.Args.(py.Tuple)
	parts := make([]string, len(args))
	for i, a := range args {
		r, err := py.Repr(a)
		if err != nil {
			return nil, err
		}
		parts[i] = string(r.(py.String))
	}
	return py.String(name + "(" + strings.Join(parts, ", ") + ")"), nil
}

// getAttr is attribute lookup as LOAD_ATTR and getattr() do it. Lookup on
// a class goes through classGetAttr; gpython would hand back
// staticmethod and classmethod objects unbound.
func getAttr(o py.Object, name string) (py.Object, error) {
	if name == "__class__" {
		if _, isInstance := o.(*Instance); !isInstance {
			return o.Type(), nil
		}
	}
	switch x := o.(type) {
	case *py.Type:
		if x == py.ObjectType && name == "__getattribute__" {
			return objectGetattribute, nil
		}
		if isClass(x) {
			return classGetAttr(x, name)
		}
	case *py.Exception:
		return exceptionGetAttr(x, name)
	case *py.Code:
		if v, ok := codeAttr(x, name); ok {
			return v, nil
		}
	case *py.BoundMethod:
		switch name {
		case "__self__":
			return x.Self, nil
		case "__func__":
			return x.Method, nil
		case "__name__", "__qualname__", "__doc__", "__module__":
			// The function's, as CPython's method objects answer.
			return getAttr(x.Method, name)
		}
	case *py.Method:
		switch name {
		case "__name__", "__qualname__":
			return py.String(x.Name), nil
		case "__doc__":
			if x.Doc == "" {
				return py.None, nil
			}
			return py.String(x.Doc), nil
		case "__module__":
			// builtins for the built-in functions; other functions
			// of Go modules do not record theirs.
			if c := active.Load(); c != nil {
				if b, err := c.GetModule("builtins"); err == nil && b.Globals[x.Name] == py.Object(x) {
					return py.String("builtins"), nil
				}
			}
			return py.None, nil
		}
	case *py.Module:
		if name == "__dict__" {
			// The namespace itself: writes to it are the module's.
			return x.Globals, nil
		}
	case py.String, py.Int, py.Float, py.Bytes, py.Tuple, *py.List, *pyobj.Dict, *pyobj.Set, py.Bool, py.StringDict:
		// Values without a dict of their own: their type's dict is
		// all there is (gpython's lookup makes an argument tuple
		// for every attribute read first, and reads the keys of a
		// str-keyed dict as its attributes).
		t := o.Type()
		if attr, _ := lookupWithOwner(t, name); attr != nil {
			if d, ok := attr.(py.I__get__); ok {
				return d.M__get__(o, t)
			}
			return attr, nil
		}
	}
	v, err := py.GetAttrString(o, name)
	if err != nil && py.IsException(py.AttributeError, err) {
		if msg := errMessage(err); msg == fmt.Sprintf("'%s' has no attribute '%s'", o.Type().Name, name) {
			if m, ok := o.(*py.Module); ok {
				e := py.ExceptionNewf(py.AttributeError, "module '%s' has no attribute '%s'", moduleName(m), name)
				e.Dict["name"] = py.String(name)
				e.Dict["obj"] = o
				return nil, e
			}
			return nil, attributeError(o, name)
		}
	}
	return v, err
}

// exceptionGetAttr is attribute lookup on an exception: its dict, then
// its class. gpython's answers every other name with the exception's args.
func exceptionGetAttr(e *py.Exception, name string) (py.Object, error) {
	if v, ok := e.Dict[name]; ok {
		return v, nil
	}
	if attr, _ := lookupWithOwner(e.Type(), name); attr != nil {
		if d, ok := attr.(py.I__get__); ok {
			return d.M__get__(e, e.Type())
		}
		return attr, nil
	}
	switch name {
	case "__class__":
		return e.Type(), nil
	case "__dict__":
		return e.Dict, nil
	}
	args, _ := e.Args.(py.Tuple)
	t := e.Type()
	switch {
	case name == "code" && t.IsSubtype(py.SystemExit), name == "value" && t.IsSubtype(py.StopIteration):
		switch len(args) {
		case 0:
			return py.None, nil
		case 1:
			return args[0], nil
		}
		if name == "code" {
			return args, nil
		}
		return args[0], nil
	case t.IsSubtype(py.UnicodeDecodeError) || t.IsSubtype(py.UnicodeEncodeError):
		if v, ok := unicodeErrorAttr(e, name); ok {
			return v, nil
		}
	case t.IsSubtype(py.SyntaxError) && name == "msg":
		if len(args) > 0 {
			return args[0], nil
		}
		return py.None, nil
	case t.IsSubtype(py.OSError):
		// OSError(errno, strerror[, filename[, winerror[, filename2]]])
		switch name {
		case "errno", "strerror":
			if len(args) >= 2 {
				return args[map[string]int{"errno": 0, "strerror": 1}[name]], nil
			}
			return py.None, nil
		case "filename":
			if len(args) >= 3 {
				return args[2], nil
			}
			return py.None, nil
		case "filename2":
			if len(args) >= 5 {
				return args[4], nil
			}
			return py.None, nil
		}
	}
	if strings.HasPrefix(name, "__") {
		if v, err := py.GetAttrString(e, name); err == nil {
			if _, isArgs := v.(py.Tuple); !isArgs {
				return v, nil
			}
		}
	}
	return nil, attributeError(e, name)
}

// classGetAttr is type.__getattribute__: data descriptors of the
// metaclass, then the class's MRO (a staticmethod gives its function, a
// classmethod a method bound to the class), then the metaclass.
func classGetAttr(cls *py.Type, name string) (py.Object, error) {
	meta := cls.Type()
	metaAttr, _ := lookupWithOwner(meta, name)
	if metaAttr != nil && isDataDescriptor(metaAttr) {
		return metaAttr.(py.I__get__).M__get__(cls, meta)
	}
	if ta, ok := metaAttr.(typeAttribute); ok {
		// A property a built-in type keeps for its instances
		// (function.__name__) is not the type's.
		if v, ok := cls.Dict[name]; ok {
			_, same := v.(typeAttribute)
			_, forInstances := v.(*py.Property)
			if !same && !forInstances {
				return v, nil
			}
		}
		return ta(cls)
	}
	if attr, owner := lookupWithOwner(cls, name); attr != nil {
		switch a := attr.(type) {
		case *py.StaticMethod:
			return a.Callable, nil
		case *py.ClassMethod:
			return py.NewBoundMethod(cls, a.Callable), nil
		case *Instance:
			if res, ok, err := userDescriptor(a, py.None, cls); ok {
				return res, err
			}
		case *py.Method:
			// object's __setattr__ and __delattr__ (freezeBuiltinTypes)
			// take their target as an argument already.
			if isBuiltinType(cls) && owner != py.ObjectType && a.Flags&(py.METH_CLASS|py.METH_STATIC) == 0 {
				return unboundMethod(cls, a), nil
			}
		}
		return attr, nil
	}
	switch name {
	case "__dict__":
		return cls.Dict, nil
	case "__class__":
		return meta, nil
	case "mro":
		return classMro(cls), nil
	case "__new__", "__init__":
		// Object's (or the built-in base's), found in the class's MRO
		// before a metaclass's method of the same name (ABCMeta.__new__).
		if metaAttr != nil && !isBuiltinType(cls) {
			base := builtinBase(cls)
			if base == nil {
				base = py.ObjectType
			}
			if m, ok := unboundSpecial(base, name); ok {
				return m, nil
			}
		}
	case "__doc__":
		if cls.Doc == "" {
			return py.None, nil
		}
		return py.String(cls.Doc), nil
	}
	if metaAttr != nil {
		if d, ok := metaAttr.(py.I__get__); ok {
			return d.M__get__(cls, meta)
		}
		return metaAttr, nil
	}
	if m, ok := unboundSpecial(cls, name); ok {
		return m, nil
	}
	if name == "__new__" || name == "__init__" {
		// A class with neither: object's.
		if m, ok := unboundSpecial(py.ObjectType, name); ok {
			return m, nil
		}
	}
	if v, err := py.GetAttrString(cls, name); err == nil && !falseProtocol(cls, name) {
		return v, nil
	}
	e := py.ExceptionNewf(py.AttributeError, "type object '%s' has no attribute '%s'", cls.Name, name)
	e.Dict["name"] = py.String(name)
	return nil, e
}

// builtinGetattr is getattr(object, name[, default]).
func builtinGetattr(_ py.Object, args py.Tuple) (py.Object, error) {
	var o, name, def py.Object
	if err := py.UnpackTuple(args, nil, "getattr", 2, 3, &o, &name, &def); err != nil {
		return nil, err
	}
	key, ok := name.(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "attribute name must be string, not '%s'", name.Type().Name)
	}
	v, err := getAttr(o, string(key))
	if err != nil && def != nil && py.IsException(py.AttributeError, err) {
		return def, nil
	}
	return v, err
}

// builtinHasattr is hasattr(object, name).
func builtinHasattr(_ py.Object, args py.Tuple) (py.Object, error) {
	var o, name py.Object
	if err := py.UnpackTuple(args, nil, "hasattr", 2, 2, &o, &name); err != nil {
		return nil, err
	}
	key, ok := name.(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "attribute name must be string, not '%s'", name.Type().Name)
	}
	_, err := getAttr(o, string(key))
	if err != nil {
		if py.IsException(py.AttributeError, err) {
			return py.False, nil
		}
		return nil, err
	}
	return py.True, nil
}

// unboundMethod is a method of a built-in type written as a plain Go
// method, read from the type: its first argument is the instance.
func unboundMethod(cls *py.Type, m *py.Method) py.Object {
	return py.MustNewMethod(m.Name, func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(args) == 0 {
			return nil, py.ExceptionNewf(py.TypeError, "unbound method %s.%s() needs an argument", cls.Name, m.Name)
		}
		if !args[0].Type().IsSubtype(cls) {
			return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", m.Name, cls.Name, args[0].Type().Name)
		}
		return pyCall(py.NewBoundMethod(unwrap(args[0]), m), args[1:], kwargs)
	}, 0, m.Doc)
}

// unboundSpecial is a special method of a built-in class read from the
// class (dict.__repr__, object.__new__, int.__add__): gpython implements
// them as Go methods of the values, which the class's dict does not hold.
func unboundSpecial(cls *py.Type, name string) (py.Object, bool) {
	if !isBuiltinType(cls) || !specialMethodNames[name] || falseProtocol(cls, name) {
		return nil, false
	}
	switch {
	case cls == py.ObjectType && name == "__new__":
		return py.MustNewMethod(name, func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if len(args) == 0 {
				return nil, py.ExceptionNewf(py.TypeError, "object.__new__(): not enough arguments")
			}
			t, ok := args[0].(*py.Type)
			if !ok || !isClass(t) {
				return nil, py.ExceptionNewf(py.TypeError, "object.__new__(X): X is not a type object (%s)", args[0].Type().Name)
			}
			return newInstance(t, args[1:], kwargs, true)
		}, 0, "Create and return a new object."), true
	case name == "__new__":
		// int.__new__(cls, 5), str.__new__(cls, 'x'): a value of the
		// built-in type, or an instance of cls holding one.
		return py.MustNewMethod(name, func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if len(args) == 0 {
				return nil, py.ExceptionNewf(py.TypeError, "%s.__new__(): not enough arguments", cls.Name)
			}
			sub, ok := args[0].(*py.Type)
			if !ok || !isClass(sub) {
				return nil, py.ExceptionNewf(py.TypeError, "%s.__new__(X): X is not a type object (%s)", cls.Name, args[0].Type().Name)
			}
			if !sub.IsSubtype(cls) {
				return nil, py.ExceptionNewf(py.TypeError, "%s.__new__(%s): %s is not a subtype of %s", cls.Name, sub.Name, sub.Name, cls.Name)
			}
			if sub == cls {
				return py.Call(cls, args[1:], kwargs)
			}
			return newInstance(sub, args[1:], kwargs, true)
		}, 0, "Create and return a new object."), true
	case cls == py.ObjectType && name == "__init__":
		return py.MustNewMethod(name, func(py.Object, py.Tuple, py.StringDict) (py.Object, error) {
			return py.None, nil
		}, 0, "Initialize self."), true
	}
	return py.MustNewMethod(name, func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(args) == 0 {
			return nil, py.ExceptionNewf(py.TypeError, "unbound method %s.%s() needs an argument", cls.Name, name)
		}
		self := args[0]
		if !self.Type().IsSubtype(cls) && !(cls == py.IntType && self.Type() == py.BoolType) {
			return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' requires a '%s' object but received a '%s'", name, cls.Name, self.Type().Name)
		}
		value := unwrap(self)
		switch name {
		case "__repr__":
			if o, ok := self.(*Instance); ok && cls == py.ObjectType {
				return py.String(objectRepr(o)), nil
			}
			r, err := reprOf(value)
			return py.String(r), err
		case "__str__":
			if o, ok := self.(*Instance); ok && cls == py.ObjectType {
				return py.String(objectRepr(o)), nil
			}
			r, err := strOf(value)
			return py.String(r), err
		}
		m, err := py.GetAttrString(value, name)
		if err != nil {
			return nil, err
		}
		return pyCall(m, args[1:], kwargs)
	}, 0, ""), true
}

// specialMethodNames are the special methods gpython's values implement
// as Go methods.
var specialMethodNames = func() map[string]bool {
	names := map[string]bool{"__new__": true, "__init__": true}
	for _, n := range strings.Fields(`repr str bytes format lt le eq ne gt ge hash bool
		getattr getattribute setattr delattr call len length_hint getitem setitem delitem
		iter next reversed contains add sub mul truediv floordiv mod divmod pow lshift
		rshift and xor or neg pos abs invert complex int float round index enter exit
		ceil floor trunc get set delete`) {
		names["__"+n+"__"] = true
		names["__r"+n+"__"] = true
		names["__i"+n+"__"] = true
	}
	return names
}()

// trackClassBody records the order the body of a class statement assigns
// names in ns, until the returned function is called.
func (c *Context) trackClassBody(ns py.StringDict) func() {
	if c.classBodies == nil {
		c.classBodies = map[unsafe.Pointer]*[]string{}
	}
	key := reflect.ValueOf(ns).UnsafePointer()
	c.classBodies[key] = new([]string)
	return func() { delete(c.classBodies, key) }
}

// classBodyOrder is the order of the names assigned in a class namespace
// being built, or nil.
func (c *Context) classBodyOrder(ns py.StringDict) *[]string {
	if len(c.classBodies) == 0 || ns == nil {
		return nil
	}
	return c.classBodies[reflect.ValueOf(ns).UnsafePointer()]
}

// builtinDefinitionOrder is __spython_definition_order__(ns): the names
// of a class namespace in the order its body assigned them, for a
// metaclass (enum) that needs it; CPython's namespaces are ordered dicts.
func builtinDefinitionOrder(_ py.Object, ns py.Object) (py.Object, error) {
	d, ok := ns.(py.StringDict)
	if !ok {
		return py.NewList(), nil
	}
	var names []py.Object
	seen := map[string]bool{}
	if order := active.Load().classBodyOrder(d); order != nil {
		for _, n := range *order {
			if _, ok := d[n]; ok && !seen[n] {
				seen[n] = true
				names = append(names, py.String(n))
			}
		}
	}
	var rest []string
	for n := range d {
		if !seen[n] {
			rest = append(rest, n)
		}
	}
	sort.Strings(rest)
	for _, n := range rest {
		names = append(names, py.String(n))
	}
	return py.NewListFromItems(names), nil
}

// moduleName is a module's __name__, else the name it was made with.
func moduleName(m *py.Module) string {
	if n, ok := m.Globals["__name__"].(py.String); ok {
		return string(n)
	}
	return m.ModuleImpl.Info.Name
}

// objectGetattribute is object.__getattribute__: the lookup a class's own
// __getattribute__ falls back on, which does not call it again.
var objectGetattribute *py.Method

func init() {
	objectGetattribute = py.MustNewMethod("__getattribute__", func(_ py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 2 {
			return nil, py.ExceptionNewf(py.TypeError, "expected 2 arguments, got %d", len(args))
		}
		return objectGetattributeOf(args[0], args[1:])
	}, 0, "The attribute name of self, found as attribute access finds it.")
}

func objectGetattributeOf(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "expected 1 argument, got %d", len(args))
	}
	name, ok := args[0].(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "attribute name must be string, not '%s'", args[0].Type().Name)
	}
	if o, ok := self.(*Instance); ok {
		return o.genericGetAttr(string(name))
	}
	return getAttr(self, string(name))
}

// qualnames holds the __qualname__ of the classes whose dotted path is
// not their name: nested classes and classes defined in functions.
var qualnames sync.Map // *py.Type -> py.String

// classQualname is a class's __qualname__.
func classQualname(t *py.Type) string {
	if q, ok := t.Dict["__qualname__"].(py.String); ok {
		return string(q)
	}
	if q, ok := qualnames.Load(t); ok {
		return string(q.(py.String))
	}
	return t.Name
}

// setAttr is o.name = v. On a class it is the metaclass's __setattr__
// that applies, never the __setattr__ the class defines for its
// instances.
func setAttr(o py.Object, name string, v py.Object) error {
	if t, ok := o.(*py.Type); ok && isClass(t) {
		if meta := t.Type(); meta != nil && meta != py.TypeType {
			if fn, ok := userLookup(meta, "__setattr__"); ok {
				_, err := pyCall(fn, py.Tuple{t, py.String(name), v}, nil)
				return err
			}
		}
		_, err := typeSetattr(nil, py.Tuple{t, py.String(name), v})
		return err
	}
	_, err := py.SetAttrString(o, name, v)
	return err
}

// protocolOwners are the built-in types that have the conversion and
// context-manager methods gpython answers for every type (its type
// objects carry every special method in Go), so that hasattr(str,
// '__float__') and hasattr(int, '__enter__') are false as in CPython.
var protocolOwners = map[string][]*py.Type{
	"__int__":     {py.IntType, py.BoolType, py.FloatType},
	"__float__":   {py.IntType, py.BoolType, py.FloatType},
	"__index__":   {py.IntType, py.BoolType},
	"__complex__": {py.ComplexType},
	"__enter__":   nil,
	"__exit__":    nil,
}

// containerMethods are the special methods of containers and iterators.
var containerMethods = map[string]bool{
	"__iter__": true, "__next__": true, "__len__": true, "__getitem__": true, "__setitem__": true,
	"__delitem__": true, "__contains__": true, "__reversed__": true,
}

func falseProtocol(cls *py.Type, name string) bool {
	if containerMethods[name] {
		// Numbers and None are no containers, whatever gpython's
		// generic lookup would make up.
		for _, t := range []*py.Type{py.IntType, py.BoolType, py.FloatType, py.ComplexType, py.NoneTypeType, py.BigIntType} {
			if cls.IsSubtype(t) {
				return true
			}
		}
	}
	owners, listed := protocolOwners[name]
	if !listed {
		return false
	}
	for _, t := range owners {
		if cls.IsSubtype(t) {
			return false
		}
	}
	return true
}

// codeAttr is an attribute of a code object that gpython does not
// expose: co_name, co_filename, co_firstlineno and the counts and names.
func codeAttr(co *py.Code, name string) (py.Object, bool) {
	names := func(s []string) py.Object {
		t := make(py.Tuple, len(s))
		for i, n := range s {
			t[i] = py.String(n)
		}
		return t
	}
	switch name {
	case "co_name", "co_qualname":
		return py.String(co.Name), true
	case "co_filename":
		return py.String(co.Filename), true
	case "co_firstlineno":
		return py.Int(co.Firstlineno), true
	case "co_argcount":
		return py.Int(co.Argcount), true
	case "co_posonlyargcount":
		return py.Int(positionalOnly(co)), true
	case "co_kwonlyargcount":
		return py.Int(co.Kwonlyargcount), true
	case "co_nlocals":
		return py.Int(co.Nlocals), true
	case "co_stacksize":
		return py.Int(co.Stacksize), true
	case "co_flags":
		return py.Int(co.Flags), true
	case "co_varnames":
		return names(co.Varnames), true
	case "co_names":
		return names(co.Names), true
	case "co_freevars":
		return names(co.Freevars), true
	case "co_cellvars":
		return names(co.Cellvars), true
	case "co_consts":
		return co.Consts, true
	}
	return nil, false
}
