package pyobj

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// dictViewKind tells a view or iterator what it yields.
type dictViewKind int

const (
	viewKeys dictViewKind = iota
	viewValues
	viewItems
)

// Types of the dict views and their iterators.
var (
	DictKeysType   = py.NewType("dict_keys", "")
	DictValuesType = py.NewType("dict_values", "")
	DictItemsType  = py.NewType("dict_items", "")

	DictKeyIteratorType          = py.NewType("dict_keyiterator", "")
	DictValueIteratorType        = py.NewType("dict_valueiterator", "")
	DictItemIteratorType         = py.NewType("dict_itemiterator", "")
	DictReverseKeyIteratorType   = py.NewType("dict_reversekeyiterator", "")
	DictReverseValueIteratorType = py.NewType("dict_reversevalueiterator", "")
	DictReverseItemIteratorType  = py.NewType("dict_reverseitemiterator", "")
)

// DictView is what dict.keys(), dict.values() and dict.items() return: a
// live view of the dict.
type DictView struct {
	d      *Dict
	kind   dictViewKind
	inRepr bool
}

func newDictView(d *Dict, kind dictViewKind) *DictView {
	return &DictView{d: d, kind: kind}
}

// Type returns dict_keys, dict_values or dict_items.
func (v *DictView) Type() *py.Type {
	switch v.kind {
	case viewValues:
		return DictValuesType
	case viewItems:
		return DictItemsType
	}
	return DictKeysType
}

// Mapping is the dict the view looks at.
func (v *DictView) Mapping() *Dict { return v.d }

// M__len__ is the dict's length.
func (v *DictView) M__len__() (py.Object, error) { return py.Int(v.d.used), nil }

// M__iter__ iterates over the dict in order.
func (v *DictView) M__iter__() (py.Object, error) { return newDictIter(v.d, v.kind, false), nil }

// M__reversed__ iterates over the dict last entry first.
func (v *DictView) M__reversed__() (py.Object, error) {
	return newDictIter(v.d, v.kind, true), nil
}

// M__hash__ raises: views are unhashable.
func (v *DictView) M__hash__() (py.Object, error) { return nil, unhashable(v) }

// M__repr__ is dict_keys([...]) and so on.
func (v *DictView) M__repr__() (py.Object, error) {
	if v.inRepr {
		return py.String("..."), nil
	}
	v.inRepr = true
	defer func() { v.inRepr = false }()
	var b strings.Builder
	b.WriteString(v.Type().Name)
	b.WriteString("([")
	first := true
	err := v.d.Items(func(k, val py.Object) error {
		if !first {
			b.WriteString(", ")
		}
		first = false
		s, err := Repr(v.element(k, val))
		b.WriteString(s)
		return err
	})
	if err != nil {
		return nil, err
	}
	b.WriteString("])")
	return py.String(b.String()), nil
}

// M__str__ is the repr.
func (v *DictView) M__str__() (py.Object, error) { return v.M__repr__() }

// element is what the view yields for one entry.
func (v *DictView) element(k, val py.Object) py.Object {
	switch v.kind {
	case viewValues:
		return val
	case viewItems:
		return py.Tuple{k, val}
	}
	return k
}

// M__contains__ is x in view.
func (v *DictView) M__contains__(x py.Object) (py.Object, error) {
	ok, err := v.contains(x)
	if err != nil {
		return nil, err
	}
	return py.NewBool(ok), nil
}

func (v *DictView) contains(x py.Object) (bool, error) {
	switch v.kind {
	case viewKeys:
		_, ok, err := v.d.Get(x)
		return ok, err
	case viewItems:
		t, ok := x.(py.Tuple)
		if !ok || len(t) != 2 {
			return false, nil
		}
		val, ok, err := v.d.Get(t[0])
		if err != nil || !ok {
			return false, err
		}
		return Equal(val, t[1])
	}
	found := false
	err := v.d.Items(func(_, val py.Object) error {
		eq, err := Equal(val, x)
		if eq {
			found = true
			return errStop
		}
		return err
	})
	if err == errStop {
		err = nil
	}
	return found, err
}

// errStop ends an iteration early without being an error.
var errStop = py.ExceptionNewf(py.StopIteration, "")

// setLike reports whether the view supports set operations.
func (v *DictView) setLike() bool { return v.kind != viewValues }

// toSet makes a set of the elements of o: a set-like view or any
// iterable.
func toSet(o py.Object) (*Set, error) {
	s := NewSet()
	if v, ok := o.(*DictView); ok && v.kind == viewKeys {
		// A keys view is taken as its dict, whose size is known ahead.
		o = v.d
	}
	if err := s.updateFrom(o); err != nil {
		return nil, err
	}
	return s, nil
}

// viewSetOp applies a set operation to left and right (one of them this
// view), building the result from a new set of left's elements as CPython
// does.
func (v *DictView) viewSetOp(left, right py.Object, op func(s *Set, other py.Object) error) (py.Object, error) {
	if !v.setLike() {
		return py.NotImplemented, nil
	}
	s, err := toSet(left)
	if err != nil {
		return nil, err
	}
	if err := op(s, right); err != nil {
		return nil, err
	}
	return s, nil
}

func opUpdate(s *Set, o py.Object) error     { return s.updateFrom(o) }
func opDiffUpdate(s *Set, o py.Object) error { return s.differenceUpdate(o) }
func opXorUpdate(s *Set, o py.Object) error  { return s.symmetricDifferenceUpdate(o) }

// M__or__ is view | iterable.
func (v *DictView) M__or__(o py.Object) (py.Object, error) { return v.viewSetOp(v, o, opUpdate) }

// M__ror__ is iterable | view.
func (v *DictView) M__ror__(o py.Object) (py.Object, error) { return v.viewSetOp(o, v, opUpdate) }

// M__and__ is view & iterable.
func (v *DictView) M__and__(o py.Object) (py.Object, error) { return v.intersect(o) }

// M__rand__ is iterable & view.
func (v *DictView) M__rand__(o py.Object) (py.Object, error) { return v.intersect(o) }

// intersect is the intersection of a set-like view with an iterable, in
// the order CPython builds it: a set at least as large as the view
// intersects itself with the view; otherwise the other operand (the
// smaller one, when both are views) is walked and what the view holds
// kept.
func (v *DictView) intersect(o py.Object) (py.Object, error) {
	if !v.setLike() {
		return py.NotImplemented, nil
	}
	if os, ok := o.(*Set); ok && !os.frozen && v.d.used <= os.used {
		return os.intersection(v)
	}
	self := v
	if ov, ok := o.(*DictView); ok && ov.setLike() && ov.d.used > v.d.used {
		self, o = ov, v
	}
	r := NewSet()
	err := iterate(o, func(x py.Object) error {
		in, err := self.contains(x)
		if err != nil || !in {
			return err
		}
		return r.Add(x)
	})
	if err != nil {
		return nil, err
	}
	return r, nil
}

// M__sub__ is view - iterable.
func (v *DictView) M__sub__(o py.Object) (py.Object, error) {
	return v.viewSetOp(v, o, opDiffUpdate)
}

// M__rsub__ is iterable - view.
func (v *DictView) M__rsub__(o py.Object) (py.Object, error) {
	return v.viewSetOp(o, v, opDiffUpdate)
}

// M__xor__ is view ^ iterable.
func (v *DictView) M__xor__(o py.Object) (py.Object, error) { return v.viewSetOp(v, o, opXorUpdate) }

// M__rxor__ is iterable ^ view.
func (v *DictView) M__rxor__(o py.Object) (py.Object, error) {
	return v.viewSetOp(o, v, opXorUpdate)
}

// comparable returns the size of o when a set-like view can be compared
// with it: a set, a frozenset or a keys or items view.
func comparableSize(o py.Object) (int, bool) {
	switch x := o.(type) {
	case *Set:
		return x.used, true
	case *DictView:
		return x.d.used, x.setLike()
	}
	return 0, false
}

// allIn reports whether every element of a is in b (a and b set-like).
func allIn(a, b py.Object) (bool, error) {
	all := true
	err := iterate(a, func(x py.Object) error {
		ok, err := containsIn(b, x)
		if err != nil {
			return err
		}
		if !ok {
			all = false
			return errStop
		}
		return nil
	})
	if err == errStop {
		err = nil
	}
	return all, err
}

// containsIn is x in o for a set or a view.
func containsIn(o, x py.Object) (bool, error) {
	switch c := o.(type) {
	case *Set:
		return c.Contains(x)
	case *DictView:
		return c.contains(x)
	}
	res, err := py.Eq(o, x)
	if err != nil {
		return false, err
	}
	return truth(res)
}

// compareSetLike compares a and b as sets: op is one of "==", "!=", "<",
// "<=", ">", ">=".
func compareSetLike(a, b py.Object, na, nb int, op string) (bool, error) {
	switch op {
	case "==":
		if na != nb {
			return false, nil
		}
		return allIn(a, b)
	case "!=":
		eq, err := compareSetLike(a, b, na, nb, "==")
		return !eq, err
	case "<":
		if na >= nb {
			return false, nil
		}
		return allIn(a, b)
	case "<=":
		if na > nb {
			return false, nil
		}
		return allIn(a, b)
	case ">":
		return compareSetLike(b, a, nb, na, "<")
	case ">=":
		return compareSetLike(b, a, nb, na, "<=")
	}
	return false, nil
}

// viewCompare compares this view with o when both are set-like.
func (v *DictView) viewCompare(o py.Object, op string) (py.Object, error) {
	n, ok := comparableSize(o)
	if !ok || !v.setLike() {
		if v.kind == viewValues && (op == "==" || op == "!=") {
			same := o == py.Object(v)
			return py.NewBool(same == (op == "==")), nil
		}
		return py.NotImplemented, nil
	}
	res, err := compareSetLike(v, o, v.d.used, n, op)
	if err != nil {
		return nil, err
	}
	return py.NewBool(res), nil
}

// M__eq__ compares a keys or items view with a set or set-like view.
func (v *DictView) M__eq__(o py.Object) (py.Object, error) { return v.viewCompare(o, "==") }

// M__ne__ is the negation of M__eq__.
func (v *DictView) M__ne__(o py.Object) (py.Object, error) { return v.viewCompare(o, "!=") }

// M__lt__ is the proper subset test.
func (v *DictView) M__lt__(o py.Object) (py.Object, error) { return v.viewCompare(o, "<") }

// M__le__ is the subset test.
func (v *DictView) M__le__(o py.Object) (py.Object, error) { return v.viewCompare(o, "<=") }

// M__gt__ is the proper superset test.
func (v *DictView) M__gt__(o py.Object) (py.Object, error) { return v.viewCompare(o, ">") }

// M__ge__ is the superset test.
func (v *DictView) M__ge__(o py.Object) (py.Object, error) { return v.viewCompare(o, ">=") }

func init() {
	for _, t := range []*py.Type{DictKeysType, DictItemsType} {
		t.Dict["isdisjoint"] = py.MustNewMethod("isdisjoint", func(self, other py.Object) (py.Object, error) {
			v, ok := self.(*DictView)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "isdisjoint() requires a dict view")
			}
			disjoint := true
			err := iterate(other, func(x py.Object) error {
				in, err := v.contains(x)
				if in {
					disjoint = false
					return errStop
				}
				return err
			})
			if err != nil && err != errStop {
				return nil, err
			}
			return py.NewBool(disjoint), nil
		}, 0, "Return True if the view and the given iterable have a null intersection.")
	}
}

// DictIter iterates over a dict's keys, values or items, forwards or
// backwards, raising RuntimeError if the dict's keys change meanwhile.
type DictIter struct {
	d       *Dict
	kind    dictViewKind
	reverse bool
	pos     int
	size    int
	yielded int
	version uint64
	done    bool
}

func newDictIter(d *Dict, kind dictViewKind, reverse bool) *DictIter {
	it := &DictIter{d: d, kind: kind, reverse: reverse, size: d.used, version: d.version, pos: d.head}
	if reverse {
		it.pos = len(d.entries) - 1
	}
	return it
}

// Type is the iterator type CPython names for the kind and direction.
func (it *DictIter) Type() *py.Type {
	types := [2][3]*py.Type{
		{DictKeyIteratorType, DictValueIteratorType, DictItemIteratorType},
		{DictReverseKeyIteratorType, DictReverseValueIteratorType, DictReverseItemIteratorType},
	}
	row := 0
	if it.reverse {
		row = 1
	}
	return types[row][it.kind]
}

// M__iter__ returns the iterator itself.
func (it *DictIter) M__iter__() (py.Object, error) { return it, nil }

// M__length_hint__ is the number of entries left.
func (it *DictIter) M__length_hint__() (py.Object, error) {
	if it.done || it.d.used != it.size {
		return py.Int(0), nil
	}
	return py.Int(it.size - it.yielded), nil
}

// M__next__ yields the next element.
func (it *DictIter) M__next__() (py.Object, error) {
	if it.done {
		return nil, py.StopIteration
	}
	if err := it.d.checkUnchanged(it.size, it.version); err != nil {
		it.done = true
		return nil, err
	}
	step := 1
	if it.reverse {
		step = -1
	}
	for ; it.pos >= 0 && it.pos < len(it.d.entries); it.pos += step {
		e := it.d.entries[it.pos]
		if e.key == nil {
			continue
		}
		it.pos += step
		it.yielded++
		switch it.kind {
		case viewValues:
			return e.value, nil
		case viewItems:
			return py.Tuple{e.key, e.value}, nil
		}
		return e.key, nil
	}
	it.done = true
	return nil, py.StopIteration
}

var (
	_ py.I__iter__     = (*DictView)(nil)
	_ py.I__contains__ = (*DictView)(nil)
	_ py.I__and__      = (*DictView)(nil)
	_ py.I__rand__     = (*DictView)(nil)
	_ py.I__next__     = (*DictIter)(nil)
)
