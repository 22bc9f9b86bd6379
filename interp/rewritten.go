package interp

import (
	"errors"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/spython/spython/interp/pyobj"
	"github.com/spython/spython/interp/rewrite"
)

// gpython's parser is Python 3.4's. Every source text goes through
// rewrite.Source before it is compiled, which turns f-strings and the
// unpackings of PEP 448 into calls of the builtins below.

// rewriteSource rewrites src for the parser; a malformed f-string is a
// SyntaxError at its place. It also returns where the source had
// positional-only parameters, and the functions and classes whose private
// names it mangled (see rewrite.Mangle). Private names are mangled once
// f-strings are ordinary calls and the annotations kept as source text are
// strings, which CPython does not mangle.
func rewriteSource(src, filename string) (string, []rewrite.PosOnly, map[string]string, error) {
	out, err := rewrite.NamedEscapes(src, lookupRuneName)
	if err == nil {
		out, err = rewrite.Source(rewrite.Walrus(out))
	}
	if err != nil {
		var se *rewrite.SyntaxError
		if errors.As(err, &se) {
			e := py.ExceptionNewf(py.SyntaxError, "%s", se.Msg)
			return "", nil, nil, py.MakeSyntaxError(e, filename, se.Line, se.Col, sourceLineOf(src, se.Line))
		}
		return "", nil, nil, err
	}
	out, defs := rewrite.Mangle(rewrite.PostponedAnnotations(rewrite.Annotations(rewrite.Numbers(out))))
	out, marks := rewrite.PositionalOnly(out)
	return out, marks, defs, nil
}

func sourceLineOf(src string, n int) string {
	lines := strings.SplitN(src, "\n", n+1)
	if n < 1 || n > len(lines) {
		return ""
	}
	return lines[n-1]
}

func addRewriteBuiltins(b py.StringDict) {
	b[rewrite.WalrusFunc] = py.MustNewMethod(rewrite.WalrusFunc, walrusBind, 0, "NAME := value")
	b[rewrite.DecoratorFunc] = py.MustNewMethod(rewrite.DecoratorFunc, func(_ py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "%s expected 1 argument, got %d", rewrite.DecoratorFunc, len(args))
		}
		return args[0], nil
	}, 0, "@expression")
	b["__spython_annotate__"] = py.MustNewMethod("__spython_annotate__", annotate, 0, "Record the annotation of a name in a module or class body.")
	b["__spython_fstring__"] = py.MustNewMethod("__spython_fstring__", fstring, 0, "Join the pieces of an f-string.")
	b["__spython_list__"] = py.MustNewMethod("__spython_list__", func(_ py.Object, args py.Tuple) (py.Object, error) {
		items, err := concat(args)
		return py.NewListFromItems(items), err
	}, 0, "[*a, *b]")
	b["__spython_tuple__"] = py.MustNewMethod("__spython_tuple__", func(_ py.Object, args py.Tuple) (py.Object, error) {
		items, err := concat(args)
		return py.Tuple(items), err
	}, 0, "(*a, *b)")
	b["__spython_set__"] = py.MustNewMethod("__spython_set__", func(_ py.Object, args py.Tuple) (py.Object, error) {
		items, err := concat(args)
		if err != nil {
			return nil, err
		}
		return newDisplaySet(items, false)
	}, 0, "{*a, *b}")
	b["__spython_dict__"] = py.MustNewMethod("__spython_dict__", func(_ py.Object, args py.Tuple) (py.Object, error) {
		return mergeMappings(args, false)
	}, 0, "{**a, **b}")
	b["__spython_kwargs__"] = py.MustNewMethod("__spython_kwargs__", func(_ py.Object, args py.Tuple) (py.Object, error) {
		return mergeMappings(args, true)
	}, 0, "f(**a, **b)")
}

// fstring joins literal pieces and (value, conversion, spec) fields.
func fstring(_ py.Object, args py.Tuple) (py.Object, error) {
	var b strings.Builder
	for _, piece := range args {
		if s, ok := piece.(py.String); ok {
			b.WriteString(string(s))
			continue
		}
		field, ok := piece.(py.Tuple)
		if !ok || len(field) != 3 {
			return nil, py.ExceptionNewf(py.SystemError, "bad f-string field")
		}
		value := field[0]
		conv, _ := field[1].(py.String)
		spec, _ := field[2].(py.String)
		var text string
		var err error
		switch conv {
		case "r":
			text, err = reprOf(value)
			value = py.String(text)
		case "s":
			text, err = strOf(value)
			value = py.String(text)
		case "a":
			text, err = reprOf(value)
			value = py.String(asciiEscape(text))
		}
		if err != nil {
			return nil, err
		}
		out, err := formatValue(value, string(spec))
		if err != nil {
			return nil, err
		}
		b.WriteString(out)
	}
	return py.String(b.String()), nil
}

func concat(iterables py.Tuple) ([]py.Object, error) {
	var items []py.Object
	for _, it := range iterables {
		switch x := it.(type) {
		case py.Tuple:
			items = append(items, x...)
			continue
		case *py.List:
			items = append(items, x.Items...)
			continue
		}
		iter, err := py.Iter(it)
		if err != nil {
			return nil, err
		}
		if err := iterate(iter, func(o py.Object) error { items = append(items, o); return nil }); err != nil {
			return nil, err
		}
	}
	return items, nil
}

// mergeMappings builds {**a, **b}; for keyword arguments a key given twice
// is an error.
func mergeMappings(mappings py.Tuple, unique bool) (py.Object, error) {
	out := pyobj.NewDict()
	for _, m := range mappings {
		err := eachMappingItem(m, func(k, v py.Object) error {
			if unique {
				if _, ok := k.(py.String); !ok {
					return py.ExceptionNewf(py.TypeError, "keywords must be strings")
				}
				if _, found, err := out.Get(k); err != nil || found {
					if err != nil {
						return err
					}
					return py.ExceptionNewf(py.TypeError, "got multiple values for keyword argument '%s'", string(k.(py.String)))
				}
			}
			return out.SetItem(k, v)
		})
		if err != nil {
			if py.IsException(py.AttributeError, err) {
				return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not a mapping", m.Type().Name)
			}
			return nil, err
		}
	}
	return out, nil
}

// annotate records name: annotation in the __annotations__ of the module
// or class body running, as an annotated assignment does there.
func annotate(_ py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 2 {
		return nil, py.ExceptionNewf(py.TypeError, "__spython_annotate__ expected 2 arguments, got %d", len(args))
	}
	f := active.Load().frame()
	if f == nil || f.Locals == nil {
		return py.None, nil
	}
	anns, ok := f.Locals["__annotations__"]
	if !ok {
		anns = pyobj.NewDict()
		f.Locals["__annotations__"] = anns
	}
	_, err := py.SetItem(anns, args[0], args[1])
	return py.None, err
}
