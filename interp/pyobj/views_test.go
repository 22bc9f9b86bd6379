package pyobj

import (
	"testing"

	"github.com/go-python/gpython/py"
)

func TestDictViews(t *testing.T) {
	d := dictOf(i(1), s("a"), i(2), s("b"), i(3), s("c"))
	k := call(t, d, "keys")
	it := call(t, d, "items")
	v := call(t, d, "values")
	numItems := call(t, dictOf(i(1), i(10), i(2), i(20), i(3), i(30)), "items")
	op := func(fn func(a, b py.Object) (py.Object, error), a, b py.Object) func() (py.Object, error) {
		return func() (py.Object, error) { return fn(a, b) }
	}
	in := func(c, x py.Object) func() (py.Object, error) {
		return func() (py.Object, error) { return py.Object(c).(py.I__contains__).M__contains__(x) }
	}
	seq := func(fn func() (py.Object, error)) func() (py.Object, error) {
		return func() (py.Object, error) {
			o, err := fn()
			if err != nil {
				return nil, err
			}
			return py.SequenceList(o)
		}
	}
	typeName := func(fn func() (py.Object, error)) func() (py.Object, error) {
		return func() (py.Object, error) {
			o, err := fn()
			if err != nil {
				return nil, err
			}
			return py.String(o.Type().Name), nil
		}
	}
	pair := func(a py.Object, b string) py.Object { return py.Tuple{a, s(b)} }
	cases := []pyCase{
		{"k & set", op(py.And, k, setOf(t, i(2), i(3), i(4))), "{2, 3}"},
		{"set & k", op(py.And, setOf(t, i(2), i(3), i(4)), k), "{2, 3}"},
		{"k | list", op(py.Or, k, list(i(5), i(1))), "{1, 2, 3, 5}"},
		{"list | k", op(py.Or, list(i(5), i(1)), k), "{1, 2, 3, 5}"},
		{"k - set", op(py.Sub, k, setOf(t, i(1))), "{2, 3}"},
		{"list - k", op(py.Sub, list(i(1), i(9)), k), "{9}"},
		{"k ^ set", op(py.Xor, k, setOf(t, i(1), i(9))), "{9, 2, 3}"},
		{"set ^ k", op(py.Xor, setOf(t, i(1), i(9)), k), "{2, 3, 9}"},
		{"k - k", op(py.Sub, k, k), "set()"},
		{"items & set", op(py.And, it, setOf(t, pair(i(1), "a"), pair(i(2), "x"))), "{(1, 'a')}"},
		{"int items | set", op(py.Or, numItems, setOf(t, py.Tuple{i(9), i(9)})), "{(2, 20), (3, 30), (1, 10), (9, 9)}"},
		{"set | int items", op(py.Or, setOf(t, py.Tuple{i(9), i(9)}), numItems), "{(2, 20), (3, 30), (1, 10), (9, 9)}"},
		{"int items ^ set", op(py.Xor, numItems, setOf(t, py.Tuple{i(1), i(10)}, py.Tuple{i(4), i(4)})), "{(2, 20), (3, 30), (4, 4)}"},
		{"int items & list", op(py.And, numItems, list(py.Tuple{i(2), i(20)}, py.Tuple{i(1), i(10)})), "{(2, 20), (1, 10)}"},
		{"k & int", op(py.And, k, i(1)), "TypeError: 'int' object is not iterable"},
		{"values & set", op(py.And, v, setOf(t, i(1))), "TypeError: unsupported operand type(s) for &: 'dict_values' and 'set'"},
		{"k == set", op(py.Eq, k, setOf(t, i(1), i(2), i(3))), "True"},
		{"k == smaller set", op(py.Eq, k, setOf(t, i(1), i(2))), "False"},
		{"set == k", op(py.Eq, setOf(t, i(1), i(2), i(3)), k), "True"},
		{"items == set", op(py.Eq, it, setOf(t, pair(i(1), "a"), pair(i(2), "b"), pair(i(3), "c"))), "True"},
		{"k == list", op(py.Eq, k, list(i(1), i(2), i(3))), "False"},
		{"k == k", op(py.Eq, k, k), "True"},
		{"v == v", op(py.Eq, v, v), "True"},
		{"v == other values", op(py.Eq, v, call(t, d, "values")), "False"},
		{"k < set", op(py.Lt, k, setOf(t, i(1), i(2), i(3), i(4))), "True"},
		{"k <= set", op(py.Le, k, setOf(t, i(1), i(2), i(3))), "True"},
		{"k > set", op(py.Gt, k, setOf(t, i(1))), "True"},
		{"k >= set", op(py.Ge, k, setOf(t, i(1), i(5))), "False"},
		{"in keys", in(k, i(2)), "True"},
		{"in keys unhashable", in(k, list()), "TypeError: unhashable type: 'list'"},
		{"in items", in(it, pair(i(2), "b")), "True"},
		{"in items wrong value", in(it, pair(i(2), "x")), "False"},
		{"in items not a pair", in(it, list()), "False"},
		{"in values", in(v, s("b")), "True"},
		{"not in values", in(v, s("z")), "False"},
		{"len values", func() (py.Object, error) { return py.Len(v) }, "3"},
		{"reversed keys", seq(meth(k, "__reversed__")), "[3, 2, 1]"},
		{"reversed values", seq(meth(v, "__reversed__")), "['c', 'b', 'a']"},
		{"iter items", seq(func() (py.Object, error) { return py.Iter(it) }), "[(1, 'a'), (2, 'b'), (3, 'c')]"},
		{"isdisjoint", meth(k, "isdisjoint", list(i(4), i(5))), "True"},
		{"not isdisjoint", meth(k, "isdisjoint", list(i(3))), "False"},
		{"items not isdisjoint", meth(it, "isdisjoint", list(pair(i(1), "a"))), "False"},
		{"repr keys", val(k), "dict_keys([1, 2, 3])"},
		{"repr values", val(v), "dict_values(['a', 'b', 'c'])"},
		{"repr items", val(it), "dict_items([(1, 'a'), (2, 'b'), (3, 'c')])"},
		{"hash", func() (py.Object, error) { _, err := Hash(k); return nil, err }, "TypeError: unhashable type: 'dict_keys'"},
		{"keyiterator", typeName(func() (py.Object, error) { return py.Iter(k) }), "'dict_keyiterator'"},
		{"valueiterator", typeName(func() (py.Object, error) { return py.Iter(v) }), "'dict_valueiterator'"},
		{"itemiterator", typeName(func() (py.Object, error) { return py.Iter(it) }), "'dict_itemiterator'"},
		{"reverseitemiterator", typeName(meth(it, "__reversed__")), "'dict_reverseitemiterator'"},
		{"view type", typeName(val(k)), "'dict_keys'"},
	}
	runCases(t, cases)
}

func TestDictViewIsLive(t *testing.T) {
	d := dictOf(i(1), i(2))
	k := call(t, d, "keys")
	_ = d.SetItem(i(3), i(4))
	if got := repr(t, k); got != "dict_keys([1, 3])" {
		t.Errorf("view after insert: %s", got)
	}
}

func TestDictViewReprRecursion(t *testing.T) {
	d := NewDict()
	_ = d.SetItem(i(1), call(t, d, "keys"))
	if got := repr(t, d); got != "{1: dict_keys([1])}" {
		t.Errorf("dict holding its keys: %s", got)
	}
	d = NewDict()
	v := call(t, d, "values")
	_ = d.SetItem(i(1), v)
	if got := repr(t, py.Tuple{v, d}); got != "(dict_values([...]), {1: dict_values([...])})" {
		t.Errorf("dict holding its values: %s", got)
	}
	d = NewDict()
	it := call(t, d, "items")
	_ = d.SetItem(i(1), it)
	if got := repr(t, it); got != "dict_items([(1, ...)])" {
		t.Errorf("dict holding its items: %s", got)
	}
	l := py.NewList()
	d = dictOf(i(1), l)
	l.Append(d)
	if got := repr(t, d); got != "{1: [{...}]}" {
		t.Errorf("dict in a list in itself: %s", got)
	}
}

// Orders of view set operations recorded from CPython 3.13.
func TestDictViewSetOpOrder(t *testing.T) {
	a := []py.Object{i(1), i(9), i(17), i(25), i(33), i(41), i(49), i(57), i(65)}
	b := []py.Object{i(65), i(57), i(49), i(41), i(33), i(2), i(3), i(100), i(200), i(300)}
	keys := func(items []py.Object) py.Object {
		d := NewDict()
		for _, k := range items {
			_ = d.SetItem(k, i(0))
		}
		return newDictView(d, viewKeys)
	}
	op := func(fn func(a, b py.Object) (py.Object, error), x, y py.Object) func() (py.Object, error) {
		return func() (py.Object, error) { return fn(x, y) }
	}
	cases := []pyCase{
		{"keys & set", op(py.And, keys(a), setOf(t, b...)), "{65, 33, 41, 49, 57}"},
		{"set & keys", op(py.And, setOf(t, b...), keys(a)), "{65, 33, 41, 49, 57}"},
		{"keys & list", op(py.And, keys(a), list(b...)), "{65, 33, 41, 49, 57}"},
		{"list & keys", op(py.And, list(b...), keys(a)), "{65, 33, 41, 49, 57}"},
		{"keys & bigger keys", op(py.And, keys(a), keys(b)), "{65, 33, 41, 49, 57}"},
		{"bigger keys & keys", op(py.And, keys(b), keys(a)), "{65, 33, 41, 49, 57}"},
		{"keys | list", op(py.Or, keys(a), list(b...)), "{1, 33, 65, 2, 3, 100, 200, 9, 41, 300, 17, 49, 25, 57}"},
		{"list | keys", op(py.Or, list(b...), keys(a)), "{65, 33, 2, 3, 100, 1, 200, 41, 9, 300, 49, 17, 57, 25}"},
		{"keys - list", op(py.Sub, keys(a), list(b...)), "{1, 9, 17, 25}"},
		{"list - keys", op(py.Sub, list(b...), keys(a)), "{2, 3, 100, 200, 300}"},
		{"keys ^ list", op(py.Xor, keys(a), list(b...)), "{1, 2, 3, 100, 200, 9, 300, 17, 25}"},
		{"list ^ keys", op(py.Xor, list(b...), keys(a)), "{2, 3, 100, 1, 200, 9, 300, 17, 25}"},
		{"keys & small set", op(py.And, keys(a), setOf(t, i(1), i(9))), "{1, 9}"},
		{"keys | small set", op(py.Or, keys(a), setOf(t, i(1), i(9))), "{1, 33, 65, 9, 41, 17, 49, 25, 57}"},
	}
	runCases(t, cases)
}

func TestDictIterLengthHint(t *testing.T) {
	d := dictOf(i(1), i(1), i(2), i(2), i(3), i(3))
	_ = d.DelItem(i(2))
	it := newDictIter(d, viewKeys, false)
	for want := 2; want >= 0; want-- {
		if got, _ := it.M__length_hint__(); got != i(want) {
			t.Errorf("hint %v, want %d", got, want)
		}
		_, _ = it.M__next__()
	}
}
