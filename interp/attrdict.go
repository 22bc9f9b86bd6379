package interp

import (
	"sort"

	"github.com/go-python/gpython/py"

	"github.com/spython/spython/interp/pyobj"
)

// An instance keeps its attributes in a py.StringDict, a Go map whose
// order is random; scripts print vars(obj) and obj.__dict__ and expect the
// order the attributes were set in, as CPython 3.7+ keeps it. The instance
// records that order, and obj.__dict__ is a mapping over the instance
// that writes through to it and iterates in that order.

// noteAttr records that name was set on o.
func (o *Instance) noteAttr(name string) {
	if _, ok := o.dict[name]; !ok {
		o.order = append(o.order, name)
	}
}

// forgetAttr records that name was deleted from o.
func (o *Instance) forgetAttr(name string) {
	for i, n := range o.order {
		if n == name {
			o.order = append(o.order[:i], o.order[i+1:]...)
			return
		}
	}
}

// attrNames is o's attribute names in the order they were set; names
// stored in the dict some other way come last, sorted.
func (o *Instance) attrNames() []string {
	names := make([]string, 0, len(o.dict))
	seen := make(map[string]bool, len(o.order))
	for _, n := range o.order {
		if _, ok := o.dict[n]; ok && !seen[n] {
			names = append(names, n)
			seen[n] = true
		}
	}
	var rest []string
	for n := range o.dict {
		if !seen[n] {
			rest = append(rest, n)
		}
	}
	sort.Strings(rest)
	return append(names, rest...)
}

// snapshot is o's attributes as a dict, in order.
func (o *Instance) snapshot() *pyobj.Dict {
	d := pyobj.NewDictSized(len(o.dict))
	for _, n := range o.attrNames() {
		_ = d.SetItem(py.String(n), o.dict[n])
	}
	return d
}

// attrDict is an instance's __dict__.
type attrDict struct{ o *Instance }

var attrDictType = py.NewType("dict", "The attributes of an object.")

func (a *attrDict) Type() *py.Type { return attrDictType }

func attrKey(k py.Object) (string, error) {
	s, ok := k.(py.String)
	if !ok {
		return "", py.ExceptionNewf(py.TypeError, "attribute name must be string, not '%s'", k.Type().Name)
	}
	return string(s), nil
}

func (a *attrDict) M__getitem__(k py.Object) (py.Object, error) {
	name, err := attrKey(k)
	if err != nil {
		return nil, err
	}
	v, ok := a.o.dict[name]
	if !ok {
		return nil, keyError(k)
	}
	return v, nil
}

func (a *attrDict) M__setitem__(k, v py.Object) (py.Object, error) {
	name, err := attrKey(k)
	if err != nil {
		return nil, err
	}
	a.o.noteAttr(name)
	a.o.dict[name] = v
	return py.None, nil
}

func (a *attrDict) M__delitem__(k py.Object) (py.Object, error) {
	name, err := attrKey(k)
	if err != nil {
		return nil, err
	}
	if _, ok := a.o.dict[name]; !ok {
		return nil, keyError(k)
	}
	delete(a.o.dict, name)
	a.o.forgetAttr(name)
	return py.None, nil
}

func (a *attrDict) M__contains__(k py.Object) (py.Object, error) {
	s, ok := k.(py.String)
	if !ok {
		return py.False, nil
	}
	_, in := a.o.dict[string(s)]
	return py.NewBool(in), nil
}

func (a *attrDict) M__len__() (py.Object, error) { return py.Int(len(a.o.dict)), nil }

func (a *attrDict) M__iter__() (py.Object, error) { return py.Iter(a.keys()) }

func (a *attrDict) M__repr__() (py.Object, error) { return py.Repr(a.o.snapshot()) }

func (a *attrDict) M__eq__(other py.Object) (py.Object, error) {
	if x, ok := other.(*attrDict); ok {
		other = x.o.snapshot()
	}
	return py.Eq(a.o.snapshot(), other)
}

func (a *attrDict) keys() py.Tuple {
	names := a.o.attrNames()
	out := make(py.Tuple, len(names))
	for i, n := range names {
		out[i] = py.String(n)
	}
	return out
}

func init() {
	// It is a dict to isinstance; every dict method it answers is its
	// own, so none of dict's is ever called on it.
	attrDictType.Base = pyobj.DictType
	attrDictType.Mro = py.Tuple{attrDictType, pyobj.DictType, py.ObjectType}
	d := attrDictType.Dict
	self := func(o py.Object) *attrDict { return o.(*attrDict) }
	// Reading methods work on a snapshot in order.
	for _, name := range []string{"keys", "values", "items", "get", "copy"} {
		d[name] = py.MustNewMethod(name, func(o py.Object, args py.Tuple) (py.Object, error) {
			m, err := py.GetAttrString(self(o).o.snapshot(), name)
			if err != nil {
				return nil, err
			}
			return py.Call(m, args, nil)
		}, 0, "As dict."+name+".")
	}
	d["update"] = py.MustNewMethod("update", func(o py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		staged := pyobj.NewDict()
		var other py.Object
		if len(args) > 1 {
			return nil, py.ExceptionNewf(py.TypeError, "update expected at most 1 argument, got %d", len(args))
		}
		if len(args) == 1 {
			other = args[0]
		}
		if err := staged.Update(other, kwargs); err != nil {
			return nil, err
		}
		return py.None, staged.Items(func(k, v py.Object) error {
			_, err := self(o).M__setitem__(k, v)
			return err
		})
	}, 0, "As dict.update.")
	d["setdefault"] = py.MustNewMethod("setdefault", func(o py.Object, args py.Tuple) (py.Object, error) {
		var k, def py.Object = nil, py.None
		if err := py.UnpackTuple(args, nil, "setdefault", 1, 2, &k, &def); err != nil {
			return nil, err
		}
		if v, err := self(o).M__getitem__(k); err == nil {
			return v, nil
		}
		_, err := self(o).M__setitem__(k, def)
		return def, err
	}, 0, "As dict.setdefault.")
	d["pop"] = py.MustNewMethod("pop", func(o py.Object, args py.Tuple) (py.Object, error) {
		var k, def py.Object
		if err := py.UnpackTuple(args, nil, "pop", 1, 2, &k, &def); err != nil {
			return nil, err
		}
		v, err := self(o).M__getitem__(k)
		if err != nil {
			if def != nil {
				return def, nil
			}
			return nil, err
		}
		_, err = self(o).M__delitem__(k)
		return v, err
	}, 0, "As dict.pop.")
	d["clear"] = py.MustNewMethod("clear", func(o py.Object) (py.Object, error) {
		a := self(o)
		clear(a.o.dict)
		a.o.order = nil
		return py.None, nil
	}, 0, "As dict.clear.")
	d["popitem"] = py.MustNewMethod("popitem", func(o py.Object) (py.Object, error) {
		a := self(o)
		names := a.o.attrNames()
		if len(names) == 0 {
			return nil, py.ExceptionNewf(py.KeyError, "popitem(): dictionary is empty")
		}
		last := names[len(names)-1]
		v := a.o.dict[last]
		delete(a.o.dict, last)
		a.o.forgetAttr(last)
		return py.Tuple{py.String(last), v}, nil
	}, 0, "As dict.popitem.")
	d["__reversed__"] = py.MustNewMethod("__reversed__", func(o py.Object) (py.Object, error) {
		return self(o).o.snapshot().M__reversed__()
	}, 0, "As dict.__reversed__.")
}

func (a *attrDict) M__or__(other py.Object) (py.Object, error) {
	return py.Or(a.o.snapshot(), other)
}

func (a *attrDict) M__ror__(other py.Object) (py.Object, error) {
	return py.Or(other, a.o.snapshot())
}

func (a *attrDict) M__ior__(other py.Object) (py.Object, error) {
	staged := pyobj.NewDict()
	if err := staged.Update(other, nil); err != nil {
		return nil, err
	}
	return a, staged.Items(func(k, v py.Object) error {
		_, err := a.M__setitem__(k, v)
		return err
	})
}
