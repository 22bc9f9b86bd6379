package pyobj

import (
	"testing"

	"github.com/go-python/gpython/py"
)

func TestSetBehaviour(t *testing.T) {
	one := func() *Set { return setOf(t, i(1)) }
	fs := frozen(i(1))
	op := func(fn func(a, b py.Object) (py.Object, error), a, b py.Object) func() (py.Object, error) {
		return func() (py.Object, error) { return fn(a, b) }
	}
	after := func(o py.Object, steps ...func() (py.Object, error)) func() (py.Object, error) {
		return then(append(steps, val(o))...)
	}
	callType := func(tp *py.Type, args py.Tuple, kwargs py.StringDict) func() (py.Object, error) {
		return func() (py.Object, error) { return py.Call(tp, args, kwargs) }
	}
	s12 := setOf(t, i(1), i(2))
	sRemove := setOf(t, i(1), i(2))
	sDiscard := setOf(t, i(1), i(2))
	sUpd := setOf(t, i(1))
	sIU := setOf(t, i(1), i(2), i(3), i(4))
	sDU := setOf(t, i(1), i(2), i(3), i(4))
	sSDU := setOf(t, i(1), i(2))
	sIor := setOf(t, i(1))
	fIor := frozen(i(1))
	sClear := setOf(t, i(1), i(2))
	cases := []pyCase{
		{"add", after(sUpd, meth(sUpd, "add", i(5))), "{1, 5}"},
		{"add no args", meth(one(), "add"), "TypeError: set.add() takes exactly one argument (0 given)"},
		{"add 2 args", meth(one(), "add", i(1), i(2)), "TypeError: set.add() takes exactly one argument (2 given)"},
		{"add unhashable", meth(one(), "add", list()), "TypeError: unhashable type: 'list'"},
		{"remove", after(sRemove, meth(sRemove, "remove", i(1))), "{2}"},
		{"remove missing", meth(one(), "remove", i(2)), "KeyError: 2"},
		{"remove unhashable", meth(one(), "remove", list()), "TypeError: unhashable type: 'list'"},
		{"remove a set finds the frozenset", meth(setOf(t, frozen()), "remove", NewSet()), "None"},
		{"discard", after(sDiscard, meth(sDiscard, "discard", i(2)), meth(sDiscard, "discard", i(9))), "{1}"},
		{"discard unhashable", meth(one(), "discard", list()), "TypeError: unhashable type: 'list'"},
		{"discard 2 args", meth(one(), "discard", i(1), i(2)), "TypeError: set.discard() takes exactly one argument (2 given)"},
		{"pop empty", meth(NewSet(), "pop"), "KeyError: 'pop from an empty set'"},
		{"pop args", meth(one(), "pop", i(1)), "TypeError: set.pop() takes no arguments (1 given)"},
		{"clear", after(sClear, meth(sClear, "clear")), "set()"},
		{"clear args", meth(one(), "clear", i(1)), "TypeError: set.clear() takes no arguments (1 given)"},
		{"copy args", meth(one(), "copy", i(1)), "TypeError: set.copy() takes no arguments (1 given)"},
		{"update many", after(sUpd, meth(sUpd, "update", list(i(7)), py.Tuple{i(8)}, dictOf(i(9), i(0)))), "{1, 5, 7, 8, 9}"},
		{"update not iterable", meth(one(), "update", i(1)), "TypeError: 'int' object is not iterable"},
		{"update kwargs", func() (py.Object, error) {
			fn, _ := py.GetAttrString(one(), "update")
			return py.Call(fn, py.Tuple{list()}, py.StringDict{"x": i(1)})
		}, "TypeError: set.update() takes no keyword arguments"},
		{"union", meth(s12, "union", list(i(3)), py.Tuple{i(4)}), "{1, 2, 3, 4}"},
		{"union none", meth(s12, "union"), "{1, 2}"},
		{"union not iterable", meth(one(), "union", i(1)), "TypeError: 'int' object is not iterable"},
		{"intersection", meth(s12, "intersection", list(i(2), i(3)), setOf(t, i(2))), "{2}"},
		{"intersection_update", after(sIU, meth(sIU, "intersection_update", list(i(2), i(3), i(4)), setOf(t, i(3), i(4)))), "{3, 4}"},
		{"intersection_update not iterable", meth(one(), "intersection_update", i(1)), "TypeError: 'int' object is not iterable"},
		{"difference", meth(s12, "difference", list(i(2)), list(i(5))), "{1}"},
		{"difference not iterable", meth(one(), "difference", i(1)), "TypeError: 'int' object is not iterable"},
		{"difference_update", after(sDU, meth(sDU, "difference_update", list(i(1)), setOf(t, i(4)))), "{2, 3}"},
		{"symmetric_difference", meth(s12, "symmetric_difference", list(i(2), i(3))), "{1, 3}"},
		{"symmetric_difference 2 args", meth(one(), "symmetric_difference", i(1), i(2)), "TypeError: set.symmetric_difference() takes exactly one argument (2 given)"},
		{"symmetric_difference_update", after(sSDU, meth(sSDU, "symmetric_difference_update", list(i(2), i(3)))), "{1, 3}"},
		{"symmetric_difference_update no args", meth(one(), "symmetric_difference_update"), "TypeError: set.symmetric_difference_update() takes exactly one argument (0 given)"},
		{"issubset", meth(s12, "issubset", list(i(1), i(2), i(3))), "True"},
		{"not issubset", meth(s12, "issubset", setOf(t, i(1))), "False"},
		{"issubset no args", meth(one(), "issubset"), "TypeError: set.issubset() takes exactly one argument (0 given)"},
		{"issuperset", meth(s12, "issuperset", list(i(1))), "True"},
		{"not issuperset", meth(s12, "issuperset", setOf(t, i(1), i(3))), "False"},
		{"issuperset not iterable", meth(one(), "issuperset", i(1)), "TypeError: 'int' object is not iterable"},
		{"isdisjoint", meth(s12, "isdisjoint", list(i(3))), "True"},
		{"issubset of bytes", meth(setOf(t, i(97)), "issubset", py.Bytes("ab")), "True"},
		{"not isdisjoint", meth(s12, "isdisjoint", setOf(t, i(2))), "False"},
		{"isdisjoint no args", meth(one(), "isdisjoint"), "TypeError: set.isdisjoint() takes exactly one argument (0 given)"},
		{"contains", func() (py.Object, error) { return s12.M__contains__(py.Float(2)) }, "True"},
		{"contains set as frozenset", func() (py.Object, error) { return setOf(t, frozen()).M__contains__(NewSet()) }, "True"},
		{"contains unhashable", func() (py.Object, error) { return s12.M__contains__(list()) }, "TypeError: unhashable type: 'list'"},
		{"len", func() (py.Object, error) { return py.Len(s12) }, "2"},
		{"hash set", func() (py.Object, error) { _, err := Hash(NewSet()); return nil, err }, "TypeError: unhashable type: 'set'"},
		{"or", op(py.Or, s12, setOf(t, i(3))), "{1, 2, 3}"},
		{"or int", op(py.Or, one(), i(1)), "TypeError: unsupported operand type(s) for |: 'set' and 'int'"},
		{"and list", op(py.And, one(), list(i(1))), "TypeError: unsupported operand type(s) for &: 'set' and 'list'"},
		{"sub", op(py.Sub, s12, fs), "{2}"},
		{"xor", op(py.Xor, s12, setOf(t, i(2), i(3))), "{1, 3}"},
		{"frozenset | set", op(py.Or, fs, setOf(t, i(2))), "frozenset({1, 2})"},
		{"set | frozenset", op(py.Or, setOf(t, i(2)), fs), "{1, 2}"},
		{"frozenset.union", meth(fs, "union", list(i(3))), "frozenset({1, 3})"},
		{"ior", func() (py.Object, error) {
			r, err := py.IOr(sIor, setOf(t, i(2)))
			return py.Tuple{r, py.NewBool(r == py.Object(sIor))}, err
		}, "({1, 2}, True)"},
		{"frozenset ior makes a new one", func() (py.Object, error) {
			r, err := py.IOr(fIor, setOf(t, i(2)))
			return py.Tuple{r, fIor, py.NewBool(r == py.Object(fIor))}, err
		}, "(frozenset({1, 2}), frozenset({1}), False)"},
		{"iand", op(py.IAnd, setOf(t, i(1), i(2)), setOf(t, i(2))), "{2}"},
		{"isub", op(py.ISub, setOf(t, i(1), i(2)), setOf(t, i(2))), "{1}"},
		{"ixor", op(py.IXor, setOf(t, i(1), i(2)), setOf(t, i(2), i(3))), "{1, 3}"},
		{"ior list", op(py.IOr, one(), list()), "TypeError: unsupported operand type(s) for |=: 'set' and 'list'"},
		{"isub int", op(py.ISub, one(), i(1)), "TypeError: unsupported operand type(s) for -=: 'set' and 'int'"},
		{"iand frozenset int", op(py.IAnd, fs, i(1)), "TypeError: unsupported operand type(s) for &=: 'frozenset' and 'int'"},
		{"ixor keys view", op(py.IXor, setOf(t, i(1), i(2)), newDictView(dictOf(i(2), i(0), i(3), i(0)), viewKeys)), "{1, 3}"},
		{"eq", op(py.Eq, s12, setOf(t, i(2), i(1))), "True"},
		{"eq frozenset", op(py.Eq, frozen(i(1), i(2)), s12), "True"},
		{"eq list", op(py.Eq, s12, list(i(1), i(2))), "False"},
		{"ne", op(py.Ne, s12, setOf(t, i(1))), "True"},
		{"le", op(py.Le, setOf(t, i(1)), s12), "True"},
		{"lt equal", op(py.Lt, s12, frozen(i(1), i(2))), "False"},
		{"lt", op(py.Lt, setOf(t, i(2)), s12), "True"},
		{"ge", op(py.Ge, s12, s12), "True"},
		{"gt", op(py.Gt, s12, setOf(t, i(1), i(3))), "False"},
		{"frozenset copy is itself", func() (py.Object, error) {
			c, err := callErr(fs, "copy")
			return py.NewBool(c == py.Object(fs)), err
		}, "True"},
		{"frozenset has no add", func() (py.Object, error) { return py.GetAttrString(fs, "add") }, "AttributeError: 'frozenset' has no attribute 'add'"},
		{"set copy is new", func() (py.Object, error) {
			c, err := callErr(s12, "copy")
			return py.Tuple{c, py.NewBool(c == py.Object(s12))}, err
		}, "({1, 2}, False)"},
		{"set()", callType(SetType, nil, nil), "set()"},
		{"set(iterable)", callType(SetType, py.Tuple{py.Tuple{i(3), i(1), i(3)}}, nil), "{1, 3}"},
		{"set(1, 2)", callType(SetType, py.Tuple{i(1), i(2)}, nil), "TypeError: set expected at most 1 argument, got 2"},
		{"set(x=1)", callType(SetType, nil, py.StringDict{"x": i(1)}), "TypeError: set() takes no keyword arguments"},
		{"set(1)", callType(SetType, py.Tuple{i(1)}, nil), "TypeError: 'int' object is not iterable"},
		{"frozenset()", callType(FrozenSetType, nil, nil), "frozenset()"},
		{"frozenset(iterable)", callType(FrozenSetType, py.Tuple{list(i(2), i(1))}, nil), "frozenset({1, 2})"},
		{"frozenset(frozenset) is itself", func() (py.Object, error) {
			r, err := py.Call(FrozenSetType, py.Tuple{fs}, nil)
			return py.NewBool(r == py.Object(fs)), err
		}, "True"},
		{"frozenset(1, 2)", callType(FrozenSetType, py.Tuple{i(1), i(2)}, nil), "TypeError: frozenset expected at most 1 argument, got 2"},
		{"frozenset(x=1)", callType(FrozenSetType, nil, py.StringDict{"x": i(1)}), "TypeError: frozenset() takes no keyword arguments"},
		{"set of frozensets", val(setOf(t, frozen(i(1)))), "{frozenset({1})}"},
		{"set.add from the type", callType2(SetType, "add", sUpd, i(6)), "None"},
		{"set.add on a frozenset", callType2(SetType, "add", fs, i(6)), "TypeError: descriptor 'add' for 'set' objects doesn't apply to a 'frozenset' object"},
		{"frozenset.union on a set", callType2(FrozenSetType, "union", s12, list()), "TypeError: descriptor 'union' for 'frozenset' objects doesn't apply to a 'set' object"},
		{"set.add unbound without self", callType2(SetType, "add"), "TypeError: unbound method set.add() needs an argument"},
		{"iter type", func() (py.Object, error) {
			it, err := py.Iter(s12)
			return py.String(it.Type().Name), err
		}, "'set_iterator'"},
	}
	runCases(t, cases)
}

// callType2 calls the method name looked up on the type itself.
func callType2(tp *py.Type, name string, args ...py.Object) func() (py.Object, error) {
	return func() (py.Object, error) {
		fn, err := py.GetAttrString(tp, name)
		if err != nil {
			return nil, err
		}
		return py.Call(fn, py.Tuple(args), nil)
	}
}

func TestSetMutationDuringIteration(t *testing.T) {
	st := setOf(t, i(1), i(2), i(3))
	it, _ := py.Iter(st)
	if _, err := py.Next(it); err != nil {
		t.Fatal(err)
	}
	_ = st.Add(i(4))
	_, err := py.Next(it)
	if got := errText(err); got != "RuntimeError: Set changed size during iteration" {
		t.Errorf("got %q", got)
	}
}

func TestFrozenSetHashIgnoresOrder(t *testing.T) {
	a := frozen(i(1), i(9), i(17), i(100))
	b := frozen(i(100), i(17), i(9), i(1))
	ha, _ := Hash(a)
	hb, _ := Hash(b)
	if ha != hb {
		t.Errorf("hashes differ: %d %d", ha, hb)
	}
	d := NewDict()
	_ = d.SetItem(a, s("x"))
	v, ok, err := d.Get(b)
	if !ok || err != nil || v != s("x") {
		t.Errorf("lookup by equal frozenset: %v %v %v", v, ok, err)
	}
}
