package pyobj

import (
	"testing"

	"github.com/go-python/gpython/py"
)

type pyCase struct {
	name string
	run  func() (py.Object, error)
	want string // repr of the result, or "Type: message" of the error
}

// runCases runs each case and compares the repr of its result, or its
// error, with what CPython 3.13 prints.
func runCases(t *testing.T, cases []pyCase) {
	t.Helper()
	for _, c := range cases {
		res, err := c.run()
		var got string
		if err != nil {
			got = errText(err)
		} else {
			got = repr(t, res)
		}
		if got != c.want {
			t.Errorf("%s:\n got %s\nwant %s", c.name, got, c.want)
		}
	}
}

// dictOf builds a dict from alternating keys and values.
func dictOf(kv ...py.Object) *Dict {
	d := NewDict()
	for i := 0; i < len(kv); i += 2 {
		if err := d.SetItem(kv[i], kv[i+1]); err != nil {
			panic(err)
		}
	}
	return d
}

func s(v string) py.Object { return py.String(v) }
func i(v int) py.Object    { return py.Int(v) }

// meth calls d.name(args...) through attribute lookup.
func meth(o py.Object, name string, args ...py.Object) func() (py.Object, error) {
	return func() (py.Object, error) { return callErr(o, name, args...) }
}

// then runs steps in order and returns the last result.
func then(steps ...func() (py.Object, error)) func() (py.Object, error) {
	return func() (py.Object, error) {
		var res py.Object
		var err error
		for _, step := range steps {
			if res, err = step(); err != nil {
				return nil, err
			}
		}
		return res, nil
	}
}

func val(o py.Object) func() (py.Object, error) {
	return func() (py.Object, error) { return o, nil }
}

func list(items ...py.Object) *py.List { return py.NewListFromItems(items) }

func TestDictBehaviour(t *testing.T) {
	self := NewDict()
	_ = self.SetItem(i(1), self)
	moved := dictOf(s("a"), i(1), s("b"), i(2), s("c"), i(3))
	collapse := NewDict()
	cases := []pyCase{
		{"repr", val(dictOf(i(1), s("a"), s("b"), list(i(1)))), "{1: 'a', 'b': [1]}"},
		{"empty repr", val(NewDict()), "{}"},
		{"self-containing repr", val(self), "{1: {...}}"},
		{"overwrite keeps place, re-insert moves to end", then(
			func() (py.Object, error) { return py.SetItem(moved, s("a"), i(10)) },
			func() (py.Object, error) { return py.DelItem(moved, s("b")) },
			func() (py.Object, error) { return py.SetItem(moved, s("b"), i(20)) },
			val(moved)), "{'a': 10, 'c': 3, 'b': 20}"},
		{"1, 1.0 and True are one key", then(
			func() (py.Object, error) { return py.SetItem(collapse, i(1), s("a")) },
			func() (py.Object, error) { return py.SetItem(collapse, py.Float(1), s("b")) },
			func() (py.Object, error) { return py.SetItem(collapse, py.True, s("c")) },
			val(collapse)), "{1: 'c'}"},
		{"tuple keys", val(dictOf(py.Tuple{i(1), i(2)}, s("x"), py.Tuple{}, py.None)), "{(1, 2): 'x', (): None}"},
		{"getitem", func() (py.Object, error) { return py.GetItem(dictOf(i(1), s("a")), py.Float(1)) }, "'a'"},
		{"getitem missing", func() (py.Object, error) { return py.GetItem(dictOf(i(1), s("a")), s("k")) }, "KeyError: 'k'"},
		{"getitem missing tuple key", func() (py.Object, error) { return py.GetItem(NewDict(), py.Tuple{i(1), i(2)}) }, "KeyError: (1, 2)"},
		{"getitem unhashable", func() (py.Object, error) { return py.GetItem(NewDict(), list()) }, "TypeError: unhashable type: 'list'"},
		{"setitem unhashable", func() (py.Object, error) { return py.SetItem(NewDict(), NewDict(), i(1)) }, "TypeError: unhashable type: 'dict'"},
		{"delitem missing", func() (py.Object, error) { return py.DelItem(NewDict(), i(5)) }, "KeyError: 5"},
		{"contains", func() (py.Object, error) { return dictOf(i(1), i(2)).M__contains__(py.True) }, "True"},
		{"contains unhashable", func() (py.Object, error) { return dictOf(i(1), i(2)).M__contains__(list()) }, "TypeError: unhashable type: 'list'"},
		{"len", func() (py.Object, error) { return py.Len(dictOf(i(1), i(2), i(3), i(4))) }, "2"},
		{"get", meth(dictOf(i(1), s("a")), "get", i(1)), "'a'"},
		{"get default None", meth(dictOf(i(1), s("a")), "get", i(2)), "None"},
		{"get default", meth(dictOf(i(1), s("a")), "get", i(2), s("d")), "'d'"},
		{"get no args", meth(NewDict(), "get"), "TypeError: get expected at least 1 argument, got 0"},
		{"get 3 args", meth(NewDict(), "get", i(1), i(2), i(3)), "TypeError: get expected at most 2 arguments, got 3"},
		{"get unhashable", meth(NewDict(), "get", list()), "TypeError: unhashable type: 'list'"},
		{"get kwargs", func() (py.Object, error) {
			fn, _ := py.GetAttrString(NewDict(), "get")
			return py.Call(fn, nil, py.StringDict{"x": i(1)})
		}, "TypeError: dict.get() takes no keyword arguments"},
		{"get from the type", func() (py.Object, error) {
			return py.Call(DictType.Dict["get"], py.Tuple{dictOf(i(1), s("a")), i(1)}, nil)
		}, "'a'"},
		{"get from the type without self", callType2(DictType, "get"), "TypeError: unbound method dict.get() needs an argument"},
		{"get from the type on an int", callType2(DictType, "get", i(1), i(2)), "TypeError: descriptor 'get' for 'dict' objects doesn't apply to a 'int' object"},
		{"setdefault new", func() (py.Object, error) {
			d := dictOf(i(1), s("a"))
			if _, err := callErr(d, "setdefault", i(2), s("b")); err != nil {
				return nil, err
			}
			return d, nil
		}, "{1: 'a', 2: 'b'}"},
		{"setdefault existing", meth(dictOf(i(1), s("a")), "setdefault", i(1), s("b")), "'a'"},
		{"setdefault None", func() (py.Object, error) {
			d := NewDict()
			_, err := callErr(d, "setdefault", i(7))
			return d, err
		}, "{7: None}"},
		{"setdefault no args", meth(NewDict(), "setdefault"), "TypeError: setdefault expected at least 1 argument, got 0"},
		{"pop", meth(dictOf(i(1), s("a")), "pop", i(1)), "'a'"},
		{"pop default", meth(dictOf(i(1), s("a")), "pop", i(2), i(0)), "0"},
		{"pop missing", meth(dictOf(i(1), s("a")), "pop", i(5)), "KeyError: 5"},
		{"pop no args", meth(NewDict(), "pop"), "TypeError: pop expected at least 1 argument, got 0"},
		{"pop 3 args", meth(NewDict(), "pop", i(1), i(2), i(3)), "TypeError: pop expected at most 2 arguments, got 3"},
		{"popitem LIFO", func() (py.Object, error) {
			d := dictOf(i(1), s("a"), i(2), s("b"), i(3), s("c"))
			a, _ := callErr(d, "popitem")
			_ = d.DelItem(i(2))
			b, _ := callErr(d, "popitem")
			return py.Tuple{a, b, d}, nil
		}, "((3, 'c'), (1, 'a'), {})"},
		{"popitem empty", meth(NewDict(), "popitem"), "KeyError: 'popitem(): dictionary is empty'"},
		{"popitem args", meth(NewDict(), "popitem", i(1)), "TypeError: dict.popitem() takes no arguments (1 given)"},
		{"keys", meth(dictOf(s("a"), i(1), i(1), i(2)), "keys"), "dict_keys(['a', 1])"},
		{"values", meth(dictOf(s("a"), i(1), i(1), i(2)), "values"), "dict_values([1, 2])"},
		{"items", meth(dictOf(s("a"), i(1)), "items"), "dict_items([('a', 1)])"},
		{"keys args", meth(NewDict(), "keys", i(1)), "TypeError: dict.keys() takes no arguments (1 given)"},
		{"copy", func() (py.Object, error) {
			d := dictOf(i(1), s("a"), i(2), s("b"))
			c, err := callErr(d, "copy")
			_ = d.SetItem(i(3), s("c"))
			return py.Tuple{d, c}, err
		}, "({1: 'a', 2: 'b', 3: 'c'}, {1: 'a', 2: 'b'})"},
		{"clear", then(meth(moved, "copy"), func() (py.Object, error) {
			d := moved.Copy()
			_, err := callErr(d, "clear")
			return d, err
		}), "{}"},
		{"clear args", meth(NewDict(), "clear", i(1)), "TypeError: dict.clear() takes no arguments (1 given)"},
		{"update mapping", func() (py.Object, error) {
			d := dictOf(i(1), s("a"))
			_, err := callErr(d, "update", dictOf(i(2), s("b"), i(1), s("z")))
			return d, err
		}, "{1: 'z', 2: 'b'}"},
		{"update pairs and kwargs", func() (py.Object, error) {
			d := NewDict()
			fn, _ := py.GetAttrString(d, "update")
			_, err := py.Call(fn, py.Tuple{list(py.Tuple{i(1), i(2)}, list(s("k"), s("v")), s("xy"))}, py.StringDict{"kw": i(3)})
			return d, err
		}, "{1: 2, 'k': 'v', 'x': 'y', 'kw': 3}"},
		{"update StringDict", func() (py.Object, error) {
			d := NewDict()
			_, err := callErr(d, "update", py.StringDict{"b": i(2), "a": i(1)})
			return d, err
		}, "{'a': 1, 'b': 2}"},
		{"update bad element", meth(NewDict(), "update", list(i(1))), "TypeError: cannot convert dictionary update sequence element #0 to a sequence"},
		{"update bad length", meth(NewDict(), "update", list(py.Tuple{i(1), i(2), i(3)})), "ValueError: dictionary update sequence element #0 has length 3; 2 is required"},
		{"update bad length second", meth(NewDict(), "update", list(s("ab"), s("c"))), "ValueError: dictionary update sequence element #1 has length 1; 2 is required"},
		{"update not iterable", meth(NewDict(), "update", i(1)), "TypeError: 'int' object is not iterable"},
		{"update 2 args", meth(NewDict(), "update", i(1), i(2)), "TypeError: update expected at most 1 argument, got 2"},
		{"update unhashable key", meth(NewDict(), "update", list(py.Tuple{list(), i(1)})), "TypeError: unhashable type: 'list'"},
		{"fromkeys on the type", func() (py.Object, error) {
			fn, err := py.GetAttrString(DictType, "fromkeys")
			if err != nil {
				return nil, err
			}
			return py.Call(fn, py.Tuple{s("abca")}, nil)
		}, "{'a': None, 'b': None, 'c': None}"},
		{"fromkeys on an instance", meth(NewDict(), "fromkeys", list(i(1), i(2)), i(0)), "{1: 0, 2: 0}"},
		{"fromkeys no args", meth(NewDict(), "fromkeys"), "TypeError: fromkeys expected at least 1 argument, got 0"},
		{"fromkeys not iterable", meth(NewDict(), "fromkeys", i(1)), "TypeError: 'int' object is not iterable"},
		{"reversed", func() (py.Object, error) {
			it, err := callErr(dictOf(i(1), i(2), i(3), i(4)), "__reversed__")
			if err != nil {
				return nil, err
			}
			return py.SequenceList(it)
		}, "[3, 1]"},
		{"reversed items", func() (py.Object, error) {
			it, _ := newDictView(dictOf(i(1), i(2), i(3), i(4)), viewItems).M__reversed__()
			return py.SequenceList(it)
		}, "[(3, 4), (1, 2)]"},
		{"iter", func() (py.Object, error) { return py.SequenceList(dictOf(s("x"), i(1), s("y"), i(2))) }, "['x', 'y']"},
		{"hash", func() (py.Object, error) { _, err := Hash(NewDict()); return nil, err }, "TypeError: unhashable type: 'dict'"},
		{"eq order-insensitive", func() (py.Object, error) {
			return py.Eq(dictOf(i(1), s("a"), i(2), s("b")), dictOf(i(2), s("b"), py.Float(1), s("a")))
		}, "True"},
		{"eq different value", func() (py.Object, error) { return py.Eq(dictOf(i(1), s("a")), dictOf(i(1), s("b"))) }, "False"},
		{"eq different length", func() (py.Object, error) { return py.Eq(dictOf(i(1), s("a")), NewDict()) }, "False"},
		{"eq StringDict", func() (py.Object, error) { return py.Eq(dictOf(s("a"), i(1)), py.StringDict{"a": i(1)}) }, "True"},
		{"eq StringDict reversed", func() (py.Object, error) { return py.Eq(py.StringDict{"a": i(1)}, dictOf(s("a"), i(1))) }, "True"},
		{"ne", func() (py.Object, error) { return py.Ne(dictOf(i(1), s("a")), dictOf(i(1), s("b"))) }, "True"},
		{"eq other type", func() (py.Object, error) { return py.Eq(NewDict(), list()) }, "False"},
		{"or", func() (py.Object, error) {
			return py.Or(dictOf(i(1), s("a"), i(2), s("b")), dictOf(i(2), s("z"), i(3), s("c")))
		}, "{1: 'a', 2: 'z', 3: 'c'}"},
		{"or StringDict", func() (py.Object, error) { return py.Or(dictOf(i(1), s("a")), py.StringDict{"k": i(2)}) }, "{1: 'a', 'k': 2}"},
		{"ror StringDict", func() (py.Object, error) { return py.Or(py.StringDict{"k": i(2)}, dictOf(i(1), s("a"))) }, "{'k': 2, 1: 'a'}"},
		{"or int", func() (py.Object, error) { return py.Or(NewDict(), i(1)) }, "TypeError: unsupported operand type(s) for |: 'dict' and 'int'"},
		{"ior pairs", func() (py.Object, error) { return py.IOr(dictOf(i(1), s("a")), list(py.Tuple{i(2), s("b")})) }, "{1: 'a', 2: 'b'}"},
		{"ior int", func() (py.Object, error) { return py.IOr(NewDict(), i(1)) }, "TypeError: 'int' object is not iterable"},
	}
	runCases(t, cases)
}

func TestDictConstructor(t *testing.T) {
	callDict := func(args py.Tuple, kwargs py.StringDict) func() (py.Object, error) {
		return func() (py.Object, error) { return py.Call(DictType, args, kwargs) }
	}
	cases := []pyCase{
		{"dict()", callDict(nil, nil), "{}"},
		{"dict(mapping)", callDict(py.Tuple{dictOf(i(2), s("b"), i(1), s("a"))}, nil), "{2: 'b', 1: 'a'}"},
		{"dict(pairs)", callDict(py.Tuple{list(py.Tuple{i(1), i(2)}, py.Tuple{s("x"), py.None})}, nil), "{1: 2, 'x': None}"},
		{"dict(**kw)", callDict(nil, py.StringDict{"x": i(1), "y": i(2)}), "{'x': 1, 'y': 2}"},
		{"dict(mapping, **kw)", callDict(py.Tuple{dictOf(i(1), i(2))}, py.StringDict{"x": i(1)}), "{1: 2, 'x': 1}"},
		{"dict(pairs, **kw)", callDict(py.Tuple{list(py.Tuple{i(1), i(2)})}, py.StringDict{"x": i(1)}), "{1: 2, 'x': 1}"},
		{"dict(keys view)", callDict(py.Tuple{newDictView(dictOf(i(1), i(2)), viewItems)}, nil), "{1: 2}"},
		{"dict(1, 2)", callDict(py.Tuple{i(1), i(2)}, nil), "TypeError: dict expected at most 1 argument, got 2"},
		{"dict(1)", callDict(py.Tuple{i(1)}, nil), "TypeError: 'int' object is not iterable"},
		{"dict([1])", callDict(py.Tuple{list(i(1))}, nil), "TypeError: cannot convert dictionary update sequence element #0 to a sequence"},
		{"dict([(1, 2, 3)])", callDict(py.Tuple{list(py.Tuple{i(1), i(2), i(3)})}, nil), "ValueError: dictionary update sequence element #0 has length 3; 2 is required"},
		{"dict(StringDict)", callDict(py.Tuple{py.StringDict{"a": i(1)}}, nil), "{'a': 1}"},
	}
	runCases(t, cases)
}

func TestDictMutationDuringIteration(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(d *Dict)
		want   string
	}{
		{"add", func(d *Dict) { _ = d.SetItem(i(100), i(0)) }, "RuntimeError: dictionary changed size during iteration"},
		{"delete", func(d *Dict) { _ = d.DelItem(i(2)) }, "RuntimeError: dictionary changed size during iteration"},
		{"delete and add", func(d *Dict) { _ = d.DelItem(i(2)); _ = d.SetItem(i(100), i(0)) }, "RuntimeError: dictionary keys changed during iteration"},
		{"overwrite", func(d *Dict) { _ = d.SetItem(i(2), i(0)) }, ""},
	}
	for _, tt := range tests {
		d := dictOf(i(1), i(1), i(2), i(2), i(3), i(3))
		it, _ := d.M__iter__()
		if _, err := py.Next(it); err != nil {
			t.Fatal(err)
		}
		tt.mutate(d)
		_, err := py.Next(it)
		if got := errText(err); got != tt.want {
			t.Errorf("%s: next after mutation: %q, want %q", tt.name, got, tt.want)
		}
		d = dictOf(i(1), i(1), i(2), i(2), i(3), i(3))
		err = d.Items(func(k, v py.Object) error {
			if k == i(1) {
				tt.mutate(d)
			}
			return nil
		})
		if got := errText(err); got != tt.want {
			t.Errorf("%s: Items with mutation: %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestDictManyDeletions(t *testing.T) {
	d := NewDict()
	for n := 0; n < 10000; n++ {
		_ = d.SetItem(i(n), i(n))
	}
	// Emptying from the front, looking at the first key each time, must
	// stay fast: the first live entry is found without a scan.
	for n := 0; n < 10000; n++ {
		it, _ := d.M__iter__()
		k, err := py.Next(it)
		if err != nil || k != i(n) {
			t.Fatalf("first key %v, %v; want %d", k, err, n)
		}
		_ = d.DelItem(k)
	}
	if d.Len() != 0 || len(d.entries) != 0 {
		t.Errorf("len %d, entries %d", d.Len(), len(d.entries))
	}
	for n := 0; n < 100; n++ {
		_ = d.SetItem(i(n), i(n))
		_ = d.DelItem(i(n))
	}
	if len(d.index) > 64 {
		t.Errorf("index grew to %d with no live entries", len(d.index))
	}
}

func TestFromStringDictAndKeys(t *testing.T) {
	d := FromStringDict(py.StringDict{"b": i(2), "a": i(1)})
	if got := repr(t, py.NewListFromItems(d.Keys())); got != "['a', 'b']" {
		t.Errorf("keys %s", got)
	}
	if got := repr(t, py.NewListFromItems(d.Values())); got != "[1, 2]" {
		t.Errorf("values %s", got)
	}
	v, ok, err := d.Get(s("a"))
	if v != i(1) || !ok || err != nil {
		t.Errorf("Get: %v %v %v", v, ok, err)
	}
}
