package interp

import (
	"slices"

	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/py"
)

// scopeNames is, for one code object, the names its own scope uses on
// each source line: the names of nested functions, lambdas, classes and
// comprehensions are theirs, except what those evaluate in the enclosing
// scope (defaults, decorators, bases, a comprehension's first iterable).
// It settles which of a cell and a free variable sharing an index an
// instruction means when both names are written on its line.
type scopeNames map[int][]scopeName

// scopeName is a name written in a scope, and whether the scope's code
// reads it (load) or binds or deletes it (store); an augmented
// assignment does both.
type scopeName struct {
	name        string
	load, store bool
}

// scopesOf finds, in tree, the scope of each code object under co that
// has both cell and free variables.
func scopesOf(co *py.Code, tree ast.Ast) map[*py.Code]scopeNames {
	var wanted []*py.Code
	var find func(c *py.Code)
	find = func(c *py.Code) {
		if len(c.Cellvars) > 0 && len(c.Freevars) > 0 {
			wanted = append(wanted, c)
		}
		for _, k := range c.Consts {
			if inner, ok := k.(*py.Code); ok {
				find(inner)
			}
		}
	}
	find(co)
	if len(wanted) == 0 {
		return nil
	}
	if tree == nil {
		return nil
	}
	// gpython gives every code object first line 1, so code objects are
	// paired with the scopes of the tree by name, in source order.
	nodes := map[*py.Code]ast.Ast{}
	pairScopes(co, tree, nodes)
	out := map[*py.Code]scopeNames{}
	for _, c := range wanted {
		if n, ok := nodes[c]; ok {
			out[c] = ownNames(n)
		}
	}
	return out
}

// pairScopes pairs the code objects nested in co with the scopes nested
// in node, by name, in order.
func pairScopes(co *py.Code, node ast.Ast, out map[*py.Code]ast.Ast) {
	out[co] = node
	nested := nestedScopes(node)
	used := make([]bool, len(nested))
	for _, k := range co.Consts {
		c, ok := k.(*py.Code)
		if !ok {
			continue
		}
		for i, n := range nested {
			if !used[i] && scopeOf(n) == c.Name {
				used[i] = true
				pairScopes(c, n, out)
				break
			}
		}
	}
}

// nestedScopes lists the scopes directly nested in node's own scope, in
// the order of the source.
func nestedScopes(node ast.Ast) []ast.Ast {
	var found []ast.Ast
	forEachOwn(node, func(x ast.Ast) {
		if scopeOf(x) != "" {
			found = append(found, x)
		}
	})
	return found
}

// scopeOf is the name of the code object a scope node compiles to, or
// "" for a node that is no scope.
func scopeOf(n ast.Ast) string {
	switch x := n.(type) {
	case *ast.FunctionDef:
		return string(x.Name)
	case *ast.ClassDef:
		return string(x.Name)
	case *ast.Lambda:
		return "<lambda>"
	case *ast.GeneratorExp:
		return "<genexpr>"
	case *ast.ListComp:
		return "<listcomp>"
	case *ast.SetComp:
		return "<setcomp>"
	case *ast.DictComp:
		return "<dictcomp>"
	}
	return ""
}

// ownNames collects the names a scope node's own code uses, by line.
func ownNames(n ast.Ast) scopeNames {
	names := scopeNames{}
	forEachOwn(n, func(x ast.Ast) {
		switch y := x.(type) {
		case *ast.Name:
			use := scopeName{name: string(y.Id), load: y.Ctx == ast.Load || y.Ctx == ast.AugLoad, store: y.Ctx != ast.Load}
			names[y.Lineno] = append(names[y.Lineno], use)
		case *ast.AugAssign:
			if t, ok := y.Target.(*ast.Name); ok {
				names[t.Lineno] = append(names[t.Lineno], scopeName{name: string(t.Id), load: true})
			}
		}
	})
	return names
}

// forEachOwn calls fn for each node that belongs to the scope of n, in
// the order gpython's compiler emits their code: not
// the insides of nested functions, lambdas, classes and comprehensions,
// but what they evaluate in this scope (decorators, defaults, bases, a
// comprehension's first iterable), and the nested scope nodes themselves.
func forEachOwn(n ast.Ast, fn func(ast.Ast)) {
	var visit func(ast.Ast) bool
	walk := func(x ast.Ast) {
		if x != nil {
			ast.Walk(x, visit)
		}
	}
	walkExprs := func(xs []ast.Expr) {
		for _, x := range xs {
			walk(x)
		}
	}
	outer := func(x ast.Ast) {
		switch y := x.(type) {
		case *ast.FunctionDef:
			walkExprs(y.DecoratorList)
			if y.Args != nil {
				walkExprs(y.Args.Defaults)
				walkExprs(y.Args.KwDefaults)
			}
		case *ast.Lambda:
			if y.Args != nil {
				walkExprs(y.Args.Defaults)
				walkExprs(y.Args.KwDefaults)
			}
		case *ast.ClassDef:
			walkExprs(y.DecoratorList)
			walkExprs(y.Bases)
		case *ast.GeneratorExp:
			walk(y.Generators[0].Iter)
		case *ast.ListComp:
			walk(y.Generators[0].Iter)
		case *ast.SetComp:
			walk(y.Generators[0].Iter)
		case *ast.DictComp:
			walk(y.Generators[0].Iter)
		}
	}
	visit = func(x ast.Ast) bool {
		if scopeOf(x) != "" {
			outer(x)
			fn(x)
			return false
		}
		fn(x)
		if d, ok := x.(*ast.Dict); ok {
			// gpython evaluates each value before its key.
			for i := range d.Keys {
				if i < len(d.Values) {
					walk(d.Values[i])
				}
				walk(d.Keys[i])
			}
			return false
		}
		return true
	}
	// The order gpython compiles a comprehension in: each loop's target,
	// iterable (the first one is the enclosing scope's) and conditions,
	// then the element.
	comprehension := func(elts []ast.Expr, gens []ast.Comprehension) {
		for i, g := range gens {
			walk(g.Target)
			if i > 0 {
				walk(g.Iter)
			}
			walkExprs(g.Ifs)
		}
		walkExprs(elts)
	}
	walkBody := func(body []ast.Stmt) {
		for _, s := range body {
			walk(s)
		}
	}
	switch x := n.(type) {
	case *ast.Module:
		walkBody(x.Body)
	case *ast.Interactive:
		walkBody(x.Body)
	case *ast.Expression:
		walk(x.Body)
	case *ast.FunctionDef:
		walkBody(x.Body)
	case *ast.ClassDef:
		walkBody(x.Body)
	case *ast.Lambda:
		walk(x.Body)
	case *ast.GeneratorExp:
		comprehension([]ast.Expr{x.Elt}, x.Generators)
	case *ast.ListComp:
		comprehension([]ast.Expr{x.Elt}, x.Generators)
	case *ast.SetComp:
		comprehension([]ast.Expr{x.Elt}, x.Generators)
	case *ast.DictComp:
		comprehension([]ast.Expr{x.Value, x.Key}, x.Generators) // value first, as gpython compiles it
	}
}

// ordered lists the scope's own names on lines first to last that are
// cell or free and are accessed as the instruction does, in the order the
// compiler emits them: the k-th ambiguous instruction is the k-th name.
func (s scopeNames) ordered(first, last int32, cell, free string, store bool) []string {
	var out []string
	for line := first; line <= last; line++ {
		for _, n := range s[int(line)] {
			if (n.name == cell || n.name == free) && (store && n.store || !store && n.load) {
				out = append(out, n.name)
			}
		}
	}
	return out
}

// decide tells, from the scope's own names on lines first to last, whether the
// instruction means free rather than cell; ok is false when the line
// names both or neither.
func (s scopeNames) decide(first, last int32, cell, free string, store bool) (useFree, ok bool) {
	// A read settles a load, a binding a store.
	names := s.ordered(first, last, cell, free, store)
	hasCell, hasFree := slices.Contains(names, cell), slices.Contains(names, free)
	if hasCell == hasFree {
		return false, false
	}
	return hasFree, true
}
