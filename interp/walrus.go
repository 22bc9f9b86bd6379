package interp

import (
	"slices"
	"strings"

	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"

	"github.com/spython/spython/interp/rewrite"
)

// Assignment expressions (NAME := value) reach gpython's compiler as calls
// of rewrite.WalrusFunc, so the compiler does not know they bind NAME.
// After compiling, bindWalrus makes NAME a local of the function the
// expression is in, as CPython's symbol table would have: a new fast slot,
// and the function's reads of NAME as a global turned into reads of it.
// In a comprehension NAME belongs to the function around it; the
// comprehension's reads of it become opLoadOuter, which reads the
// enclosing frame, and the builtin stores there.

// opLoadOuter is an opcode of spython's own, unused by gpython: load
// Names[arg] from the scope enclosing the running comprehension.
const opLoadOuter vm.OpCode = 150

// comprehensionNames are the names gpython gives the code of a
// comprehension.
var comprehensionNames = map[string]bool{"<listcomp>": true, "<setcomp>": true, "<dictcomp>": true, "<genexpr>": true}

func isComprehension(co *py.Code) bool { return comprehensionNames[co.Name] }

// bindWalrus rewrites co and the code nested in it for the assignment
// expressions they contain. A name bound by := in a function and read by a
// function nested in it would need a closure cell that the compiled code
// lacks: that is a SyntaxError naming the limitation, not a silent read of
// a global.
func bindWalrus(co *py.Code, tree ast.Ast, src, filename string) error {
	b := walrusBinder{tree: tree, src: src, filename: filename}
	return b.walk(co, nil)
}

// walrusBinder holds what bindWalrus needs from the source: its syntax
// tree, paired with the code objects only when a global statement or an
// error needs it, and its text for error messages.
type walrusBinder struct {
	tree          ast.Ast
	src, filename string
	nodes         map[*py.Code]ast.Ast
}

// node returns the syntax tree node co was compiled from, or nil.
func (b *walrusBinder) node(root, co *py.Code) ast.Ast {
	if b.nodes == nil {
		b.nodes = map[*py.Code]ast.Ast{}
		if b.tree != nil {
			pairScopes(root, b.tree, b.nodes)
		}
	}
	return b.nodes[co]
}

func (b *walrusBinder) walk(co *py.Code, parents []*py.Code) error {
	for _, name := range walrusTargets(co) {
		if !isComprehension(co) {
			if err := b.makeLocal(co, parents, name); err != nil {
				return err
			}
			continue
		}
		if bound(co, name) {
			continue
		}
		retarget(co, name, vm.LOAD_GLOBAL, opLoadOuter, -1)
		// The function (or module) around the comprehension owns the name.
		for i := len(parents) - 1; i >= 0; i-- {
			if !isComprehension(parents[i]) {
				if err := b.makeLocal(parents[i], parents[:i], name); err != nil {
					return err
				}
				break
			}
			if !bound(parents[i], name) {
				retarget(parents[i], name, vm.LOAD_GLOBAL, opLoadOuter, -1)
			}
		}
	}
	parents = append(parents, co)
	for _, k := range co.Consts {
		if inner, ok := k.(*py.Code); ok {
			if err := b.walk(inner, parents); err != nil {
				return err
			}
		}
	}
	return nil
}

// walrusTargets lists the names co binds with :=: the string constant
// loaded right after the rewrite's builtin.
func walrusTargets(co *py.Code) []string {
	fn := slices.Index(co.Names, rewrite.WalrusFunc)
	if fn < 0 {
		return nil
	}
	var out []string
	insts := decode([]byte(co.Code))
	for k := 0; k+1 < len(insts); k++ {
		in, next := insts[k], insts[k+1]
		if (in.op != vm.LOAD_GLOBAL && in.op != vm.LOAD_NAME) || in.arg != fn || next.op != vm.LOAD_CONST || next.arg >= len(co.Consts) {
			continue
		}
		if s, ok := co.Consts[next.arg].(py.String); ok && !slices.Contains(out, string(s)) {
			out = append(out, string(s))
		}
	}
	return out
}

// bound reports whether the compiler already made name a local, cell or
// free variable of co.
func bound(co *py.Code, name string) bool {
	return slices.Contains(co.Varnames, name) || slices.Contains(co.Cellvars, name) || slices.Contains(co.Freevars, name)
}

// makeLocal gives the function co a fast slot for name, unless the
// compiler made it a local already; module and class bodies keep their
// names in dicts and need nothing.
func (b *walrusBinder) makeLocal(co *py.Code, parents []*py.Code, name string) error {
	if co.Flags&py.CO_OPTIMIZED == 0 || bound(co, name) || b.declaredGlobal(co, parents, name) {
		return nil
	}
	slot := len(co.Varnames)
	co.Varnames = append(co.Varnames[:slot:slot], name)
	co.Nlocals++
	retarget(co, name, vm.LOAD_GLOBAL, vm.LOAD_FAST, slot)
	retarget(co, name, vm.DELETE_GLOBAL, vm.DELETE_FAST, slot)
	return b.closedOver(co, parents, co, name)
}

// declaredGlobal reports whether the function co declares name global;
// then := binds the global, which walrusBind does for a name that has no
// slot.
func (b *walrusBinder) declaredGlobal(co *py.Code, parents []*py.Code, name string) bool {
	if !strings.Contains(b.src, "global") {
		return false
	}
	root := co
	if len(parents) > 0 {
		root = parents[0]
	}
	n := b.node(root, co)
	if n == nil {
		return false
	}
	found := false
	forEachOwn(n, func(x ast.Ast) {
		if g, ok := x.(*ast.Global); ok && slices.Contains(g.Names, ast.Identifier(name)) {
			found = true
		}
	})
	return found
}

// closedOver makes the comprehensions nested in co read name from the
// function owner, where name is now a local, and refuses a function nested
// in co that reads it as a global.
func (b *walrusBinder) closedOver(co *py.Code, parents []*py.Code, owner *py.Code, name string) error {
	for _, k := range co.Consts {
		inner, ok := k.(*py.Code)
		if !ok || bound(inner, name) {
			continue
		}
		if isComprehension(inner) {
			retarget(inner, name, vm.LOAD_GLOBAL, opLoadOuter, -1)
		} else {
			fn := slices.Index(inner.Names, name)
			for _, in := range decode([]byte(inner.Code)) {
				if in.op == vm.LOAD_GLOBAL && in.arg == fn {
					return b.closureError(append(parents, co), inner, owner, name)
				}
			}
		}
		if err := b.closedOver(inner, append(parents, co), owner, name); err != nil {
			return err
		}
	}
	return nil
}

// closureError is the SyntaxError for a function inner that reads name,
// bound by := in owner.
func (b *walrusBinder) closureError(parents []*py.Code, inner, owner *py.Code, name string) error {
	line := 0
	if n := b.node(parents[0], inner); n != nil {
		line = n.GetLineno()
	}
	e := py.ExceptionNewf(py.SyntaxError, "spython cannot yet close over '%s', bound by := in %s(), from the nested function %s()", name, owner.Name, inner.Name)
	return py.MakeSyntaxError(e, b.filename, line, 0, sourceLineOf(b.src, line))
}

// retarget turns each instruction from of co that names name into to,
// with the argument arg, or the same name index when arg is negative.
// Both opcodes take an argument, so the code keeps its length.
func retarget(co *py.Code, name string, from, to vm.OpCode, arg int) {
	idx := slices.Index(co.Names, name)
	if idx < 0 {
		return
	}
	if arg < 0 {
		arg = idx
	}
	code := []byte(co.Code)
	changed := false
	for _, in := range decode(code) {
		if in.op == from && in.arg == idx && arg < 1<<16 {
			code[in.at] = byte(to)
			code[in.at+1], code[in.at+2] = byte(arg), byte(arg>>8)
			changed = true
		}
	}
	if changed {
		co.Code = string(code)
	}
}

// walrusBind is the builtin an assignment expression calls: it binds
// name to value in the scope that owns it and returns value.
func walrusBind(_ py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 2 {
		return nil, py.ExceptionNewf(py.TypeError, "%s expected 2 arguments, got %d", rewrite.WalrusFunc, len(args))
	}
	name, ok := args[0].(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "%s: name must be a str", rewrite.WalrusFunc)
	}
	c := active.Load()
	if c == nil {
		return nil, py.ExceptionNewf(py.SystemError, "assignment expression outside a running frame")
	}
	value := args[1]
	h, ok := c.nameHome(c.frame(), string(name))
	switch {
	case !ok:
		return nil, py.ExceptionNewf(py.SystemError, "spython cannot bind '%s' here: a generator expression that uses := must run in the function that made it", string(name))
	case h.fast >= 0:
		h.f.Localsplus[h.fast] = value
	case h.cell >= 0:
		h.f.CellAndFreeVars[h.cell].(*py.Cell).Set(value)
	default:
		h.dict[string(name)] = value
	}
	return value, nil
}

// nameHome is where a name lives for the code of a frame: a fast slot or
// a cell of the frame, else, from a comprehension, of the frames around
// it, else the namespace of the first frame that is no comprehension (a
// module's or class's, or a function's globals under a global statement).
type nameHome struct {
	f          *py.Frame
	fast, cell int           // indexes, -1 when the name is not there
	dict       py.StringDict // the namespace when neither index is set
}

// nameHome finds name from f; ok is false when a comprehension's
// enclosing frame is gone (a generator expression resumed after it).
func (c *Context) nameHome(f *py.Frame, name string) (nameHome, bool) {
	for f != nil {
		co := f.Code
		if i := slices.Index(co.Varnames, name); i >= 0 && co.Flags&py.CO_OPTIMIZED != 0 {
			return nameHome{f: f, fast: i, cell: -1}, true
		}
		if i := cellIndex(co, name); i >= 0 {
			return nameHome{f: f, fast: -1, cell: i}, true
		}
		if !isComprehension(co) {
			dict := f.Globals
			if co.Flags&py.CO_OPTIMIZED == 0 && f.Locals != nil {
				dict = f.Locals
			}
			return nameHome{f: f, fast: -1, cell: -1, dict: dict}, true
		}
		f = c.outerFrame(f)
	}
	return nameHome{}, false
}

// cellIndex returns the index of name among co's cell and free variables,
// or -1.
func cellIndex(co *py.Code, name string) int {
	if i := slices.Index(co.Cellvars, name); i >= 0 {
		return i
	}
	if i := slices.Index(co.Freevars, name); i >= 0 {
		return len(co.Cellvars) + i
	}
	return -1
}

// outerFrame returns the frame that made the comprehension running in f:
// the frame below it, when its code holds f's code as a constant.
func (c *Context) outerFrame(f *py.Frame) *py.Frame {
	for i := len(c.frames) - 1; i > 0; i-- {
		if c.frames[i] != f {
			continue
		}
		outer := c.frames[i-1]
		for _, k := range outer.Code.Consts {
			if k == py.Object(f.Code) {
				return outer
			}
		}
		return nil
	}
	return nil
}

// loadOuter runs opLoadOuter: name read from the scope around the running
// comprehension.
func (r *run) loadOuter(name string) error {
	if h, ok := r.c.nameHome(r.c.outerFrame(r.f), name); ok {
		switch {
		case h.fast >= 0:
			if v := h.f.Localsplus[h.fast]; v != nil {
				r.push(v)
				return nil
			}
			return py.ExceptionNewf(py.UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value", name)
		case h.cell >= 0:
			if v := h.f.CellAndFreeVars[h.cell].(*py.Cell).Get(); v != nil {
				r.push(v)
				return nil
			}
			return py.ExceptionNewf(py.NameError, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", name)
		}
		if v, ok := h.dict[name]; ok {
			r.push(v)
			return nil
		}
	}
	if v, ok := r.f.Globals[name]; ok {
		r.push(v)
		return nil
	}
	if v, ok := r.f.Builtins[name]; ok {
		r.push(v)
		return nil
	}
	return nameError(name)
}
