package interp

import (
	"sync"

	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/py"
)

// gpython v0.2.0 pairs the defaults of keyword-only parameters with the
// first parameters rather than with those that have them: for
// `def f(*, c, d=4)` the function gets c=4 and d is required. Its parser
// keeps only the defaults, not whose they are, but their positions in the
// source tell: a default belongs to the last keyword-only parameter written
// before it. kwDefaultNames records, for each code object of a function
// with such defaults, the names in order; MAKE_FUNCTION uses them.

var kwDefaultNames sync.Map // *py.Code -> []string

// recordKwDefaults fills kwDefaultNames for the functions of co, compiled
// from the source whose syntax tree is tree.
func recordKwDefaults(co *py.Code, tree ast.Ast) {
	if !hasKwOnly(co) || tree == nil {
		return
	}
	var funcs []kwFunc
	ast.Walk(tree, func(node ast.Ast) bool {
		switch n := node.(type) {
		case *ast.FunctionDef:
			funcs = appendKwFunc(funcs, string(n.Name), n.Args)
		case *ast.Lambda:
			funcs = appendKwFunc(funcs, "<lambda>", n.Args)
		}
		return true
	})
	if len(funcs) > 0 {
		matchKwDefaults(co, funcs)
	}
}

type kwFunc struct {
	name  string
	names []string // of the keyword-only parameters with defaults, in order
	used  bool
}

func appendKwFunc(funcs []kwFunc, name string, args *ast.Arguments) []kwFunc {
	if args == nil || len(args.KwDefaults) == 0 {
		return funcs
	}
	names := make([]string, 0, len(args.KwDefaults))
	for _, d := range args.KwDefaults {
		pos := d.GetLineno()*1_000_000 + d.GetColOffset()
		owner := ""
		for _, a := range args.Kwonlyargs {
			if a.Lineno*1_000_000+a.ColOffset < pos {
				owner = string(a.Arg)
			}
		}
		names = append(names, owner)
	}
	return append(funcs, kwFunc{name: name, names: names})
}

// matchKwDefaults pairs the code objects under co with the functions of
// the source, in source order, by name and parameters.
func matchKwDefaults(co *py.Code, funcs []kwFunc) {
	for _, k := range co.Consts {
		inner, ok := k.(*py.Code)
		if !ok {
			continue
		}
		if inner.Kwonlyargcount > 0 {
			kwonly := inner.Varnames[inner.Argcount : inner.Argcount+inner.Kwonlyargcount]
			for i := range funcs {
				f := &funcs[i]
				if f.used || f.name != inner.Name || !allIn(f.names, kwonly) {
					continue
				}
				f.used = true
				kwDefaultNames.Store(inner, f.names)
				break
			}
		}
		matchKwDefaults(inner, funcs)
	}
}

func allIn(names, set []string) bool {
	for _, n := range names {
		found := false
		for _, s := range set {
			found = found || s == n
		}
		if !found {
			return false
		}
	}
	return true
}

func hasKwOnly(co *py.Code) bool {
	for _, k := range co.Consts {
		if inner, ok := k.(*py.Code); ok && (inner.Kwonlyargcount > 0 || hasKwOnly(inner)) {
			return true
		}
	}
	return false
}
