package interp

import (
	"fmt"

	"github.com/go-python/gpython/py"
)

// What gpython's range and slice lack: range's start, stop, step, index
// and count, a membership test that does not walk the range, the error for
// a zero step; slice's repr and indices; the repr of a range iterator.

func installRangeAndSlice() {
	py.EllipsisTypeType.Name = "ellipsis"

	newRange := py.RangeType.New
	py.RangeType.New = func(metatype *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		r, err := newRange(metatype, args, kwargs)
		if err == nil && r.(*py.Range).Step == 0 {
			return nil, py.ExceptionNewf(py.ValueError, "range() arg 3 must not be zero")
		}
		return r, err
	}
	d := py.RangeType.Dict
	for name, get := range map[string]func(r *py.Range) py.Int{
		"start": func(r *py.Range) py.Int { return r.Start },
		"stop":  func(r *py.Range) py.Int { return r.Stop },
		"step":  func(r *py.Range) py.Int { return r.Step },
	} {
		d[name] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return get(self.(*py.Range)), nil }}
	}
	d["index"] = py.MustNewMethod("index", func(self py.Object, args py.Tuple) (py.Object, error) {
		var v py.Object
		if err := py.UnpackTuple(args, nil, "index", 1, 1, &v); err != nil {
			return nil, err
		}
		r := self.(*py.Range)
		if i, ok := rangePosition(r, v); ok {
			return py.Int(i), nil
		}
		if _, isInt := rangeInt(v); !isInt {
			// Any other value equal to an item: search the items.
			for i := py.Int(0); i < r.Length; i++ {
				if same, err := equal(r.Start+i*r.Step, v); err != nil || same {
					return i, err
				}
			}
		}
		text, err := reprOf(v)
		if err != nil {
			return nil, err
		}
		return nil, py.ExceptionNewf(py.ValueError, "%s is not in range", text)
	}, 0, "Return the index of value; ValueError if it is not in the range.")
	d["count"] = py.MustNewMethod("count", func(self py.Object, args py.Tuple) (py.Object, error) {
		var v py.Object
		if err := py.UnpackTuple(args, nil, "count", 1, 1, &v); err != nil {
			return nil, err
		}
		r := self.(*py.Range)
		if _, isInt := rangeInt(v); isInt {
			if _, ok := rangePosition(r, v); ok {
				return py.Int(1), nil
			}
			return py.Int(0), nil
		}
		n := 0
		for i := py.Int(0); i < r.Length; i++ {
			same, err := equal(r.Start+i*r.Step, v)
			if err != nil {
				return nil, err
			}
			if same {
				n++
			}
		}
		return py.Int(n), nil
	}, 0, "Return the number of times value occurs in the range.")

	py.SliceType.Dict["indices"] = py.MustNewMethod("indices", func(self py.Object, args py.Tuple) (py.Object, error) {
		var n py.Object
		if err := py.UnpackTuple(args, nil, "indices", 1, 1, &n); err != nil {
			return nil, err
		}
		length, err := py.Index(n)
		if err != nil {
			return nil, err
		}
		if length < 0 {
			return nil, py.ExceptionNewf(py.ValueError, "length should not be negative")
		}
		start, stop, step, _, err := self.(*py.Slice).GetIndices(int(length))
		if err != nil {
			return nil, err
		}
		return py.Tuple{py.Int(start), py.Int(stop), py.Int(step)}, nil
	}, 0, "indices(length, /)\n\nThe (start, stop, step) this slice selects from a sequence of that\nlength.")
}

// rangeInt is v as an int when it is an int or a bool.
func rangeInt(v py.Object) (py.Int, bool) {
	switch x := v.(type) {
	case py.Int:
		return x, true
	case py.Bool:
		return boolInt(x), true
	}
	return 0, false
}

// rangePosition finds the int v in r by arithmetic, not by walking it.
func rangePosition(r *py.Range, v py.Object) (py.Int, bool) {
	x, ok := rangeInt(v)
	if !ok || r.Length == 0 {
		return 0, false
	}
	off := x - r.Start
	if off%r.Step != 0 {
		return 0, false
	}
	i := off / r.Step
	return i, i >= 0 && i < r.Length
}

// sliceRepr writes slice(start, stop, step).
func sliceRepr(s *py.Slice, depth int) (string, error) {
	parts := [3]string{}
	for i, o := range []py.Object{s.Start, s.Stop, s.Step} {
		if o == nil {
			o = py.None
		}
		text, err := reprDepth(o, depth+1)
		if err != nil {
			return "", err
		}
		parts[i] = text
	}
	return fmt.Sprintf("slice(%s, %s, %s)", parts[0], parts[1], parts[2]), nil
}
