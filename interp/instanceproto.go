package interp

import (
	"reflect"

	"github.com/go-python/gpython/py"

	"github.com/spython/spython/interp/pyobj"
)

// special calls the class's own special method name on o. ok is false
// when the class does not define it.
func (o *Instance) special(name string, args ...py.Object) (res py.Object, ok bool, err error) {
	fn, ok := userLookup(o.cls, name)
	if !ok {
		return nil, false, nil
	}
	if fn == py.None {
		return nil, true, py.ExceptionNewf(py.TypeError, "'%s' object is not callable", "NoneType")
	}
	res, err = pyCall(fn, append(py.Tuple{o}, args...), nil)
	return res, true, err
}

// unwrap is the value an operand stands for when a built-in operation
// sees it: the built-in base of an Instance.
func unwrap(v py.Object) py.Object {
	if o, ok := v.(*Instance); ok && o.base != nil {
		return o.base
	}
	return v
}

func init() { pyobj.Unwrap = unwrap }

// baseMethod calls the Go method M<name> of the built-in base.
func (o *Instance) baseMethod(name string, args ...py.Object) (py.Object, bool, error) {
	if o.base == nil {
		return nil, false, nil
	}
	m := reflect.ValueOf(o.base).MethodByName("M" + name)
	if !m.IsValid() || m.Type().NumIn() != len(args) {
		return nil, false, nil
	}
	in := make([]reflect.Value, len(args))
	for i, a := range args {
		in[i] = reflect.ValueOf(unwrap(a))
	}
	out := m.Call(in)
	var err error
	if e, ok := out[len(out)-1].Interface().(error); ok {
		err = e
	}
	if len(out) == 3 { // __divmod__
		if err != nil {
			return nil, true, err
		}
		return py.Tuple{out[0].Interface().(py.Object), out[1].Interface().(py.Object)}, true, nil
	}
	res, _ := out[0].Interface().(py.Object)
	return res, true, err
}

func (o *Instance) binary(name string, other py.Object) (py.Object, error) {
	if res, ok, err := o.numberFirst(name, other); ok {
		return res, err
	}
	if res, ok, err := o.special(name, other); ok {
		return res, err
	}
	if res, ok, err := o.baseMethod(name, other); ok {
		if err == nil && name[2] == 'i' && identical(res, o.base) {
			return o, nil // an in-place operation keeps the instance
		}
		return res, err
	}
	return py.NotImplemented, nil
}

func (o *Instance) unary(name string) (py.Object, error) {
	if res, ok, err := o.special(name); ok {
		return res, err
	}
	if res, ok, err := o.baseMethod(name); ok {
		return res, err
	}
	switch name {
	case "__int__":
		return nil, py.ExceptionNewf(py.TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'", o.cls.Name)
	case "__float__":
		return nil, py.ExceptionNewf(py.TypeError, "float() argument must be a string or a real number, not '%s'", o.cls.Name)
	}
	op := map[string]string{"__abs__": "abs()", "__neg__": "unary -", "__pos__": "unary +", "__invert__": "unary ~"}[name]
	if op == "" {
		op = name
	}
	return nil, py.ExceptionNewf(py.TypeError, "bad operand type for %s: '%s'", op, o.cls.Name)
}

func (o *Instance) call3(name string, a, b py.Object) (py.Object, error) {
	if res, ok, err := o.special(name, a, b); ok {
		return res, err
	}
	if res, ok, err := o.baseMethod(name, a, b); ok {
		return res, err
	}
	return py.NotImplemented, nil
}

// M__eq__ is ==: the class's __eq__, the base's, else identity.
func (o *Instance) M__eq__(other py.Object) (py.Object, error) {
	if res, ok, err := o.special("__eq__", other); ok {
		return res, err
	}
	if res, ok, err := o.baseMethod("__eq__", other); ok {
		return res, err
	}
	if x, ok := other.(*Instance); ok && x != o {
		if res, ok, err := x.special("__eq__", o); ok && (err != nil || res != py.NotImplemented) {
			return res, err
		}
	}
	return py.NewBool(o == other), nil
}

// M__ne__ is !=: the class's __ne__, else the negation of its __eq__.
func (o *Instance) M__ne__(other py.Object) (py.Object, error) {
	if res, ok, err := o.special("__ne__", other); ok {
		return res, err
	}
	if res, ok, err := o.special("__eq__", other); ok {
		if err != nil || res == py.NotImplemented {
			return res, err
		}
		t, err := truth(res)
		return py.NewBool(!t), err
	}
	if res, ok, err := o.baseMethod("__ne__", other); ok {
		return res, err
	}
	if x, ok := other.(*Instance); ok && x != o {
		if res, ok, err := x.special("__eq__", o); ok && (err != nil || res != py.NotImplemented) {
			if err != nil {
				return nil, err
			}
			t, err := truth(res)
			return py.NewBool(!t), err
		}
	}
	return py.NewBool(o != other), nil
}

// M__hash__ is hash(): the class's __hash__; a class that defines __eq__
// without __hash__ is unhashable, as in CPython. A built-in base ahead of
// the class defining __hash__ in the MRO hashes the value, as str does for
// class E(str, Enum).
func (o *Instance) M__hash__() (py.Object, error) {
	fn, owner := lookupWithOwner(o.cls, "__hash__")
	if fn == py.None || fn == nil && o.definesEq() {
		return nil, py.ExceptionNewf(py.TypeError, "unhashable type: '%s'", o.cls.Name)
	}
	if fn != nil && !isBuiltinType(owner) && !o.baseBefore(owner) {
		res, err := pyCall(fn, py.Tuple{o}, nil)
		if err != nil {
			return nil, err
		}
		switch res.(type) {
		case py.Int, *py.BigInt, py.Bool:
			return res, nil
		}
		return nil, py.ExceptionNewf(py.TypeError, "__hash__ method should return an integer")
	}
	if o.base != nil {
		h, err := hashOf(o.base)
		return py.Int(h), err
	}
	return identityHash(o), nil
}

// baseBefore reports whether the built-in base of o comes before owner
// in its class's MRO, so that the base's method wins over owner's.
func (o *Instance) baseBefore(owner *py.Type) bool {
	if o.base == nil {
		return false
	}
	for _, m := range o.cls.Mro {
		t, ok := m.(*py.Type)
		if !ok || t == owner {
			return false
		}
		if isBuiltinType(t) && t != py.ObjectType {
			return true
		}
	}
	return false
}

// definesEq reports whether a class of o's MRO written in Python defines
// __eq__ (before any that defines __hash__).
func (o *Instance) definesEq() bool {
	mro := o.cls.Mro
	for _, m := range mro {
		t, ok := m.(*py.Type)
		if !ok || isBuiltinType(t) {
			return false
		}
		if _, ok := t.Dict["__hash__"]; ok {
			return false
		}
		if _, ok := t.Dict["__eq__"]; ok {
			return true
		}
	}
	return false
}

// M__bool__ is truth: __bool__, else __len__, else the base's, else True.
func (o *Instance) M__bool__() (py.Object, error) {
	if res, ok, err := o.special("__bool__"); ok {
		if err != nil {
			return nil, err
		}
		if _, isBool := res.(py.Bool); !isBool {
			return nil, py.ExceptionNewf(py.TypeError, "__bool__ should return bool, returned %s", res.Type().Name)
		}
		return res, nil
	}
	if res, ok, err := o.special("__len__"); ok {
		if err != nil {
			return nil, err
		}
		t, err := truth(res)
		return py.NewBool(t), err
	}
	if o.base != nil {
		t, err := truth(o.base)
		return py.NewBool(t), err
	}
	return py.True, nil
}

// M__len__ is len().
func (o *Instance) M__len__() (py.Object, error) {
	if res, ok, err := o.special("__len__"); ok {
		if err != nil {
			return nil, err
		}
		n, ok := res.(py.Int)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", res.Type().Name)
		}
		if n < 0 {
			return nil, py.ExceptionNewf(py.ValueError, "__len__() should return >= 0")
		}
		return n, nil
	}
	if o.base != nil {
		return py.Len(o.base)
	}
	return nil, py.ExceptionNewf(py.TypeError, "object of type '%s' has no len()", o.cls.Name)
}

// M__iter__ is iter(): __iter__, else iteration by __getitem__, else the
// base's.
func (o *Instance) M__iter__() (py.Object, error) {
	if res, ok, err := o.special("__iter__"); ok {
		return res, err
	}
	if o.base != nil {
		if it, err := iterOf(o.base); err == nil {
			return it, nil
		}
	}
	if _, ok := userLookup(o.cls, "__getitem__"); ok {
		return &indexIterator{seq: o}, nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not iterable", o.cls.Name)
}

// M__next__ is next().
func (o *Instance) M__next__() (py.Object, error) {
	if res, ok, err := o.special("__next__"); ok {
		if err != nil && py.IsException(py.StopIteration, err) {
			return nil, py.StopIteration // the end as gpython's loops know it
		}
		return res, err
	}
	return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not an iterator", o.cls.Name)
}

// M__getitem__ is o[key]; a dict subclass's __missing__ answers for a
// missing key.
func (o *Instance) M__getitem__(key py.Object) (py.Object, error) {
	if res, ok, err := o.special("__getitem__", key); ok {
		return res, err
	}
	if o.base != nil {
		res, err := py.GetItem(o.base, unwrap(key))
		if err != nil && py.IsException(py.KeyError, err) {
			if res, ok, err2 := o.special("__missing__", key); ok {
				return res, err2
			}
		}
		return res, err
	}
	return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not subscriptable", o.cls.Name)
}

// M__setitem__ is o[key] = value.
func (o *Instance) M__setitem__(key, value py.Object) (py.Object, error) {
	if res, ok, err := o.special("__setitem__", key, value); ok {
		return res, err
	}
	if o.base != nil {
		return py.SetItem(o.base, key, value)
	}
	return nil, py.ExceptionNewf(py.TypeError, "'%s' object does not support item assignment", o.cls.Name)
}

// M__delitem__ is del o[key].
func (o *Instance) M__delitem__(key py.Object) (py.Object, error) {
	if res, ok, err := o.special("__delitem__", key); ok {
		return res, err
	}
	if o.base != nil {
		return py.DelItem(o.base, key)
	}
	return nil, py.ExceptionNewf(py.TypeError, "'%s' object does not support item deletion", o.cls.Name)
}

// M__contains__ is `in`: __contains__, else the base's, else a search of
// the iteration (NotImplemented tells the caller to search).
func (o *Instance) M__contains__(item py.Object) (py.Object, error) {
	if res, ok, err := o.special("__contains__", item); ok {
		if err != nil {
			return nil, err
		}
		t, err := truth(res)
		return py.NewBool(t), err
	}
	if o.base != nil {
		if _, ok := userLookup(o.cls, "__iter__"); !ok {
			in, err := contains(o.base, item)
			return py.NewBool(in), err
		}
	}
	return py.NotImplemented, nil
}

// M__call__ is o(...).
func (o *Instance) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	fn, ok := userLookup(o.cls, "__call__")
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not callable", o.cls.Name)
	}
	return pyCall(fn, append(py.Tuple{o}, args...), kwargs)
}

// M__repr__ is repr(): __repr__, else the base's, else <module.C object at ...>.
func (o *Instance) M__repr__() (py.Object, error) {
	if res, ok, err := o.special("__repr__"); ok {
		return checkStr("__repr__", res, err)
	}
	if o.base != nil {
		if e, ok := o.base.(*py.Exception); ok {
			return exceptionRepr(o.cls.Name, e)
		}
		return py.Repr(o.base)
	}
	return py.String(objectRepr(o)), nil
}

// M__str__ is str(): __str__, else __repr__, else the base's.
func (o *Instance) M__str__() (py.Object, error) {
	if res, ok, err := o.special("__str__"); ok {
		return checkStr("__str__", res, err)
	}
	if hasOwnStr(o.base) {
		s, err := strOf(o.base)
		return py.String(s), err
	}
	return o.M__repr__()
}

func checkStr(method string, res py.Object, err error) (py.Object, error) {
	if err != nil {
		return nil, err
	}
	if _, ok := res.(py.String); !ok {
		return nil, py.ExceptionNewf(py.TypeError, "%s returned non-string (type %s)", method, res.Type().Name)
	}
	return res, nil
}

// M__index__ is the integer value of o where Python needs one.
func (o *Instance) M__index__() (py.Int, error) {
	res, ok, err := o.special("__index__")
	if !ok && o.base != nil {
		return py.Index(o.base)
	}
	if !ok {
		return 0, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", o.cls.Name)
	}
	if err != nil {
		return 0, err
	}
	n, ok := res.(py.Int)
	if !ok {
		return 0, py.ExceptionNewf(py.TypeError, "__index__ returned non-int (type %s)", res.Type().Name)
	}
	return n, nil
}

// M__divmod__ is divmod(o, other).
func (o *Instance) M__divmod__(other py.Object) (py.Object, py.Object, error) {
	res, err := o.binary("__divmod__", other)
	return splitPair(res, err)
}

// M__rdivmod__ is divmod(other, o).
func (o *Instance) M__rdivmod__(other py.Object) (py.Object, py.Object, error) {
	res, err := o.binary("__rdivmod__", other)
	return splitPair(res, err)
}

func splitPair(res py.Object, err error) (py.Object, py.Object, error) {
	if err != nil || res == py.NotImplemented {
		return res, res, err
	}
	t, ok := res.(py.Tuple)
	if !ok || len(t) != 2 {
		return nil, nil, py.ExceptionNewf(py.TypeError, "__divmod__ must return a pair")
	}
	return t[0], t[1], nil
}

// indexIterator iterates a sequence through __getitem__ with 0, 1, 2, ...
// until IndexError.
type indexIterator struct {
	seq  py.Object
	next int
	done bool
}

var indexIteratorType = py.NewType("iterator", "An iterator over a sequence.")

func (it *indexIterator) Type() *py.Type { return indexIteratorType }

func (it *indexIterator) M__iter__() (py.Object, error) { return it, nil }

func (it *indexIterator) M__next__() (py.Object, error) {
	if it.done {
		return nil, py.StopIteration
	}
	v, err := py.GetItem(it.seq, py.Int(it.next))
	if err != nil {
		if py.IsException(py.IndexError, err) || py.IsException(py.StopIteration, err) {
			it.done = true
			return nil, py.StopIteration
		}
		return nil, err
	}
	it.next++
	return v, nil
}

// identityHash is object.__hash__: derived from the instance's address.
func identityHash(o *Instance) py.Object {
	return py.Int(reflect.ValueOf(o).Pointer() >> 4)
}
