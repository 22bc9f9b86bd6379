package interp

import (
	"reflect"
	"strings"
	"sync"

	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/parser"
	"github.com/go-python/gpython/py"
)

// MaxNesting is the deepest syntax tree spython compiles. gpython's symbol
// table and compiler recurse once per level of the tree; source nested
// deeper than this (100,000 parentheses, say) is a SyntaxError instead of
// a Go stack overflow.
const MaxNesting = 1000

// checkNesting parses src and reports a SyntaxError at the first node that
// lies deeper than MaxNesting. gpython's parser is a table-driven LR
// parser with an explicit stack, so parsing itself is safe at any depth.
// The tree is returned for the passes that fix the compiled code.
func checkNesting(src, filename string, mode py.CompileMode) (ast.Ast, error) {
	tree, err := parser.Parse(strings.NewReader(src), filename, mode)
	if err != nil {
		return nil, err
	}
	if deep := deepNode(reflect.ValueOf(tree), 0); deep != nil {
		e := py.ExceptionNewf(py.SyntaxError, "too many nested expressions and statements (more than %d levels)", MaxNesting)
		// SyntaxError offsets are 1-based; AST column offsets are 0-based.
		return nil, py.MakeSyntaxError(e, filename, deep.GetLineno(), deep.GetColOffset()+1, "")
	}
	return tree, nil
}

var astType = reflect.TypeOf((*ast.Ast)(nil)).Elem()

// deepNode returns the first node found below depth MaxNesting, or nil.
// It never descends further than that, whatever the input.
func deepNode(v reflect.Value, depth int) ast.Ast {
	for v.Kind() == reflect.Interface || v.Kind() == reflect.Pointer {
		if v.IsNil() {
			return nil
		}
		v = v.Elem()
	}
	if v.Kind() != reflect.Struct {
		return nil
	}
	if depth > MaxNesting {
		if v.CanAddr() {
			if node, ok := v.Addr().Interface().(ast.Ast); ok {
				return node
			}
		}
		return &ast.Pass{}
	}
	for _, f := range childFields(v.Type()) {
		field := v.Field(f)
		if field.Kind() == reflect.Slice {
			for i := 0; i < field.Len(); i++ {
				if n := deepNode(field.Index(i), depth+1); n != nil {
					return n
				}
			}
			continue
		}
		if n := deepNode(field, depth+1); n != nil {
			return n
		}
	}
	return nil
}

var fieldPlans sync.Map // reflect.Type -> []int

// childFields lists the fields of an AST struct type that can hold nodes.
func childFields(t reflect.Type) []int {
	if plan, ok := fieldPlans.Load(t); ok {
		return plan.([]int)
	}
	var plan []int
	for i := 0; i < t.NumField(); i++ {
		if f := t.Field(i); !f.Anonymous && holdsNodes(f.Type) {
			plan = append(plan, i)
		}
	}
	fieldPlans.Store(t, plan)
	return plan
}

func holdsNodes(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Slice:
		return holdsNodes(t.Elem())
	case reflect.Interface:
		return t.Implements(astType)
	case reflect.Pointer:
		return t.Implements(astType)
	case reflect.Struct:
		return reflect.PointerTo(t).Implements(astType)
	}
	return false
}
