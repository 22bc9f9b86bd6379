package interp

import (
	"bytes"
	"strings"

	"github.com/go-python/gpython/py"
)

// ByteArray is Python's bytearray: a mutable sequence of bytes. It has
// the methods of bytes (returning bytearrays where bytes returns bytes)
// and the mutating methods of a list of small ints. gpython v0.2.0 has
// no bytearray.
type ByteArray struct {
	b []byte
}

var byteArrayType = py.NewTypeX("bytearray", `bytearray(source=b'', encoding=<unset>, errors='strict')

A mutable sequence of bytes: from ints in range(256), from a str and its
encoding, as a copy of bytes, or n zero bytes for an int n.`, byteArrayNew, nil)

// Type returns bytearray.
func (a *ByteArray) Type() *py.Type { return byteArrayType }

func byteArrayNew(_ *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) == 0 && len(kwargs) == 0 {
		return &ByteArray{}, nil
	}
	if len(args) == 1 && len(kwargs) == 0 {
		if src, ok := args[0].(*ByteArray); ok {
			return &ByteArray{b: bytes.Clone(src.b)}, nil
		}
	}
	// bytes() accepts the same arguments and makes the same checks.
	b, err := py.BytesType.New(py.BytesType, args, kwargs)
	if err != nil {
		return nil, err
	}
	return &ByteArray{b: bytes.Clone([]byte(b.(py.Bytes)))}, nil
}

// plainBytesNew is gpython's bytes(), which knows nothing of __bytes__.
var plainBytesNew = py.BytesType.New

// bytes(o) gives what o.__bytes__() returns when o's class defines it.
func init() {
	py.BytesType.New = func(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(args) == 1 && len(kwargs) == 0 {
			if _, ok := args[0].(*Instance); ok {
				if m, err := getAttr(args[0], "__bytes__"); err == nil {
					r, err := pyCall(m, nil, nil)
					if err != nil {
						return nil, err
					}
					if _, ok := r.(py.Bytes); !ok {
						return nil, py.ExceptionNewf(py.TypeError, "__bytes__ returned non-bytes (type %s)", r.Type().Name)
					}
					return r, nil
				}
			}
		}
		if b, ok, err := encodedStr(args, kwargs); ok {
			return b, err
		}
		return plainBytesNew(t, args, kwargs)
	}
}

// encodedStr is bytes(source, encoding, errors) for a str source, through
// spython's codecs (gpython's knows UTF-8 only); ok is false for other
// sources.
func encodedStr(args py.Tuple, kwargs py.StringDict) (py.Object, bool, error) {
	var source, encoding, errs py.Object
	if err := py.ParseTupleAndKeywords(args, kwargs, "|OOO:bytes", []string{"source", "encoding", "errors"}, &source, &encoding, &errs); err != nil {
		return nil, false, nil
	}
	s, ok := source.(py.String)
	if !ok {
		return nil, false, nil
	}
	if encoding == nil {
		return nil, true, py.ExceptionNewf(py.TypeError, "string argument without an encoding")
	}
	enc, ok := encoding.(py.String)
	if !ok {
		return nil, true, py.ExceptionNewf(py.TypeError, "bytes() argument 'encoding' must be str, not %s", encoding.Type().Name)
	}
	handler := "strict"
	if errs != nil {
		e, ok := errs.(py.String)
		if !ok {
			return nil, true, py.ExceptionNewf(py.TypeError, "bytes() argument 'errors' must be str, not %s", errs.Type().Name)
		}
		handler = string(e)
	}
	b, err := encodeString(string(s), string(enc), handler)
	if err != nil {
		return nil, true, err
	}
	return py.Bytes(b), true, nil
}

// bytesLike returns the bytes of a bytes-like object (bytes or
// bytearray, or a subclass of bytes), or TypeError with CPython's message.
func bytesLike(o py.Object) ([]byte, error) {
	if b, ok := asBytes(o); ok {
		return b, nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "a bytes-like object is required, not '%s'", typeNameOf(o))
}

// asBytes is the content of a bytes-like object. A bytearray's buffer is
// returned, not copied: callers only read it.
func asBytes(o py.Object) ([]byte, bool) {
	switch v := unwrap(o).(type) {
	case py.Bytes:
		return []byte(v), true
	case *ByteArray:
		return v.b, true
	}
	return nil, false
}

// likeSelf converts what a bytes method returned for a bytearray self:
// bytes become bytearrays, also inside a list or a tuple.
func likeSelf(res py.Object) py.Object {
	switch v := res.(type) {
	case py.Bytes:
		return &ByteArray{b: bytes.Clone([]byte(v))}
	case *py.List:
		for i, item := range v.Items {
			v.Items[i] = likeSelf(item)
		}
	case py.Tuple:
		for i, item := range v {
			v[i] = likeSelf(item)
		}
	}
	return res
}

// byteValue is an int in range(0, 256), as stored in a bytearray.
func byteValue(o py.Object) (byte, error) {
	n, err := toIndex(o)
	if err != nil {
		return 0, err
	}
	if n < 0 || n > 255 {
		return 0, py.ExceptionNewf(py.ValueError, "byte must be in range(0, 256)")
	}
	return byte(n), nil
}

// byteValues is the content of a bytes-like object or of an iterable of
// ints, as extend() and slice assignment take it.
func byteValues(o py.Object) ([]byte, error) {
	if b, ok := asBytes(o); ok {
		return bytes.Clone(b), nil
	}
	if _, ok := o.(py.String); ok {
		return nil, py.ExceptionNewf(py.TypeError, "expected iterable of integers; got: 'str'")
	}
	items, err := iterItems(o)
	if err != nil {
		if !isIterable(o) {
			return nil, py.ExceptionNewf(py.TypeError, "can't extend bytearray with %s", o.Type().Name)
		}
		return nil, err
	}
	out := make([]byte, len(items))
	for i, item := range items {
		if out[i], err = byteValue(item); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// index checks an item index against the length.
func (a *ByteArray) index(key py.Object, msg string) (int, error) {
	i, err := toIndex(key)
	if err != nil {
		return 0, py.ExceptionNewf(py.TypeError, "bytearray indices must be integers or slices, not %s", key.Type().Name)
	}
	if i < 0 {
		i += len(a.b)
	}
	if i < 0 || i >= len(a.b) {
		return 0, py.ExceptionNewf(py.IndexError, "%s", msg)
	}
	return i, nil
}

func (a *ByteArray) M__len__() (py.Object, error) { return py.Int(len(a.b)), nil }

func (a *ByteArray) M__bool__() (py.Object, error) { return py.NewBool(len(a.b) > 0), nil }

func (a *ByteArray) M__bytes__() (py.Object, error) { return py.Bytes(bytes.Clone(a.b)), nil }

func (a *ByteArray) M__hash__() (py.Object, error) {
	return nil, py.ExceptionNewf(py.TypeError, "unhashable type: 'bytearray'")
}

func (a *ByteArray) M__repr__() (py.Object, error) {
	r, err := py.Bytes(a.b).M__repr__()
	if err != nil {
		return nil, err
	}
	text := string(r.(py.String))
	if body, ok := strings.CutPrefix(text, `b"`); ok {
		// CPython's bytearray escapes ' even between double quotes.
		text = `b"` + strings.ReplaceAll(body, "'", `\'`)
	}
	return py.String("bytearray(" + text + ")"), nil
}

func (a *ByteArray) M__str__() (py.Object, error) { return a.M__repr__() }

func (a *ByteArray) M__getitem__(key py.Object) (py.Object, error) {
	if s, ok := key.(*py.Slice); ok {
		item, err := bytesItem(py.Bytes(a.b), s)
		if err != nil {
			return nil, err
		}
		return likeSelf(item), nil
	}
	i, err := a.index(key, "bytearray index out of range")
	if err != nil {
		return nil, err
	}
	return py.Int(a.b[i]), nil
}

func (a *ByteArray) M__setitem__(key, value py.Object) (py.Object, error) {
	if s, ok := key.(*py.Slice); ok {
		if _, isInt := value.(py.Int); isInt {
			return nil, py.ExceptionNewf(py.TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)")
		}
		src, err := byteValues(value)
		if err != nil {
			return nil, err
		}
		return py.None, a.setSlice(s, src)
	}
	i, err := a.index(key, "bytearray index out of range")
	if err != nil {
		return nil, err
	}
	if a.b[i], err = byteValue(value); err != nil {
		return nil, err
	}
	return py.None, nil
}

// setSlice replaces a slice: any length for a simple slice, the same
// length for an extended one.
func (a *ByteArray) setSlice(s *py.Slice, src []byte) error {
	start, stop, step, n, err := s.GetIndices(len(a.b))
	if err != nil {
		return err
	}
	if step == 1 {
		if stop < start {
			stop = start
		}
		a.b = append(a.b[:start], append(src, a.b[stop:]...)...)
		return nil
	}
	if len(src) != n {
		return py.ExceptionNewf(py.ValueError, "attempt to assign bytes of size %d to extended slice of size %d", len(src), n)
	}
	for k, i := 0, start; k < n; k, i = k+1, i+step {
		a.b[i] = src[k]
	}
	return nil
}

func (a *ByteArray) M__delitem__(key py.Object) (py.Object, error) {
	if s, ok := key.(*py.Slice); ok {
		start, _, step, n, err := s.GetIndices(len(a.b))
		if err != nil {
			return nil, err
		}
		drop := make(map[int]bool, n)
		for k, i := 0, start; k < n; k, i = k+1, i+step {
			drop[i] = true
		}
		kept := a.b[:0]
		for i, c := range a.b {
			if !drop[i] {
				kept = append(kept, c)
			}
		}
		a.b = kept
		return py.None, nil
	}
	i, err := a.index(key, "bytearray index out of range")
	if err != nil {
		return nil, err
	}
	a.b = append(a.b[:i], a.b[i+1:]...)
	return py.None, nil
}

func (a *ByteArray) M__iter__() (py.Object, error) {
	items := make(py.Tuple, len(a.b))
	for i, c := range a.b {
		items[i] = py.Int(c)
	}
	return py.NewIterator(items), nil
}

func (a *ByteArray) M__contains__(item py.Object) (py.Object, error) {
	if b, ok := asBytes(item); ok {
		return py.NewBool(bytes.Contains(a.b, b)), nil
	}
	ok, err := bytesContains(py.Bytes(a.b), item)
	return py.NewBool(ok), err
}

func (a *ByteArray) M__add__(other py.Object) (py.Object, error) {
	b, ok := asBytes(other)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "can't concat %s to bytearray", other.Type().Name)
	}
	return &ByteArray{b: append(bytes.Clone(a.b), b...)}, nil
}

// M__radd__ is bytes + bytearray, which is bytes.
func (a *ByteArray) M__radd__(other py.Object) (py.Object, error) {
	if b, ok := other.(py.Bytes); ok {
		return py.Bytes(append(bytes.Clone([]byte(b)), a.b...)), nil
	}
	return py.NotImplemented, nil
}

func (a *ByteArray) M__iadd__(other py.Object) (py.Object, error) {
	b, ok := asBytes(other)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "can't concat %s to bytearray", other.Type().Name)
	}
	a.b = append(a.b, b...)
	return a, nil
}

func (a *ByteArray) M__mul__(other py.Object) (py.Object, error) {
	n, ok := other.(py.Int)
	if !ok {
		return py.NotImplemented, nil
	}
	return likeSelf(repeatBytes(py.Bytes(a.b), n)), nil
}

func (a *ByteArray) M__rmul__(other py.Object) (py.Object, error) { return a.M__mul__(other) }

func (a *ByteArray) M__imul__(other py.Object) (py.Object, error) {
	n, ok := other.(py.Int)
	if !ok {
		return py.NotImplemented, nil
	}
	a.b = []byte(repeatBytes(py.Bytes(a.b), n))
	return a, nil
}

func (a *ByteArray) M__mod__(other py.Object) (py.Object, error) {
	r, err := percentFormatBytes(a.b, other)
	if err != nil {
		return nil, err
	}
	return likeSelf(r), nil
}

// compare orders a against a bytes-like object.
func (a *ByteArray) compare(other py.Object, test func(int) bool) (py.Object, error) {
	b, ok := asBytes(other)
	if !ok {
		return py.NotImplemented, nil
	}
	return py.NewBool(test(bytes.Compare(a.b, b))), nil
}

func (a *ByteArray) M__eq__(o py.Object) (py.Object, error) {
	return a.compare(o, func(c int) bool { return c == 0 })
}
func (a *ByteArray) M__ne__(o py.Object) (py.Object, error) {
	return a.compare(o, func(c int) bool { return c != 0 })
}
func (a *ByteArray) M__lt__(o py.Object) (py.Object, error) {
	return a.compare(o, func(c int) bool { return c < 0 })
}
func (a *ByteArray) M__le__(o py.Object) (py.Object, error) {
	return a.compare(o, func(c int) bool { return c <= 0 })
}
func (a *ByteArray) M__gt__(o py.Object) (py.Object, error) {
	return a.compare(o, func(c int) bool { return c > 0 })
}
func (a *ByteArray) M__ge__(o py.Object) (py.Object, error) {
	return a.compare(o, func(c int) bool { return c >= 0 })
}

// addByteArrayMethods defines the mutating methods; the methods shared
// with bytes are defined by bytesMethod.
func addByteArrayMethods() {
	self := func(o py.Object) *ByteArray { return unwrap(o).(*ByteArray) }
	def := func(s signature, fn func(a *ByteArray, args []py.Object) (py.Object, error)) {
		defMethod(byteArrayType, bindInstance, s, func(o py.Object, args []py.Object) (py.Object, error) {
			return fn(self(o), args)
		})
	}
	def(methO("append"), func(a *ByteArray, args []py.Object) (py.Object, error) {
		c, err := byteValue(args[0])
		if err != nil {
			return nil, err
		}
		a.b = append(a.b, c)
		return py.None, nil
	})
	def(methO("extend"), func(a *ByteArray, args []py.Object) (py.Object, error) {
		src, err := byteValues(args[0])
		if err != nil {
			return nil, err
		}
		a.b = append(a.b, src...)
		return py.None, nil
	})
	def(varargs("pop", 0, "index"), func(a *ByteArray, args []py.Object) (py.Object, error) {
		if len(a.b) == 0 {
			return nil, py.ExceptionNewf(py.IndexError, "pop from empty bytearray")
		}
		key := py.Object(py.Int(-1))
		if args[0] != nil {
			key = args[0]
		}
		i, err := a.index(key, "pop index out of range")
		if err != nil {
			return nil, err
		}
		c := a.b[i]
		a.b = append(a.b[:i], a.b[i+1:]...)
		return py.Int(c), nil
	})
	def(varargs("insert", 2, "index", "item"), func(a *ByteArray, args []py.Object) (py.Object, error) {
		i, err := toIndex(args[0])
		if err != nil {
			return nil, err
		}
		c, err := byteValue(args[1])
		if err != nil {
			return nil, err
		}
		if i < 0 {
			i += len(a.b)
		}
		i = min(max(i, 0), len(a.b))
		a.b = append(a.b[:i], append([]byte{c}, a.b[i:]...)...)
		return py.None, nil
	})
	def(methO("remove"), func(a *ByteArray, args []py.Object) (py.Object, error) {
		c, err := byteValue(args[0])
		if err != nil {
			return nil, err
		}
		i := bytes.IndexByte(a.b, c)
		if i < 0 {
			return nil, py.ExceptionNewf(py.ValueError, "value not found in bytearray")
		}
		a.b = append(a.b[:i], a.b[i+1:]...)
		return py.None, nil
	})
	def(noArgs("clear"), func(a *ByteArray, _ []py.Object) (py.Object, error) {
		a.b = nil
		return py.None, nil
	})
	def(noArgs("copy"), func(a *ByteArray, _ []py.Object) (py.Object, error) {
		return &ByteArray{b: bytes.Clone(a.b)}, nil
	})
	def(noArgs("reverse"), func(a *ByteArray, _ []py.Object) (py.Object, error) {
		for i, j := 0, len(a.b)-1; i < j; i, j = i+1, j-1 {
			a.b[i], a.b[j] = a.b[j], a.b[i]
		}
		return py.None, nil
	})
	defMethod(byteArrayType, bindClass, methO("fromhex"), func(_ py.Object, args []py.Object) (py.Object, error) {
		s, ok := args[0].(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "fromhex() argument must be str, not %s", args[0].Type().Name)
		}
		b, err := bytesFromHex(string(s))
		if err != nil {
			return nil, err
		}
		return likeSelf(b), nil
	})
}
