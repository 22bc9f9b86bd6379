package pyobj

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
)

// call calls the method name of o with args through Python's attribute
// lookup.
func call(t testing.TB, o py.Object, name string, args ...py.Object) py.Object {
	t.Helper()
	res, err := callErr(o, name, args...)
	if err != nil {
		t.Fatalf("%s(%v): %v", name, args, err)
	}
	return res
}

func callErr(o py.Object, name string, args ...py.Object) (py.Object, error) {
	fn, err := py.GetAttrString(o, name)
	if err != nil {
		return nil, err
	}
	return py.Call(fn, py.Tuple(args), nil)
}

func repr(t testing.TB, o py.Object) string {
	t.Helper()
	s, err := py.ReprAsString(o)
	if err != nil {
		t.Fatalf("repr: %v", err)
	}
	return s
}

func ints(ns ...int) []py.Object {
	out := make([]py.Object, len(ns))
	for i, n := range ns {
		out[i] = py.Int(n)
	}
	return out
}

// setOf builds a set by adding items in order, as a set display does.
func setOf(t testing.TB, items ...py.Object) *Set {
	s := NewSet()
	for _, it := range items {
		if err := s.Add(it); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

// Iteration orders recorded from CPython 3.13.
func TestSetOrderMatchesCPython(t *testing.T) {
	tests := []struct {
		name string
		set  func() py.Object
		want string
	}{
		{"{3, 1, 2}", func() py.Object { return setOf(t, ints(3, 1, 2)...) }, "{1, 2, 3}"},
		{"{10, 100, 1000}", func() py.Object { return setOf(t, ints(10, 100, 1000)...) }, "{1000, 10, 100}"},
		{"{-1, -2, 5}", func() py.Object { return setOf(t, ints(-1, -2, 5)...) }, "{5, -1, -2}"},
		{"set(range(20))", func() py.Object {
			return setOf(t, ints(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19)...)
		}, "{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19}"},
		{"{1, 9} remove 1 add 17", func() py.Object {
			s := setOf(t, ints(1, 9)...)
			call(t, s, "remove", py.Int(1))
			call(t, s, "add", py.Int(17))
			return s
		}, "{17, 9}"},
		{"{1, 2} ^ {9, 17}", func() py.Object {
			r, _ := py.Xor(setOf(t, ints(1, 2)...), setOf(t, ints(9, 17)...))
			return r
		}, "{9, 2, 17, 1}"},
		{"set(dict.fromkeys([1, 9, 17, 25, 33]))", func() py.Object {
			d, _ := py.Call(DictType.Dict["fromkeys"], py.Tuple{py.NewListFromItems(ints(1, 9, 17, 25, 33))}, nil)
			r, _ := py.Call(SetType, py.Tuple{d}, nil)
			return r
		}, "{1, 17, 33, 9, 25}"},
		{"set([1, 9, 17, 25, 33])", func() py.Object {
			r, _ := py.Call(SetType, py.Tuple{py.NewListFromItems(ints(1, 9, 17, 25, 33))}, nil)
			return r
		}, "{1, 33, 9, 17, 25}"},
		{"{(1, 2), (3, 4), (5, 6), None, False}", func() py.Object {
			return setOf(t, py.Tuple{py.Int(1), py.Int(2)}, py.Tuple{py.Int(3), py.Int(4)}, py.Tuple{py.Int(5), py.Int(6)}, py.None, py.False)
		}, "{None, False, (1, 2), (3, 4), (5, 6)}"},
		{"{1.5, 2.5, 0.5, 1}", func() py.Object { return setOf(t, py.Float(1.5), py.Float(2.5), py.Float(0.5), py.Int(1)) }, "{0.5, 1.5, 2.5, 1}"},
		{"{frozenset({1}), frozenset(), frozenset({2, 3})}", func() py.Object {
			return setOf(t, frozen(py.Int(1)), frozen(), frozen(py.Int(2), py.Int(3)))
		}, "{frozenset(), frozenset({1}), frozenset({2, 3})}"},
		{"frozenset({1, 2})", func() py.Object { return frozen(py.Int(2), py.Int(1)) }, "frozenset({1, 2})"},
		{"constant display {1, 9, ..., 105}", func() py.Object {
			s, err := NewSetFromConstants(ints(1, 9, 17, 25, 33, 41, 49, 57, 65, 73, 81, 89, 97, 105))
			if err != nil {
				t.Fatal(err)
			}
			return s
		}, "{65, 97, 1, 33, 9, 41, 73, 105, 17, 49, 81, 89, 25, 57}"},
		{"constant display {9, 1}", func() py.Object {
			s, _ := NewSetFromConstants(ints(9, 1))
			return s
		}, "{9, 1}"},
		{"constant display {9, 1, 17}", func() py.Object {
			s, _ := NewSetFromConstants(ints(9, 1, 17))
			return s
		}, "{9, 1, 17}"},
		{"constant display of mixed constants", func() py.Object {
			s, _ := NewSetFromConstants([]py.Object{py.Tuple{py.Int(1), py.Int(2)}, py.Tuple{py.Int(3), py.Int(4)}, py.None, py.Int(-1), py.Int(-2), py.Int(5), py.Float(1.5)})
			return s
		}, "{None, 1.5, (1, 2), 5, (3, 4), -2, -1}"},
		{"constant display of 35 ints", func() py.Object {
			s, _ := NewSetFromConstants(append(ints(3, 1, 2, 100, 1000, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, -5, -6), py.Int(1<<40)))
			return s
		}, "{1099511627776, 1, 2, 3, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 100, 1000, -6, -5}"},
		{"constant frozenset iterated", func() py.Object {
			f, _ := FrozenSetConstant(ints(1, 9, 17, 25, 33, 41, 49, 57, 65, 73, 81, 89, 97, 105))
			return py.NewListFromItems(f.Items())
		}, "[65, 97, 1, 33, 9, 41, 73, 105, 17, 49, 81, 89, 25, 57]"},
		{"display {a, 9, ..., 105} with a = 1", func() py.Object {
			return setOf(t, ints(1, 9, 17, 25, 33, 41, 49, 57, 65, 73, 81, 89, 97, 105)...)
		}, "{89, 1, 33, 65, 97, 9, 41, 73, 105, 17, 49, 81, 25, 57}"},
		{"set()", func() py.Object { return NewSet() }, "set()"},
		{"frozenset()", func() py.Object { return NewFrozenSet() }, "frozenset()"},
		{"pop twice from set(range(5))", func() py.Object {
			s := setOf(t, ints(0, 1, 2, 3, 4)...)
			call(t, s, "pop")
			call(t, s, "pop")
			return s
		}, "{2, 3, 4}"},
	}
	for _, tt := range tests {
		if got := repr(t, tt.set()); got != tt.want {
			t.Errorf("%s: got %s, want %s", tt.name, got, tt.want)
		}
	}
}

// TestSetOrderRandomOps replays random operation sequences whose results
// CPython 3.13 recorded in testdata/set_order.txt.
func TestSetOrderRandomOps(t *testing.T) {
	f, err := os.Open("testdata/set_order.txt")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	n := 0
	for sc.Scan() {
		ops, want, ok := strings.Cut(sc.Text(), "\t")
		if !ok {
			t.Fatalf("bad line %q", sc.Text())
		}
		cur := py.Object(NewSet())
		for _, op := range strings.Fields(ops) {
			cur = applySetOp(t, cur, op)
		}
		if got := repr(t, cur); got != want {
			t.Errorf("%s:\n got %s\nwant %s", ops, got, want)
		}
		n++
	}
	if n < 100 {
		t.Fatalf("only %d cases", n)
	}
}

func parseInts(t testing.TB, s string) []py.Object {
	if s == "" {
		return nil
	}
	var out []py.Object
	for _, f := range strings.Split(s, ",") {
		n, err := strconv.ParseInt(f, 10, 64)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, py.Int(n))
	}
	return out
}

// applySetOp applies one operation of the gen_set_order.py language.
func applySetOp(t testing.TB, cur py.Object, op string) py.Object {
	t.Helper()
	name, arg, _ := strings.Cut(op, ":")
	items := parseInts(t, arg)
	operand := setOf(t, items...)
	list := py.NewListFromItems(items)
	binary := map[string]func(a, b py.Object) (py.Object, error){
		"u": py.Or, "i": py.And, "d": py.Sub, "x": py.Xor,
		"U": py.IOr, "I": py.IAnd, "D": py.ISub, "X": py.IXor,
	}
	if fn, ok := binary[name]; ok {
		res, err := fn(cur, operand)
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	methods := map[string]string{
		"a": "add", "r": "discard", "l": "update", "m": "symmetric_difference_update",
		"n": "difference_update", "j": "intersection_update",
	}
	if m, ok := methods[name]; ok {
		if name == "a" || name == "r" {
			call(t, cur, m, items[0])
		} else {
			call(t, cur, m, list)
		}
		return cur
	}
	if m, ok := map[string]string{"W": "intersection", "V": "union", "R": "symmetric_difference"}[name]; ok {
		return call(t, cur, m, list)
	}
	fromKeys := func(keys py.Object) py.Object { return mustCall(t, DictType.Dict["fromkeys"], keys) }
	switch name {
	case "K":
		call(t, cur, "update", fromKeys(list))
	case "Z":
		call(t, cur, "symmetric_difference_update", fromKeys(list))
	case "Y":
		return call(t, cur, "difference", fromKeys(list))
	case "T":
		return mustCall(t, SetType, call(t, fromKeys(cur), "keys"))
	case "p":
		if cur.(*Set).Len() > 0 {
			call(t, cur, "pop")
		}
	case "c":
		return call(t, cur, "copy")
	case "S":
		return mustCall(t, SetType, cur)
	case "F":
		return mustCall(t, SetType, mustCall(t, FrozenSetType, cur))
	case "C":
		call(t, cur, "clear")
	case "k":
		d, err := py.Call(DictType.Dict["fromkeys"], py.Tuple{list}, nil)
		if err != nil {
			t.Fatal(err)
		}
		return mustCall(t, SetType, d)
	default:
		t.Fatalf("unknown op %q", op)
	}
	return cur
}

func mustCall(t testing.TB, fn py.Object, args ...py.Object) py.Object {
	t.Helper()
	res, err := py.Call(fn, py.Tuple(args), nil)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// TestSetOrderLarge crosses the size past which CPython grows a set's
// table by two instead of four; the digest of the repr is CPython's.
func TestSetOrderLarge(t *testing.T) {
	st := NewSet()
	for x := 0; x < 70000*13; x += 13 {
		_ = st.Add(py.Int(x * 1000003 % 1000000007))
	}
	for x := 0; x < 70000*13; x += 39 {
		_, _ = st.Discard(py.Int(x * 1000003 % 1000000007))
	}
	_ = st.Add(py.Int(-5))
	_ = st.Add(py.Int(1 << 40))
	r := repr(t, st)
	sum := sha256.Sum256([]byte(r))
	if st.Len() != 46668 || hex.EncodeToString(sum[:]) != "a8925f5ca3b377c46ab9feb51caae18d0e19c48c9eb0fd9f85875fbefd0598a0" {
		t.Errorf("len %d, repr starts %.80s", st.Len(), r)
	}
}
