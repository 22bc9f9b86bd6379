package interp

import (
	"bytes"

	"github.com/go-python/gpython/py"
)

// gpython v0.2.0's bytes cannot be indexed, sliced, iterated, searched
// with `in` or repeated. Its type cannot gain Go methods from outside, so
// the loop and the constructors handle bytes themselves.

// subscript is a[b].
func subscript(a, b py.Object) (py.Object, error) {
	if x, ok := a.(py.Bytes); ok {
		return bytesItem(x, b)
	}
	return py.GetItem(a, b)
}

func bytesItem(b py.Bytes, key py.Object) (py.Object, error) {
	if s, ok := key.(*py.Slice); ok {
		start, stop, step, n, err := s.GetIndices(len(b))
		if err != nil {
			return nil, err
		}
		out := make(py.Bytes, 0, n)
		for i, k := start, 0; k < n; i, k = i+step, k+1 {
			out = append(out, b[i])
		}
		_ = stop
		return out, nil
	}
	i, err := py.IndexInt(key)
	if err != nil {
		return nil, py.ExceptionNewf(py.TypeError, "byte indices must be integers or slices, not %s", key.Type().Name)
	}
	if i < 0 {
		i += len(b)
	}
	if i < 0 || i >= len(b) {
		return nil, py.ExceptionNewf(py.IndexError, "index out of range")
	}
	return py.Int(b[i]), nil
}

// bytesIter iterates the byte values of b.
func bytesIter(b py.Bytes) py.Object {
	items := make(py.Tuple, len(b))
	for i, c := range b {
		items[i] = py.Int(c)
	}
	return py.NewIterator(items)
}

// bytesContains is `item in b`: a byte value or a bytes substring.
func bytesContains(b py.Bytes, item py.Object) (bool, error) {
	switch x := item.(type) {
	case py.Bytes:
		return bytes.Contains(b, x), nil
	case py.Int:
		if x < 0 || x > 255 {
			return false, py.ExceptionNewf(py.ValueError, "byte must be in range(0, 256)")
		}
		return bytes.IndexByte(b, byte(x)) >= 0, nil
	}
	return false, py.ExceptionNewf(py.TypeError, "a bytes-like object is required, not '%s'", item.Type().Name)
}

// multiply is a * b, with bytes repetition.
func multiply(a, b py.Object) (py.Object, error) {
	if x, ok := a.(py.Bytes); ok {
		return repeatBytes(x, b)
	}
	if x, ok := b.(py.Bytes); ok {
		if _, isInt := a.(py.Int); isInt {
			return repeatBytes(x, a)
		}
	}
	return py.Mul(a, b)
}

func repeatBytes(b py.Bytes, n py.Object) (py.Object, error) {
	k, ok := n.(py.Int)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "can't multiply sequence by non-int of type '%s'", n.Type().Name)
	}
	if k <= 0 {
		return py.Bytes{}, nil
	}
	return py.Bytes(bytes.Repeat(b, int(k))), nil
}

// installBytes lets list(), tuple() and the other constructors that
// iterate their argument take bytes.
func installBytes() {
	for _, t := range []*py.Type{py.ListType, py.TupleType} {
		orig := t.New
		t.New = func(meta *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if len(args) == 1 {
				if b, ok := args[0].(py.Bytes); ok {
					items := make(py.Tuple, len(b))
					for i, c := range b {
						items[i] = py.Int(c)
					}
					args = py.Tuple{items}
				}
			}
			return orig(meta, args, kwargs)
		}
	}
}
