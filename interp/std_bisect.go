package interp

import (
	"github.com/go-python/gpython/py"
	"github.com/spython/spython/interp/pyobj"
)

// The bisect module, in Go: binary search of any sequence with <
// (honouring a class's __lt__), the key function applied to the items
// probed, and CPython's argument checks and messages. No audit events.

func init() {
	registerStdlib("bisect", "Bisection algorithms.", setupBisect, "")
}

// bisectLen is len(a) as a sequence: a mapping is refused.
func bisectLen(a py.Object) (int, error) {
	switch x := a.(type) {
	case *py.List:
		return len(x.Items), nil
	case py.Tuple:
		return len(x), nil
	case *pyobj.Dict:
		return 0, py.ExceptionNewf(py.TypeError, "dict is not a sequence")
	}
	n, err := builtinLen(nil, py.Tuple{a})
	if err != nil {
		return 0, err
	}
	return toIndex(n)
}

// bisectItem is a[i] for a sequence a.
func bisectItem(a py.Object, i int) (py.Object, error) {
	switch x := a.(type) {
	case *py.List:
		if i >= len(x.Items) {
			return nil, py.ExceptionNewf(py.IndexError, "list index out of range")
		}
		return x.Items[i], nil
	case py.Tuple:
		if i >= len(x) {
			return nil, py.ExceptionNewf(py.IndexError, "tuple index out of range")
		}
		return x[i], nil
	case *pyobj.Dict:
		return nil, py.ExceptionNewf(py.TypeError, "dict is not a sequence")
	case *pyobj.Set:
		return nil, py.ExceptionNewf(py.TypeError, "'%s' object does not support indexing", a.Type().Name)
	}
	return subscript(a, py.Int(i))
}

// bisectHi converts hi: None (or -1) means len(a).
func bisectHi(o py.Object) (int, error) {
	if o == nil || o == py.None {
		return -1, nil
	}
	switch o.(type) {
	case py.Int, py.Bool:
		return toIndex(o)
	case *py.BigInt:
		return 0, py.ExceptionNewf(py.OverflowError, "cannot fit 'int' into an index-sized integer")
	}
	if hasMethod(o, "__index__") {
		b, err := indexBig(o)
		if err != nil {
			return 0, err
		}
		if !b.IsInt64() {
			return 0, py.ExceptionNewf(py.OverflowError, "cannot fit 'int' into an index-sized integer")
		}
		return int(b.Int64()), nil
	}
	return 0, py.ExceptionNewf(py.TypeError, "argument should be integer or None, not '%s'", o.Type().Name)
}

// bisectSearch finds where x goes in a[lo:hi]: after the items equal to
// it (right) or before them.
func bisectSearch(a, x py.Object, lo, hi int, key py.Object, right bool) (int, error) {
	if lo < 0 {
		return 0, py.ExceptionNewf(py.ValueError, "lo must be non-negative")
	}
	if hi == -1 {
		n, err := bisectLen(a)
		if err != nil {
			return 0, err
		}
		hi = n
	}
	for lo < hi {
		mid := int(uint(lo+hi) / 2)
		item, err := bisectItem(a, mid)
		if err != nil {
			return 0, err
		}
		if key != nil && key != py.None {
			if item, err = py.Call(key, py.Tuple{item}, nil); err != nil {
				return 0, err
			}
		}
		var lt bool
		if right {
			lt, err = lessThan(x, item)
		} else {
			lt, err = lessThan(item, x)
		}
		if err != nil {
			return 0, err
		}
		switch {
		case right && lt, !right && !lt:
			hi = mid
		default:
			lo = mid + 1
		}
	}
	return lo, nil
}

// bisectArgs parses (a, x, lo=0, hi=None, *, key=None).
func bisectArgs(name string, args py.Tuple, kwargs py.StringDict) (a, x py.Object, lo, hi int, key py.Object, err error) {
	s := signature{name: name, params: []string{"a", "x", "lo", "hi", "key"}, min: 2, posMax: 4}
	p, err := s.parse(args, kwargs)
	if err != nil {
		return
	}
	if p[2] != nil {
		if lo, err = toIndex(p[2]); err != nil {
			return
		}
	}
	if hi, err = bisectHi(p[3]); err != nil {
		return
	}
	return p[0], p[1], lo, hi, p[4], nil
}

func setupBisect(_ *Context, m *py.Module) error {
	g := m.Globals
	search := func(name string, right bool, doc string) {
		g[name] = py.MustNewMethod(name, func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			a, x, lo, hi, key, err := bisectArgs(name, args, kwargs)
			if err != nil {
				return nil, err
			}
			i, err := bisectSearch(a, x, lo, hi, key, right)
			if err != nil {
				return nil, err
			}
			return py.Int(i), nil
		}, 0, doc)
	}
	insort := func(name string, right bool, doc string) {
		g[name] = py.MustNewMethod(name, func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			a, x, lo, hi, key, err := bisectArgs(name, args, kwargs)
			if err != nil {
				return nil, err
			}
			probe := x
			if key != nil && key != py.None {
				if probe, err = py.Call(key, py.Tuple{x}, nil); err != nil {
					return nil, err
				}
			}
			i, err := bisectSearch(a, probe, lo, hi, key, right)
			if err != nil {
				return nil, err
			}
			if l, ok := a.(*py.List); ok {
				i = min(i, len(l.Items))
				l.Items = append(l.Items, nil)
				copy(l.Items[i+1:], l.Items[i:])
				l.Items[i] = x
				return py.None, nil
			}
			insert, err := getAttr(a, "insert")
			if err != nil {
				return nil, err
			}
			if _, err := py.Call(insert, py.Tuple{py.Int(i), x}, nil); err != nil {
				return nil, err
			}
			return py.None, nil
		}, 0, doc)
	}
	const rightDoc = "Find where x would go in the sorted sequence a, by binary search.\n\n" +
		"The index returned comes after any items equal to x; lo and hi bound\n" +
		"the part of a searched, and key, if given, is applied to the items of a\n" +
		"(not to x) before they are compared."
	const leftDoc = "Find where x would go in the sorted sequence a, by binary search.\n\n" +
		"The index returned comes before any items equal to x; lo and hi bound\n" +
		"the part of a searched, and key, if given, is applied to the items of a\n" +
		"(not to x) before they are compared."
	search("bisect_right", true, rightDoc)
	search("bisect_left", false, leftDoc)
	insort("insort_right", true, "Add x to the sorted list a at the place that keeps it sorted.\n\n"+
		"x goes after any items equal to it; key, if given, is applied to x and\nto the items of a.")
	insort("insort_left", false, "Add x to the sorted list a at the place that keeps it sorted.\n\n"+
		"x goes before any items equal to it; key, if given, is applied to x and\nto the items of a.")
	g["bisect"] = g["bisect_right"]
	g["insort"] = g["insort_right"]
	return nil
}
