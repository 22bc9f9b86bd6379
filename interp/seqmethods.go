package interp

import (
	"fmt"
	"math/big"
	"slices"
	"sort"

	"github.com/go-python/gpython/py"
)

// The methods spython adds to the built-in types are method descriptors,
// as in CPython: read from an instance they are bound methods, read from
// the type they are plain functions taking the instance first, so
// `str.lower('ABC')` and `sorted(xs, key=str.lower)` work. (A *py.Method
// read from its type ignores the first argument's role and fails.)

// methodDescriptorType is the type of spython's method descriptors.
var methodDescriptorType = py.NewType("method_descriptor", "A method of a built-in type.")

// Binding kinds of a method descriptor.
const (
	bindInstance = iota // an ordinary method: self is the instance
	bindClass           // a class method: self is the type
	bindStatic          // a static method: no self
)

// methodFunc implements a method: self and the parsed arguments, one per
// parameter of its signature (nil where not given).
type methodFunc func(self py.Object, args []py.Object) (py.Object, error)

// methodDescriptor is one method of a built-in type.
type methodDescriptor struct {
	sig     signature
	owner   *py.Type
	accepts func(py.Object) bool // the instances the method applies to
	kind    int
	fn      methodFunc
	bound   *py.Method // the same method, called with self by a bound method
}

// Type returns the type of method descriptors.
func (d *methodDescriptor) Type() *py.Type { return methodDescriptorType }

// M__repr__ is the descriptor's repr().
func (d *methodDescriptor) M__repr__() (py.Object, error) {
	return py.String(d.reprText()), nil
}

// reprText writes the descriptor as CPython does.
func (d *methodDescriptor) reprText() string {
	if d.kind == bindInstance {
		return fmt.Sprintf("<method '%s' of '%s' objects>", d.sig.name, d.owner.Name)
	}
	return fmt.Sprintf("<built-in method %s of type object at %p>", d.sig.name, d.owner)
}

// M__get__ binds the method to the instance it is read from.
func (d *methodDescriptor) M__get__(instance, owner py.Object) (py.Object, error) {
	switch {
	case d.kind == bindStatic:
		return d, nil
	case d.kind == bindClass:
		return py.NewBoundMethod(d.owner, d.bound), nil
	case instance == py.None:
		return d, nil
	}
	return &boundDescriptor{d: d, self: instance}, nil
}

// boundDescriptor is a method of a built-in type read from a value: the
// value and the method, called directly.
type boundDescriptor struct {
	d    *methodDescriptor
	self py.Object
}

func init() {
	// gpython's names for its method types; CPython's are these.
	py.BoundMethodType.Name = "method"
	py.MethodType.Name = "builtin_function_or_method"
}

var boundDescriptorType = py.NewType("builtin_function_or_method", "A method of a built-in value, bound to it.")

// Type returns the type of bound built-in methods.
func (b *boundDescriptor) Type() *py.Type { return boundDescriptorType }

// M__call__ calls the method with its value.
func (b *boundDescriptor) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	return b.d.call(b.self, args, kwargs)
}

// M__repr__ is <built-in method NAME of TYPE object at ...>.
func (b *boundDescriptor) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<built-in method %s of %s object at %p>", b.d.sig.name, b.self.Type().Name, b)), nil
}

// M__eq__ compares bound methods by method and value.
func (b *boundDescriptor) M__eq__(other py.Object) (py.Object, error) {
	o, ok := other.(*boundDescriptor)
	return py.NewBool(ok && o.d == b.d && identical(o.self, b.self)), nil
}

func init() {
	boundDescriptorType.Dict["__self__"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		return self.(*boundDescriptor).self, nil
	}}
	boundDescriptorType.Dict["__name__"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		return py.String(self.(*boundDescriptor).d.sig.name), nil
	}}
}

// M__call__ calls the method read from its type: the instance comes first.
func (d *methodDescriptor) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	switch d.kind {
	case bindStatic:
		return d.call(nil, args, kwargs)
	case bindClass:
		return d.call(d.owner, args, kwargs)
	}
	if len(args) == 0 {
		return nil, py.ExceptionNewf(py.TypeError, "unbound method %s.%s() needs an argument", d.owner.Name, d.sig.name)
	}
	if !d.accepts(args[0]) {
		return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
			d.sig.name, d.owner.Name, args[0].Type().Name)
	}
	return d.call(args[0], args[1:], kwargs)
}

func (d *methodDescriptor) call(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	return d.callIn(self, args, kwargs, nil)
}

// callIn is call with room for the parsed parameters (see parseInto).
func (d *methodDescriptor) callIn(self py.Object, args py.Tuple, kwargs py.StringDict, room []py.Object) (py.Object, error) {
	parsed, err := d.sig.parseInto(args, kwargs, room)
	if err != nil {
		return nil, err
	}
	if d.kind == bindInstance {
		self = unwrap(self) // an instance of a subclass: the value it holds
	}
	return d.fn(self, parsed)
}

// defMethod adds a method to t's dict; it applies to instances of t and of
// its subclasses.
//
// fn may be given the arguments where they are on the evaluation stack:
// it must not keep the slice a, only the values in it.
func defMethod(t *py.Type, kind int, sig signature, fn methodFunc) *methodDescriptor {
	sig.owner = t.Name
	d := &methodDescriptor{sig: sig, owner: t, kind: kind, fn: fn,
		accepts: func(o py.Object) bool { return o.Type().IsSubtype(t) }}
	d.bound = py.MustNewMethod(sig.name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return d.call(self, args, kwargs)
	}, 0, sig.name)
	t.Dict[sig.name] = d
	return d
}

// Argument-handling styles, each with CPython's messages for it.
const (
	styleClinic    = iota // keywords accepted: "f() takes at most 2 arguments (3 given)"
	styleVarargs          // positional only: "f expected at least 1 argument, got 0"
	stylePosOnly          // positional only, with the clinic's messages
	styleMethO            // exactly one positional argument
	styleClinicPos        // keywords accepted, the required ones positional
	styleDunder           // a slot's wrapper: exactly one argument
)

// signature describes the parameters of a method.
type signature struct {
	name   string   // the method's name
	owner  string   // the type's name, set by defMethod
	params []string // the parameters' names
	min    int      // how many are required
	style  int
	kwOnly bool // every parameter is keyword-only
	posMax int  // when not 0, the parameters after the first posMax are keyword-only
}

// sig is a signature with the clinic's style.
func sig(name string, min int, params ...string) signature {
	return signature{name: name, params: params, min: min}
}

// dunder is the signature of a binary special method.
func dunder(name string) signature {
	return signature{name: name, params: []string{"value"}, min: 1, style: styleDunder}
}

// varargs is a signature whose parameters are positional only.
func varargs(name string, min int, params ...string) signature {
	return signature{name: name, params: params, min: min, style: styleVarargs}
}

// parse matches args and kwargs with the parameters.
func (s signature) parse(args py.Tuple, kwargs py.StringDict) ([]py.Object, error) {
	return s.parseInto(args, kwargs, nil)
}

// parseInto is parse writing the parameters into room when it has the
// capacity for them, else into a new slice.
func (s signature) parseInto(args py.Tuple, kwargs py.StringDict, room []py.Object) ([]py.Object, error) {
	max := len(s.params)
	if max > 0 && len(args) == max && len(kwargs) == 0 && !s.kwOnly && (s.posMax == 0 || s.posMax >= max) {
		return args, nil // every parameter given by position: the arguments as they are
	}
	var out []py.Object
	if cap(room) >= max {
		out = room[:max]
		clear(out)
	} else {
		out = make([]py.Object, max)
	}
	if max == 0 {
		if len(kwargs) > 0 {
			return nil, py.ExceptionNewf(py.TypeError, "%s.%s() takes no keyword arguments", s.owner, s.name)
		}
		if len(args) > 0 {
			return nil, py.ExceptionNewf(py.TypeError, "%s.%s() takes no arguments (%d given)", s.owner, s.name, len(args))
		}
		return out, nil
	}
	if s.style == styleDunder && (len(args) != 1 || len(kwargs) > 0) {
		return nil, py.ExceptionNewf(py.TypeError, "expected 1 argument, got %d", len(args))
	}
	if s.style == styleMethO && (len(args) != 1 || len(kwargs) > 0) {
		if len(kwargs) > 0 {
			return nil, py.ExceptionNewf(py.TypeError, "%s.%s() takes no keyword arguments", s.owner, s.name)
		}
		return nil, py.ExceptionNewf(py.TypeError, "%s.%s() takes exactly one argument (%d given)", s.owner, s.name, len(args))
	}
	if s.kwOnly && len(args) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "%s() takes no positional arguments", s.name)
	}
	if s.posMax > 0 && len(args) > s.posMax {
		return nil, py.ExceptionNewf(py.TypeError, "%s() takes at most %d positional argument%s (%d given)", s.name, s.posMax, plural(s.posMax), len(args))
	}
	if s.style != styleClinic && s.style != styleClinicPos && len(kwargs) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "%s.%s() takes no keyword arguments", s.owner, s.name)
	}
	if len(args) > max {
		if s.style == styleVarargs {
			if s.min == max {
				return nil, py.ExceptionNewf(py.TypeError, "%s expected %d argument%s, got %d", s.name, max, plural(max), len(args))
			}
			return nil, py.ExceptionNewf(py.TypeError, "%s expected at most %d argument%s, got %d", s.name, max, plural(max), len(args))
		}
		if s.min == max {
			return nil, py.ExceptionNewf(py.TypeError, "%s() takes exactly %s (%d given)", s.name, argCount(max), len(args))
		}
		return nil, py.ExceptionNewf(py.TypeError, "%s() takes at most %s (%d given)", s.name, argCount(max), len(args))
	}
	copy(out, args)
	for k, v := range kwargs {
		i := indexOf(s.params, k)
		if i < 0 {
			return nil, py.ExceptionNewf(py.TypeError, "%s() got an unexpected keyword argument '%s'", s.name, k)
		}
		if out[i] != nil {
			return nil, py.ExceptionNewf(py.TypeError, "argument for %s() given by name ('%s') and position (%d)", s.name, k, i+1)
		}
		out[i] = v
	}
	for i := 0; i < s.min; i++ {
		if out[i] != nil {
			continue
		}
		switch {
		case s.style == styleVarargs && s.min == max:
			return nil, py.ExceptionNewf(py.TypeError, "%s expected %d argument%s, got %d", s.name, max, plural(max), len(args))
		case s.style == styleVarargs:
			return nil, py.ExceptionNewf(py.TypeError, "%s expected at least %d argument%s, got %d", s.name, s.min, plural(s.min), len(args))
		case s.style == stylePosOnly && s.min == max:
			return nil, py.ExceptionNewf(py.TypeError, "%s() takes exactly %s (%d given)", s.name, argCount(max), len(args))
		case s.style == stylePosOnly || s.style == styleClinicPos:
			return nil, py.ExceptionNewf(py.TypeError, "%s() takes at least %d positional argument%s (%d given)", s.name, s.min, plural(s.min), len(args))
		}
		return nil, py.ExceptionNewf(py.TypeError, "%s() missing required argument '%s' (pos %d)", s.name, s.params[i], i+1)
	}
	return out, nil
}

func argCount(n int) string {
	return fmt.Sprintf("%d argument%s", n, plural(n))
}

// toIndex converts an integer argument (int, bool or an object with
// __index__) to a Go int, with CPython's messages.
func toIndex(o py.Object) (int, error) {
	switch v := o.(type) {
	case py.Int:
		return int(v), nil
	case py.Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	case *py.BigInt:
		return 0, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C ssize_t")
	case py.I__index__:
		n, err := v.M__index__()
		return int(n), err
	}
	if res, ok, err := py.TypeCall0(o, "__index__"); ok {
		if err != nil {
			return 0, err
		}
		return toIndex(res)
	}
	return 0, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", o.Type().Name)
}

// bigOf returns an int, bool or big int as a *big.Int.
func bigOf(o py.Object) (*big.Int, bool) {
	switch v := o.(type) {
	case py.Int:
		return big.NewInt(int64(v)), true
	case py.Bool:
		if v {
			return big.NewInt(1), true
		}
		return big.NewInt(0), true
	case *py.BigInt:
		return new(big.Int).Set((*big.Int)(v)), true
	}
	return nil, false
}

// intFromBig returns n as a py.Int when it fits, else as a *py.BigInt.
func intFromBig(n *big.Int) py.Object {
	if n.IsInt64() {
		return py.Int(n.Int64())
	}
	return (*py.BigInt)(n)
}

// sliceIndex is an optional start or end argument: None or absent is def.
func sliceIndex(o py.Object, def int) (int, error) {
	if o == nil || o == py.None {
		return def, nil
	}
	n, err := toIndex(o)
	if err != nil {
		if py.IsException(py.TypeError, err) {
			return 0, py.ExceptionNewf(py.TypeError, "slice indices must be integers or None or have an __index__ method")
		}
		return 0, err
	}
	return n, nil
}

// clampRange turns start and end arguments into a range of [0, n] as
// slicing does; ok is false when start is beyond n.
func clampRange(startArg, endArg py.Object, n int) (start, end int, ok bool, err error) {
	if start, err = sliceIndex(startArg, 0); err != nil {
		return 0, 0, false, err
	}
	if end, err = sliceIndex(endArg, n); err != nil {
		return 0, 0, false, err
	}
	if end > n {
		end = n
	} else if end < 0 {
		end = max(end+n, 0)
	}
	if start < 0 {
		start = max(start+n, 0)
	}
	return start, end, start <= n, nil
}

// addSeqMethods gives list and tuple CPython's methods.
func addSeqMethods() {
	addListMethods()
	addTupleMethods()
	for _, t := range []*py.Type{py.ListType, py.TupleType} {
		// `in` already works; the method is there for hasattr and
		// explicit calls.
		defMethod(t, bindInstance, methO("__contains__"), func(o py.Object, a []py.Object) (py.Object, error) {
			in, err := contains(o, a[0])
			return py.NewBool(in), err
		})
	}
}

func addListMethods() {
	t := py.ListType
	self := func(o py.Object) *py.List { return o.(*py.List) }
	defMethod(t, bindInstance, methO("append"), func(o py.Object, a []py.Object) (py.Object, error) {
		self(o).Append(a[0])
		return py.None, nil
	})
	defMethod(t, bindInstance, methO("extend"), func(o py.Object, a []py.Object) (py.Object, error) {
		items, err := iterItems(a[0])
		if err != nil {
			return nil, err
		}
		l := self(o)
		l.Items = append(l.Items, items...)
		return py.None, nil
	})
	defMethod(t, bindInstance, varargs("insert", 2, "index", "object"), func(o py.Object, a []py.Object) (py.Object, error) {
		i, err := toIndex(a[0])
		if err != nil {
			return nil, err
		}
		l := self(o)
		n := len(l.Items)
		if i < 0 {
			i = max(i+n, 0)
		}
		i = min(i, n)
		l.Items = append(l.Items, nil)
		copy(l.Items[i+1:], l.Items[i:])
		l.Items[i] = a[1]
		return py.None, nil
	})
	defMethod(t, bindInstance, varargs("pop", 0, "index"), func(o py.Object, a []py.Object) (py.Object, error) {
		l := self(o)
		i := len(l.Items) - 1
		if a[0] != nil {
			var err error
			if i, err = toIndex(a[0]); err != nil {
				return nil, err
			}
		}
		if len(l.Items) == 0 {
			return nil, py.ExceptionNewf(py.IndexError, "pop from empty list")
		}
		if i < 0 {
			i += len(l.Items)
		}
		if i < 0 || i >= len(l.Items) {
			return nil, py.ExceptionNewf(py.IndexError, "pop index out of range")
		}
		item := l.Items[i]
		l.Items = append(l.Items[:i], l.Items[i+1:]...)
		return item, nil
	})
	defMethod(t, bindInstance, methO("remove"), func(o py.Object, a []py.Object) (py.Object, error) {
		l := self(o)
		i, err := findItem(l.Items, a[0], 0, len(l.Items))
		if err != nil {
			return nil, err
		}
		if i < 0 {
			return nil, py.ExceptionNewf(py.ValueError, "list.remove(x): x not in list")
		}
		l.Items = append(l.Items[:i], l.Items[i+1:]...)
		return py.None, nil
	})
	defMethod(t, bindInstance, varargs("index", 1, "value", "start", "stop"), func(o py.Object, a []py.Object) (py.Object, error) {
		return seqIndex(self(o).Items, a, func() error {
			r, err := py.ReprAsString(a[0])
			if err != nil {
				return err
			}
			return py.ExceptionNewf(py.ValueError, "%s is not in list", r)
		})
	})
	defMethod(t, bindInstance, methO("count"), func(o py.Object, a []py.Object) (py.Object, error) {
		return seqCount(self(o).Items, a[0])
	})
	defMethod(t, bindInstance, varargs("copy", 0), func(o py.Object, _ []py.Object) (py.Object, error) {
		return py.NewListFromItems(append([]py.Object(nil), self(o).Items...)), nil
	})
	defMethod(t, bindInstance, varargs("clear", 0), func(o py.Object, _ []py.Object) (py.Object, error) {
		self(o).Items = nil
		return py.None, nil
	})
	defMethod(t, bindInstance, varargs("reverse", 0), func(o py.Object, _ []py.Object) (py.Object, error) {
		items := self(o).Items
		for i, j := 0, len(items)-1; i < j; i, j = i+1, j-1 {
			items[i], items[j] = items[j], items[i]
		}
		return py.None, nil
	})
	defMethod(t, bindInstance, signature{name: "sort", params: []string{"key", "reverse"}, kwOnly: true},
		func(o py.Object, a []py.Object) (py.Object, error) {
			rev, err := optTruth(a[1])
			if err != nil {
				return nil, err
			}
			return py.None, sortList(self(o), a[0], rev)
		})
	defMethod(t, bindInstance, dunder("__iadd__"), func(o py.Object, a []py.Object) (py.Object, error) {
		items, err := iterItems(a[0])
		if err != nil {
			return nil, err
		}
		l := self(o)
		l.Items = append(l.Items, items...)
		return l, nil
	})
	defMethod(t, bindInstance, dunder("__mul__"), func(o py.Object, a []py.Object) (py.Object, error) {
		n, err := toIndex(a[0])
		if err != nil {
			return nil, err
		}
		var items []py.Object
		for i := 0; i < n; i++ {
			items = append(items, self(o).Items...)
		}
		return py.NewListFromItems(items), nil
	})
	addComparisons(t)
}

func addTupleMethods() {
	t := py.TupleType
	defMethod(t, bindInstance, varargs("index", 1, "value", "start", "stop"), func(o py.Object, a []py.Object) (py.Object, error) {
		return seqIndex(o.(py.Tuple), a, func() error {
			return py.ExceptionNewf(py.ValueError, "tuple.index(x): x not in tuple")
		})
	})
	defMethod(t, bindInstance, methO("count"), func(o py.Object, a []py.Object) (py.Object, error) {
		return seqCount(o.(py.Tuple), a[0])
	})
	addComparisons(t)
}

// addComparisons adds __lt__, __le__, __gt__ and __ge__ to list or tuple.
func addComparisons(t *py.Type) {
	for _, op := range []string{"<", "<=", ">", ">="} {
		name := map[string]string{"<": "__lt__", "<=": "__le__", ">": "__gt__", ">=": "__ge__"}[op]
		defMethod(t, bindInstance, dunder(name), func(o py.Object, a []py.Object) (py.Object, error) {
			if a[0].Type() != o.Type() {
				return py.NotImplemented, nil
			}
			return compareSeq(op, o, a[0])
		})
	}
}

// iterItems collects the items of any iterable.
func iterItems(o py.Object) ([]py.Object, error) {
	switch v := o.(type) {
	case py.Tuple:
		return append([]py.Object(nil), v...), nil
	case *py.List:
		return append([]py.Object(nil), v.Items...), nil
	}
	var items []py.Object
	err := py.Iterate(o, func(item py.Object) bool {
		items = append(items, item)
		return false
	})
	if err != nil {
		if py.IsException(py.TypeError, err) && !isIterable(o) {
			return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not iterable", o.Type().Name)
		}
		return nil, err
	}
	return items, nil
}

func isIterable(o py.Object) bool {
	switch o.(type) {
	case py.I__iter__, py.I__getitem__:
		return true
	}
	t, ok := o.(*py.Type)
	return ok && (t.GetAttrOrNil("__iter__") != nil || t.GetAttrOrNil("__getitem__") != nil)
}

// equal is ==, with identity first as CPython's containers do.
func equal(a, b py.Object) (bool, error) {
	if identical(a, b) {
		return true, nil
	}
	res, err := defaultEquality(a, b, false)
	if err != nil {
		return false, err
	}
	return py.ObjectIsTrue(res)
}

// findItem is the first index in [start, stop) of an item equal to x, or -1.
func findItem(items []py.Object, x py.Object, start, stop int) (int, error) {
	for i := start; i < stop && i < len(items); i++ {
		eq, err := equal(items[i], x)
		if err != nil {
			return 0, err
		}
		if eq {
			return i, nil
		}
	}
	return -1, nil
}

func seqIndex(items []py.Object, a []py.Object, notFound func() error) (py.Object, error) {
	for _, bound := range a[1:] {
		if bound == py.None {
			return nil, py.ExceptionNewf(py.TypeError, "slice indices must be integers or have an __index__ method")
		}
		if _, err := sliceIndex(bound, 0); err != nil {
			return nil, py.ExceptionNewf(py.TypeError, "slice indices must be integers or have an __index__ method")
		}
	}
	start, stop, ok, err := clampRange(a[1], a[2], len(items))
	if err != nil {
		return nil, err
	}
	if ok {
		i, err := findItem(items, a[0], start, stop)
		if err != nil {
			return nil, err
		}
		if i >= 0 {
			return py.Int(i), nil
		}
	}
	return nil, notFound()
}

func seqCount(items []py.Object, x py.Object) (py.Object, error) {
	n := 0
	for _, item := range items {
		eq, err := equal(item, x)
		if err != nil {
			return nil, err
		}
		if eq {
			n++
		}
	}
	return py.Int(n), nil
}

// lessThan is a < b, comparing lists and tuples item by item as CPython
// does (gpython's lists and tuples have no ordering).
func lessThan(a, b py.Object) (bool, error) {
	if isSeq(a) && a.Type() == b.Type() {
		res, err := compareSeq("<", a, b)
		if err != nil {
			return false, err
		}
		return res == py.True, nil
	}
	res, err := order("<", a, b)
	if err != nil {
		return false, err
	}
	return truth(res)
}

func isSeq(o py.Object) bool {
	switch o.(type) {
	case py.Tuple, *py.List:
		return true
	}
	return false
}

func seqItems(o py.Object) []py.Object {
	switch v := o.(type) {
	case py.Tuple:
		return v
	case *py.List:
		return v.Items
	}
	return nil
}

// compareSeq compares two lists or two tuples with op ("<", "<=", ">",
// ">="): the first items that differ decide, else the lengths.
func compareSeq(op string, a, b py.Object) (py.Object, error) {
	x, y := seqItems(a), seqItems(b)
	for i := 0; i < len(x) && i < len(y); i++ {
		eq, err := equal(x[i], y[i])
		if err != nil {
			return nil, err
		}
		if eq {
			continue
		}
		switch op {
		case "<":
			return boolResult(lessThan(x[i], y[i]))
		case ">":
			return boolResult(lessThan(y[i], x[i]))
		}
		return compareItems(op, x[i], y[i])
	}
	lx, ly := len(x), len(y)
	switch op {
	case "<":
		return py.NewBool(lx < ly), nil
	case "<=":
		return py.NewBool(lx <= ly), nil
	case ">":
		return py.NewBool(lx > ly), nil
	}
	return py.NewBool(lx >= ly), nil
}

// compareItems is x[i] <= y[i] or x[i] >= y[i] for the first items that
// differ.
func compareItems(op string, a, b py.Object) (py.Object, error) {
	if isSeq(a) && a.Type() == b.Type() {
		return compareSeq(op, a, b)
	}
	if op == "<=" {
		return py.Le(a, b)
	}
	return py.Ge(a, b)
}

func boolResult(b bool, err error) (py.Object, error) {
	if err != nil {
		return nil, err
	}
	return py.NewBool(b), nil
}

// sortList sorts l in place, stably, by key(item) (or the items) with <.
func sortList(l *py.List, key py.Object, rev bool) error {
	items := append([]py.Object(nil), l.Items...)
	keys := items
	if key != nil && key != py.None {
		keys = make([]py.Object, len(items))
		for i, item := range items {
			k, err := py.Call(key, py.Tuple{item}, nil)
			if err != nil {
				return err
			}
			keys[i] = k
		}
	}
	order := make([]int, len(items))
	for i := range order {
		order[i] = i
	}
	if rev {
		slices.Reverse(order)
	}
	var failed error
	sort.SliceStable(order, func(i, j int) bool {
		if failed != nil {
			return false
		}
		lt, err := lessThan(keys[order[i]], keys[order[j]])
		if err != nil {
			failed = err
		}
		return lt
	})
	if failed != nil {
		return failed
	}
	if rev {
		slices.Reverse(order)
	}
	sorted := make([]py.Object, len(items))
	for i, k := range order {
		sorted[i] = items[k]
	}
	l.Items = sorted
	return nil
}
