package interp

import (
	"strings"
	"sync"

	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/py"

	"github.com/spython/spython/interp/rewrite"
)

// gpython's parser predates positional-only parameters (PEP 570). The
// rewriter removes their "/" and says where it was; recordPositionalOnly
// finds the code object of each such function, and bindArguments keeps
// keywords away from its first positionalOnly(co) parameters, as CPython
// does: into **kwargs when the function has one, else a TypeError.

var posOnlyCounts sync.Map // *py.Code -> int

// positionalOnly returns the number of positional-only parameters of co.
func positionalOnly(co *py.Code) int {
	if n, ok := posOnlyCounts.Load(co); ok {
		return n.(int)
	}
	return 0
}

// recordPositionalOnly pairs the marks the rewriter left for the source
// of co, whose syntax tree is tree, with the functions compiled from it.
func recordPositionalOnly(co *py.Code, tree ast.Ast, marks []rewrite.PosOnly) {
	if len(marks) == 0 || tree == nil {
		return
	}
	type key struct{ line, nth int }
	want := make(map[key]int, len(marks))
	for _, m := range marks {
		want[key{m.Line, m.Nth}] = m.Count
	}
	// The def and lambda nodes of each line, in order of their columns.
	onLine := map[int][]ast.Ast{}
	ast.Walk(tree, func(n ast.Ast) bool {
		switch n.(type) {
		case *ast.FunctionDef, *ast.Lambda:
			l := n.GetLineno()
			i := len(onLine[l])
			for i > 0 && onLine[l][i-1].GetColOffset() > n.GetColOffset() {
				i--
			}
			onLine[l] = append(onLine[l][:i], append([]ast.Ast{n}, onLine[l][i:]...)...)
		}
		return true
	})
	count := map[ast.Ast]int{}
	for l, nodes := range onLine {
		for nth, n := range nodes {
			if c, ok := want[key{l, nth}]; ok {
				count[n] = c
			}
		}
	}
	nodes := map[*py.Code]ast.Ast{}
	pairScopes(co, tree, nodes)
	for c, n := range nodes {
		if k, ok := count[n]; ok && k <= int(c.Argcount) {
			posOnlyCounts.Store(c, k)
		}
	}
}

// positionalAsKeyword is CPython's error for keywords naming
// positional-only parameters of a function without **kwargs.
func positionalAsKeyword(fn string, names []string) error {
	return py.ExceptionNewf(py.TypeError, "%s() got some positional-only arguments passed as keyword arguments: '%s'", fn, strings.Join(names, ", "))
}
