package interp

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// A struct sequence is what CPython calls the named tuples of its C
// modules (os.stat_result, os.terminal_size, sys.version_info): a tuple of
// its visible fields, each also an attribute, with more attributes that
// are not part of the tuple (st_atime as a float, st_blksize...).

type structSeqType struct {
	typ     *py.Type
	name    string   // the name repr shows, os.stat_result
	fields  []string // the visible fields, in tuple order
	visible int
}

type structSeq struct {
	st     *structSeqType
	values []py.Object          // the visible fields
	extra  map[string]py.Object // the other attributes
}

func (s *structSeq) Type() *py.Type { return s.st.typ }

// newStructSeqType makes a struct sequence type; typeName is the type's
// __name__, reprName what its repr starts with.
func newStructSeqType(typeName, reprName, doc string, fields []string, extra []string) *structSeqType {
	st := &structSeqType{typ: py.NewType(typeName, doc), name: reprName, fields: fields, visible: len(fields)}
	for i, f := range fields {
		i := i
		st.typ.Dict[f] = &py.Property{Fget: func(o py.Object) (py.Object, error) { return o.(*structSeq).values[i], nil }}
	}
	for _, f := range extra {
		f := f
		st.typ.Dict[f] = &py.Property{Fget: func(o py.Object) (py.Object, error) {
			if v, ok := o.(*structSeq).extra[f]; ok {
				return v, nil
			}
			return py.None, nil
		}}
	}
	st.typ.Dict["n_fields"] = py.Int(len(fields) + len(extra))
	st.typ.Dict["n_sequence_fields"] = py.Int(len(fields))
	st.typ.Dict["_fields"] = stringTuple(fields)
	return st
}

func stringTuple(items []string) py.Tuple {
	t := make(py.Tuple, len(items))
	for i, s := range items {
		t[i] = py.String(s)
	}
	return t
}

func (st *structSeqType) make(values []py.Object, extra map[string]py.Object) *structSeq {
	return &structSeq{st: st, values: values, extra: extra}
}

func (s *structSeq) tuple() py.Tuple { return py.Tuple(append([]py.Object(nil), s.values...)) }

// asTuple is o as a tuple when it is a struct sequence.
func asTuple(o py.Object) py.Object {
	if s, ok := o.(*structSeq); ok {
		return s.tuple()
	}
	return o
}

func (s *structSeq) M__repr__() (py.Object, error) {
	var b strings.Builder
	b.WriteString(s.st.name + "(")
	for i, f := range s.st.fields {
		if i > 0 {
			b.WriteString(", ")
		}
		r, err := reprOf(s.values[i])
		if err != nil {
			return nil, err
		}
		b.WriteString(f + "=" + r)
	}
	b.WriteString(")")
	return py.String(b.String()), nil
}

func (s *structSeq) M__str__() (py.Object, error) { return s.M__repr__() }
func (s *structSeq) M__len__() (py.Object, error) { return py.Int(len(s.values)), nil }
func (s *structSeq) M__getitem__(key py.Object) (py.Object, error) {
	return py.GetItem(s.tuple(), key)
}
func (s *structSeq) M__iter__() (py.Object, error) { return py.Iter(s.tuple()) }
func (s *structSeq) M__contains__(item py.Object) (py.Object, error) {
	found, err := py.SequenceContains(s.tuple(), item)
	return py.NewBool(found), err
}
func (s *structSeq) M__eq__(o py.Object) (py.Object, error) {
	return py.Eq(s.tuple(), asTuple(o))
}
func (s *structSeq) M__ne__(o py.Object) (py.Object, error) {
	return py.Ne(s.tuple(), asTuple(o))
}
func (s *structSeq) M__lt__(o py.Object) (py.Object, error) {
	return order("<", s.tuple(), asTuple(o))
}
func (s *structSeq) M__le__(o py.Object) (py.Object, error) {
	return order("<=", s.tuple(), asTuple(o))
}
func (s *structSeq) M__gt__(o py.Object) (py.Object, error) {
	return order(">", s.tuple(), asTuple(o))
}
func (s *structSeq) M__ge__(o py.Object) (py.Object, error) {
	return order(">=", s.tuple(), asTuple(o))
}
