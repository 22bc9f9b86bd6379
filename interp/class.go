package interp

import (
	"fmt"
	"sort"
	"strings"
	"syscall"

	"github.com/go-python/gpython/py"

	"github.com/spython/spython/hooks"
	"github.com/spython/spython/interp/pyobj"
	"github.com/spython/spython/interp/rewrite"
)

// gpython v0.2.0 represents an instance of a class as a bare *py.Type and
// dispatches only __eq__, __ne__, __str__, __repr__ and __call__ to the
// class; `class E(Exception)` makes instances that are not exceptions, and
// `class L(list)` cannot be instantiated. spython gives every class made
// by a class statement (or by type(name, bases, dict)) instances of its
// own, *Instance, which dispatch every special method to the class, and
// hold the value of a built-in base (the list of a list subclass, the
// exception of an exception class).

// Instance is an instance of a class written in Python.
type Instance struct {
	cls  *py.Type
	dict py.StringDict
	// base is the value of the class's built-in base: a *py.List for a
	// subclass of list, a *py.Exception for an exception class. Nil when
	// the class derives from object alone.
	base py.Object
	// order is the order attributes were set in (see attrdict.go).
	order []string
	// getattribute is the class's own __getattribute__, looked up when
	// the instance was made; nil for object's.
	getattribute py.Object
}

// Type is the instance's class.
func (o *Instance) Type() *py.Type { return o.cls }

// GetDict is the instance's __dict__.
func (o *Instance) GetDict() py.StringDict { return o.dict }

// builtinBase is the first built-in type other than object in t's MRO:
// the type whose values an instance of t holds.
func builtinBase(t *py.Type) *py.Type {
	for _, m := range t.Mro {
		if b, ok := m.(*py.Type); ok && isBuiltinType(b) && b != py.ObjectType {
			return b
		}
	}
	return nil
}

// installClasses makes the classes that type() creates use Instance.
func installClasses() {
	typeNew := py.TypeType.New
	py.TypeType.New = func(meta *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(args) == 1 && len(kwargs) == 0 {
			return args[0].Type(), nil
		}
		var slots py.Object
		var order *[]string // the order the class body assigned names in
		if len(args) == 3 {
			if err := checkBases(args[1]); err != nil {
				return nil, err
			}
			ns, err := namespaceOf(args[2])
			if err != nil {
				return nil, err
			}
			order = active.Load().classBodyOrder(ns)
			// gpython refuses __slots__; the class keeps the
			// attribute but its instances get a dict anyway.
			if s, ok := ns["__slots__"]; ok {
				slots = s
				delete(ns, "__slots__")
			}
			if _, ok := ns["__module__"]; !ok {
				ns["__module__"] = py.String("builtins")
				if f := active.Load().frame(); f != nil {
					if m, ok := f.Globals["__name__"]; ok {
						ns["__module__"] = m
					}
				}
			}
			args = py.Tuple{args[0], args[1], ns}
		}
		// Keywords of a class statement go to __init_subclass__.
		o, err := typeNew(meta, args, nil)
		if err != nil {
			return nil, err
		}
		if cls, ok := o.(*py.Type); ok && len(args) == 3 {
			recordSubclass(cls)
			if _, eq := cls.Dict["__eq__"]; eq {
				if _, h := cls.Dict["__hash__"]; !h {
					cls.Dict["__hash__"] = py.None // __eq__ without __hash__: unhashable
				}
			}
		}
		if cls, ok := o.(*py.Type); ok && slots != nil {
			cls.Dict["__slots__"] = slots
		}
		if cls, ok := o.(*py.Type); ok && len(args) == 3 {
			if err := initSubclass(cls, kwargs, order); err != nil {
				return nil, err
			}
		}
		if cls, ok := o.(*py.Type); ok {
			cls.New = instanceNew
			cls.Init = instanceInit
			if cls.Dict["__doc__"] == nil {
				cls.Dict["__doc__"] = py.None
			}
		}
		return o, nil
	}
	if typeInit := py.TypeType.Init; typeInit != nil {
		// The keywords of a class statement are __init_subclass__'s.
		py.TypeType.Init = func(self py.Object, args py.Tuple, _ py.StringDict) error {
			return typeInit(self, args, nil)
		}
	}
	py.BaseException.Dict["__init__"] = py.MustNewMethod("__init__", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if e := asException(self); e != nil {
			e.Args = args
		}
		return py.None, nil
	}, 0, "Initialize self.")
	addExceptionAttributes()
	addTypeAttributes()
	addTypeMethods()
}

// namespaceOf is the class namespace of type(name, bases, ns).
func namespaceOf(o py.Object) (py.StringDict, error) {
	switch d := o.(type) {
	case py.StringDict:
		return d, nil
	case *pyobj.Dict:
		ns := py.NewStringDict()
		err := d.Items(func(k, v py.Object) error {
			key, ok := k.(py.String)
			if !ok {
				return py.ExceptionNewf(py.TypeError, "type() namespace keys must be str")
			}
			ns[string(key)] = v
			return nil
		})
		return ns, err
	}
	return nil, py.ExceptionNewf(py.TypeError, "type.__new__() argument 3 must be dict, not %s", o.Type().Name)
}

// checkBases refuses the built-in types gpython cannot derive from.
func checkBases(bases py.Object) error {
	t, ok := bases.(py.Tuple)
	if !ok {
		return nil
	}
	for _, b := range t {
		bt, ok := b.(*py.Type)
		if !ok {
			return py.ExceptionNewf(py.TypeError, "bases must be types")
		}
		if isBuiltinType(bt) && bt.Flags&py.TPFLAGS_BASETYPE == 0 && !subclassable[bt] {
			return py.ExceptionNewf(py.TypeError, "type '%s' is not an acceptable base type", bt.Name)
		}
	}
	return nil
}

// subclassable are the built-in types a class may derive from although
// gpython does not flag them so.
var subclassable = map[*py.Type]bool{py.TypeType: true}

// instanceNew makes an instance of cls: the class's own __new__ if it
// has one, else an Instance holding a new value of its built-in base.
func instanceNew(cls *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if fn, owner := lookupWithOwner(cls, "__new__"); fn != nil && !isBuiltinType(owner) {
		if sm, ok := fn.(*py.StaticMethod); ok {
			fn = sm.Callable
		}
		// __init__ takes the same keywords next, in the same order.
		var order []string
		c := active.Load()
		if c != nil {
			order = c.kwOrder
		}
		res, err := pyCall(fn, append(py.Tuple{cls}, args...), kwargs)
		if c != nil && len(kwargs) > 0 {
			c.kwOrder = order
		}
		return res, err
	}
	if err := checkAbstract(cls); err != nil {
		return nil, err
	}
	_, hasInit := userLookup(cls, "__init__")
	return newInstance(cls, args, kwargs, hasInit)
}

// newInstance is object.__new__ for a class: args go to the built-in
// base's constructor when the base is immutable (str, int, tuple, an
// exception) or when the class has no __init__ of its own to take them.
func newInstance(cls *py.Type, args py.Tuple, kwargs py.StringDict, hasInit bool) (py.Object, error) {
	if cls.IsSubtype(py.TypeType) {
		// An instance of a metaclass is a class.
		return py.TypeType.New(cls, args, kwargs)
	}
	o := &Instance{cls: cls, dict: py.NewStringDict()}
	if ga, ok := userLookup(cls, "__getattribute__"); ok {
		o.getattribute = ga
	}
	base := builtinBase(cls)
	switch {
	case base == nil:
		if !hasInit && (len(args) > 0 || len(kwargs) > 0) {
			return nil, py.ExceptionNewf(py.TypeError, "%s() takes no arguments", cls.Name)
		}
	case base.IsSubtype(py.BaseException):
		e, err := py.ExceptionNew(cls, args, nil)
		if err != nil {
			return nil, err
		}
		o.base = e
	case mutableBase(base):
		v, err := base.New(base, nil, nil)
		if err != nil {
			return nil, err
		}
		o.base = v
	default:
		v, err := pyCall(base, args, kwargs)
		if err != nil {
			return nil, err
		}
		o.base = v
	}
	return o, nil
}

// mutableBase tells the built-in types whose __init__ fills a value made
// empty by __new__ (list, dict, set) from those whose __new__ takes the
// arguments.
func mutableBase(t *py.Type) bool {
	return t.Dict["__init__"] != nil
}

// instanceInit runs the class's __init__, or the built-in base's.
func instanceInit(self py.Object, args py.Tuple, kwargs py.StringDict) error {
	o, ok := self.(*Instance)
	if !ok {
		return nil
	}
	fn, owner := lookupWithOwner(o.cls, "__init__")
	if fn == nil || owner == py.ObjectType {
		return nil
	}
	var res py.Object
	var err error
	if isBuiltinType(owner) {
		if owner.IsSubtype(py.BaseException) {
			return nil // the exception took its arguments when it was made
		}
		if m, ok := fn.(*py.Method); ok {
			res, err = pyCall(py.NewBoundMethod(o.base, m), args, kwargs)
		} else {
			res, err = pyCall(fn, append(py.Tuple{o.base}, args...), kwargs)
		}
	} else {
		res, err = pyCall(fn, append(py.Tuple{o}, args...), kwargs)
	}
	if err != nil {
		return err
	}
	if res != py.None {
		return py.ExceptionNewf(py.TypeError, "__init__() should return None, not '%s'", res.Type().Name)
	}
	return nil
}

// lookupWithOwner finds name in t's MRO and says which class has it.
func lookupWithOwner(t *py.Type, name string) (py.Object, *py.Type) {
	mro := t.Mro
	if len(mro) == 0 {
		if v, ok := t.Dict[name]; ok {
			return v, t
		}
		return nil, nil
	}
	for _, m := range mro {
		if mt, ok := m.(*py.Type); ok {
			if v, ok := mt.Dict[name]; ok {
				return v, mt
			}
		}
	}
	return nil, nil
}

// userLookup finds name in the classes written in Python of t's MRO,
// which is where a special method a script defines lives.
func userLookup(t *py.Type, name string) (py.Object, bool) {
	v, owner := lookupWithOwner(t, name)
	if v == nil || isBuiltinType(owner) {
		return nil, false
	}
	return v, true
}

// asException is the exception object behind an exception value: the
// value itself, or the exception an instance of an exception class holds.
func asException(v py.Object) *py.Exception {
	switch x := v.(type) {
	case *py.Exception:
		return x
	case *Instance:
		e, _ := x.base.(*py.Exception)
		return e
	}
	return nil
}

// M__getattribute__ is attribute lookup on an instance, as object's is in
// CPython: data descriptors of the class, then the instance dict, then the
// class (binding functions), then the built-in base, then __getattr__.
func (o *Instance) M__getattribute__(name string) (py.Object, error) {
	if o.getattribute != nil {
		// The class's own __getattribute__, then its __getattr__ when
		// that raises AttributeError, as CPython's slot does.
		v, err := pyCall(o.getattribute, py.Tuple{o, py.String(name)}, nil)
		if err != nil && py.IsException(py.AttributeError, err) {
			if ga, ok := userLookup(o.cls, "__getattr__"); ok {
				return pyCall(ga, py.Tuple{o, py.String(name)}, nil)
			}
		}
		return v, err
	}
	v, err := o.genericGetAttr(name)
	if err != nil && py.IsException(py.AttributeError, err) {
		// Also when a property or descriptor raised it, as in CPython.
		if ga, ok := userLookup(o.cls, "__getattr__"); ok {
			return pyCall(ga, py.Tuple{o, py.String(name)}, nil)
		}
	}
	return v, err
}

// genericGetAttr is object.__getattribute__ on an instance; __getattr__
// is its caller's to try.
func (o *Instance) genericGetAttr(name string) (py.Object, error) {
	switch name {
	case "__class__":
		return o.cls, nil
	case "__dict__":
		if !slotsAllow(o.cls, "__dict__") {
			return nil, attributeError(o, name) // every class has __slots__
		}
		return &attrDict{o}, nil
	case "with_traceback":
		if e, ok := o.base.(*py.Exception); ok {
			if _, own := userLookup(o.cls, name); !own {
				// BaseException's, returning the instance, not the
				// exception value it holds.
				return py.MustNewMethod(name, func(_ py.Object, tb py.Object) (py.Object, error) {
					e.Traceback = tb
					return o, nil
				}, 0, "Sets __traceback__ to tb and returns the exception."), nil
			}
		}
	}
	attr, owner := lookupWithOwner(o.cls, name)
	if attr != nil && isDataDescriptor(attr) {
		return o.bind(attr, owner)
	}
	if v, ok := o.dict[name]; ok {
		return v, nil
	}
	if attr != nil {
		return o.bind(attr, owner)
	}
	if e, ok := o.base.(*py.Exception); ok {
		if v, err := exceptionGetAttr(e, name); err == nil {
			return v, nil
		}
	} else if o.base != nil {
		if v, err := py.GetAttrString(o.base, name); err == nil {
			return v, nil
		}
	}
	if name == "__init__" && o.base == nil {
		// object.__init__, bound: it takes no arguments.
		return py.MustNewMethod("__init__", func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if len(args) > 0 || len(kwargs) > 0 {
				return nil, py.ExceptionNewf(py.TypeError, "%s.__init__() takes exactly one argument (the instance to initialize)", o.cls.Name)
			}
			return py.None, nil
		}, 0, "Initialize self."), nil
	}
	return nil, attributeError(o, name)
}

func attributeError(o py.Object, name string) error {
	e := py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s'", o.Type().Name, name)
	e.Dict["name"] = py.String(name)
	e.Dict["obj"] = o
	return e
}

func isDataDescriptor(attr py.Object) bool {
	switch d := attr.(type) {
	case *Property, *py.Property:
		return true
	case *Instance:
		_, set := userLookup(d.cls, "__set__")
		_, del := userLookup(d.cls, "__delete__")
		return set || del
	}
	return false
}

// userDescriptor calls the __get__ of a descriptor written in Python.
func userDescriptor(attr py.Object, instance, owner py.Object) (py.Object, bool, error) {
	d, ok := attr.(*Instance)
	if !ok {
		return nil, false, nil
	}
	res, ok, err := d.special("__get__", instance, owner)
	return res, ok, err
}

// bind makes the value of a class attribute read through an instance: a
// function becomes a method of the instance; a method of a built-in base
// type is bound to the value the instance holds.
func (o *Instance) bind(attr py.Object, owner *py.Type) (py.Object, error) {
	self := py.Object(o)
	if isBuiltinType(owner) && o.base != nil && owner != py.ObjectType {
		self = o.base
	}
	if res, ok, err := userDescriptor(attr, o, o.cls); ok {
		return res, err
	}
	if d, ok := attr.(py.I__get__); ok {
		return d.M__get__(self, o.cls)
	}
	return attr, nil
}

// setClass is obj.__class__ = cls, audited as object.__setattr__: cls
// must be a class written in Python whose instances hold the same
// built-in value as o's.
func (o *Instance) setClass(value py.Object) error {
	cls, ok := value.(*py.Type)
	if !ok || !isClass(cls) {
		return py.ExceptionNewf(py.TypeError, "__class__ must be set to a class, not '%s' object", value.Type().Name)
	}
	if cls.Flags&py.TPFLAGS_HEAPTYPE == 0 {
		return py.ExceptionNewf(py.TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses")
	}
	if builtinBase(cls) != builtinBase(o.cls) {
		return py.ExceptionNewf(py.TypeError, "__class__ assignment: '%s' object layout differs from '%s'", cls.Name, o.cls.Name)
	}
	if err := active.Load().audit(hooks.ObjectSetattr, o, py.String("__class__"), cls); err != nil {
		return err
	}
	o.cls = cls
	o.getattribute = nil
	if ga, ok := userLookup(cls, "__getattribute__"); ok {
		o.getattribute = ga
	}
	return nil
}

// M__setattr__ stores an attribute: through the class's __setattr__ when
// it has one, else in the instance dict.
func (o *Instance) M__setattr__(name string, value py.Object) (py.Object, error) {
	if fn, ok := userLookup(o.cls, "__setattr__"); ok {
		return pyCall(fn, py.Tuple{o, py.String(name), value}, nil)
	}
	return py.None, o.storeAttr(name, value)
}

func (o *Instance) storeAttr(name string, value py.Object) error {
	if attr, _ := lookupWithOwner(o.cls, name); attr != nil {
		if d, ok := attr.(py.I__set__); ok && isDataDescriptor(attr) {
			_, err := d.M__set__(o, value)
			return err
		}
		if d, ok := attr.(*Instance); ok {
			if _, ok, err := d.special("__set__", o, value); ok {
				return err
			}
		}
	}
	if name == "__class__" {
		return o.setClass(value)
	}
	if _, ok := o.dict[name]; !ok && !slotsAllow(o.cls, name) {
		return py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute '%s' and no __dict__ for setting new attributes", o.cls.Name, name)
	}
	o.noteAttr(name)
	o.dict[name] = value
	return nil
}

// M__delattr__ deletes an attribute.
func (o *Instance) M__delattr__(name string) (py.Object, error) {
	if fn, ok := userLookup(o.cls, "__delattr__"); ok {
		return pyCall(fn, py.Tuple{o, py.String(name)}, nil)
	}
	return o.deleteAttr(name)
}

// deleteAttr is object.__delattr__: a data descriptor's __delete__, else
// the instance dict's entry.
func (o *Instance) deleteAttr(name string) (py.Object, error) {
	if attr, _ := lookupWithOwner(o.cls, name); attr != nil {
		if d, ok := attr.(py.I__delete__); ok && isDataDescriptor(attr) {
			return d.M__delete__(o)
		}
		if d, ok := attr.(*Instance); ok {
			if res, ok, err := d.special("__delete__", o); ok {
				return res, err
			}
		}
	}
	if _, ok := o.dict[name]; !ok {
		return nil, attributeError(o, name)
	}
	delete(o.dict, name)
	o.forgetAttr(name)
	return py.None, nil
}

// objectRepr is object.__repr__: <module.Class object at 0x...>.
func objectRepr(o py.Object) string {
	t := o.Type()
	mod := ""
	if m, ok := t.Dict["__module__"].(py.String); ok && m != "builtins" {
		mod = string(m) + "."
	}
	return fmt.Sprintf("<%s%s object at %p>", mod, classQualname(t), o)
}

// fixMetatypes makes `type` the type of every built-in class in b. In
// gpython v0.2.0 the type of int is object and the type of ValueError is
// Exception, so deriving a class from an exception fails to find a
// metaclass.
func fixMetatypes(b py.StringDict) {
	for _, v := range b {
		if t, ok := v.(*py.Type); ok && isClass(t) && !t.Type().IsSubtype(py.TypeType) {
			t.ObjectType = py.TypeType
		}
	}
}

// addTypeAttributes gives classes __name__, __qualname__, __module__,
// __bases__, __base__ and __mro__.
func addTypeAttributes() {
	attr := func(name string, get func(t *py.Type) py.Object) {
		py.TypeType.Dict[name] = typeAttribute(func(self py.Object) (py.Object, error) {
			t, ok := self.(*py.Type)
			if !ok {
				return nil, attributeError(self, name)
			}
			return get(t), nil
		})
	}
	attr("__name__", func(t *py.Type) py.Object { _, name := dottedTypeName(t); return py.String(name) })
	attr("__qualname__", func(t *py.Type) py.Object {
		if _, dotted := dottedTypeName(t); dotted != t.Name {
			return py.String(dotted)
		}
		return py.String(classQualname(t))
	})
	attr("__module__", func(t *py.Type) py.Object {
		if m, ok := t.Dict["__module__"]; ok {
			if _, forInstances := m.(*py.Property); !forInstances {
				return m
			}
		}
		if mod, _ := dottedTypeName(t); mod != "" {
			return py.String(mod)
		}
		return py.String("builtins")
	})
	attr("__bases__", func(t *py.Type) py.Object {
		if t == py.BoolType {
			return py.Tuple{py.IntType}
		}
		if len(t.Bases) == 0 && t != py.ObjectType {
			return py.Tuple{py.ObjectType}
		}
		return append(py.Tuple(nil), t.Bases...)
	})
	attr("__base__", func(t *py.Type) py.Object {
		if t == py.BoolType {
			return py.IntType
		}
		if t.Base == nil {
			return py.None
		}
		return t.Base
	})
	attr("__mro__", func(t *py.Type) py.Object { return classMroTuple(t) })
}

// classMroTuple is cls.__mro__. gpython's bool derives from object
// alone; Python code sees it derive from int, as in CPython (isinstance
// and issubclass already answer so).
func classMroTuple(t *py.Type) py.Tuple {
	if t == py.BoolType {
		return py.Tuple{py.BoolType, py.IntType, py.ObjectType}
	}
	return append(py.Tuple(nil), t.Mro...)
}

// dottedTypeName splits the name of a built-in type written with its
// module, as CPython's are ("_io.TextIOWrapper", "re.Pattern"): error
// messages use the whole, __name__ the last part, __module__ the rest.
func dottedTypeName(t *py.Type) (module, name string) {
	if i := strings.LastIndexByte(t.Name, '.'); i > 0 && isBuiltinType(t) {
		return t.Name[:i], t.Name[i+1:]
	}
	return "", t.Name
}

// typeAttribute is a read-only attribute of classes that a class may
// shadow by assignment (C.__name__ = "D" goes through type.__setattr__,
// which audits it).
type typeAttribute func(self py.Object) (py.Object, error)

var typeAttributeType = py.NewType("getset_descriptor", "An attribute of classes.")

func (a typeAttribute) Type() *py.Type { return typeAttributeType }

func (a typeAttribute) M__get__(instance, owner py.Object) (py.Object, error) {
	if instance == nil || instance == py.None {
		return a, nil
	}
	return a(instance)
}

// slotsAllow tells whether instances of t may get the attribute name:
// when every class of t's MRO written in Python has __slots__ (without
// __dict__), only the names they list, private names mangled with their
// class's name.
func slotsAllow(t *py.Type, name string) bool {
	for _, m := range t.Mro {
		c, ok := m.(*py.Type)
		if !ok || isBuiltinType(c) {
			continue
		}
		slots, ok := c.Dict["__slots__"]
		if !ok {
			return true
		}
		names := []py.Object{slots}
		if _, isStr := slots.(py.String); !isStr {
			items, err := concat(py.Tuple{slots})
			if err != nil {
				return true
			}
			names = items
		}
		for _, n := range names {
			if s, ok := n.(py.String); ok && (rewrite.PrivateName(c.Name, string(s)) == name || s == "__dict__") {
				return true
			}
		}
	}
	return false
}

// osErrorClasses are the subclasses OSError(errno, ...) makes, as in
// CPython.
var osErrorClasses = map[py.Int]*py.Type{
	py.Int(syscall.EAGAIN): py.BlockingIOError, py.Int(syscall.EALREADY): py.BlockingIOError,
	py.Int(syscall.EINPROGRESS): py.BlockingIOError, py.Int(syscall.ECHILD): py.ChildProcessError,
	py.Int(syscall.EPIPE): py.BrokenPipeError, py.Int(syscall.ESHUTDOWN): py.BrokenPipeError,
	py.Int(syscall.ECONNABORTED): py.ConnectionAbortedError, py.Int(syscall.ECONNREFUSED): py.ConnectionRefusedError,
	py.Int(syscall.ECONNRESET): py.ConnectionResetError, py.Int(syscall.EEXIST): py.FileExistsError,
	py.Int(syscall.ENOENT): py.FileNotFoundError, py.Int(syscall.EISDIR): py.IsADirectoryError,
	py.Int(syscall.ENOTDIR): py.NotADirectoryError, py.Int(syscall.EINTR): py.InterruptedError,
	py.Int(syscall.EACCES): py.PermissionError, py.Int(syscall.EPERM): py.PermissionError,
	py.Int(syscall.ESRCH): py.ProcessLookupError, py.Int(syscall.ETIMEDOUT): py.TimeoutError,
}

// installNumbersAndErrors makes big integers ints to isinstance and
// repr, and OSError(errno, strerror) an instance of the subclass the errno
// names.
func installNumbersAndErrors() {
	py.BigIntType.Name = "int"
	for _, t := range []*py.Type{py.OSError, py.BlockingIOError, py.ChildProcessError, py.ConnectionError,
		py.BrokenPipeError, py.ConnectionAbortedError, py.ConnectionRefusedError, py.ConnectionResetError,
		py.FileExistsError, py.FileNotFoundError, py.InterruptedError, py.IsADirectoryError,
		py.NotADirectoryError, py.PermissionError, py.ProcessLookupError, py.TimeoutError} {
		t.New = osErrorNew(t.New)
	}
}

// osErrorNew wraps the constructor of OSError or one of its subclasses:
// OSError(errno, strerror) makes the subclass the errno names, and
// OSError(errno, strerror[, filename[, winerror[, filename2]]]) keeps
// (errno, strerror) as its args and the rest as attributes.
func osErrorNew(makeOSError py.NewFunc) py.NewFunc {
	if makeOSError == nil {
		makeOSError = py.ExceptionNew
	}
	return func(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if t == py.OSError && len(args) >= 2 {
			if n, ok := args[0].(py.Int); ok {
				if sub, ok := osErrorClasses[n]; ok {
					t = sub
				}
			}
		}
		o, err := makeOSError(t, args, kwargs)
		if e, ok := o.(*py.Exception); ok && err == nil && len(args) >= 2 && len(args) <= 5 {
			e.Dict["errno"], e.Dict["strerror"] = args[0], args[1]
			e.Dict["filename"], e.Dict["filename2"] = py.None, py.None
			if len(args) >= 3 {
				e.Dict["filename"] = args[2]
				e.Args = args[:2]
			}
			if len(args) == 5 {
				e.Dict["filename2"] = args[4]
			}
		}
		return o, err
	}
}

// initSubclass finishes a new class as type.__new__ does in CPython: each
// attribute with __set_name__ learns its name, then the nearest base's
// __init_subclass__ runs with the class statement's keywords.
func initSubclass(cls *py.Type, kwargs py.StringDict, order *[]string) error {
	// The order the class body assigned the names in, then any others.
	var names, rest []string
	seen := map[string]bool{}
	if order != nil {
		for _, name := range *order {
			if _, ok := cls.Dict[name]; ok && !seen[name] {
				seen[name] = true
				names = append(names, name)
			}
		}
	}
	for name := range cls.Dict {
		if !seen[name] {
			rest = append(rest, name)
		}
	}
	sort.Strings(rest)
	names = append(names, rest...)
	for _, name := range names {
		if p, ok := cls.Dict[name].(*Property); ok && p.name == "" {
			p.name = name
		}
		if d, ok := cls.Dict[name].(*Instance); ok {
			if _, ok, err := d.special("__set_name__", cls, py.String(name)); ok && err != nil {
				return err
			}
		}
	}
	for _, m := range cls.Mro[1:] {
		base, ok := m.(*py.Type)
		if !ok || isBuiltinType(base) {
			continue
		}
		fn, ok := base.Dict["__init_subclass__"]
		if !ok {
			continue
		}
		switch f := fn.(type) {
		case *py.ClassMethod:
			fn = f.Callable
		case *py.StaticMethod:
			fn = f.Callable
		}
		_, err := pyCall(fn, py.Tuple{cls}, kwargs)
		return err
	}
	if len(kwargs) > 0 {
		return py.ExceptionNewf(py.TypeError, "%s.__init_subclass__() takes no keyword arguments", cls.Name)
	}
	return nil
}

// metaSpecial calls the special method name that the metaclass of the
// class cls defines (a class statement with metaclass=M, M written in
// Python); ok is false when it defines none.
func metaSpecial(cls *py.Type, name string, args ...py.Object) (py.Object, bool, error) {
	mt := cls.Type()
	if mt == nil || isBuiltinType(mt) {
		return nil, false, nil
	}
	fn, ok := userLookup(mt, name)
	if !ok {
		return nil, false, nil
	}
	res, err := pyCall(fn, append(py.Tuple{cls}, args...), nil)
	return res, true, err
}

// checkAbstract refuses to instantiate a class with abstract methods
// left (abc.ABCMeta sets __abstractmethods__), as CPython does.
func checkAbstract(cls *py.Type) error {
	v, ok := cls.Dict["__abstractmethods__"]
	if !ok {
		return nil
	}
	names, err := concat(py.Tuple{v})
	if err != nil || len(names) == 0 {
		return err
	}
	quoted := make([]string, 0, len(names))
	for _, n := range names {
		if s, ok := n.(py.String); ok {
			quoted = append(quoted, "'"+string(s)+"'")
		}
	}
	sort.Strings(quoted)
	what := "abstract method " + quoted[0]
	if len(quoted) > 1 {
		what = "abstract methods " + strings.Join(quoted, ", ")
	}
	return py.ExceptionNewf(py.TypeError, "Can't instantiate abstract class %s without an implementation for %s", cls.Name, what)
}
