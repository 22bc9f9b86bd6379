package interp

import (
	"fmt"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/spython/spython/interp/pyobj"
)

// Generic aliases: list[int], dict[str, int] (PEP 585). Annotations are
// evaluated when a function is defined, so `def f(x: list[str])` needs
// them; they print as CPython prints them and call their origin.

var genericAliasType = py.NewType("types.GenericAlias", "A class subscripted with type arguments, such as list[int] (PEP 585).")

type genericAlias struct {
	origin *py.Type
	args   py.Tuple
}

func (g *genericAlias) Type() *py.Type { return genericAliasType }

func (g *genericAlias) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	return py.Call(g.origin, args, kwargs)
}

func (g *genericAlias) M__repr__() (py.Object, error) {
	parts := make([]string, len(g.args))
	for i, a := range g.args {
		parts[i] = typeText(a)
	}
	return py.String(typeText(g.origin) + "[" + strings.Join(parts, ", ") + "]"), nil
}

func (g *genericAlias) M__getitem__(key py.Object) (py.Object, error) {
	return nil, py.ExceptionNewf(py.TypeError, "%s is not a generic class", typeText(g))
}

// typeText writes a type in an annotation as typing does: int,
// mod.Class, or the repr of anything else.
func typeText(o py.Object) string {
	switch t := o.(type) {
	case *py.Type:
		if mod, ok := t.Dict["__module__"].(py.String); ok && mod != "builtins" {
			return string(mod) + "." + t.Name
		}
		return t.Name
	case *genericAlias:
		r, _ := t.M__repr__()
		return string(r.(py.String))
	case py.NoneType:
		return "None"
	case py.EllipsisType:
		return "..."
	}
	s, err := reprOf(o)
	if err != nil {
		return fmt.Sprintf("<%s>", o.Type().Name)
	}
	return s
}

// genericTypes are the built-in classes that take [ ].
func genericType(t *py.Type) bool {
	switch t {
	case py.ListType, py.TupleType, py.TypeType, pyobj.DictType, pyobj.SetType, pyobj.FrozenSetType:
		return true
	}
	return false
}

// classSubscript is cls[key]: __class_getitem__ for a class that has it,
// a generic alias for the built-in containers.
func classSubscript(cls *py.Type, key py.Object) (py.Object, bool, error) {
	if res, ok, err := metaSpecial(cls, "__getitem__", key); ok {
		return res, true, err
	}
	if fn, ok := userLookup(cls, "__class_getitem__"); ok {
		if cm, ok := fn.(*py.ClassMethod); ok {
			fn = cm.Callable
		}
		res, err := py.Call(fn, py.Tuple{cls, key}, nil)
		return res, true, err
	}
	if !genericType(cls) {
		return nil, false, nil
	}
	args, ok := key.(py.Tuple)
	if !ok {
		args = py.Tuple{key}
	}
	return &genericAlias{origin: cls, args: args}, true, nil
}

func init() {
	genericAliasType.Dict["__origin__"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		return self.(*genericAlias).origin, nil
	}}
	genericAliasType.Dict["__args__"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		return self.(*genericAlias).args, nil
	}}
}

// addFunctionAttributes gives functions __doc__ and __module__, which
// gpython's lack, and an __annotations__ that keeps its dict and can be
// assigned, as CPython's.
func addFunctionAttributes() {
	d := py.FunctionType.Dict
	// The namespace the function reads its globals from, and the cells of
	// the variables it closes over (None when it closes over nothing).
	// CPython does not audit reading them.
	d["__globals__"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		return self.(*py.Function).Globals, nil
	}}
	py.CellType.Dict["cell_contents"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		if v := self.(*py.Cell).Get(); v != nil {
			return v, nil
		}
		return nil, py.ExceptionNewf(py.ValueError, "Cell is empty")
	}}
	d["__closure__"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		if c := self.(*py.Function).Closure; len(c) > 0 {
			return append(py.Tuple(nil), c...), nil
		}
		return py.None, nil
	}}
	d["__doc__"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			if doc := self.(*py.Function).Doc; doc != nil {
				return doc, nil
			}
			return py.None, nil
		},
		Fset: func(self, v py.Object) error {
			self.(*py.Function).Doc = v
			return nil
		},
	}
	d["__annotations__"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			f := self.(*py.Function)
			if d, ok := f.Annotations[annotationsKey]; ok {
				return d, nil
			}
			out, err := functionAnnotations(f)
			if err != nil {
				return nil, err
			}
			if f.Annotations == nil {
				f.Annotations = py.NewStringDict()
			}
			f.Annotations[annotationsKey] = out
			return out, nil
		},
		Fset: func(self, v py.Object) error {
			f := self.(*py.Function)
			if v == py.None {
				f.Annotations = nil
				return nil
			}
			if _, ok := v.(*pyobj.Dict); !ok {
				return py.ExceptionNewf(py.TypeError, "__annotations__ must be set to a dict object")
			}
			f.Annotations = py.StringDict{annotationsKey: v}
			return nil
		},
		Fdel: func(self py.Object) error {
			self.(*py.Function).Annotations = nil
			return nil
		},
	}
	d["__module__"] = &py.Property{
		Fget: func(self py.Object) (py.Object, error) {
			f := self.(*py.Function)
			if m, ok := f.Dict["__module__"]; ok {
				return m, nil
			}
			if m, ok := f.Globals["__name__"]; ok {
				return m, nil
			}
			return py.None, nil
		},
		Fset: func(self, v py.Object) error {
			self.(*py.Function).Dict["__module__"] = v
			return nil
		},
	}
}

// annotationsKey is where a function keeps the dict its __annotations__
// gives once read or assigned, so that every later read sees that dict.
const annotationsKey = "\x00dict"

// functionAnnotations is a new dict of f's annotations in CPython's order:
// positional-or-keyword parameters, then positional-only ones, *args,
// keyword-only parameters, **kwargs (the code object lists *args after the
// keyword-only ones), then return.
func functionAnnotations(f *py.Function) (*pyobj.Dict, error) {
	out := pyobj.NewDictSized(len(f.Annotations))
	co := f.Code
	pos, kwonly := int(co.Argcount), int(co.Kwonlyargcount)
	posonly := min(positionalOnly(co), pos, len(co.Varnames))
	order := append([]string(nil), co.Varnames[posonly:min(pos, len(co.Varnames))]...)
	order = append(order, co.Varnames[:posonly]...)
	rest := pos + kwonly
	if co.Flags&py.CO_VARARGS != 0 && rest < len(co.Varnames) {
		order = append(order, co.Varnames[rest])
		rest++
	}
	order = append(order, co.Varnames[min(pos, len(co.Varnames)):min(pos+kwonly, len(co.Varnames))]...)
	if co.Flags&py.CO_VARKEYWORDS != 0 && rest < len(co.Varnames) {
		order = append(order, co.Varnames[rest])
	}
	var names []string
	for _, n := range order {
		if _, ok := f.Annotations[n]; ok {
			names = append(names, n)
		}
	}
	if _, ok := f.Annotations["return"]; ok {
		names = append(names, "return")
	}
	for _, n := range names {
		if err := out.SetItem(py.String(n), f.Annotations[n]); err != nil {
			return nil, err
		}
	}
	return out, nil
}
