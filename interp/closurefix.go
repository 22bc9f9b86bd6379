package interp

import (
	"fmt"
	"strings"

	"github.com/go-python/gpython/ast"
	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"
)

// gpython v0.2.0's compiler numbers a free variable by its place among the
// free variables alone, where CPython's bytecode (and spython's loop)
// counts the cell variables first. In a function that has both (the middle
// function of a decorator with arguments), `n` free at 0 and `f` cell at 0
// then read the same slot. fixDerefs renumbers those instructions after
// compiling, for the code object and every one nested in it.
//
// Which variable an instruction meant is exact for the LOAD_CLOSURE
// instructions that build a closure: they follow the free variables of the
// code object being closed over, in order. For LOAD_DEREF and the like
// with an index both lists have, the source line of the instruction
// decides: the one name of the two written on it. When a line names both,
// the instructions take them in the order the line writes them.

func fixDerefs(co *py.Code, tree ast.Ast, src string) {
	var lines []string
	scopes := scopesOf(co, tree)
	fixDerefsIn(co, scopes, func(n int32) string {
		if lines == nil {
			lines = strings.Split(src, "\n")
		}
		if n < 1 || int(n) > len(lines) {
			return ""
		}
		return lines[n-1]
	})
}

func fixDerefsIn(co *py.Code, scopes map[*py.Code]scopeNames, line func(int32) string) {
	for _, k := range co.Consts {
		if inner, ok := k.(*py.Code); ok {
			fixDerefsIn(inner, scopes, line)
		}
	}
	ncell, nfree := len(co.Cellvars), len(co.Freevars)
	if ncell == 0 || nfree == 0 {
		return
	}
	code := []byte(co.Code)
	changed := false
	set := func(at int, arg int) {
		code[at+1] = byte(arg)
		code[at+2] = byte(arg >> 8)
		changed = true
	}
	insts := decode(code)
	// Ambiguous reads and writes on each line, in order, for the textual
	// tie-break below.
	seen := map[string]int{}
	for k, in := range insts {
		switch in.op {
		case vm.LOAD_CLOSURE:
			if target, pos := closureTarget(co, insts, k); target != nil && pos < len(target.Freevars) {
				if s := cellIndex(co, target.Freevars[pos]); s >= 0 {
					set(in.at, s)
				}
			}
		case vm.LOAD_DEREF, vm.STORE_DEREF, vm.DELETE_DEREF, vm.LOAD_CLASSDEREF:
			i := in.arg
			switch {
			case i >= ncell:
				set(in.at, ncell+i)
			case i >= nfree:
				// a cell variable: already right
			default:
				cell, free := co.Cellvars[i], co.Freevars[i]
				lineno := co.Addr2Line(int32(in.at))
				text := line(lineno)
				// gpython's line table may give a statement's first
				// line to all of it: the names up to the next line the
				// table names count.
				last := lineno
				for _, next := range insts[k+1:] {
					if l := co.Addr2Line(int32(next.at)); l > lineno {
						last = l - 1
						break
					}
				}
				store := in.op == vm.STORE_DEREF || in.op == vm.DELETE_DEREF
				useFree, known := scopes[co].decide(lineno, last, cell, free, store)
				if !known {
					useFree = chooseFree(text, store, cell, free, seen, lineno, scopes[co].ordered(lineno, last, cell, free, store))
				}
				if useFree {
					set(in.at, ncell+i)
				}
			}
		}
	}
	if changed {
		co.Code = string(code)
	}
}

// chooseFree decides between a cell and a free variable with the same
// index from the names of the instruction's lines: the one written there,
// else the next one in order among the names read (or, for a store,
// assigned). order is that order from the syntax tree when there is one;
// else the line's text gives it.
func chooseFree(text string, store bool, cell, free string, seen map[string]int, lineno int32, order []string) bool {
	if len(order) == 0 {
		for _, t := range identifiers(text) {
			if (t.name == cell || t.name == free) && (t.read && !store || t.assigned && store) {
				order = append(order, t.name)
			}
		}
	}
	hasCell, hasFree := false, false
	for _, n := range order {
		hasCell = hasCell || n == cell
		hasFree = hasFree || n == free
	}
	if hasFree != hasCell || len(order) == 0 {
		return hasFree
	}
	key := fmt.Sprintf("%d\x00%s\x00%s\x00%t", lineno, cell, free, store)
	k := seen[key]
	seen[key] = k + 1
	return order[k%len(order)] == free
}

// token is a name written on a source line: read, assigned or both (an
// augmented assignment).
type token struct {
	name           string
	read, assigned bool
}

// identifiers lists the names written on a source line, outside strings
// and comments, in order.
func identifiers(line string) []token {
	var out []token
	isName := func(c byte, first bool) bool {
		return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80 || !first && c >= '0' && c <= '9'
	}
	for i := 0; i < len(line); {
		c := line[i]
		switch {
		case c == '#':
			return out
		case c == '\'' || c == '"':
			q := c
			i++
			for i < len(line) && line[i] != q {
				if line[i] == '\\' {
					i++
				}
				i++
			}
			i++
		case isName(c, true):
			j := i
			for j < len(line) && isName(line[j], false) {
				j++
			}
			if i == 0 || line[i-1] != '.' {
				t := token{name: line[i:j], read: true}
				rest := strings.TrimLeft(line[j:], " \t")
				before := strings.TrimRight(line[:i], " \t")
				switch {
				case strings.HasPrefix(rest, "=") && !strings.HasPrefix(rest, "=="):
					t.read, t.assigned = false, true
				case len(rest) > 1 && strings.Contains("+-*/%&|^@", rest[:1]) && (rest[1] == '=' || len(rest) > 2 && rest[1] == rest[0] && rest[2] == '='):
					t.assigned = true
				case strings.HasSuffix(before, "for") || strings.HasSuffix(before, "as"):
					t.read, t.assigned = false, true
				}
				out = append(out, t)
			}
			i = j
		default:
			i++
		}
	}
	return out
}

type instruction struct {
	at  int // offset of the opcode
	op  vm.OpCode
	arg int
}

func decode(code []byte) []instruction {
	var out []instruction
	ext := 0
	for i := 0; i < len(code); {
		op := vm.OpCode(code[i])
		in := instruction{at: i, op: op}
		if op >= vm.HAVE_ARGUMENT && i+2 < len(code) {
			in.arg = int(code[i+1]) | int(code[i+2])<<8 | ext
			ext = 0
			i += 3
			if op == vm.EXTENDED_ARG {
				ext = in.arg << 16
				continue
			}
		} else {
			i++
		}
		out = append(out, in)
	}
	return out
}

// closureTarget finds, for the LOAD_CLOSURE at insts[k], the code object
// whose closure it helps build and its position in that closure: the run
// of LOAD_CLOSURE instructions ends with BUILD_TUPLE and LOAD_CONST of the
// code.
func closureTarget(co *py.Code, insts []instruction, k int) (*py.Code, int) {
	start := k
	for start > 0 && insts[start-1].op == vm.LOAD_CLOSURE {
		start--
	}
	end := k
	for end < len(insts) && insts[end].op == vm.LOAD_CLOSURE {
		end++
	}
	if end+1 >= len(insts) || insts[end].op != vm.BUILD_TUPLE || insts[end+1].op != vm.LOAD_CONST {
		return nil, 0
	}
	i := insts[end+1].arg
	if i >= len(co.Consts) {
		return nil, 0
	}
	target, _ := co.Consts[i].(*py.Code)
	return target, k - start
}
