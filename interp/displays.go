package interp

import (
	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"

	"github.com/spython/spython/interp/pyobj"
)

// Dict and set displays, comprehensions and the dict, set and frozenset
// builtins make spython's insertion-ordered dict and CPython-ordered set,
// which take any hashable key; gpython's take only str keys.

func installContainers() {
	pyobj.Repr = reprOf
	pyobj.KwargsOrder = func(kwargs py.StringDict) []string {
		if c := active.Load(); c != nil && sameKeys(c.kwOrder, kwargs) {
			return c.kwOrder
		}
		return nil
	}
	for _, t := range []*py.Type{pyobj.DictType, pyobj.SetType, pyobj.FrozenSetType, py.TypeType} {
		t.Flags |= py.TPFLAGS_BASETYPE
	}
	// The __init__ of the mutable containers fills a value __new__ made
	// empty: what a subclass's super().__init__(...) calls.
	defMethod(py.ListType, bindInstance, varargs("__init__", 0, "iterable"), func(self py.Object, args []py.Object) (py.Object, error) {
		l := self.(*py.List)
		var items []py.Object
		if args[0] != nil {
			var err error
			if items, err = concat(py.Tuple{args[0]}); err != nil {
				return nil, err
			}
		}
		l.Items = append(l.Items[:0], items...)
		return py.None, nil
	})
	pyobj.DictType.Dict["__init__"] = py.MustNewMethod("__init__", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(args) > 1 {
			return nil, py.ExceptionNewf(py.TypeError, "dict expected at most 1 argument, got %d", len(args))
		}
		var other py.Object
		if len(args) == 1 {
			other = args[0]
		}
		return py.None, self.(*pyobj.Dict).Update(other, kwargs)
	}, 0, "Initialize self.")
	pyobj.SetType.Dict["__init__"] = py.MustNewMethod("__init__", func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) > 1 {
			return nil, py.ExceptionNewf(py.TypeError, "set expected at most 1 argument, got %d", len(args))
		}
		s := self.(*pyobj.Set)
		s.Clear()
		if len(args) == 1 {
			return py.None, s.Update(args[0])
		}
		return py.None, nil
	}, 0, "Initialize self.")
}

func addContainerBuiltins(b py.StringDict) {
	b["dict"] = pyobj.DictType
	b["set"] = pyobj.SetType
	b["frozenset"] = pyobj.FrozenSetType
	b["hash"] = py.MustNewMethod("hash", func(_ py.Object, o py.Object) (py.Object, error) {
		h, err := pyobj.Hash(o)
		return py.Int(h), err
	}, 0, "hash(obj, /)\n\nThe integer hash of obj, equal for objects that compare equal.")
}

func newDisplayDict(n int) py.Object { return pyobj.NewDictSized(n) }

func dictStore(d, k, v py.Object) error {
	if x, ok := d.(*pyobj.Dict); ok {
		return x.SetItem(k, v)
	}
	_, err := py.SetItem(d, k, v)
	return err
}

// newDisplaySet makes the set of a display. A display of three or more
// constants is a constant frozenset in CPython's bytecode, whose order
// can differ from adding the items one by one; constantItems tells.
func newDisplaySet(items []py.Object, constant bool) (py.Object, error) {
	if constant && len(items) >= 3 {
		return pyobj.NewSetFromConstants(append([]py.Object(nil), items...))
	}
	s := pyobj.NewSet()
	for _, it := range items {
		if err := s.Add(it); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// constantItems tells whether the n instructions before BUILD_SET at
// start all load constants.
func (r *run) constantItems(n int) bool {
	code := r.f.Code.Code
	at := int(r.start)
	for range n {
		at -= 3
		if at < 0 || vm.OpCode(code[at]) != vm.LOAD_CONST {
			return false
		}
	}
	return true
}

func setAdd(s, v py.Object) error {
	set, ok := s.(*pyobj.Set)
	if !ok {
		return py.ExceptionNewf(py.SystemError, "SET_ADD needs a set")
	}
	return set.Add(v)
}

// modulo is a % b: formatting for str and bytes.
func modulo(a, b py.Object) (py.Object, error) {
	switch x := a.(type) {
	case py.String:
		return percentFormat(string(x), b)
	case py.Bytes:
		return percentFormatBytes(x, b)
	}
	if err := zeroDivision(a, b, false); err != nil {
		return nil, err
	}
	if x, y, ok := floatPair(a, b); ok {
		return floatModulo(x, y)
	}
	if isComplexOperands(a, b) {
		return nil, py.ExceptionNewf(py.TypeError, "unsupported operand type(s) for %%: '%s' and '%s'", a.Type().Name, b.Type().Name)
	}
	if x, y, ok := numericBases(a, b, "__mod__", "__rmod__"); ok {
		return modulo(x, y)
	}
	return py.Mod(a, b)
}

func inplaceModulo(a, b py.Object) (py.Object, error) {
	if _, ok := a.(*Instance); !ok {
		return modulo(a, b)
	}
	return py.IMod(a, b)
}

// hashOf is hash() of a value.
func hashOf(o py.Object) (int64, error) { return pyobj.Hash(o) }
