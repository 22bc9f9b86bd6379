package interp

import (
	"bytes"
	"errors"
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/go-python/gpython/py"
)

// gpython v0.2.0's bytes cannot be indexed, sliced, iterated, searched
// with `in` or repeated; its tuple + tuple puts the second tuple in the
// wrong place and tuples cannot be repeated; list += takes only lists.
// Those types cannot gain Go methods from outside, so the loop and the
// constructors handle these cases themselves.

// subscript is a[b].
func subscript(a, b py.Object) (py.Object, error) {
	switch x := a.(type) {
	case py.Bytes:
		return bytesItem(x, b)
	case *py.Type:
		if isClass(x) {
			if v, ok, err := classSubscript(x, b); ok {
				return v, err
			}
			return nil, py.ExceptionNewf(py.TypeError, "type '%s' is not subscriptable", x.Name)
		}
	}
	v, err := py.GetItem(a, b)
	if err != nil && py.IsException(py.TypeError, err) {
		return nil, indexError(a, b, err)
	}
	if err != nil && py.IsException(py.IndexError, err) {
		switch a.(type) {
		case *py.List:
			return nil, py.ExceptionNewf(py.IndexError, "list index out of range")
		case py.Tuple:
			return nil, py.ExceptionNewf(py.IndexError, "tuple index out of range")
		case py.String:
			return nil, py.ExceptionNewf(py.IndexError, "string index out of range")
		}
	}
	return v, err
}

// storeSubscript is a[k] = v.
func storeSubscript(a, k, v py.Object) error {
	_, err := py.SetItem(a, k, v)
	if err != nil && py.IsException(py.TypeError, err) {
		return indexError(a, k, err)
	}
	if err != nil && py.IsException(py.IndexError, err) {
		if _, ok := a.(*py.List); ok {
			return py.ExceptionNewf(py.IndexError, "list assignment index out of range")
		}
	}
	return err
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

// add is a + b.
func add(a, b py.Object) (py.Object, error) {
	if x, ok := a.(py.Tuple); ok {
		if y, ok := b.(py.Tuple); ok {
			out := make(py.Tuple, 0, len(x)+len(y))
			return append(append(out, x...), y...), nil
		}
	}
	res, err := py.Add(a, b)
	if err != nil {
		return nil, concatError(a, b, err)
	}
	return res, nil
}

// inplaceAdd is a += b: a list takes any iterable.
func inplaceAdd(a, b py.Object) (py.Object, error) {
	if l, ok := a.(*py.List); ok {
		if o, ok := b.(*Instance); ok {
			// The operand's __radd__ comes before extending the list.
			if res, err := o.binary("__radd__", a); err != nil || res != py.NotImplemented {
				return res, err
			}
		}
		if _, isList := b.(*py.List); !isList {
			items, err := concat(py.Tuple{b})
			if err != nil {
				if py.IsException(py.TypeError, err) {
					return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not iterable", b.Type().Name)
				}
				return nil, err
			}
			l.Items = append(l.Items, items...)
			return l, nil
		}
	}
	if _, ok := a.(py.Tuple); ok {
		return add(a, b)
	}
	res, err := py.IAdd(a, b)
	if err != nil {
		return nil, concatError(a, b, err)
	}
	return res, nil
}

// multiply is a * b, with bytes and tuple repetition.
func multiply(a, b py.Object) (py.Object, error) {
	switch x := a.(type) {
	case py.Bytes:
		if n, ok := b.(py.Int); ok {
			return repeatBytes(x, n), nil
		}
	case py.Tuple:
		if n, ok := b.(py.Int); ok {
			return repeatTuple(x, n), nil
		}
	}
	if n, ok := a.(py.Int); ok {
		switch y := b.(type) {
		case py.Bytes:
			return repeatBytes(y, n), nil
		case py.Tuple:
			return repeatTuple(y, n), nil
		}
	}
	res, err := py.Mul(a, b)
	if err != nil {
		return repeatByIndex(a, b, err)
	}
	return res, nil
}

// repeatByIndex is seq * n or n * seq when the multiplication failed
// with err and n is not an int but stands for one: a bool, an int
// subclass or an object with __index__, as CPython repeats by them;
// else the error, worded as CPython's.
func repeatByIndex(a, b py.Object, err error) (py.Object, error) {
	if !unsupportedOperands(err) {
		return nil, err
	}
	seq, n := a, b
	if !isSequence(a) {
		seq, n = b, a
	}
	if !isSequence(seq) || !standsForIndex(n) {
		return nil, repeatError(a, b, err)
	}
	if _, ok := n.(*py.BigInt); ok {
		return nil, py.ExceptionNewf(py.OverflowError, "cannot fit 'int' into an index-sized integer")
	}
	k, err := toIndex(n)
	if err != nil {
		return nil, err
	}
	return multiply(seq, py.Int(k))
}

// standsForIndex reports whether o is taken as a count by sequence
// repetition though it is not a plain int.
func standsForIndex(o py.Object) bool {
	switch v := o.(type) {
	case py.Bool, *py.BigInt:
		return true
	case *Instance:
		_, ok := userLookup(v.cls, "__index__")
		return ok || v.base != nil && isIntValue(v.base)
	}
	return false
}

func repeatTuple(t py.Tuple, n py.Int) py.Tuple {
	if n <= 0 {
		return py.Tuple{}
	}
	out := make(py.Tuple, 0, len(t)*int(n))
	for range int(n) {
		out = append(out, t...)
	}
	return out
}

func repeatBytes(b py.Bytes, k py.Int) py.Bytes {
	if k <= 0 {
		return py.Bytes{}
	}
	return py.Bytes(bytes.Repeat(b, int(k)))
}

// installBytes lets list() and tuple() take bytes, and classes their
// metaclass makes iterable.
func installBytes() {
	for _, t := range []*py.Type{py.ListType, py.TupleType} {
		orig := t.New
		t.New = func(meta *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if len(args) == 1 {
				switch x := args[0].(type) {
				case py.Bytes:
					items := make(py.Tuple, len(x))
					for i, c := range x {
						items[i] = py.Int(c)
					}
					args = py.Tuple{items}
				case *py.Type:
					// A class its metaclass makes iterable (an enum).
					if it, ok, err := metaSpecial(x, "__iter__"); ok {
						if err != nil {
							return nil, err
						}
						items, err := concat(py.Tuple{it})
						if err != nil {
							return nil, err
						}
						args = py.Tuple{py.Tuple(items)}
					}
				}
			}
			return orig(meta, args, kwargs)
		}
	}
}

// installFloat makes float(text) parse as CPython does, with its message
// for text that is not a number.
func installFloat() {
	orig := py.FloatType.New
	py.FloatType.New = func(meta *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(args) == 1 && len(kwargs) == 0 {
			switch x := unwrap(args[0]).(type) {
			case py.String:
				return parseFloat(string(x))
			case py.Bool:
				return py.Float(boolInt(x)), nil
			case *py.BigInt:
				f, err := bigToFloat((*big.Int)(x))
				return py.Float(f), err
			case py.Complex:
				return nil, py.ExceptionNewf(py.TypeError, "float() argument must be a string or a real number, not 'complex'")
			}
		}
		return orig(meta, args, kwargs)
	}
}

func parseFloat(s string) (py.Object, error) {
	t := strings.TrimSpace(s)
	bad := func() error {
		r, _ := reprOf(py.String(s))
		return py.ExceptionNewf(py.ValueError, "could not convert string to float: %s", r)
	}
	if strings.Contains(t, "__") || strings.HasPrefix(t, "_") || strings.HasSuffix(t, "_") {
		return nil, bad()
	}
	clean := strings.ReplaceAll(t, "_", "")
	unsigned := clean
	if unsigned != "" && (unsigned[0] == '+' || unsigned[0] == '-') {
		unsigned = unsigned[1:]
	}
	switch strings.ToLower(unsigned) {
	case "inf", "infinity":
	case "nan":
		// Go's parser takes no sign on a NaN
		return py.Float(math.NaN()), nil
	default:
		for _, c := range clean {
			if !(c >= '0' && c <= '9' || strings.ContainsRune("+-.eE", c)) {
				return nil, bad()
			}
		}
	}
	f, err := strconv.ParseFloat(clean, 64)
	if err != nil {
		var ne *strconv.NumError
		if errors.As(err, &ne) && ne.Err == strconv.ErrRange {
			return py.Float(f), nil
		}
		return nil, bad()
	}
	return py.Float(f), nil
}

// listIterator iterates a list by position, reading the list at each
// step, so that items appended during a for loop are visited and removals
// shift what comes next, as in CPython. gpython's iterator walks a
// snapshot of the items taken when the loop starts.
type listIterator struct {
	list *py.List
	pos  int
}

var listIteratorType = py.NewType("list_iterator", "")

func (it *listIterator) Type() *py.Type { return listIteratorType }

func (it *listIterator) M__iter__() (py.Object, error) { return it, nil }

func (it *listIterator) M__next__() (py.Object, error) {
	if it.list != nil && it.pos < len(it.list.Items) {
		v := it.list.Items[it.pos]
		it.pos++
		return v, nil
	}
	it.list = nil // exhausted for good, even if the list grows later
	return nil, py.StopIteration
}

// M__length_hint__ is the number of items left.
func (it *listIterator) M__length_hint__() (py.Object, error) {
	if it.list == nil {
		return py.Int(0), nil
	}
	return py.Int(max(len(it.list.Items)-it.pos, 0)), nil
}
