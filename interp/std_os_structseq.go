package interp

import (
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/spython/spython/interp/pyobj"
)

// A struct sequence is what CPython calls the named tuples of its C
// modules (os.stat_result, os.terminal_size, sys.version_info): a tuple of
// its visible fields, each also an attribute, with more attributes that
// are not part of the tuple (st_atime as a float, st_blksize...).

type structSeqType struct {
	typ     *py.Type
	name    string   // the name repr shows, os.stat_result
	fields  []string // the visible fields, in tuple order
	extra   []string // the other attributes, in the order a sequence fills them
	visible int
	// fill completes a struct sequence a script made, when set.
	fill func(*structSeq)
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
	st := &structSeqType{typ: py.NewType(typeName, doc), name: reprName, fields: fields, extra: extra, visible: len(fields)}
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
	st.setCounts(0)
	st.typ.Dict["_fields"] = stringTuple(fields)
	st.typ.New = func(*py.Type, py.Tuple, py.StringDict) (py.Object, error) {
		return nil, py.ExceptionNewf(py.TypeError, "cannot create '%s' instances", reprName)
	}
	if module, _, ok := strings.Cut(reprName, "."); ok {
		st.typ.Dict["__module__"] = py.String(module)
	}
	return st
}

// setCounts sets the type's n_fields, n_sequence_fields and
// n_unnamed_fields.
func (st *structSeqType) setCounts(unnamed int) {
	st.typ.Dict["n_fields"] = py.Int(len(st.fields) + len(st.extra))
	st.typ.Dict["n_sequence_fields"] = py.Int(len(st.fields))
	st.typ.Dict["n_unnamed_fields"] = py.Int(unnamed)
	st.typ.Dict["__match_args__"] = stringTuple(st.fields[:len(st.fields)-unnamed])
}

// allowNew lets scripts make the type, as CPython's struct sequences
// allow: from a sequence of the tuple's fields, optionally followed by
// the other attributes in order, and a dict of the attributes the
// sequence leaves out.
func (st *structSeqType) allowNew() {
	st.typ.New = func(_ *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var seq, dict py.Object = nil, py.None
		if len(args) > 2 {
			return nil, py.ExceptionNewf(py.TypeError, "structseq() takes at most 2 arguments (%d given)", len(args))
		}
		if len(args) > 0 {
			seq = args[0]
		}
		if len(args) > 1 {
			dict = args[1]
		}
		for k, v := range kwargs {
			switch {
			case k == "sequence" && len(args) == 0:
				seq = v
			case k == "dict" && len(args) < 2:
				dict = v
			case seq == nil:
			default:
				return nil, py.ExceptionNewf(py.TypeError, "structseq() got an unexpected keyword argument '%s'", k)
			}
		}
		if seq == nil {
			return nil, py.ExceptionNewf(py.TypeError, "structseq() missing required argument 'sequence' (pos 1)")
		}
		if !isIterable(seq) {
			return nil, py.ExceptionNewf(py.TypeError, "constructor requires a sequence")
		}
		items, err := iterItems(seq)
		if err != nil {
			return nil, err
		}
		least, most := len(st.fields), len(st.fields)+len(st.extra)
		switch {
		case least == most && len(items) != least:
			return nil, py.ExceptionNewf(py.TypeError, "%s() takes a %d-sequence (%d-sequence given)", st.name, least, len(items))
		case len(items) < least:
			return nil, py.ExceptionNewf(py.TypeError, "%s() takes an at least %d-sequence (%d-sequence given)", st.name, least, len(items))
		case len(items) > most:
			return nil, py.ExceptionNewf(py.TypeError, "%s() takes an at most %d-sequence (%d-sequence given)", st.name, most, len(items))
		}
		d, isDict := dict.(*pyobj.Dict)
		if dict != py.None && !isDict {
			return nil, py.ExceptionNewf(py.TypeError, "%s() takes a dict as second arg, if any", st.name)
		}
		s := st.make(items[:least], map[string]py.Object{})
		used := 0
		for i, name := range st.extra {
			if least+i < len(items) {
				s.extra[name] = items[least+i]
				continue
			}
			if d == nil {
				continue
			}
			v, ok, err := d.Get(py.String(name))
			if err != nil {
				return nil, err
			}
			if ok {
				s.extra[name] = v
				used++
			}
		}
		if d != nil && d.Len() > used {
			return nil, py.ExceptionNewf(py.TypeError, "%s() got duplicate or unexpected field name(s)", st.name)
		}
		if st.fill != nil {
			st.fill(s)
		}
		return s, nil
	}
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
