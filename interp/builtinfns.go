package interp

import (
	"fmt"
	"math"
	"math/big"
	"reflect"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/go-python/gpython/py"

	"github.com/spython/spython/interp/pyobj"
)

// The built-in functions gpython v0.2.0 lacks or gets wrong, with
// CPython 3.13's behaviour: argument checking, results, and the exact
// types and messages of the errors.

var fixTypesOnce sync.Once

// addBuiltinFuncs puts spython's built-in functions into b, and the lazy
// iterator types map, filter, zip, enumerate and reversed.
func addBuiltinFuncs(b py.StringDict) {
	fixTypesOnce.Do(fixConstructors)
	for _, m := range builtinFuncs {
		b[m.Name] = m
	}
	b["map"] = mapType
	b["filter"] = filterType
	b["zip"] = zipType
	b["bytearray"] = byteArrayType
	b["enumerate"] = enumerateType
	b["reversed"] = reversedType
}

// fixConstructors gives int() CPython's parsing and bool() a constructor:
// both are shared gpython types, changed once per process.
func fixConstructors() {
	intNew := py.IntType.New
	py.IntType.New = func(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if t != py.IntType {
			return intNew(t, args, kwargs)
		}
		return newInt(args, kwargs)
	}
	py.BoolType.New = newBool
}

var builtinFuncs = []*py.Method{
	py.MustNewMethod("sorted", builtinSorted, 0, "sorted(iterable, /, *, key=None, reverse=False)\n\nThe items of iterable as a new list, smallest first (largest first with\nreverse), compared by key(item) when key is given; the sort is stable."),
	py.MustNewMethod("min", func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return minMax("min", args, kwargs, less)
	}, 0, "min(iterable, /, *, default=<unset>, key=None)\nmin(a, b, /, *others, key=None)\n\nThe smallest of the items, or of the arguments; default when the\niterable is empty, else ValueError."),
	py.MustNewMethod("max", func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return minMax("max", args, kwargs, greater)
	}, 0, "max(iterable, /, *, default=<unset>, key=None)\nmax(a, b, /, *others, key=None)\n\nThe largest of the items, or of the arguments; default when the\niterable is empty, else ValueError."),
	py.MustNewMethod("any", func(_ py.Object, args py.Tuple) (py.Object, error) {
		return anyAll("any", args, true)
	}, 0, "any(iterable, /)\n\nWhether at least one item is true; False for an empty iterable."),
	py.MustNewMethod("all", func(_ py.Object, args py.Tuple) (py.Object, error) {
		return anyAll("all", args, false)
	}, 0, "all(iterable, /)\n\nWhether no item is false; True for an empty iterable."),
	py.MustNewMethod("sum", builtinSum, 0, "sum(iterable, /, start=0)\n\nstart plus every item, added left to right (not for strings: use join)."),
	py.MustNewMethod("divmod", builtinDivmod, 0, "divmod(x, y, /)\n\nReturn the tuple (x//y, x%y)."),
	py.MustNewMethod("pow", builtinPow, 0, "pow(base, exp, mod=None)\n\nbase ** exp; with mod, (base ** exp) % mod computed without the large\nintermediate power."),
	oneArg("bin", func(arg py.Object) (py.Object, error) {
		return intToBase(arg, 2, "0b")
	}, "bin(number, /)\n\nThe integer written in base 2, with a 0b prefix."),
	oneArg("oct", func(arg py.Object) (py.Object, error) {
		return intToBase(arg, 8, "0o")
	}, "oct(number, /)\n\nThe integer written in base 8, with a 0o prefix."),
	oneArg("hex", func(arg py.Object) (py.Object, error) {
		return intToBase(arg, 16, "0x")
	}, "hex(number, /)\n\nThe integer written in base 16, with a 0x prefix."),
	oneArg("chr", builtinChr, "chr(i, /)\n\nThe one-character str of code point i (0 to 0x10ffff)."),
	oneArg("ord", builtinOrd, "ord(c, /)\n\nThe code point of a one-character str (or the value of a one-byte\nbytes)."),
	py.MustNewMethod("isinstance", builtinIsinstance, 0, "isinstance(obj, class_or_tuple, /)\n\nWhether obj's class is the class, or derives from it; a tuple or union\nof classes matches when any of them does."),
	py.MustNewMethod("issubclass", builtinIssubclass, 0, "issubclass(cls, class_or_tuple, /)\n\nWhether cls is the class or derives from it; a tuple or union of\nclasses matches when any of them does."),
	oneArg("callable", func(arg py.Object) (py.Object, error) {
		return py.NewBool(isCallable(arg)), nil
	}, "callable(obj, /)\n\nReturn whether the object is callable."),
	oneArg("id", func(arg py.Object) (py.Object, error) {
		return py.Int(objectID(arg)), nil
	}, "id(obj, /)\n\nAn integer unique to obj among the objects alive at the same time."),
	py.MustNewMethod("dir", builtinDir, 0, "dir(obj=<unset>, /)\n\nThe sorted names of obj's attributes; without obj, the names of the\ncalling scope."),
	py.MustNewMethod("vars", builtinVars, 0, "vars(obj=<unset>, /)\n\nobj.__dict__; without obj, the calling scope's namespace."),
	oneArg("abs", builtinAbs, "abs(x, /)\n\nThe magnitude of x, from its __abs__ method."),
	py.MustNewMethod("len", builtinLen, 0, "len(obj, /)\n\nHow many items obj holds, from its __len__."),
	py.MustNewMethod("iter", builtinIter, 0, "iter(iterable, /)\niter(function, sentinel, /)\n\nAn iterator over iterable; or one that calls function until it returns\nsentinel."),
	py.MustNewMethod("next", builtinNext, 0, "next(iterator, default=<unset>, /)\n\nThe iterator's next item; default, instead of StopIteration, at its end."),
	oneArg("repr", func(arg py.Object) (py.Object, error) {
		s, err := reprOf(arg)
		return py.String(s), err
	}, "repr(obj, /)\n\nThe printable form of obj, as type(obj).__repr__ gives it."),
	oneArg("ascii", func(arg py.Object) (py.Object, error) {
		s, err := reprOf(arg)
		return py.String(asciiEscape(s)), err
	}, "ascii(obj, /)\n\nrepr(obj) with every non-ASCII character written as an escape."),
}

// oneArg makes a built-in function of one positional argument.
func oneArg(name string, fn func(py.Object) (py.Object, error), doc string) *py.Method {
	return py.MustNewMethod(name, func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(kwargs) > 0 {
			return nil, py.ExceptionNewf(py.TypeError, "%s() takes no keyword arguments", name)
		}
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "%s() takes exactly one argument (%d given)", name, len(args))
		}
		return fn(args[0])
	}, 0, doc)
}

// exactArgs checks that a function taking only positional arguments got
// n of them, with CPython's messages.
func exactArgs(name string, args py.Tuple, kwargs py.StringDict, min, max int) error {
	if len(kwargs) > 0 {
		return py.ExceptionNewf(py.TypeError, "%s() takes no keyword arguments", name)
	}
	switch {
	case len(args) < min && min == max:
		return py.ExceptionNewf(py.TypeError, "%s expected %d argument%s, got %d", name, min, plural(min), len(args))
	case len(args) < min:
		return py.ExceptionNewf(py.TypeError, "%s expected at least %d argument%s, got %d", name, min, plural(min), len(args))
	case len(args) > max && min == max:
		return py.ExceptionNewf(py.TypeError, "%s expected %d argument%s, got %d", name, max, plural(max), len(args))
	case len(args) > max:
		return py.ExceptionNewf(py.TypeError, "%s expected at most %d argument%s, got %d", name, max, plural(max), len(args))
	}
	return nil
}

// keywords returns the keyword arguments named in allowed, refusing
// any other.
func keywords(name string, kwargs py.StringDict, allowed ...string) (map[string]py.Object, error) {
	out := map[string]py.Object{}
	var unknown []string
	for k, v := range kwargs {
		ok := false
		for _, a := range allowed {
			ok = ok || a == k
		}
		if !ok {
			unknown = append(unknown, k)
		}
		out[k] = v
	}
	if len(unknown) > 0 {
		sort.Strings(unknown)
		return nil, py.ExceptionNewf(py.TypeError, "%s() got an unexpected keyword argument '%s'", name, unknown[0])
	}
	return out, nil
}

// isStop reports whether err ends an iteration.
func isStop(err error) bool {
	return err != nil && py.IsException(py.StopIteration, err)
}

// forEach calls fn on each item of iterable, stopping at fn's first error.
func forEach(iterable py.Object, fn func(py.Object) error) error {
	it, err := py.Iter(iterable)
	if err != nil {
		return err
	}
	for {
		item, err := py.Next(it)
		if isStop(err) {
			return nil
		}
		if err != nil {
			return err
		}
		if err := fn(item); err != nil {
			return err
		}
	}
}

// errMessage is str() of an exception's first argument.
func errMessage(err error) string {
	var args py.Object
	switch e := err.(type) {
	case *py.Exception:
		args = e.Args
	case py.ExceptionInfo:
		if ex, ok := e.Value.(*py.Exception); ok {
			args = ex.Args
		}
	}
	if t, ok := args.(py.Tuple); ok && len(t) > 0 {
		if s, ok := t[0].(py.String); ok {
			return string(s)
		}
	}
	return ""
}

// compareBool is the truth of a < b or a > b, with CPython's message
// when the operands do not support it.
func compareBool(sym string, a, b py.Object) (bool, error) {
	r, err := order(sym, a, b)
	if err != nil {
		return false, err
	}
	return truth(r)
}

func less(a, b py.Object) (bool, error)    { return compareBool("<", a, b) }
func greater(a, b py.Object) (bool, error) { return compareBool(">", a, b) }

// builtinSorted implements sorted(): a stable merge sort that uses only <.
func builtinSorted(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "sorted expected 1 argument, got %d", len(args))
	}
	kw, err := keywords("sort", kwargs, "key", "reverse")
	if err != nil {
		return nil, err
	}
	var items []py.Object
	if err := forEach(args[0], func(o py.Object) error { items = append(items, o); return nil }); err != nil {
		return nil, err
	}
	reverse := false
	if r, ok := kw["reverse"]; ok {
		if reverse, err = py.ObjectIsTrue(r); err != nil {
			return nil, err
		}
	}
	if err := sortObjects(items, kw["key"], reverse); err != nil {
		return nil, err
	}
	return py.NewListFromItems(items), nil
}

// sortObjects sorts items in place, stably, by key(item) (or the items
// themselves when key is nil or None).
func sortObjects(items []py.Object, key py.Object, reverse bool) error {
	keys := items
	if key != nil && key != py.None {
		keys = make([]py.Object, len(items))
		for i, it := range items {
			k, err := pyCall(key, py.Tuple{it}, nil)
			if err != nil {
				return err
			}
			keys[i] = k
		}
	}
	idx := make([]int, len(items))
	for i := range idx {
		idx[i] = i
	}
	before := func(i, j int) (bool, error) {
		if reverse {
			return less(keys[j], keys[i])
		}
		return less(keys[i], keys[j])
	}
	sorted, err := mergeSort(idx, make([]int, len(idx)), before)
	if err != nil {
		return err
	}
	out := make([]py.Object, len(items))
	for i, j := range sorted {
		out[i] = items[j]
	}
	copy(items, out)
	return nil
}

// mergeSort sorts idx stably by before, using tmp as scratch space, and
// returns the sorted slice (idx or tmp).
func mergeSort(idx, tmp []int, before func(i, j int) (bool, error)) ([]int, error) {
	for width := 1; width < len(idx); width *= 2 {
		for lo := 0; lo < len(idx); lo += 2 * width {
			mid, hi := min(lo+width, len(idx)), min(lo+2*width, len(idx))
			i, j, k := lo, mid, lo
			for i < mid && j < hi {
				b, err := before(idx[j], idx[i])
				if err != nil {
					return nil, err
				}
				if b {
					tmp[k] = idx[j]
					j++
				} else {
					tmp[k] = idx[i]
					i++
				}
				k++
			}
			k += copy(tmp[k:], idx[i:mid])
			copy(tmp[k:], idx[j:hi])
		}
		idx, tmp = tmp, idx
	}
	return idx, nil
}

// minMax implements min() and max(); better says when a key replaces the
// best so far.
func minMax(name string, args py.Tuple, kwargs py.StringDict, better func(a, b py.Object) (bool, error)) (py.Object, error) {
	if len(args) == 0 {
		return nil, py.ExceptionNewf(py.TypeError, "%s expected at least 1 argument, got 0", name)
	}
	kw, err := keywords(name, kwargs, "key", "default")
	if err != nil {
		return nil, err
	}
	dflt, hasDefault := kw["default"]
	if hasDefault && len(args) > 1 {
		return nil, py.ExceptionNewf(py.TypeError, "Cannot specify a default for %s() with multiple positional arguments", name)
	}
	var iterable py.Object = args
	if len(args) == 1 {
		iterable = args[0]
	}
	key := kw["key"]
	var best, bestKey py.Object
	err = forEach(iterable, func(item py.Object) error {
		k := item
		if key != nil && key != py.None {
			var err error
			if k, err = pyCall(key, py.Tuple{item}, nil); err != nil {
				return err
			}
		}
		if best == nil {
			best, bestKey = item, k
			return nil
		}
		b, err := better(k, bestKey)
		if b {
			best, bestKey = item, k
		}
		return err
	})
	switch {
	case err != nil:
		return nil, err
	case best != nil:
		return best, nil
	case hasDefault:
		return dflt, nil
	}
	return nil, py.ExceptionNewf(py.ValueError, "%s() iterable argument is empty", name)
}

// anyAll implements any() (want true) and all() (want false).
func anyAll(name string, args py.Tuple, want bool) (py.Object, error) {
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "%s() takes exactly one argument (%d given)", name, len(args))
	}
	found := false
	err := forEach(args[0], func(o py.Object) error {
		t, err := py.ObjectIsTrue(o)
		if err == nil && t == want {
			found = true
			return py.StopIteration
		}
		return err
	})
	if err != nil && !found {
		return nil, err
	}
	return py.NewBool(found == want), nil
}

func isFloat(o py.Object) bool { _, ok := o.(py.Float); return ok }

func isInt(o py.Object) bool {
	switch o.(type) {
	case py.Int, *py.BigInt:
		return true
	}
	return false
}

// builtinSum implements sum(): ints are added exactly, floats with a
// compensated sum (as CPython does since 3.12), anything else with +.
func builtinSum(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	kw, err := keywords("sum", kwargs, "start")
	if err != nil {
		return nil, err
	}
	if len(args) == 0 {
		return nil, py.ExceptionNewf(py.TypeError, "sum() takes at least 1 positional argument (0 given)")
	}
	if len(args) > 2 {
		return nil, py.ExceptionNewf(py.TypeError, "sum() takes at most 2 arguments (%d given)", len(args)+len(kw))
	}
	var result py.Object = py.Int(0)
	if s, ok := kw["start"]; ok {
		if len(args) == 2 {
			return nil, py.ExceptionNewf(py.TypeError, "argument for sum() given by name ('start') and position (2)")
		}
		result = s
	} else if len(args) == 2 {
		result = args[1]
	}
	switch result.(type) {
	case py.String:
		return nil, py.ExceptionNewf(py.TypeError, "sum() can't sum strings [use ''.join(seq) instead]")
	case py.Bytes:
		return nil, py.ExceptionNewf(py.TypeError, "sum() can't sum bytes [use b''.join(seq) instead]")
	}
	var acc floatSum
	inFloat := isFloat(result)
	if inFloat {
		acc.add(float64(result.(py.Float)))
	}
	allInts := isInt(result)
	err = forEach(args[0], func(item py.Object) error {
		if inFloat {
			if x, ok := item.(py.Float); ok {
				acc.add(float64(x))
				return nil
			}
			if x, ok := floatOperand(item); ok {
				acc.sum += x
				return nil
			}
			result, inFloat = py.Float(acc.total()), false
		}
		r, err := py.Add(result, item)
		if err != nil {
			return err
		}
		result = r
		if allInts && !isInt(item) && isFloat(result) {
			acc, inFloat = floatSum{}, true
			acc.add(float64(result.(py.Float)))
		}
		allInts = allInts && isInt(item)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if inFloat {
		return py.Float(acc.total()), nil
	}
	return result, nil
}

// floatOperand is the value of an int (or bool) that joins a float sum
// (uncompensated, as in CPython).
func floatOperand(o py.Object) (float64, bool) {
	switch x := o.(type) {
	case py.Int:
		return float64(x), true
	case py.Bool:
		if x {
			return 1, true
		}
		return 0, true
	}
	return 0, false
}

// floatSum adds floats with Neumaier's compensation.
type floatSum struct{ sum, comp float64 }

func (s *floatSum) add(x float64) {
	t := s.sum + x
	if math.Abs(s.sum) >= math.Abs(x) {
		s.comp += (s.sum - t) + x
	} else {
		s.comp += (x - t) + s.sum
	}
	s.sum = t
}

func (s *floatSum) total() float64 {
	if s.comp != 0 && !math.IsInf(s.comp, 0) && !math.IsNaN(s.comp) {
		return s.sum + s.comp
	}
	return s.sum
}

// toBig returns an integer (int, bool or an object with __index__) as a
// big.Int.
func toBig(o py.Object) (*big.Int, bool) {
	switch x := o.(type) {
	case py.Int:
		return big.NewInt(int64(x)), true
	case *py.BigInt:
		return new(big.Int).Set((*big.Int)(x)), true
	case py.Bool:
		if x {
			return big.NewInt(1), true
		}
		return big.NewInt(0), true
	}
	return nil, false
}

// indexBig is toBig that also takes objects with __index__, with CPython's
// TypeError for anything else.
func indexBig(o py.Object) (*big.Int, error) {
	if b, ok := toBig(unwrap(o)); ok {
		return b, nil
	}
	if r, ok, err := callSpecial0(o, "__index__"); ok {
		if err != nil {
			return nil, err
		}
		if b, ok := toBig(r); ok {
			return b, nil
		}
		return nil, py.ExceptionNewf(py.TypeError, "__index__ returned non-int (type %s)", r.Type().Name)
	}
	return nil, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", o.Type().Name)
}

// callSpecial0 calls o's special method name with no arguments: ok is
// false when o's class has none. Instances of classes look it up in
// their class, as py.TypeCall0 cannot.
func callSpecial0(o py.Object, name string) (py.Object, bool, error) {
	if inst, ok := o.(*Instance); ok {
		if r, ok, err := inst.special(name); ok {
			return r, ok, err
		}
	}
	return py.TypeCall0(o, name)
}

// fromBig is the int object holding b.
func fromBig(b *big.Int) py.Object {
	if b.IsInt64() {
		return py.Int(b.Int64())
	}
	return (*py.BigInt)(b)
}

func intToBase(o py.Object, base int, prefix string) (py.Object, error) {
	b, err := indexBig(o)
	if err != nil {
		return nil, err
	}
	if b.Sign() < 0 {
		return py.String("-" + prefix + new(big.Int).Neg(b).Text(base)), nil
	}
	return py.String(prefix + b.Text(base)), nil
}

// builtinDivmod implements divmod() for ints and floats; other operands
// go to their __divmod__ / __rdivmod__.
func builtinDivmod(_ py.Object, args py.Tuple) (py.Object, error) {
	if err := exactArgs("divmod", args, nil, 2, 2); err != nil {
		return nil, err
	}
	a, b := args[0], args[1]
	if x, ok := toBig(a); ok {
		if y, ok := toBig(b); ok {
			if y.Sign() == 0 {
				return nil, py.ExceptionNewf(py.ZeroDivisionError, "integer division or modulo by zero")
			}
			q, m := new(big.Int).QuoRem(x, y, new(big.Int))
			if m.Sign() != 0 && (m.Sign() < 0) != (y.Sign() < 0) {
				q.Sub(q, big.NewInt(1))
				m.Add(m, y)
			}
			return py.Tuple{fromBig(q), fromBig(m)}, nil
		}
	}
	x, okA := toFloat(a)
	y, okB := toFloat(b)
	if okA && okB && (isFloat(a) || isFloat(b)) {
		if y == 0 {
			return nil, py.ExceptionNewf(py.ZeroDivisionError, "float divmod()")
		}
		q, m := floatDivmod(x, y)
		return py.Tuple{py.Float(q), py.Float(m)}, nil
	}
	if o, ok := a.(*Instance); ok {
		if res, ok, err := o.special("__divmod__", b); ok && (err != nil || res != py.NotImplemented) {
			return res, err
		}
	}
	if o, ok := b.(*Instance); ok && !identical(a, b) {
		if res, ok, err := o.special("__rdivmod__", a); ok && (err != nil || res != py.NotImplemented) {
			return res, err
		}
	}
	if x, y, ok := numericBases(a, b, "__divmod__", "__rdivmod__"); ok {
		return builtinDivmod(nil, py.Tuple{x, y})
	}
	q, m, err := py.DivMod(a, b)
	if err != nil {
		if py.IsException(py.TypeError, err) && strings.HasPrefix(errMessage(err), "unsupported operand type(s) for divmod:") {
			return nil, py.ExceptionNewf(py.TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'", a.Type().Name, b.Type().Name)
		}
		return nil, err
	}
	return py.Tuple{q, m}, nil
}

// toFloat converts an int or float operand to float64.
func toFloat(o py.Object) (float64, bool) {
	if f, ok := o.(py.Float); ok {
		return float64(f), true
	}
	if b, ok := toBig(o); ok {
		f, _ := new(big.Float).SetInt(b).Float64()
		return f, true
	}
	return 0, false
}

// floatDivmod is Python's floor division and modulo of floats: the
// remainder takes the sign of y.
func floatDivmod(x, y float64) (float64, float64) {
	m := math.Mod(x, y)
	d := (x - m) / y
	if m != 0 {
		if (y < 0) != (m < 0) {
			m += y
			d--
		}
	} else {
		m = math.Copysign(0, y)
	}
	if d == 0 {
		return math.Copysign(0, x/y), m
	}
	q := math.Floor(d)
	if d-q > 0.5 {
		q++
	}
	return q, m
}

// builtinPow implements pow(); the three-argument form is integer-only
// and takes a negative exponent as a modular inverse.
func builtinPow(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var base, exp py.Object
	var mod py.Object = py.None
	for i, name := range []string{"base", "exp"} {
		if _, ok := kwargs[name]; !ok && len(args) <= i {
			return nil, py.ExceptionNewf(py.TypeError, "pow() missing required argument '%s' (pos %d)", name, i+1)
		}
	}
	if err := py.ParseTupleAndKeywords(args, kwargs, "OO|O:pow", []string{"base", "exp", "mod"}, &base, &exp, &mod); err != nil {
		return nil, err
	}
	if mod == py.None {
		return pow2(base, exp)
	}
	b, okB := toBig(base)
	e, okE := toBig(exp)
	m, okM := toBig(mod)
	if !okB || !okE || !okM {
		return nil, py.ExceptionNewf(py.TypeError, "pow() 3rd argument not allowed unless all arguments are integers")
	}
	if m.Sign() == 0 {
		return nil, py.ExceptionNewf(py.ValueError, "pow() 3rd argument cannot be 0")
	}
	absM := new(big.Int).Abs(m)
	if absM.Cmp(big.NewInt(1)) == 0 {
		return py.Int(0), nil
	}
	if e.Sign() < 0 {
		inv := new(big.Int).ModInverse(new(big.Int).Mod(b, absM), absM)
		if inv == nil {
			return nil, py.ExceptionNewf(py.ValueError, "base is not invertible for the given modulus")
		}
		b, e = inv, new(big.Int).Neg(e)
	}
	r := new(big.Int).Exp(new(big.Int).Mod(b, absM), e, absM)
	if m.Sign() < 0 && r.Sign() != 0 {
		r.Add(r, m)
	}
	return fromBig(r), nil
}

// pow2 is base**exp: exact for ints with a non-negative exponent, in
// floats otherwise, complex for a negative base and a fractional exponent.
func pow2(base, exp py.Object) (py.Object, error) {
	if b, ok := toBig(base); ok {
		if e, ok := toBig(exp); ok && e.Sign() >= 0 {
			return fromBig(new(big.Int).Exp(b, e, nil)), nil
		}
	}
	if isReal(base) && isReal(exp) {
		x, err := realOf(base)
		if err != nil {
			return nil, err
		}
		y, err := realOf(exp)
		if err != nil {
			return nil, err
		}
		return realPower(x, y)
	}
	if isComplexOperands(base, exp) {
		x, y, err := complexOperands(base, exp)
		if err != nil {
			return nil, err
		}
		return complexPower(x, y)
	}
	return py.Pow(base, exp, py.None)
}

// realOf is an int, bool or float as a float64, with CPython's error for
// an int beyond the floats.
func realOf(o py.Object) (float64, error) {
	if f, ok := o.(py.Float); ok {
		return float64(f), nil
	}
	n, _ := toBig(o)
	return bigToFloat(n)
}

func builtinChr(arg py.Object) (py.Object, error) {
	b, err := indexBig(arg)
	if err != nil {
		return nil, err
	}
	if !b.IsInt64() || b.Int64() < 0 || b.Int64() > 0x10ffff {
		return nil, py.ExceptionNewf(py.ValueError, "chr() arg not in range(0x110000)")
	}
	return py.String(string(rune(b.Int64()))), nil
}

func builtinOrd(arg py.Object) (py.Object, error) {
	switch s := arg.(type) {
	case py.String:
		r := []rune(string(s))
		if len(r) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "ord() expected a character, but string of length %d found", len(r))
		}
		return py.Int(r[0]), nil
	case py.Bytes:
		if len(s) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "ord() expected a character, but string of length %d found", len(s))
		}
		return py.Int(s[0]), nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "ord() expected string of length 1, but %s found", arg.Type().Name)
}

// subclassOf reports whether class t derives from cls; bool counts as a
// subclass of int, as in CPython.
func subclassOf(t, cls *py.Type) bool {
	if (t == py.BoolType || t == py.BigIntType) && cls == py.IntType {
		return true
	}
	return t.IsSubtype(cls)
}

// matchClasses applies test to cls, or to each class of a (nested) tuple.
func matchClasses(cls py.Object, test func(*py.Type) bool, bad func() error) (bool, error) {
	switch c := cls.(type) {
	case py.Tuple:
		for _, item := range c {
			ok, err := matchClasses(item, test, bad)
			if ok || err != nil {
				return ok, err
			}
		}
		return false, nil
	case *py.Type:
		if isClass(c) {
			return test(c), nil
		}
	case *union:
		return matchClasses(c.args, test, bad)
	}
	return false, bad()
}

func builtinIsinstance(_ py.Object, args py.Tuple) (py.Object, error) {
	if err := exactArgs("isinstance", args, nil, 2, 2); err != nil {
		return nil, err
	}
	obj := args[0]
	var hookErr error
	ok, err := matchClasses(args[1], func(c *py.Type) bool {
		if subclassOf(obj.Type(), c) {
			return true
		}
		// A metaclass's __instancecheck__ (abc.ABCMeta) decides too.
		return classHook(c, "__instancecheck__", obj, &hookErr)
	}, func() error {
		return py.ExceptionNewf(py.TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union")
	})
	if hookErr != nil {
		return nil, hookErr
	}
	return py.NewBool(ok), err
}

func builtinIssubclass(_ py.Object, args py.Tuple) (py.Object, error) {
	if err := exactArgs("issubclass", args, nil, 2, 2); err != nil {
		return nil, err
	}
	if !isClass(args[0]) {
		return nil, py.ExceptionNewf(py.TypeError, "issubclass() arg 1 must be a class")
	}
	t := args[0].(*py.Type)
	var hookErr error
	ok, err := matchClasses(args[1], func(c *py.Type) bool {
		if subclassOf(t, c) {
			return true
		}
		return classHook(c, "__subclasscheck__", t, &hookErr)
	}, func() error {
		return py.ExceptionNewf(py.TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union")
	})
	if hookErr != nil {
		return nil, hookErr
	}
	return py.NewBool(ok), err
}

// classHook asks the metaclass of c (abc.ABCMeta) through its
// __instancecheck__ or __subclasscheck__; false when it has none.
func classHook(c *py.Type, name string, arg py.Object, errp *error) bool {
	res, found, err := metaSpecial(c, name, arg)
	if !found {
		return false
	}
	if err != nil {
		*errp = err
		return false
	}
	t, err := truth(res)
	if err != nil {
		*errp = err
	}
	return t
}

// isInstance tells instances of classes written in Python, whose Go
// type answers every special method, from other values.
func isInstance(o py.Object) bool {
	_, ok := o.(*Instance)
	return ok
}

// hasMethod reports whether o's class defines name.
func hasMethod(o py.Object, name string) bool {
	m := o.Type().Lookup(name)
	return m != nil && m != py.None
}

func isCallable(o py.Object) bool {
	if isInstance(o) {
		return hasMethod(o, "__call__")
	}
	if _, ok := o.(py.I__call__); ok {
		return true
	}
	return hasMethod(o, "__call__")
}

// objectID is an object's identity: the address of what a reference
// points to, or for gpython's value types (ints, floats, strs, tuples)
// a number derived from the value, the same for equal values.
func objectID(o py.Object) int64 {
	v := reflect.ValueOf(o)
	switch v.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Func, reflect.Chan, reflect.UnsafePointer:
		return int64(v.Pointer())
	case reflect.Slice:
		if v.Len() > 0 {
			return int64(v.Pointer())
		}
	case reflect.String:
		if v.Len() > 0 {
			return int64(uintptr(unsafe.Pointer(unsafe.StringData(v.String()))))
		}
	}
	h := uint64(14695981039346656037)
	for _, c := range []byte(fmt.Sprintf("%s:%v", o.Type().Name, o)) {
		h = (h ^ uint64(c)) * 1099511628211
	}
	return int64(h>>17) | 1<<44
}

// dirNames is the sorted attribute names of o: its own dict and those of
// its class and the class's bases.
func dirNames(o py.Object) (py.Object, error) {
	if cls, ok := o.(*py.Type); ok && isClass(cls) {
		// A class's metaclass may list its attributes (enum).
		if res, ok, err := metaSpecial(cls, "__dir__"); ok {
			if err != nil {
				return nil, err
			}
			return sortedList(res)
		}
	}
	if isInstance(o) {
		if m := o.Type().Lookup("__dir__"); m != nil && o.Type().Flags&py.TPFLAGS_HEAPTYPE != 0 {
			r, err := pyCall(m, py.Tuple{o}, nil)
			if err != nil {
				return nil, err
			}
			return sortedList(r)
		}
	}
	names := map[string]bool{}
	addDict := func(d py.StringDict) {
		for k := range d {
			names[k] = true
		}
	}
	addClass := func(t *py.Type) {
		if len(t.Mro) == 0 {
			for ; t != nil; t = t.Base {
				addDict(t.Dict)
			}
			return
		}
		for _, c := range t.Mro {
			if ct, ok := c.(*py.Type); ok {
				addDict(ct.Dict)
			}
		}
	}
	addGoMethods := func(o py.Object) {
		t := reflect.TypeOf(o)
		for i := 0; i < t.NumMethod(); i++ {
			if n := t.Method(i).Name; strings.HasPrefix(n, "M__") && strings.HasSuffix(n, "__") {
				names[n[1:]] = true
			}
		}
	}
	switch x := o.(type) {
	case *py.Module:
		addDict(x.Globals)
	case *Instance:
		addDict(x.dict)
		addClass(x.cls)
		for _, n := range objectAttributes {
			names[n] = true
		}
		for _, n := range classAttributes {
			names[n] = true
		}
		if x.base != nil {
			addGoMethods(x.base)
		}
	case *py.Type:
		addDict(x.Dict)
		cls := x
		if !isClass(x) {
			cls = x.Type()
		}
		addClass(cls)
		for _, n := range objectAttributes {
			names[n] = true
		}
		for _, c := range cls.Mro {
			if ct, ok := c.(*py.Type); ok && ct.Flags&py.TPFLAGS_HEAPTYPE != 0 {
				for _, n := range classAttributes {
					names[n] = true
				}
			}
		}
	default:
		if d, ok := o.(py.IGetDict); ok {
			if _, isDict := o.(py.StringDict); !isDict {
				addDict(d.GetDict())
			}
		}
		addClass(o.Type())
		for _, n := range objectAttributes {
			names[n] = true
		}
		addGoMethods(o)
	}
	keys := make([]string, 0, len(names))
	for k := range names {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	items := make([]py.Object, len(keys))
	for i, k := range keys {
		items[i] = py.String(k)
	}
	return py.NewListFromItems(items), nil
}

// objectAttributes are the attributes every object gets from object.
var objectAttributes = []string{
	"__class__", "__delattr__", "__dir__", "__doc__", "__eq__", "__format__", "__ge__",
	"__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__",
	"__le__", "__lt__", "__ne__", "__new__", "__reduce__", "__reduce_ex__", "__repr__",
	"__setattr__", "__sizeof__", "__str__", "__subclasshook__",
}

// classAttributes are the attributes a class statement gives a class.
var classAttributes = []string{"__dict__", "__doc__", "__firstlineno__", "__module__", "__static_attributes__", "__weakref__"}

// sortedList is sorted(iterable) as a list.
func sortedList(iterable py.Object) (py.Object, error) {
	return builtinSorted(nil, py.Tuple{iterable}, nil)
}

// callerLocals is locals() of the Python code calling the builtin fn.
func callerLocals(fn string) (py.StringDict, error) {
	f := active.Load().frame()
	if f == nil {
		return nil, py.ExceptionNewf(py.SystemError, "%s(): no current frame", fn)
	}
	f.FastToLocals()
	return f.Locals, nil
}

func builtinDir(_ py.Object, args py.Tuple) (py.Object, error) {
	if err := exactArgs("dir", args, nil, 0, 1); err != nil {
		return nil, err
	}
	if len(args) == 0 {
		locals, err := callerLocals("dir")
		if err != nil {
			return nil, err
		}
		return sortedList(locals)
	}
	return dirNames(args[0])
}

func builtinVars(_ py.Object, args py.Tuple) (py.Object, error) {
	if err := exactArgs("vars", args, nil, 0, 1); err != nil {
		return nil, err
	}
	if len(args) == 0 {
		return callerLocals("vars")
	}
	switch x := args[0].(type) {
	case *Instance:
		if !slotsAllow(x.cls, "__dict__") {
			return nil, py.ExceptionNewf(py.TypeError, "vars() argument must have __dict__ attribute")
		}
		return &attrDict{x}, nil
	case *py.Module:
		return x.Globals, nil
	case py.StringDict:
	case py.IGetDict:
		if d := x.GetDict(); d != nil {
			return d, nil
		}
	}
	return nil, py.ExceptionNewf(py.TypeError, "vars() argument must have __dict__ attribute")
}

func builtinAbs(arg py.Object) (py.Object, error) {
	switch x := arg.(type) {
	case py.Bool:
		if x {
			return py.Int(1), nil
		}
		return py.Int(0), nil
	case py.I__abs__:
		return x.M__abs__()
	}
	if r, ok, err := py.TypeCall0(arg, "__abs__"); ok {
		return r, err
	}
	return nil, py.ExceptionNewf(py.TypeError, "bad operand type for abs(): '%s'", arg.Type().Name)
}

func builtinLen(_ py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "len() takes exactly one argument (%d given)", len(args))
	}
	o := args[0]
	var n py.Object
	var err error
	switch x := o.(type) {
	case *py.List:
		return py.Int(len(x.Items)), nil
	case py.Tuple:
		return py.Int(len(x)), nil
	case py.Bytes:
		return py.Int(len(x)), nil
	case py.String:
		return py.Int(utf8.RuneCountInString(string(x))), nil
	case *pyobj.Dict:
		return py.Int(x.Len()), nil
	case *pyobj.Set:
		return py.Int(x.Len()), nil
	case *py.Type:
		if res, ok, err := metaSpecial(x, "__len__"); ok {
			if err != nil {
				return nil, err
			}
			if i, ok := res.(py.Int); ok && i >= 0 {
				return i, nil
			}
		}
	}
	if l, ok := o.(py.I__len__); ok {
		n, err = l.M__len__()
	} else if r, ok, e := py.TypeCall0(o, "__len__"); ok {
		n, err = r, e
	} else {
		return nil, py.ExceptionNewf(py.TypeError, "object of type '%s' has no len()", o.Type().Name)
	}
	if err != nil {
		return nil, err
	}
	if i, ok := n.(py.Int); ok && i >= 0 {
		return i, nil
	}
	b, err := indexBig(n)
	if err != nil {
		return nil, err
	}
	if b.Sign() < 0 {
		return nil, py.ExceptionNewf(py.ValueError, "__len__() should return >= 0")
	}
	if !b.IsInt64() {
		return nil, py.ExceptionNewf(py.OverflowError, "cannot fit 'int' into an index-sized integer")
	}
	return py.Int(b.Int64()), nil
}

// iterOf is iter(o) with CPython's check of what __iter__ returns.
func iterOf(o py.Object) (py.Object, error) {
	switch x := o.(type) {
	case *py.List:
		return &listIterator{list: x}, nil
	case py.Bytes:
		return bytesIter(x), nil
	case *py.Type:
		if res, ok, err := metaSpecial(x, "__iter__"); ok {
			return res, err
		}
	}
	it, err := py.Iter(o)
	if err != nil {
		return nil, err
	}
	if !isIterator(it) {
		return nil, py.ExceptionNewf(py.TypeError, "iter() returned non-iterator of type '%s'", it.Type().Name)
	}
	return it, nil
}

func isIterator(o py.Object) bool {
	if isInstance(o) {
		return hasMethod(o, "__next__")
	}
	if _, ok := o.(py.I__next__); ok {
		return true
	}
	return hasMethod(o, "__next__")
}

func builtinIter(_ py.Object, args py.Tuple) (py.Object, error) {
	if err := exactArgs("iter", args, nil, 1, 2); err != nil {
		return nil, err
	}
	if len(args) == 1 {
		return iterOf(args[0])
	}
	if !isCallable(args[0]) {
		return nil, py.ExceptionNewf(py.TypeError, "iter(v, w): v must be callable")
	}
	return &callIter{fn: args[0], sentinel: args[1]}, nil
}

func builtinNext(_ py.Object, args py.Tuple) (py.Object, error) {
	if err := exactArgs("next", args, nil, 1, 2); err != nil {
		return nil, err
	}
	if !isIterator(args[0]) {
		return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not an iterator", args[0].Type().Name)
	}
	var r py.Object
	var err error
	if g, ok := args[0].(*generator); ok {
		// The StopIteration carries the generator's return value.
		r, err = g.send(py.None)
	} else {
		r, err = nextItem(args[0])
	}
	if len(args) == 2 && isStop(err) {
		return args[1], nil
	}
	return r, err
}

// newBool is bool(x=False): the truth of x.
func newBool(_ *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "bool() takes no keyword arguments")
	}
	if len(args) > 1 {
		return nil, py.ExceptionNewf(py.TypeError, "bool expected at most 1 argument, got %d", len(args))
	}
	if len(args) == 0 {
		return py.False, nil
	}
	t, err := truth(args[0])
	return py.NewBool(t), err
}

// The lazy iterator types. Each is its own iterator; its repr is
// `<name object at 0x...>` as in CPython.

var (
	mapType          = py.NewTypeX("map", "map(function, iterable, /, *iterables)\n\nIterates over function applied to the items of the iterables taken\nin step; ends with the shortest iterable.", newMap, nil)
	filterType       = py.NewTypeX("filter", "filter(function, iterable, /)\n\nIterates over the items for which function(item) is true (the true\nitems themselves when function is None).", newFilter, nil)
	zipType          = py.NewTypeX("zip", "zip(*iterables, strict=False)\n\nIterates over the iterables in step, giving one tuple per round with an\nitem from each; stops at the shortest, or raises ValueError on unequal\nlengths if strict is true.", newZip, nil)
	enumerateType    = py.NewTypeX("enumerate", "enumerate(iterable, start=0)\n\nIterates over (count, item) pairs, counting from start.", newEnumerate, nil)
	reversedType     = py.NewType("reversed", "reversed(sequence, /)\n\nIterates over the sequence from its last item to its first.")
	listRevIterType  = py.NewType("list_reverseiterator", "")
	callIterType     = py.NewType("callable_iterator", "")
	rangeRevIterType = py.NewType("range_iterator", "")
)

func init() {
	reversedType.New = newReversed
	if err := py.TypeMakeReady(); err != nil {
		panic(err)
	}
}

// iterRepr is the repr of the lazy iterators.
func iterRepr(o py.Object) (py.Object, error) {
	return py.String(fmt.Sprintf("<%s object at %p>", o.Type().Name, o)), nil
}

type mapIter struct {
	fn    py.Object
	iters []py.Object
}

func (m *mapIter) Type() *py.Type                { return mapType }
func (m *mapIter) M__iter__() (py.Object, error) { return m, nil }
func (m *mapIter) M__repr__() (py.Object, error) { return iterRepr(m) }

func (m *mapIter) M__next__() (py.Object, error) {
	args := make(py.Tuple, len(m.iters))
	for i, it := range m.iters {
		v, err := nextItem(it)
		if err != nil {
			return nil, err
		}
		args[i] = v
	}
	return pyCall(m.fn, args, nil)
}

// nextItem is py.Next with every StopIteration (also one raised by
// Python code) turned into gpython's StopIteration, which callers compare
// by identity.
func nextItem(it py.Object) (py.Object, error) {
	v, err := py.Next(it)
	if isStop(err) {
		return nil, py.StopIteration
	}
	return v, err
}

// iters returns an iterator over each of objs.
func iters(objs py.Tuple) ([]py.Object, error) {
	out := make([]py.Object, len(objs))
	for i, o := range objs {
		it, err := iterOf(o)
		if err != nil {
			return nil, err
		}
		out[i] = it
	}
	return out, nil
}

func newMap(_ *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "map() takes no keyword arguments")
	}
	if len(args) < 2 {
		return nil, py.ExceptionNewf(py.TypeError, "map() must have at least two arguments.")
	}
	its, err := iters(args[1:])
	if err != nil {
		return nil, err
	}
	return &mapIter{fn: args[0], iters: its}, nil
}

type filterIter struct {
	fn, it py.Object
}

func (f *filterIter) Type() *py.Type                { return filterType }
func (f *filterIter) M__iter__() (py.Object, error) { return f, nil }
func (f *filterIter) M__repr__() (py.Object, error) { return iterRepr(f) }

func (f *filterIter) M__next__() (py.Object, error) {
	for {
		v, err := nextItem(f.it)
		if err != nil {
			return nil, err
		}
		test := v
		if f.fn != py.None && f.fn != py.BoolType {
			if test, err = pyCall(f.fn, py.Tuple{v}, nil); err != nil {
				return nil, err
			}
		}
		ok, err := py.ObjectIsTrue(test)
		if err != nil {
			return nil, err
		}
		if ok {
			return v, nil
		}
	}
}

func newFilter(_ *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := exactArgs("filter", args, kwargs, 2, 2); err != nil {
		return nil, err
	}
	it, err := iterOf(args[1])
	if err != nil {
		return nil, err
	}
	return &filterIter{fn: args[0], it: it}, nil
}

type zipIter struct {
	iters  []py.Object
	strict bool
	done   bool
}

func (z *zipIter) Type() *py.Type                { return zipType }
func (z *zipIter) M__iter__() (py.Object, error) { return z, nil }
func (z *zipIter) M__repr__() (py.Object, error) { return iterRepr(z) }

func (z *zipIter) M__next__() (py.Object, error) {
	if z.done || len(z.iters) == 0 {
		return nil, py.StopIteration
	}
	out := make(py.Tuple, len(z.iters))
	for i, it := range z.iters {
		v, err := nextItem(it)
		if isStop(err) {
			z.done = true
			if z.strict {
				return nil, z.mismatch(i)
			}
		}
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}

// mismatch is strict zip's error when iterator i ran out first: shorter
// than those before it, or, when i is 0, longer for the first of the
// others that still has items.
func (z *zipIter) mismatch(i int) error {
	args := func(n int) string {
		if n == 1 {
			return "argument 1"
		}
		return fmt.Sprintf("arguments 1-%d", n)
	}
	if i > 0 {
		return py.ExceptionNewf(py.ValueError, "zip() argument %d is shorter than %s", i+1, args(i))
	}
	for j := 1; j < len(z.iters); j++ {
		_, err := py.Next(z.iters[j])
		if err == nil {
			return py.ExceptionNewf(py.ValueError, "zip() argument %d is longer than %s", j+1, args(j))
		}
		if !isStop(err) {
			return err
		}
	}
	return py.StopIteration
}

func newZip(_ *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	kw, err := keywords("zip", kwargs, "strict")
	if err != nil {
		return nil, err
	}
	strict := false
	if s, ok := kw["strict"]; ok {
		if strict, err = py.ObjectIsTrue(s); err != nil {
			return nil, err
		}
	}
	its, err := iters(args)
	if err != nil {
		return nil, err
	}
	return &zipIter{iters: its, strict: strict}, nil
}

type enumerateIter struct {
	it    py.Object
	count py.Object
}

func (e *enumerateIter) Type() *py.Type                { return enumerateType }
func (e *enumerateIter) M__iter__() (py.Object, error) { return e, nil }
func (e *enumerateIter) M__repr__() (py.Object, error) { return iterRepr(e) }

func (e *enumerateIter) M__next__() (py.Object, error) {
	v, err := nextItem(e.it)
	if err != nil {
		return nil, err
	}
	n := e.count
	if e.count, err = py.Add(n, py.Int(1)); err != nil {
		return nil, err
	}
	return py.Tuple{n, v}, nil
}

func newEnumerate(_ *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var iterable py.Object
	var start py.Object = py.Int(0)
	if _, ok := kwargs["iterable"]; !ok && len(args) == 0 {
		return nil, py.ExceptionNewf(py.TypeError, "enumerate() missing required argument 'iterable'")
	}
	if err := py.ParseTupleAndKeywords(args, kwargs, "O|O:enumerate", []string{"iterable", "start"}, &iterable, &start); err != nil {
		return nil, err
	}
	it, err := iterOf(iterable)
	if err != nil {
		return nil, err
	}
	n, err := indexBig(start)
	if err != nil {
		return nil, err
	}
	return &enumerateIter{it: it, count: fromBig(n)}, nil
}

// seqRevIter walks a sequence backwards by index.
type seqRevIter struct {
	typ *py.Type
	seq py.Object
	i   int
}

func (r *seqRevIter) Type() *py.Type                { return r.typ }
func (r *seqRevIter) M__iter__() (py.Object, error) { return r, nil }
func (r *seqRevIter) M__repr__() (py.Object, error) { return iterRepr(r) }

func (r *seqRevIter) M__next__() (py.Object, error) {
	if l, ok := r.seq.(*py.List); ok && r.i >= len(l.Items) {
		r.i = -1
	}
	if r.i < 0 {
		return nil, py.StopIteration
	}
	v, err := py.GetItem(r.seq, py.Int(r.i))
	if err != nil {
		r.i = -1
		if py.IsException(py.IndexError, err) || isStop(err) {
			return nil, py.StopIteration
		}
		return nil, err
	}
	r.i--
	return v, nil
}

func newReversed(_ *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := exactArgs("reversed", args, kwargs, 1, 1); err != nil {
		return nil, err
	}
	seq := args[0]
	if m := seq.Type().Lookup("__reversed__"); m != nil {
		if m == py.None {
			return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not reversible", seq.Type().Name)
		}
		fn, err := getAttr(seq, "__reversed__")
		if err != nil {
			return nil, err
		}
		return pyCall(fn, nil, nil)
	}
	if r, ok := seq.(py.I__reversed__); ok && !isInstance(seq) {
		// A Go type's own (dict views).
		return r.M__reversed__()
	}
	switch s := seq.(type) {
	case *py.List:
		return &seqRevIter{typ: listRevIterType, seq: s, i: len(s.Items) - 1}, nil
	case py.Tuple:
		return &seqRevIter{typ: reversedType, seq: s, i: len(s) - 1}, nil
	case py.String:
		runes := []rune(string(s))
		chars := make(py.Tuple, len(runes))
		for i, r := range runes {
			chars[i] = py.String(string(r))
		}
		return &seqRevIter{typ: reversedType, seq: chars, i: len(chars) - 1}, nil
	case *py.Range:
		return &seqRevIter{typ: rangeRevIterType, seq: s, i: int(s.Length) - 1}, nil
	case py.StringDict:
		return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not reversible", seq.Type().Name)
	}
	if !hasSeqMethods(seq) {
		return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not reversible", seq.Type().Name)
	}
	n, err := builtinLen(nil, py.Tuple{seq})
	if err != nil {
		return nil, err
	}
	return &seqRevIter{typ: reversedType, seq: seq, i: int(n.(py.Int)) - 1}, nil
}

// hasSeqMethods reports whether o has both __len__ and __getitem__.
func hasSeqMethods(o py.Object) bool {
	if isInstance(o) {
		return hasMethod(o, "__len__") && hasMethod(o, "__getitem__")
	}
	_, l := o.(py.I__len__)
	_, g := o.(py.I__getitem__)
	return (l || hasMethod(o, "__len__")) && (g || hasMethod(o, "__getitem__"))
}

// callIter is iter(callable, sentinel).
type callIter struct {
	fn, sentinel py.Object
	done         bool
}

func (c *callIter) Type() *py.Type                { return callIterType }
func (c *callIter) M__iter__() (py.Object, error) { return c, nil }
func (c *callIter) M__repr__() (py.Object, error) { return iterRepr(c) }

func (c *callIter) M__next__() (py.Object, error) {
	if c.done {
		return nil, py.StopIteration
	}
	v, err := pyCall(c.fn, nil, nil)
	if isStop(err) {
		c.done = true
		return nil, py.StopIteration
	}
	if err != nil {
		return nil, err
	}
	eq, err := py.Eq(v, c.sentinel)
	if err != nil {
		return nil, err
	}
	if same, err := py.ObjectIsTrue(eq); err != nil || same {
		c.done = err == nil
		if err != nil {
			return nil, err
		}
		return nil, py.StopIteration
	}
	return v, nil
}

// newInt is int(x=0, /, base=10).
func newInt(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	kw, err := keywords("int", kwargs, "base")
	if err != nil {
		return nil, err
	}
	if len(args) > 2 || len(args)+len(kw) > 2 {
		return nil, py.ExceptionNewf(py.TypeError, "int() takes at most 2 arguments (%d given)", len(args)+len(kw))
	}
	baseObj, hasBase := kw["base"]
	if len(args) == 2 {
		if hasBase {
			return nil, py.ExceptionNewf(py.TypeError, "argument for int() given by name ('base') and position (2)")
		}
		baseObj, hasBase = args[1], true
	}
	if len(args) == 0 {
		if hasBase {
			return nil, py.ExceptionNewf(py.TypeError, "int() missing string argument")
		}
		return py.Int(0), nil
	}
	x := args[0]
	if !hasBase {
		return intOf(x)
	}
	b, err := indexBig(baseObj)
	if err != nil {
		return nil, err
	}
	base := int(b.Int64())
	if !b.IsInt64() || base != 0 && (base < 2 || base > 36) {
		return nil, py.ExceptionNewf(py.ValueError, "int() base must be >= 2 and <= 36, or 0")
	}
	switch s := x.(type) {
	case py.String:
		return parseInt(string(s), base, x)
	case py.Bytes:
		return parseInt(string(s), base, x)
	}
	return nil, py.ExceptionNewf(py.TypeError, "int() can't convert non-string with explicit base")
}

// intOf is int(x) without a base.
func intOf(x py.Object) (py.Object, error) {
	switch v := x.(type) {
	case py.Int, *py.BigInt:
		return v, nil
	case py.Bool:
		b, _ := toBig(v)
		return fromBig(b), nil
	case py.Float:
		f := float64(v)
		switch {
		case math.IsNaN(f):
			return nil, py.ExceptionNewf(py.ValueError, "cannot convert float NaN to integer")
		case math.IsInf(f, 0):
			return nil, py.ExceptionNewf(py.OverflowError, "cannot convert float infinity to integer")
		}
		b, _ := big.NewFloat(math.Trunc(f)).Int(nil)
		return fromBig(b), nil
	case py.String:
		return parseInt(string(v), 10, x)
	case py.Bytes:
		return parseInt(string(v), 10, x)
	case py.Complex:
		return nil, py.ExceptionNewf(py.TypeError, "int() argument must be a string, a bytes-like object or a real number, not 'complex'")
	}
	for _, name := range []string{"__int__", "__index__", "__trunc__"} {
		if r, ok, err := py.TypeCall0(x, name); ok {
			if err != nil {
				return nil, err
			}
			if b, ok := toBig(r); ok {
				return fromBig(b), nil
			}
			return nil, py.ExceptionNewf(py.TypeError, "%s returned non-int (type %s)", name, r.Type().Name)
		}
	}
	if i, ok := x.(py.I__int__); ok {
		return i.M__int__()
	}
	return nil, py.ExceptionNewf(py.TypeError, "int() argument must be a string, a bytes-like object or a real number, not '%s'", x.Type().Name)
}

// maxIntDigits is CPython's default limit on the digits of a decimal
// string converted to int.
const maxIntDigits = 4300

// parseInt parses an int literal as int(s, base) does: surrounding
// whitespace, a sign, a prefix matching the base (any prefix for base 0),
// single underscores between digits, and Unicode decimal digits.
func parseInt(s string, base int, orig py.Object) (py.Object, error) {
	bad := func() error {
		r, err := reprOf(orig)
		if err != nil {
			return err
		}
		if rs := []rune(r); len(rs) > 200 {
			r = string(rs[:200])
		}
		return py.ExceptionNewf(py.ValueError, "invalid literal for int() with base %d: %s", base, r)
	}
	t := strings.TrimFunc(s, isPySpace)
	neg := false
	if t != "" && (t[0] == '+' || t[0] == '-') {
		neg = t[0] == '-'
		t = t[1:]
	}
	radix, body := base, t
	if len(t) >= 2 && t[0] == '0' {
		p := map[byte]int{'x': 16, 'X': 16, 'o': 8, 'O': 8, 'b': 2, 'B': 2}[t[1]]
		if p != 0 && (base == 0 || base == p) {
			radix, body = p, t[2:]
			if body != "" && body[0] == '_' {
				body = body[1:]
			}
		}
	}
	if radix == 0 {
		radix = 10
		if strings.Trim(body, "0_") != "" && body[0] == '0' {
			return nil, bad()
		}
	}
	digits, ok := intDigits(body)
	if !ok {
		return nil, bad()
	}
	if radix&(radix-1) != 0 && len(digits) > maxIntDigits {
		return nil, py.ExceptionNewf(py.ValueError, "Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit", maxIntDigits, len(digits))
	}
	n, ok := new(big.Int).SetString(digits, radix)
	if !ok {
		return nil, bad()
	}
	if neg {
		n.Neg(n)
	}
	return fromBig(n), nil
}

// intDigits turns the digits of an int literal into ASCII without the
// underscores, which must each sit between two digits.
func intDigits(body string) (string, bool) {
	var b strings.Builder
	prevUnderscore := true
	for _, r := range body {
		switch {
		case r == '_':
			if prevUnderscore {
				return "", false
			}
			prevUnderscore = true
			continue
		case r < 0x80 && (r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'):
			b.WriteRune(r)
		case unicode.Is(unicode.Nd, r):
			b.WriteByte(byte('0' + digitValue(r)))
		default:
			return "", false
		}
		prevUnderscore = false
	}
	return b.String(), b.Len() > 0 && !prevUnderscore
}

// digitValue is the value of a Unicode decimal digit: decimal digits come
// in runs of ten starting at zero.
func digitValue(r rune) int {
	start := r
	for unicode.Is(unicode.Nd, start-1) {
		start--
	}
	return int(r-start) % 10
}

// isPySpace is str.isspace() for one character.
func isPySpace(r rune) bool {
	return unicode.IsSpace(r) || r == 0x1c || r == 0x1d || r == 0x1e || r == 0x1f
}
