package interp

import (
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/go-python/gpython/py"
)

// gpython v0.2.0 prints a one-element tuple as (1), floats in Go's format
// (1e16 as 10000000000000000.0, inf as +Inf) and exceptions with Go
// quoting. Its tuple, float and exception types cannot be changed from
// outside, so spython formats values itself wherever a script turns them
// into text: print, str(), repr(), format, % and f-strings.

// reprOf is repr(o).
func reprOf(o py.Object) (string, error) {
	return reprDepth(o, 0)
}

// listsInRepr are the lists whose repr is being written.
var listsInRepr = struct {
	sync.Mutex
	active map[*py.List]bool
}{active: map[*py.List]bool{}}

// enterRepr marks l as being written; false when it already is.
func enterRepr(l *py.List) bool {
	listsInRepr.Lock()
	defer listsInRepr.Unlock()
	if listsInRepr.active[l] {
		return false
	}
	listsInRepr.active[l] = true
	return true
}

func leaveRepr(l *py.List) {
	listsInRepr.Lock()
	delete(listsInRepr.active, l)
	listsInRepr.Unlock()
}

// maxReprDepth bounds the nesting of containers repr follows, as
// CPython's recursion limit does.
const maxReprDepth = 1000

func reprDepth(o py.Object, depth int) (string, error) {
	if depth > maxReprDepth {
		return "", py.ExceptionNewf(RecursionError, "maximum recursion depth exceeded while getting the repr of an object")
	}
	switch v := o.(type) {
	case py.Int:
		return strconv.FormatInt(int64(v), 10), nil
	case py.Float:
		return floatRepr(float64(v)), nil
	case py.Complex:
		return complexRepr(complex128(v)), nil
	case py.Tuple:
		if len(v) == 1 {
			s, err := reprDepth(v[0], depth+1)
			return "(" + s + ",)", err
		}
		return joinReprs("(", ")", v, depth)
	case *py.List:
		// A list that contains itself prints as [...] there, as in
		// CPython.
		if !enterRepr(v) {
			return "[...]", nil
		}
		defer leaveRepr(v)
		return joinReprs("[", "]", v.Items, depth)
	case *py.Exception:
		if o == py.NotImplemented {
			// gpython's NotImplemented is an exception object.
			return "NotImplemented", nil
		}
		return exceptionReprString(v.Type().Name, v, depth)
	case *py.Function:
		return fmt.Sprintf("<function %s at %p>", v.Qualname, v), nil
	case *py.Slice:
		return sliceRepr(v, depth)
	case *py.RangeIterator:
		return fmt.Sprintf("<range_iterator object at %p>", v), nil
	case *py.Module:
		if file, ok := v.Globals["__file__"].(py.String); ok && !strings.HasPrefix(string(file), "<") {
			return fmt.Sprintf("<module '%s' from '%s'>", moduleName(v), string(file)), nil
		}
		return fmt.Sprintf("<module '%s' (built-in)>", moduleName(v)), nil
	case *py.Method:
		return "<built-in function " + v.Name + ">", nil
	case *py.BoundMethod:
		switch m := v.Method.(type) {
		case *py.Function:
			self, err := reprDepth(v.Self, depth+1)
			return "<bound method " + m.Qualname + " of " + self + ">", err
		case *py.Method:
			return fmt.Sprintf("<built-in method %s of %s object at %p>", m.Name, v.Self.Type().Name, v.Self), nil
		}
	case *py.Type:
		if res, ok, err := metaSpecial(v, "__repr__"); ok {
			if err != nil {
				return "", err
			}
			s, ok := res.(py.String)
			if !ok {
				return "", py.ExceptionNewf(py.TypeError, "__repr__ returned non-string (type %s)", res.Type().Name)
			}
			return string(s), nil
		}
		if isClass(v) {
			mod := "builtins"
			if m, ok := v.Dict["__module__"].(py.String); ok {
				mod = string(m)
			}
			name := classQualname(v)
			if mod == "builtins" {
				return "<class '" + name + "'>", nil
			}
			return "<class '" + mod + "." + name + "'>", nil
		}
	case *Instance:
		if _, ok := userLookup(v.cls, "__repr__"); !ok && v.base != nil {
			if e, ok := v.base.(*py.Exception); ok {
				return exceptionReprString(v.cls.Name, e, depth)
			}
			return reprDepth(v.base, depth+1)
		}
	}
	r, err := py.Repr(o)
	if err != nil {
		return "", err
	}
	s, ok := r.(py.String)
	if !ok {
		return "", py.ExceptionNewf(py.TypeError, "__repr__ returned non-string (type %s)", r.Type().Name)
	}
	return string(s), nil
}

func joinReprs(open, close string, items []py.Object, depth int) (string, error) {
	var b strings.Builder
	b.WriteString(open)
	for i, item := range items {
		if i > 0 {
			b.WriteString(", ")
		}
		s, err := reprDepth(item, depth+1)
		if err != nil {
			return "", err
		}
		b.WriteString(s)
	}
	b.WriteString(close)
	return b.String(), nil
}

func exceptionReprString(name string, e *py.Exception, depth int) (string, error) {
	args, _ := e.Args.(py.Tuple)
	return joinReprs(name+"(", ")", args, depth)
}

// strOf is str(o).
func strOf(o py.Object) (string, error) {
	switch v := o.(type) {
	case py.String:
		return string(v), nil
	case py.Int:
		return strconv.FormatInt(int64(v), 10), nil
	case py.Float:
		return floatRepr(float64(v)), nil
	case py.Complex:
		return complexRepr(complex128(v)), nil
	case py.Tuple, *py.List, *py.Type, *py.Function, *py.Method, *py.BoundMethod, *py.Module, *py.Slice, *py.RangeIterator:
		return reprOf(o)
	case *py.Exception:
		if o == py.NotImplemented {
			return "NotImplemented", nil
		}
		return exceptionStr(v)
	case *Instance:
		// Without a __str__ of its own, a class derived from str,
		// bytes or an exception uses the base's __str__, which comes
		// before object's in the MRO; the other built-in types have
		// none, so object's calls the class's __repr__.
		if _, ok := userLookup(v.cls, "__str__"); !ok && hasOwnStr(v.base) {
			if e, ok := v.base.(*py.Exception); ok {
				return exceptionStr(e)
			}
			return strOf(v.base)
		}
	}
	r, err := py.Str(o)
	if err != nil {
		return "", err
	}
	s, ok := r.(py.String)
	if !ok {
		return "", py.ExceptionNewf(py.TypeError, "__str__ returned non-string (type %s)", r.Type().Name)
	}
	return string(s), nil
}

// hasOwnStr tells the built-in values whose type defines __str__.
func hasOwnStr(v py.Object) bool {
	switch v.(type) {
	case py.String, py.Bytes, *py.Exception:
		return true
	}
	return false
}

// exceptionStr is BaseException.__str__: the one argument, or the
// arguments as a tuple; a KeyError shows its key's repr.
func exceptionStr(e *py.Exception) (string, error) {
	args, _ := e.Args.(py.Tuple)
	if e.Type().IsSubtype(py.UnicodeDecodeError) || e.Type().IsSubtype(py.UnicodeEncodeError) {
		if s, ok := unicodeErrorStr(e); ok {
			return s, nil
		}
	}
	if e.Type().IsSubtype(py.OSError) && len(args) == 2 {
		// [Errno 2] No such file or directory: 'x'
		errno, _ := strOf(args[0])
		msg, _ := strOf(args[1])
		s := "[Errno " + errno + "] " + msg
		if f, ok := e.Dict["filename"]; ok && f != py.None {
			text, err := reprOf(f)
			if err != nil {
				return "", err
			}
			s += ": " + text
			if f2, ok := e.Dict["filename2"]; ok && f2 != py.None {
				text, err := reprOf(f2)
				if err != nil {
					return "", err
				}
				s += " -> " + text
			}
		}
		return s, nil
	}
	switch len(args) {
	case 0:
		return "", nil
	case 1:
		if e.Type().IsSubtype(py.KeyError) {
			return reprOf(args[0])
		}
		return strOf(args[0])
	}
	return reprOf(args)
}

// installStr makes str(x) use strOf; str(b, encoding) decodes bytes.
func installStr() {
	py.StringType.New = func(_ *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(args) == 1 && len(kwargs) == 0 {
			s, err := strOf(args[0])
			return py.String(s), err
		}
		var o, encoding, errs py.Object = py.String(""), nil, nil
		err := py.ParseTupleAndKeywords(args, kwargs, "|OOO:str", []string{"object", "encoding", "errors"}, &o, &encoding, &errs)
		if err != nil {
			return nil, err
		}
		if encoding != nil || errs != nil {
			b, ok := o.(py.Bytes)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "decoding to str: need a bytes-like object, %s found", o.Type().Name)
			}
			args := py.Tuple{}
			if encoding != nil {
				args = append(args, encoding)
			}
			if errs != nil {
				args = append(args, errs)
			}
			decode, err := py.GetAttrString(b, "decode")
			if err != nil {
				return nil, err
			}
			return py.Call(decode, args, nil)
		}
		s, err := strOf(o)
		return py.String(s), err
	}
}

// builtinRepr is repr(obj).
func builtinRepr(_ py.Object, o py.Object) (py.Object, error) {
	s, err := reprOf(o)
	return py.String(s), err
}

// print is print(*objects, sep=' ', end='\n', file=None, flush=False).
func (c *Context) builtinPrint(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var sep, end, file, flush py.Object = py.None, py.None, py.None, py.False
	if err := py.ParseTupleAndKeywords(nil, kwargs, "|OOOO:print", []string{"sep", "end", "file", "flush"}, &sep, &end, &file, &flush); err != nil {
		return nil, err
	}
	text := func(o py.Object, def, what string) (string, error) {
		if o == py.None {
			return def, nil
		}
		s, ok := o.(py.String)
		if !ok {
			return "", py.ExceptionNewf(py.TypeError, "%s must be None or a string, not %s", what, o.Type().Name)
		}
		return string(s), nil
	}
	sepText, err := text(sep, " ", "sep")
	if err != nil {
		return nil, err
	}
	endText, err := text(end, "\n", "end")
	if err != nil {
		return nil, err
	}
	if file == py.None {
		sys, err := c.GetModule("sys")
		if err != nil {
			return nil, err
		}
		file = sys.Globals["stdout"]
		if file == nil || file == py.None {
			return py.None, nil
		}
	}
	var b strings.Builder
	for i, a := range args {
		if i > 0 {
			b.WriteString(sepText)
		}
		s, err := strOf(a)
		if err != nil {
			return nil, err
		}
		b.WriteString(s)
	}
	b.WriteString(endText)
	write, err := getAttr(file, "write")
	if err != nil {
		return nil, err
	}
	if _, err := py.Call(write, py.Tuple{py.String(b.String())}, nil); err != nil {
		return nil, err
	}
	if t, _ := truth(flush); t {
		if fl, err := getAttr(file, "flush"); err == nil {
			if _, err := py.Call(fl, nil, nil); err != nil {
				return nil, err
			}
		}
	}
	return py.None, nil
}

// keyError is KeyError(key): its message is the key's repr.
func keyError(key py.Object) error {
	e, err := py.ExceptionNew(py.KeyError, py.Tuple{key}, nil)
	if err != nil {
		return err
	}
	return e.(*py.Exception)
}
