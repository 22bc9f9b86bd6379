package interp

import (
	"encoding/binary"
	"math"
	"math/big"
	"strings"

	"github.com/go-python/gpython/py"
)

// The struct module: values packed into bytes and unpacked from them as
// C structs lay them out, byte for byte as CPython 3.13 on x86-64 Linux
// does it, with the same messages. A pure computation: no audit events.

func init() {
	registerStdlib("struct", structDoc, setupStruct, "")
	structError.Dict["__module__"] = py.String("struct")
	structType.Dict["__module__"] = py.String("_struct")
	structType.Flags |= py.TPFLAGS_BASETYPE
	unpackIterType.Dict["__module__"] = py.String("_struct")
	addStructMethods()
}

const structDoc = `Pack Python values into bytes laid out like a C struct, and back.

A format string describes the layout. Its first character may set the
byte order, sizes and alignment:
  @  this machine's order, C sizes, C alignment (the default)
  =  this machine's order, fixed sizes, no alignment
  <  little-endian, fixed sizes, no alignment
  >  big-endian, fixed sizes, no alignment
  !  network order, the same as >

Each item after that is one code, optionally preceded by a count:
  x  one padding byte, no value     c  bytes of length 1
  b B  signed / unsigned 8-bit      ? bool
  h H  signed / unsigned short      i I  signed / unsigned int
  l L  signed / unsigned long       q Q  signed / unsigned long long
  n N  ssize_t / size_t (@ only)    P  a pointer-sized int (@ only)
  e f d  half, single and double precision floats
  s  bytes; the count is the length, not a repeat
  p  bytes with a length byte in front (Pascal string)
Spaces between items are ignored. Errors raise struct.error.
`

var (
	structError    = sockException(py.ExceptionType, "struct", "error", "")
	structType     = py.NewTypeX("Struct", "Struct(format)\n\nA format parsed once, for packing and unpacking many times.\n\n", structNew, structInit)
	unpackIterType = py.NewType("unpack_iterator", "")
)

// maxStructSize bounds what pack and unpack allocate: CPython would fail
// with MemoryError long before a Go allocation this large would.
const maxStructSize = 1 << 31

func structErrorf(format string, args ...any) error {
	return py.ExceptionNewf(structError, format, args...)
}

// structField is one item of a format: the code letter, its offset, its
// size (the count for s and p) and how many values it packs.
type structField struct {
	code   byte
	offset int
	size   int
	repeat int
}

// structLayout is a compiled format.
type structLayout struct {
	format string
	fields []structField
	size   int
	items  int  // how many values pack takes and unpack returns
	native bool // '@': native sizes and alignment
	big    bool // big-endian
}

// structSizes are the standard sizes; the native ones differ for l, L and
// add n, N and P.
var (
	structStandard = map[byte]int{'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4,
		'l': 4, 'L': 4, 'q': 8, 'Q': 8, 'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1}
	structNative = map[byte]int{'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4,
		'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'n': 8, 'N': 8, 'P': 8, 'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1}
)

func isStructSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\x0b' || c == '\x0c'
}

// compileStruct parses a format as CPython's prepare_s does.
func compileStruct(format py.Object) (*structLayout, error) {
	var text string
	switch f := unwrap(format).(type) {
	case py.String:
		runes := []rune(string(f))
		for i, r := range runes {
			if r >= 128 {
				j := i
				for j < len(runes) && runes[j] >= 128 {
					j++
				}
				return nil, unicodeEncodeError("ascii", string(f), i, j, "ordinal not in range(128)")
			}
		}
		text = string(f)
	case py.Bytes:
		text = string(f)
	default:
		return nil, py.ExceptionNewf(py.TypeError, "Struct() argument 1 must be a str or bytes object, not %s", typeNameOf(format))
	}
	if strings.IndexByte(text, 0) >= 0 {
		return nil, structErrorf("embedded null character")
	}
	l := &structLayout{format: text, native: true}
	s := text
	if len(s) > 0 {
		switch s[0] {
		case '<', '=':
			l.native = false
			s = s[1:]
		case '>', '!':
			l.native, l.big = false, true
			s = s[1:]
		case '@':
			s = s[1:]
		}
	}
	sizes := structStandard
	if l.native {
		sizes = structNative
	}
	const maxSize = math.MaxInt64
	size := 0
	for i := 0; i < len(s); {
		c := s[i]
		i++
		if isStructSpace(c) {
			continue
		}
		num := 1
		if '0' <= c && c <= '9' {
			num = int(c - '0')
			for {
				if i >= len(s) {
					return nil, structErrorf("repeat count given without format specifier")
				}
				c = s[i]
				i++
				if c < '0' || c > '9' {
					break
				}
				d := int(c - '0')
				if num >= maxSize/10 && (num > maxSize/10 || d > maxSize%10) {
					return nil, structErrorf("total struct size too long")
				}
				num = num*10 + d
			}
		}
		itemSize, ok := sizes[c]
		if !ok {
			return nil, structErrorf("bad char in struct format")
		}
		if l.native && itemSize > 1 && size > 0 {
			extra := (itemSize - 1) - (size-1)%itemSize
			if extra > maxSize-size {
				return nil, structErrorf("total struct size too long")
			}
			size += extra
		}
		if num > (maxSize-size)/itemSize {
			return nil, structErrorf("total struct size too long")
		}
		switch c {
		case 's', 'p':
			l.fields = append(l.fields, structField{code: c, offset: size, size: num, repeat: 1})
			l.items++
		case 'x':
		default:
			if num > 0 {
				l.fields = append(l.fields, structField{code: c, offset: size, size: itemSize, repeat: num})
				l.items += num
			}
		}
		size += num * itemSize
	}
	l.size = size
	return l, nil
}

func (l *structLayout) order() binary.ByteOrder {
	if l.big {
		return binary.BigEndian
	}
	return binary.LittleEndian
}

// pack writes values into dst, which holds l.size bytes; dst is zeroed
// first, and holds what was packed so far when a value is refused.
func (l *structLayout) pack(dst []byte, values []py.Object) error {
	clear(dst[:l.size])
	k := 0
	for _, f := range l.fields {
		switch f.code {
		case 's', 'p':
			v := values[k]
			k++
			b, ok := structBytes(v)
			if !ok {
				return structErrorf("argument for '%c' must be a bytes object", f.code)
			}
			if f.code == 's' {
				copy(dst[f.offset:f.offset+f.size], b)
				continue
			}
			if f.size == 0 {
				continue
			}
			n := min(len(b), f.size-1)
			copy(dst[f.offset+1:f.offset+1+n], b[:n])
			dst[f.offset] = byte(min(n, 255))
			continue
		}
		for r := 0; r < f.repeat; r++ {
			v := values[k]
			k++
			at := dst[f.offset+r*f.size : f.offset+(r+1)*f.size]
			if err := l.packOne(f.code, at, v); err != nil {
				return err
			}
		}
	}
	return nil
}

// goNaN is the NaN of Go's math.NaN(), which spython's float('nan') is:
// CPython's has no payload bit set.
const goNaN = 0x7FF8000000000001

// structBytes is the content of a bytes or bytearray argument.
func structBytes(v py.Object) ([]byte, bool) {
	switch b := unwrap(v).(type) {
	case py.Bytes:
		return []byte(b), true
	case *ByteArray:
		return b.b, true
	}
	return nil, false
}

// isPyInt says whether v is an int (bool included) to CPython's
// PyLong_Check.
func isPyInt(v py.Object) bool {
	switch unwrap(v).(type) {
	case py.Int, *py.BigInt, py.Bool:
		return true
	}
	return false
}

// structInteger is the integer value of a packed argument: an int, or an
// object with __index__.
func structInteger(v py.Object) (*big.Int, error) {
	if b, ok := toBig(unwrap(v)); ok {
		return b, nil
	}
	if !hasMethod(v, "__index__") {
		return nil, structErrorf("required argument is not an integer")
	}
	return indexBig(v)
}

func (l *structLayout) packOne(code byte, at []byte, v py.Object) error {
	order := l.order()
	switch code {
	case 'c':
		b, ok := unwrap(v).(py.Bytes)
		if !ok || len(b) != 1 {
			return structErrorf("char format requires a bytes object of length 1")
		}
		at[0] = b[0]
		return nil
	case '?':
		t, err := truth(v)
		if err != nil {
			return err
		}
		if t {
			at[0] = 1
		}
		return nil
	case 'e', 'f', 'd':
		x, err := mathFloat(v)
		if err != nil {
			return structErrorf("required argument is not a float")
		}
		var overflow bool
		switch code {
		case 'd':
			bits := math.Float64bits(x)
			if bits&^(1<<63) == goNaN {
				bits &^= 1 // float('nan') as CPython makes it
			}
			order.PutUint64(at, bits)
		case 'f':
			y := float32(x)
			if math.IsInf(float64(y), 0) && !math.IsInf(x, 0) && !l.native {
				overflow = true
				break
			}
			order.PutUint32(at, math.Float32bits(y))
		case 'e':
			bits, ok := halfBits(x)
			if !ok {
				overflow = true
				break
			}
			order.PutUint16(at, bits)
		}
		if overflow {
			if isPyInt(v) {
				return structErrorf("int too large to convert")
			}
			return py.ExceptionNewf(py.OverflowError, "float too large to pack with %c format", code)
		}
		return nil
	}
	n, err := structInteger(v)
	if err != nil {
		return err
	}
	size := len(at)
	switch code {
	case 'b', 'h', 'i', 'l', 'q', 'n':
		lo := new(big.Int).Lsh(big.NewInt(-1), uint(size*8-1))
		hi := new(big.Int).Sub(new(big.Int).Neg(lo), big.NewInt(1))
		if n.Cmp(lo) < 0 || n.Cmp(hi) > 0 {
			return structErrorf("'%c' format requires %s <= number <= %s", code, lo, hi)
		}
	case 'P':
		if n.Cmp(big.NewInt(math.MinInt64)) < 0 || n.Cmp(new(big.Int).SetUint64(math.MaxUint64)) > 0 {
			return structErrorf("int too large to convert")
		}
	default: // B H I L Q N
		hi := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), uint(size*8)), big.NewInt(1))
		if n.Sign() < 0 || n.Cmp(hi) > 0 {
			return structErrorf("'%c' format requires 0 <= number <= %s", code, hi)
		}
	}
	var u uint64
	if n.Sign() < 0 {
		u = uint64(n.Int64())
	} else {
		u = n.Uint64()
	}
	switch size {
	case 1:
		at[0] = byte(u)
	case 2:
		order.PutUint16(at, uint16(u))
	case 4:
		order.PutUint32(at, uint32(u))
	case 8:
		order.PutUint64(at, u)
	}
	return nil
}

// unpack reads the values of src, which holds l.size bytes.
func (l *structLayout) unpack(src []byte) py.Tuple {
	out := make(py.Tuple, 0, l.items)
	order := l.order()
	for _, f := range l.fields {
		switch f.code {
		case 's':
			out = append(out, py.Bytes(append([]byte{}, src[f.offset:f.offset+f.size]...)))
			continue
		case 'p':
			if f.size == 0 {
				out = append(out, py.Bytes{})
				continue
			}
			n := min(int(src[f.offset]), f.size-1)
			out = append(out, py.Bytes(append([]byte{}, src[f.offset+1:f.offset+1+n]...)))
			continue
		}
		for r := 0; r < f.repeat; r++ {
			at := src[f.offset+r*f.size : f.offset+(r+1)*f.size]
			out = append(out, unpackOne(f.code, at, order))
		}
	}
	return out
}

func unpackOne(code byte, at []byte, order binary.ByteOrder) py.Object {
	var u uint64
	switch len(at) {
	case 1:
		u = uint64(at[0])
	case 2:
		u = uint64(order.Uint16(at))
	case 4:
		u = uint64(order.Uint32(at))
	case 8:
		u = order.Uint64(at)
	}
	switch code {
	case 'c':
		return py.Bytes{at[0]}
	case '?':
		return py.NewBool(at[0] != 0)
	case 'e':
		return py.Float(halfFloat(uint16(u)))
	case 'f':
		return py.Float(float64(math.Float32frombits(uint32(u))))
	case 'd':
		return py.Float(math.Float64frombits(u))
	case 'b', 'h', 'i', 'l', 'q', 'n':
		shift := uint(64 - 8*len(at))
		return py.Int(int64(u<<shift) >> shift)
	}
	if u > math.MaxInt64 {
		return fromBig(new(big.Int).SetUint64(u))
	}
	return py.Int(int64(u))
}

// halfBits is x as an IEEE 754 half-precision float, rounded to nearest
// even as CPython's PyFloat_Pack2 rounds; false when it is too large.
func halfBits(x float64) (uint16, bool) {
	var sign, e, bits uint16
	switch {
	case x == 0:
		if math.Signbit(x) {
			sign = 1
		}
	case math.IsInf(x, 0):
		if x < 0 {
			sign = 1
		}
		e = 0x1f
	case math.IsNaN(x):
		if math.Signbit(x) {
			sign = 1
		}
		e, bits = 0x1f, 512
	default:
		if x < 0 {
			sign, x = 1, -x
		}
		f, exp := math.Frexp(x)
		f *= 2
		exp--
		switch {
		case exp >= 16:
			return 0, false
		case exp < -25:
			f, exp = 0, 0
		case exp < -14:
			f, exp = math.Ldexp(f, 14+exp), 0
		default:
			exp += 15
			f--
		}
		f *= 1024
		b := uint16(f)
		if f-float64(b) > 0.5 || (f-float64(b) == 0.5 && b%2 == 1) {
			b++
			if b == 1024 {
				b = 0
				exp++
				if exp == 31 {
					return 0, false
				}
			}
		}
		e, bits = uint16(exp), b
	}
	return bits | e<<10 | sign<<15, true
}

// halfFloat is the value of an IEEE 754 half-precision float.
func halfFloat(h uint16) float64 {
	sign := h>>15 != 0
	e := int(h>>10) & 0x1f
	f := float64(h & 0x3ff)
	var x float64
	switch {
	case e == 0x1f && f == 0:
		x = math.Inf(1)
	case e == 0x1f:
		x = math.NaN()
	default:
		x = f / 1024
		if e == 0 {
			e = -14
		} else {
			x++
			e -= 15
		}
		x = math.Ldexp(x, e)
	}
	if sign {
		x = -x
	}
	return x
}

// structObject is a compiled format: struct.Struct.
type structObject struct {
	l *structLayout
}

func (s *structObject) Type() *py.Type { return structType }

func (s *structObject) M__repr__() (py.Object, error) { return structRepr(s) }

// structRepr is Struct('<h'), named after the class of self.
func structRepr(self py.Object) (py.Object, error) {
	r, err := reprOf(py.String(selfStruct(self).format))
	if err != nil {
		return nil, err
	}
	return py.String(self.Type().Name + "(" + r + ")"), nil
}

func (s *structObject) M__eq__(other py.Object) (py.Object, error) {
	if o, ok := other.(*structObject); ok {
		return py.NewBool(o == s), nil
	}
	return py.NotImplemented, nil
}

func (s *structObject) M__ne__(other py.Object) (py.Object, error) {
	if o, ok := other.(*structObject); ok {
		return py.NewBool(o != s), nil
	}
	return py.NotImplemented, nil
}

func (s *structObject) M__hash__() (py.Object, error) { return py.Int(objectID(s) >> 4), nil }

func (s *structObject) M__setattr__(name string, value py.Object) (py.Object, error) {
	return nil, py.ExceptionNewf(py.AttributeError, "'_struct.Struct' object has no attribute '%s' and no __dict__ for setting new attributes", name)
}

// structNew makes an empty Struct; __init__ compiles the format, so
// that a subclass's __init__ may choose it.
func structNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	return &structObject{l: &structLayout{native: true}}, nil
}

func structInit(self py.Object, args py.Tuple, kwargs py.StringDict) error {
	l, err := structArgs(args, kwargs)
	if err != nil {
		return err
	}
	if s, ok := unwrap(self).(*structObject); ok {
		s.l = l
	}
	return nil
}

func structArgs(args py.Tuple, kwargs py.StringDict) (*structLayout, error) {
	format, hasKw := kwargs["format"]
	for k := range kwargs {
		if k != "format" {
			return nil, py.ExceptionNewf(py.TypeError, "Struct() got an unexpected keyword argument '%s'", k)
		}
	}
	switch {
	case len(args)+len(kwargs) > 1:
		return nil, py.ExceptionNewf(py.TypeError, "Struct() takes at most 1 argument (%d given)", len(args)+len(kwargs))
	case len(args) == 1:
		format = args[0]
	case !hasKw:
		return nil, py.ExceptionNewf(py.TypeError, "Struct() missing required argument 'format' (pos 1)")
	}
	return compileStruct(format)
}

// selfStruct is the compiled format of a method's self.
func selfStruct(self py.Object) *structLayout {
	if s, ok := unwrap(self).(*structObject); ok {
		return s.l
	}
	if i, ok := self.(*Instance); ok {
		if s, ok := i.base.(*structObject); ok {
			return s.l
		}
	}
	return &structLayout{}
}

// readOnly is an attribute of a Go type that cannot be set, with
// CPython's message.
type readOnly struct {
	name, owner string
	get         func(self py.Object) py.Object
}

var readOnlyType = py.NewType("getset_descriptor", "")

func (a *readOnly) Type() *py.Type { return readOnlyType }

func (a *readOnly) M__get__(instance, owner py.Object) (py.Object, error) {
	if instance == nil || instance == py.None {
		return a, nil
	}
	return a.get(instance), nil
}

func (a *readOnly) M__set__(instance, value py.Object) (py.Object, error) {
	return nil, py.ExceptionNewf(py.AttributeError, "attribute '%s' of '%s' objects is not writable", a.name, a.owner)
}

func (l *structLayout) packArgs(name string, values py.Tuple) (py.Object, error) {
	if len(values) != l.items {
		return nil, structErrorf("%s expected %d items for packing (got %d)", name, l.items, len(values))
	}
	if l.size > maxStructSize {
		return nil, py.ExceptionNewf(py.MemoryError, "")
	}
	out := make([]byte, l.size)
	if err := l.pack(out, values); err != nil {
		return nil, err
	}
	return py.Bytes(out), nil
}

func (l *structLayout) packInto(args py.Tuple) (py.Object, error) {
	if len(args) != l.items+2 {
		switch len(args) {
		case 0:
			return nil, structErrorf("pack_into expected buffer argument")
		case 1:
			return nil, structErrorf("pack_into expected offset argument")
		}
		return nil, structErrorf("pack_into expected %d items for packing (got %d)", l.items, len(args)-2)
	}
	buf, ok := unwrap(args[0]).(*ByteArray)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "argument must be read-write bytes-like object, not %s", typeNameOf(args[0]))
	}
	offset, err := structOffset(args[1])
	if err != nil {
		return nil, err
	}
	n := len(buf.b)
	if offset < 0 {
		if offset+l.size > 0 {
			return nil, structErrorf("no space to pack %d bytes at offset %d", l.size, offset)
		}
		if offset+n < 0 {
			return nil, structErrorf("offset %d out of range for %d-byte buffer", offset, n)
		}
		offset += n
	}
	if n-offset < l.size {
		return nil, structErrorf("pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d (actual buffer size is %d)",
			l.size+offset, l.size, offset, n)
	}
	return py.None, l.pack(buf.b[offset:offset+l.size], args[2:])
}

// structOffset is an offset argument, as PyNumber_AsSsize_t reads it.
func structOffset(o py.Object) (int, error) {
	n, err := toIndex(o)
	if err != nil && py.IsException(py.OverflowError, err) {
		return 0, py.ExceptionNewf(py.IndexError, "cannot fit 'int' into an index-sized integer")
	}
	return n, err
}

func structBuffer(o py.Object) ([]byte, error) {
	if b, ok := structBytes(o); ok {
		return b, nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "a bytes-like object is required, not '%s'", typeNameOf(o))
}

func (l *structLayout) unpackBuffer(buffer py.Object) (py.Object, error) {
	b, err := structBuffer(buffer)
	if err != nil {
		return nil, err
	}
	if len(b) != l.size {
		return nil, structErrorf("unpack requires a buffer of %d bytes", l.size)
	}
	return l.unpack(b), nil
}

func (l *structLayout) unpackFrom(buffer, offsetArg py.Object) (py.Object, error) {
	b, err := structBuffer(buffer)
	if err != nil {
		return nil, err
	}
	offset := 0
	if offsetArg != nil {
		if offset, err = toIndex(offsetArg); err != nil {
			return nil, err
		}
	}
	n := len(b)
	if offset < 0 {
		if offset+l.size > 0 {
			return nil, structErrorf("not enough data to unpack %d bytes at offset %d", l.size, offset)
		}
		if offset+n < 0 {
			return nil, structErrorf("offset %d out of range for %d-byte buffer", offset, n)
		}
		offset += n
	}
	if n-offset < l.size {
		return nil, structErrorf("unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d (actual buffer size is %d)",
			l.size+offset, l.size, offset, n)
	}
	return l.unpack(b[offset : offset+l.size]), nil
}

func (l *structLayout) iterUnpack(buffer py.Object) (py.Object, error) {
	b, err := structBuffer(buffer)
	if err != nil {
		return nil, err
	}
	if l.size == 0 {
		return nil, structErrorf("cannot iteratively unpack with a struct of length 0")
	}
	if len(b)%l.size != 0 {
		return nil, structErrorf("iterative unpacking requires a buffer of a multiple of %d bytes", l.size)
	}
	return &unpackIter{l: l, b: append([]byte{}, b...)}, nil
}

// unpackIter is what iter_unpack returns.
type unpackIter struct {
	l   *structLayout
	b   []byte
	pos int
}

func (it *unpackIter) Type() *py.Type { return unpackIterType }

func (it *unpackIter) M__iter__() (py.Object, error) { return it, nil }

func (it *unpackIter) M__next__() (py.Object, error) {
	if it.pos+it.l.size > len(it.b) {
		return nil, py.StopIteration
	}
	v := it.l.unpack(it.b[it.pos : it.pos+it.l.size])
	it.pos += it.l.size
	return v, nil
}

func (it *unpackIter) M__repr__() (py.Object, error) {
	return py.String("<_struct.unpack_iterator object at " + hexAddr(it) + ">"), nil
}

// unpackFromArgs parses (buffer, offset=0) after the positional
// arguments already taken; pos is where buffer stands for the message.
func unpackFromArgs(args py.Tuple, kwargs py.StringDict, pos int) (buffer, offset py.Object, err error) {
	for k := range kwargs {
		if k != "buffer" && k != "offset" {
			return nil, nil, py.ExceptionNewf(py.TypeError, "unpack_from() got an unexpected keyword argument '%s'", k)
		}
	}
	if len(args)+len(kwargs) > 2 {
		return nil, nil, py.ExceptionNewf(py.TypeError, "unpack_from() takes at most %d arguments (%d given)", pos+1, len(args)+len(kwargs)+pos-1)
	}
	buffer, offset = kwargs["buffer"], kwargs["offset"]
	if len(args) > 0 {
		if buffer != nil {
			return nil, nil, py.ExceptionNewf(py.TypeError, "argument for unpack_from() given by name ('buffer') and position (%d)", pos)
		}
		buffer = args[0]
	}
	if len(args) > 1 {
		if offset != nil {
			return nil, nil, py.ExceptionNewf(py.TypeError, "argument for unpack_from() given by name ('offset') and position (%d)", pos+1)
		}
		offset = args[1]
	}
	if buffer == nil {
		return nil, nil, py.ExceptionNewf(py.TypeError, "unpack_from() missing required argument 'buffer' (pos %d)", pos)
	}
	return buffer, offset, nil
}

func structOneArg(name string, args py.Tuple, kwargs py.StringDict) error {
	if len(kwargs) > 0 {
		return py.ExceptionNewf(py.TypeError, "%s() takes no keyword arguments", name)
	}
	if len(args) != 1 {
		return py.ExceptionNewf(py.TypeError, "%s() takes exactly one argument (%d given)", name, len(args))
	}
	return nil
}

func addStructMethods() {
	d := structType.Dict
	d["__repr__"] = py.MustNewMethod("__repr__", func(self py.Object) (py.Object, error) {
		return structRepr(self)
	}, 0, "The printable form of the Struct.")
	d["__init__"] = py.MustNewMethod("__init__", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return py.None, structInit(self, args, kwargs)
	}, 0, "Set up the Struct for its format.")
	d["format"] = &readOnly{name: "format", owner: "_struct.Struct", get: func(self py.Object) py.Object { return py.String(selfStruct(self).format) }}
	d["size"] = &readOnly{name: "size", owner: "_struct.Struct", get: func(self py.Object) py.Object { return py.Int(selfStruct(self).size) }}
	d["pack"] = py.MustNewMethod("pack", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(kwargs) > 0 {
			return nil, py.ExceptionNewf(py.TypeError, "pack() takes no keyword arguments")
		}
		return selfStruct(self).packArgs("pack", args)
	}, 0, "pack(*values) -> bytes\n\nThe values laid out as bytes by S.format; one value per format item.")
	d["pack_into"] = py.MustNewMethod("pack_into", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(kwargs) > 0 {
			return nil, py.ExceptionNewf(py.TypeError, "pack_into() takes no keyword arguments")
		}
		return selfStruct(self).packInto(args)
	}, 0, "pack_into(buffer, offset, *values)\n\nLike pack, but stores the bytes in buffer (writable) at offset, which\nmust be given; a negative offset counts from the end.")
	d["unpack"] = py.MustNewMethod("unpack", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := structOneArg("unpack", args, kwargs); err != nil {
			return nil, err
		}
		return selfStruct(self).unpackBuffer(args[0])
	}, 0, "unpack($self, buffer, /)\n--\n\nThe values stored in buffer, as a tuple; len(buffer) must be self.size.")
	d["unpack_from"] = py.MustNewMethod("unpack_from", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		buffer, offset, err := unpackFromArgs(args, kwargs, 1)
		if err != nil {
			return nil, err
		}
		return selfStruct(self).unpackFrom(buffer, offset)
	}, 0, "unpack_from($self, /, buffer, offset=0)\n--\n\nThe values stored in buffer from offset on, as a tuple; buffer may go on past them.")
	d["iter_unpack"] = py.MustNewMethod("iter_unpack", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := structOneArg("iter_unpack", args, kwargs); err != nil {
			return nil, err
		}
		return selfStruct(self).iterUnpack(args[0])
	}, 0, "iter_unpack($self, buffer, /)\n--\n\nAn iterator over the tuples unpacked from successive self.size-byte pieces of buffer.")
	unpackIterType.Dict["__length_hint__"] = py.MustNewMethod("__length_hint__", func(self py.Object) (py.Object, error) {
		it := self.(*unpackIter)
		return py.Int((len(it.b) - it.pos) / it.l.size), nil
	}, 0, "How many tuples are left.")
}

func setupStruct(c *Context, m *py.Module) error {
	g := m.Globals
	g["error"] = structError
	g["Struct"] = structType
	g["__all__"] = py.NewListFromItems([]py.Object{py.String("calcsize"), py.String("pack"), py.String("pack_into"),
		py.String("unpack"), py.String("unpack_from"), py.String("iter_unpack"), py.String("Struct"), py.String("error")})
	fn := func(name, doc string, f func(args py.Tuple, kwargs py.StringDict) (py.Object, error)) {
		g[name] = py.MustNewMethod(name, func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			return f(args, kwargs)
		}, 0, doc)
	}
	fn("calcsize", "calcsize($module, format, /)\n--\n\nThe number of bytes that format packs into.",
		func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if err := noKw("calcsize", kwargs); err != nil {
				return nil, err
			}
			if len(args) != 1 {
				return nil, py.ExceptionNewf(py.TypeError, "_struct.calcsize() takes exactly one argument (%d given)", len(args))
			}
			l, err := compileStruct(args[0])
			if err != nil {
				return nil, err
			}
			return py.Int(l.size), nil
		})
	fn("pack", "pack(format, *values) -> bytes\n\nThe values laid out as bytes by format; one value per format item.",
		func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if err := noKw("pack", kwargs); err != nil {
				return nil, err
			}
			if len(args) == 0 {
				return nil, py.ExceptionNewf(py.TypeError, "missing format argument")
			}
			l, err := compileStruct(args[0])
			if err != nil {
				return nil, err
			}
			return l.packArgs("pack", args[1:])
		})
	fn("pack_into", "pack_into(format, buffer, offset, *values)\n\nLike pack, but stores the bytes in buffer (writable) at offset, which\nmust be given; a negative offset counts from the end.",
		func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if err := noKw("pack_into", kwargs); err != nil {
				return nil, err
			}
			if len(args) == 0 {
				return nil, py.ExceptionNewf(py.TypeError, "missing format argument")
			}
			l, err := compileStruct(args[0])
			if err != nil {
				return nil, err
			}
			return l.packInto(args[1:])
		})
	fn("unpack", "unpack($module, format, buffer, /)\n--\n\nRead buffer, exactly calcsize(format) bytes long, back into a tuple of values.",
		formatAndBuffer("unpack", (*structLayout).unpackBuffer))
	fn("unpack_from", "unpack_from($module, format, /, buffer, offset=0)\n--\n\nLike unpack, but reads from offset on and allows bytes left over.",
		func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if len(args) == 0 {
				if _, ok := kwargs["format"]; ok {
					return nil, py.ExceptionNewf(py.TypeError, "unpack_from() got some positional-only arguments passed as keyword arguments: 'format'")
				}
				return nil, py.ExceptionNewf(py.TypeError, "unpack_from() missing required argument 'format' (pos 1)")
			}
			buffer, offset, err := unpackFromArgs(args[1:], kwargs, 2)
			if err != nil {
				return nil, err
			}
			l, err := compileStruct(args[0])
			if err != nil {
				return nil, err
			}
			return l.unpackFrom(buffer, offset)
		})
	fn("iter_unpack", "iter_unpack($module, format, buffer, /)\n--\n\nUnpack buffer one calcsize(format) chunk at a time, lazily.",
		formatAndBuffer("iter_unpack", (*structLayout).iterUnpack))
	fn("_clearcache", "_clearcache($module, /)\n--\n\nClear the internal cache.", func(py.Tuple, py.StringDict) (py.Object, error) {
		return py.None, nil
	})
	return nil
}

// formatAndBuffer is a module function of a format and a buffer, both
// positional, that runs the compiled format on the buffer.
func formatAndBuffer(name string, run func(l *structLayout, buffer py.Object) (py.Object, error)) func(py.Tuple, py.StringDict) (py.Object, error) {
	return func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := noKw(name, kwargs); err != nil {
			return nil, err
		}
		if len(args) != 2 {
			return nil, py.ExceptionNewf(py.TypeError, "%s expected 2 arguments, got %d", name, len(args))
		}
		l, err := compileStruct(args[0])
		if err != nil {
			return nil, err
		}
		return run(l, args[1])
	}
}

// noKw refuses keyword arguments to a positional-only function.
func noKw(name string, kwargs py.StringDict) error {
	if len(kwargs) > 0 {
		return py.ExceptionNewf(py.TypeError, "%s() takes no keyword arguments", name)
	}
	return nil
}
