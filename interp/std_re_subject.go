package interp

import (
	"sort"
	"sync"
	"unicode/utf8"
	"unsafe"

	"github.com/go-python/gpython/py"
)

// The text a pattern searches, and the conversion between the character
// positions of Python and the byte offsets of Go. Scripts often search
// one long string many times from successive positions (a tokenizer's
// pattern.match(text, pos)), so what a string needs for the conversion
// (whether it is ASCII, the offset of every 32nd character, the Latin-1
// text of bytes) is kept for the last few long strings searched.

// reSubject is a string being searched.
type reSubject struct {
	obj     py.Object // the string as given
	s       string    // the text searched (bytes as one rune per byte)
	raw     []byte    // the bytes, for a bytes subject
	isBytes bool
	idx     *runeIndex
}

// runeIndex converts positions in s.
type runeIndex struct {
	ascii bool
	n     int   // characters
	marks []int // byte offset of character k*indexStep

	runesOnce sync.Once
	runes     []rune // the characters, for the backtracking engine
}

// runes is the text as characters (bytes as one rune per byte).
func (t *reSubject) runes() []rune {
	t.idx.runesOnce.Do(func() { t.idx.runes = []rune(t.s) })
	return t.idx.runes
}

const indexStep = 32

func newRuneIndex(s string) *runeIndex {
	x := &runeIndex{ascii: true}
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			x.ascii = false
			break
		}
	}
	if x.ascii {
		x.n = len(s)
		return x
	}
	c := 0
	for i := range s {
		if c%indexStep == 0 {
			x.marks = append(x.marks, i)
		}
		c++
	}
	x.n = c
	return x
}

// chars is the length in characters.
func (t *reSubject) chars() int { return t.idx.n }

// byteOf is the byte offset of character ci.
func (t *reSubject) byteOf(ci int) int {
	x := t.idx
	if x.ascii || ci < 0 {
		return ci
	}
	if ci >= x.n {
		return len(t.s)
	}
	k := ci / indexStep
	b := x.marks[k]
	for i := k * indexStep; i < ci; i++ {
		_, size := utf8.DecodeRuneInString(t.s[b:])
		b += size
	}
	return b
}

// charOf is the character index at byte offset bi.
func (t *reSubject) charOf(bi int) int {
	x := t.idx
	if x.ascii || bi < 0 {
		return bi
	}
	k := sort.SearchInts(x.marks, bi+1) - 1
	return k*indexStep + utf8.RuneCountInString(t.s[x.marks[k]:bi])
}

// slice is the text between byte offsets, as a str or bytes object.
func (t *reSubject) slice(b0, b1 int) py.Object {
	if t.isBytes {
		return py.Bytes(append([]byte(nil), t.raw[t.charOf(b0):t.charOf(b1)]...))
	}
	return py.String(t.s[b0:b1])
}

// subject checks that o can be searched by p and prepares it.
func (p *rePattern) subject(o py.Object) (*reSubject, error) {
	obj := o
	if inst, isInst := o.(*Instance); isInst && inst.base != nil {
		o = inst.base
	}
	t := &reSubject{obj: obj}
	switch v := o.(type) {
	case py.String:
		t.s = string(v)
	case py.Bytes:
		t.raw, t.isBytes = v, true
	default:
		return nil, py.ExceptionNewf(py.TypeError, "expected string or bytes-like object, got '%s'", o.Type().Name)
	}
	if t.isBytes != p.isBytes {
		if p.isBytes {
			return nil, py.ExceptionNewf(py.TypeError, "cannot use a bytes pattern on a string-like object")
		}
		return nil, py.ExceptionNewf(py.TypeError, "cannot use a string pattern on a bytes-like object")
	}
	t.prepare()
	return t, nil
}

// Long texts prepared lately, looked up by the address and length of
// their data. An entry holds the text it describes, so that no other
// text can take that address while the entry lives.
const (
	subjectCacheMin  = 256
	subjectCacheSize = 8
)

type subjectEntry struct {
	keep    any // the string or bytes
	isBytes bool
	s       string
	idx     *runeIndex
}

var subjectCache struct {
	sync.Mutex
	m     map[subjectKey]*subjectEntry
	order []subjectKey
}

type subjectKey struct {
	data    uintptr
	n       int
	isBytes bool
}

// prepare fills t.s (for bytes) and t.idx.
func (t *reSubject) prepare() {
	n := len(t.s)
	var key subjectKey
	if t.isBytes {
		n = len(t.raw)
		if n > 0 {
			key = subjectKey{uintptr(unsafe.Pointer(unsafe.SliceData(t.raw))), n, true}
		}
	} else if n > 0 {
		key = subjectKey{uintptr(unsafe.Pointer(unsafe.StringData(t.s))), n, false}
	}
	if n < subjectCacheMin {
		t.fill()
		return
	}
	subjectCache.Lock()
	e, ok := subjectCache.m[key]
	subjectCache.Unlock()
	if ok {
		t.s, t.idx = e.s, e.idx
		return
	}
	t.fill()
	e = &subjectEntry{isBytes: t.isBytes, s: t.s, idx: t.idx}
	if t.isBytes {
		e.keep = t.raw
	} else {
		e.keep = t.s
	}
	subjectCache.Lock()
	if subjectCache.m == nil {
		subjectCache.m = map[subjectKey]*subjectEntry{}
	}
	if _, ok := subjectCache.m[key]; !ok {
		if len(subjectCache.order) >= subjectCacheSize {
			delete(subjectCache.m, subjectCache.order[0])
			subjectCache.order = subjectCache.order[1:]
		}
		subjectCache.order = append(subjectCache.order, key)
		subjectCache.m[key] = e
	}
	subjectCache.Unlock()
}

// fill computes the Latin-1 text of bytes and the index.
func (t *reSubject) fill() {
	if t.isBytes {
		t.s = latin1(t.raw)
	}
	t.idx = newRuneIndex(t.s)
}

// latin1 maps each byte to the rune of the same value.
func latin1(b []byte) string {
	ascii := true
	for _, c := range b {
		if c >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return string(b)
	}
	r := make([]rune, len(b))
	for i, c := range b {
		r[i] = rune(c)
	}
	return string(r)
}
