package interp

import (
	"math"
	"math/big"
	"slices"
	"sort"
	"strings"

	"github.com/go-python/gpython/py"
	"github.com/go-python/gpython/vm"

	"github.com/spython/spython/interp/pyobj"
)

// step runs one instruction. An error is the exception the instruction
// raised; the loop then unwinds.
func (r *run) step(op vm.OpCode, arg int32) error {
	f := r.f
	switch op {
	case vm.NOP:
	case vm.POP_TOP:
		r.pop()
	case vm.ROT_TWO:
		s := f.Stack
		n := len(s)
		s[n-1], s[n-2] = s[n-2], s[n-1]
	case vm.ROT_THREE:
		s := f.Stack
		n := len(s)
		s[n-1], s[n-2], s[n-3] = s[n-2], s[n-3], s[n-1]
	case vm.DUP_TOP:
		r.push(r.top())
	case vm.DUP_TOP_TWO:
		a, b := r.peek(2), r.peek(1)
		r.push(a)
		r.push(b)

	case vm.UNARY_POSITIVE:
		return r.arithmetic(py.Pos)
	case vm.UNARY_NEGATIVE:
		return r.arithmetic(py.Neg)
	case vm.UNARY_INVERT:
		return r.arithmetic(py.Invert)
	case vm.UNARY_NOT:
		t, err := truth(r.top())
		if err != nil {
			return err
		}
		r.setTop(py.NewBool(!t))
	case vm.GET_ITER:
		return r.unary(iterOf)

	case vm.BINARY_POWER, vm.INPLACE_POWER:
		b := r.pop()
		res, err := power(op == vm.INPLACE_POWER, r.top(), b)
		return r.result(res, err)
	case vm.BINARY_MULTIPLY:
		if x, ok := r.peek(2).(py.Int); ok {
			if y, ok := r.peek(1).(py.Int); ok {
				r.pop()
				r.setTop(multiplyInts(x, y))
				return nil
			}
		}
		return r.binary(multiply)
	case vm.BINARY_MODULO:
		return r.binary(modulo)
	case vm.BINARY_ADD:
		if x, ok := r.peek(2).(py.Int); ok {
			if y, ok := r.peek(1).(py.Int); ok {
				r.pop() // small ints first
				r.setTop(addInts(x, y))
				return nil
			}
		}
		return r.binary(add)
	case vm.BINARY_SUBTRACT, vm.INPLACE_SUBTRACT:
		if x, ok := r.peek(2).(py.Int); ok {
			if y, ok := r.peek(1).(py.Int); ok {
				r.pop()
				r.setTop(subtractInts(x, y))
				return nil
			}
		}
		if op == vm.INPLACE_SUBTRACT {
			return inplaceError(r.binary(py.ISub), "-=")
		}
		return r.binary(py.Sub)
	case vm.BINARY_SUBSCR:
		return r.binary(subscript)
	case vm.BINARY_FLOOR_DIVIDE:
		if x, ok := r.peek(2).(py.Int); ok && x == math.MinInt64 && r.peek(1) == py.Object(py.Int(-1)) {
			r.pop() // gpython's own wraps around
			r.setTop((*py.BigInt)(new(big.Int).Neg(big.NewInt(math.MinInt64))))
			return nil
		}
		return r.binary(floorDivide)
	case vm.BINARY_TRUE_DIVIDE:
		return r.binary(trueDivide)
	case vm.BINARY_LSHIFT:
		return r.binary(py.Lshift)
	case vm.BINARY_RSHIFT:
		return r.binary(py.Rshift)
	case vm.BINARY_AND:
		return r.binary(bitAnd)
	case vm.BINARY_XOR:
		return r.binary(bitXor)
	case vm.BINARY_OR:
		return r.binary(bitOr)
	case vm.INPLACE_MULTIPLY:
		if x, ok := r.peek(2).(py.Int); ok {
			if y, ok := r.peek(1).(py.Int); ok {
				r.pop()
				r.setTop(multiplyInts(x, y))
				return nil
			}
		}
		return inplaceError(r.binary(func(a, b py.Object) (py.Object, error) {
			switch a.(type) {
			case py.Tuple, py.Bytes:
				return multiply(a, b)
			}
			res, err := py.IMul(a, b)
			if err != nil {
				return repeatByIndex(a, b, err)
			}
			return res, nil
		}), "*=")
	case vm.INPLACE_MODULO:
		return inplaceError(r.binary(inplaceModulo), "%=")
	case vm.INPLACE_ADD:
		return inplaceError(r.binary(inplaceAdd), "+=")
	case vm.INPLACE_FLOOR_DIVIDE:
		return inplaceError(r.binary(inplaceFloorDivide), "//=")
	case vm.INPLACE_TRUE_DIVIDE:
		return inplaceError(r.binary(inplaceTrueDivide), "/=")
	case vm.INPLACE_LSHIFT:
		return inplaceError(r.binary(py.ILshift), "<<=")
	case vm.INPLACE_RSHIFT:
		return inplaceError(r.binary(py.IRshift), ">>=")
	case vm.INPLACE_AND:
		return inplaceError(r.binary(bitIAnd), "&=")
	case vm.INPLACE_XOR:
		return inplaceError(r.binary(bitIXor), "^=")
	case vm.INPLACE_OR:
		return inplaceError(r.binary(bitIOr), "|=")

	case vm.STORE_SUBSCR:
		k, o, v := r.pop(), r.pop(), r.pop()
		return storeSubscript(o, k, v)
	case vm.DELETE_SUBSCR:
		k, o := r.pop(), r.pop()
		_, err := py.DelItem(o, k)
		return err

	case vm.PRINT_EXPR:
		v := r.pop()
		if v == py.None {
			return nil
		}
		f.Builtins["_"] = v
		s, err := py.Repr(v)
		if err != nil {
			return err
		}
		vm.PrintExpr(string(s.(py.String)))

	case vm.BREAK_LOOP:
		r.why = whyBreak
	case vm.CONTINUE_LOOP:
		if r.c.interrupted.Load() {
			if err := r.c.takeInterrupt(); err != nil {
				return err
			}
		}
		r.retval = py.Int(arg)
		r.why = whyContinue
	case vm.RETURN_VALUE:
		r.retval = r.pop()
		r.why = whyReturn
	case vm.YIELD_VALUE:
		r.retval = r.pop()
		f.Yielded = true
		r.why = whyYield
	case vm.YIELD_FROM:
		return r.yieldFrom()

	case vm.POP_BLOCK:
		f.PopBlock()
	case vm.POP_EXCEPT:
		b := f.Block
		if b == nil || b.Type != py.TryBlockExceptHandler {
			return py.ExceptionNewf(py.SystemError, "popped block is not an except handler")
		}
		f.PopBlock()
		r.endHandler(b)
	case vm.END_FINALLY:
		return r.endFinally()
	case vm.SETUP_LOOP:
		f.PushBlock(py.TryBlockSetupLoop, f.Lasti+arg, len(f.Stack))
	case vm.SETUP_EXCEPT:
		f.PushBlock(py.TryBlockSetupExcept, f.Lasti+arg, len(f.Stack))
	case vm.SETUP_FINALLY:
		f.PushBlock(py.TryBlockSetupFinally, f.Lasti+arg, len(f.Stack))
	case vm.SETUP_WITH:
		return r.setupWith(arg)
	case vm.WITH_CLEANUP:
		return r.withCleanup()

	case vm.LOAD_BUILD_CLASS:
		bc, ok := f.Builtins["__build_class__"]
		if !ok {
			return py.ExceptionNewf(py.NameError, "__build_class__ not found")
		}
		r.push(bc)

	case vm.LOAD_CONST:
		r.push(f.Code.Consts[arg])
	case vm.LOAD_FAST:
		v := f.Localsplus[arg]
		if v == nil {
			return py.ExceptionNewf(py.UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value", f.Code.Varnames[arg])
		}
		r.push(v)
	case vm.STORE_FAST:
		f.Localsplus[arg] = r.pop()
	case vm.DELETE_FAST:
		if f.Localsplus[arg] == nil {
			return py.ExceptionNewf(py.UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value", f.Code.Varnames[arg])
		}
		f.Localsplus[arg] = nil
	case vm.LOAD_NAME:
		name := f.Code.Names[arg]
		if v, ok := f.Locals[name]; ok {
			r.push(v)
		} else if v, ok := f.Globals[name]; !r.moduleLevel && ok {
			r.push(v)
		} else if v, ok := f.Builtins[name]; ok {
			r.push(v)
		} else {
			return r.dottedName(name)
		}
	case vm.STORE_NAME:
		name := f.Code.Names[arg]
		if r.order != nil {
			*r.order = append(*r.order, name)
		}
		f.Locals[name] = r.pop()
	case vm.DELETE_NAME:
		name := f.Code.Names[arg]
		if _, ok := f.Locals[name]; !ok {
			return nameError(name)
		}
		delete(f.Locals, name)
	case vm.LOAD_GLOBAL:
		name := f.Code.Names[arg]
		if v, ok := f.Globals[name]; ok {
			r.push(v)
		} else if v, ok := f.Builtins[name]; ok {
			r.push(v)
		} else {
			return r.dottedName(name)
		}
	case vm.STORE_GLOBAL:
		f.Globals[f.Code.Names[arg]] = r.pop()
	case vm.DELETE_GLOBAL:
		name := f.Code.Names[arg]
		if _, ok := f.Globals[name]; !ok {
			return nameError(name)
		}
		delete(f.Globals, name)
	case vm.LOAD_CLOSURE:
		r.push(f.CellAndFreeVars[arg])
	case vm.LOAD_DEREF:
		v := f.CellAndFreeVars[arg].(*py.Cell).Get()
		if v == nil {
			return r.unboundCell(arg)
		}
		r.push(v)
	case vm.LOAD_CLASSDEREF:
		name := r.cellName(arg)
		if v, ok := f.Locals[name]; ok {
			r.push(v)
			return nil
		}
		v := f.CellAndFreeVars[arg].(*py.Cell).Get()
		if v == nil {
			return r.unboundCell(arg)
		}
		r.push(v)
	case vm.STORE_DEREF:
		f.CellAndFreeVars[arg].(*py.Cell).Set(r.pop())
	case vm.DELETE_DEREF:
		cell := f.CellAndFreeVars[arg].(*py.Cell)
		if cell.Get() == nil {
			return r.unboundCell(arg)
		}
		cell.Delete()

	case vm.LOAD_ATTR:
		return r.unary(func(o py.Object) (py.Object, error) { return getAttr(o, f.Code.Names[arg]) })
	case vm.STORE_ATTR:
		o, v := r.pop(), r.pop()
		return storeAttribute(o, f.Code.Names[arg], v)
	case vm.DELETE_ATTR:
		return py.DeleteAttrString(r.pop(), f.Code.Names[arg])

	case vm.UNPACK_SEQUENCE:
		return r.unpack(int(arg), -1)
	case vm.UNPACK_EX:
		return r.unpack(int(arg&0xff), int(arg>>8))
	case vm.BUILD_TUPLE:
		t := make(py.Tuple, arg)
		copy(t, r.popN(int(arg)))
		clear(f.Stack[len(f.Stack) : len(f.Stack)+int(arg)])
		r.push(t)
	case vm.BUILD_LIST:
		items := make([]py.Object, arg)
		copy(items, r.popN(int(arg)))
		clear(f.Stack[len(f.Stack) : len(f.Stack)+int(arg)])
		r.push(py.NewListFromItems(items))
	case vm.BUILD_SET:
		constant := r.constantItems(int(arg))
		items := r.popN(int(arg))
		s, err := newDisplaySet(items, constant)
		clear(f.Stack[len(f.Stack) : len(f.Stack)+int(arg)])
		if err != nil {
			return err
		}
		r.push(s)
	case vm.BUILD_MAP:
		r.push(newDisplayDict(int(arg)))
	case vm.STORE_MAP:
		k, v := r.pop(), r.pop()
		return dictStore(r.top(), k, v)
	case vm.MAP_ADD:
		k, v := r.pop(), r.pop()
		return dictStore(r.peek(int(arg)), k, v)
	case vm.LIST_APPEND:
		v := r.pop()
		l, ok := r.peek(int(arg)).(*py.List)
		if !ok {
			return py.ExceptionNewf(py.SystemError, "LIST_APPEND needs a list")
		}
		l.Append(v)
	case vm.SET_ADD:
		v := r.pop()
		return setAdd(r.peek(int(arg)), v)
	case vm.BUILD_SLICE:
		var step py.Object = py.None
		if arg == 3 {
			step = r.pop()
		}
		stop := r.pop()
		r.setTop(py.NewSlice(r.top(), stop, step))

	case vm.COMPARE_OP:
		b := r.pop()
		res, err := compare(arg, r.top(), b)
		return r.result(res, err)

	case vm.IMPORT_NAME:
		return r.importName(f.Code.Names[arg])
	case vm.IMPORT_FROM:
		return r.importFrom(f.Code.Names[arg])
	case vm.IMPORT_STAR:
		return r.importStar()

	case vm.JUMP_FORWARD:
		f.Lasti += arg
	case vm.JUMP_ABSOLUTE:
		if arg <= r.start && r.c.interrupted.Load() {
			// A loop's jump back is a check point for SIGINT, so that
			// a loop that calls nothing can be interrupted too.
			if err := r.c.takeInterrupt(); err != nil {
				return err
			}
		}
		f.Lasti = arg
	case vm.POP_JUMP_IF_FALSE, vm.POP_JUMP_IF_TRUE:
		t, err := truth(r.pop())
		if err != nil {
			return err
		}
		if t == (op == vm.POP_JUMP_IF_TRUE) {
			f.Lasti = arg
		}
	case vm.JUMP_IF_FALSE_OR_POP, vm.JUMP_IF_TRUE_OR_POP:
		t, err := truth(r.top())
		if err != nil {
			return err
		}
		if t == (op == vm.JUMP_IF_TRUE_OR_POP) {
			f.Lasti = arg
		} else {
			r.pop()
		}
	case vm.FOR_ITER:
		v, err := py.Next(r.top())
		if err != nil {
			if !py.IsException(py.StopIteration, err) {
				return err
			}
			r.pop()
			f.Lasti += arg
			return nil
		}
		r.push(v)

	case vm.RAISE_VARARGS:
		var exc, cause py.Object
		switch arg {
		case 2:
			cause = r.pop()
			exc = r.pop()
		case 1:
			exc = r.pop()
		}
		return r.raise(exc, cause)

	case vm.CALL_FUNCTION:
		return r.call(arg, nil, nil)
	case vm.CALL_FUNCTION_VAR:
		star := r.pop()
		return r.call(arg, star, nil)
	case vm.CALL_FUNCTION_KW:
		kw := r.pop()
		return r.call(arg, nil, kw)
	case vm.CALL_FUNCTION_VAR_KW:
		kw := r.pop()
		star := r.pop()
		return r.call(arg, star, kw)
	case vm.MAKE_FUNCTION, vm.MAKE_CLOSURE:
		return r.makeFunction(arg, op == vm.MAKE_CLOSURE)

	case opLoadOuter:
		return r.loadOuter(f.Code.Names[arg])

	default:
		return py.ExceptionNewf(py.SystemError, "unknown opcode %d", op)
	}
	return nil
}

func (r *run) unary(fn func(py.Object) (py.Object, error)) error {
	res, err := fn(r.top())
	return r.result(res, err)
}

// arithmetic is a unary operator of numbers: -x, +x, ~x.
func (r *run) arithmetic(fn func(py.Object) (py.Object, error)) error {
	res, err := fn(r.top())
	if err != nil {
		if x, ok := r.top().(py.Bool); ok {
			// gpython's bool has no arithmetic: it is an int here.
			res, err = fn(boolInt(x))
		}
	}
	return r.result(res, err)
}

func (r *run) binary(fn func(a, b py.Object) (py.Object, error)) error {
	b := r.pop()
	res, err := fn(r.top(), b)
	if err != nil {
		if x, y, ok := boolsAsInts(r.top(), b); ok {
			res, err = fn(x, y)
		} else if x, y, ok, cerr := bigAsFloat(r.top(), b); ok {
			// an int gpython cannot make a float
			if res, err = nil, cerr; cerr == nil {
				res, err = fn(x, y)
			}
		} else if x, y, ok := numericBases(r.top(), b); ok && unsupportedOperands(err) {
			// a subclass of int or float whose methods did not apply
			res, err = fn(x, y)
		}
	}
	return r.result(res, err)
}

// boolsAsInts is a and b with bools made ints, when one of them is a bool
// and the other a number: gpython's bool has no arithmetic of its own,
// and in CPython it has int's.
func boolsAsInts(a, b py.Object) (py.Object, py.Object, bool) {
	x, aBool := a.(py.Bool)
	y, bBool := b.(py.Bool)
	switch {
	case aBool && bBool:
		return boolInt(x), boolInt(y), true
	case aBool && isNumber(b):
		return boolInt(x), b, true
	case bBool && isNumber(a):
		return a, boolInt(y), true
	}
	return a, b, false
}

func isNumber(o py.Object) bool {
	switch o.(type) {
	case py.Int, py.Float, *py.BigInt, py.Complex:
		return true
	}
	return false
}

// addInts is x + y, a big int when the sum does not fit.
func addInts(x, y py.Int) py.Object {
	if s := x + y; (x >= 0) != (y >= 0) || (s >= 0) == (x >= 0) {
		return s
	}
	return bigIntOp((*big.Int).Add, x, y)
}

// bigIntOp is op on x and y as big ints, for the results that overflow;
// out of line, so that the small-int helpers inline.
func bigIntOp(op func(z, a, b *big.Int) *big.Int, x, y py.Int) py.Object {
	return (*py.BigInt)(op(new(big.Int), big.NewInt(int64(x)), big.NewInt(int64(y))))
}

// subtractInts is x - y. gpython's own subtraction misses the overflow of
// a large int minus a negative one (2**62 - -2**62 wraps around).
func subtractInts(x, y py.Int) py.Object {
	if d := x - y; (x >= 0) == (y >= 0) || (d >= 0) == (x >= 0) {
		return d
	}
	return bigIntOp((*big.Int).Sub, x, y)
}

// multiplyInts is x * y, a big int when the product does not fit.
// gpython's own multiplication misses the overflow of the smallest int
// times -1.
func multiplyInts(x, y py.Int) py.Object {
	if x == 0 || y == 0 {
		return py.Int(0)
	}
	if p := x * y; p/y == x && !(x == -1 && y == math.MinInt64) && !(y == -1 && x == math.MinInt64) {
		return p
	}
	return bigIntOp((*big.Int).Mul, x, y)
}

// storeAttribute is o.name = v, as the statement and setattr() do it.
func storeAttribute(o py.Object, name string, v py.Object) error {
	if t, ok := o.(*py.Type); ok && t.Type() == py.ObjectType {
		// object(): gpython makes it a type, with a dict.
		return py.ExceptionNewf(py.AttributeError, "'object' object has no attribute '%s' and no __dict__ for setting new attributes", name)
	}
	err := setAttr(o, name, v)
	if err != nil && py.IsException(py.AttributeError, err) && !isInstance(o) {
		// A value of a built-in type has no dict to hold it.
		if msg := errMessage(err); strings.HasSuffix(msg, "has no attribute '"+name+"'") {
			return py.ExceptionNewf(py.AttributeError, "%s and no __dict__ for setting new attributes", msg)
		}
	}
	return err
}

// inplaceError names the augmented assignment in the TypeError of a
// failed one, as CPython does: "for +=", not "for +".
func inplaceError(err error, op string) error {
	e, ok := err.(*py.Exception)
	if !ok || e.Type() != py.TypeError {
		return err
	}
	prefix := "unsupported operand type(s) for " + op[:len(op)-1] + ": "
	if args, ok := e.Args.(py.Tuple); ok && len(args) == 1 {
		if msg, ok := args[0].(py.String); ok && strings.HasPrefix(string(msg), prefix) {
			e.Args = py.Tuple{py.String("unsupported operand type(s) for " + op + ": " + string(msg[len(prefix):]))}
		}
	}
	return err
}

// bitwise is &, | or ^, which keep bools bools.
func bitwise(fn func(a, b py.Object) (py.Object, error)) func(a, b py.Object) (py.Object, error) {
	return func(a, b py.Object) (py.Object, error) {
		x, aBool := a.(py.Bool)
		y, bBool := b.(py.Bool)
		if aBool && bBool {
			res, err := fn(boolInt(x), boolInt(y))
			if err != nil {
				return nil, err
			}
			return py.NewBool(res.(py.Int) != 0), nil
		}
		return fn(a, b)
	}
}

var (
	bitAnd, bitOr, bitXor    = bitwise(py.And), unionOr(bitwise(py.Or)), bitwise(py.Xor)
	bitIAnd, bitIOr, bitIXor = bitwise(py.IAnd), bitwise(py.IOr), bitwise(py.IXor)
)

// result replaces the top of the stack with res, or leaves the stack for
// the unwinding when the operation failed.
func (r *run) result(res py.Object, err error) error {
	if err != nil {
		return err
	}
	r.setTop(res)
	return nil
}

// dottedName loads a decorator's dotted name (`@x.setter`,
// `@functools.wraps(f)`), which gpython's parser leaves as one name: the
// first part is looked up as a name, the rest as attributes.
func (r *run) dottedName(name string) error {
	first, rest, dotted := strings.Cut(name, ".")
	if !dotted {
		return nameError(name)
	}
	f := r.f
	v, ok := f.Locals[first]
	if !ok {
		if i := slices.Index(f.Code.Varnames, first); i >= 0 && f.Localsplus[i] != nil {
			v, ok = f.Localsplus[i], true
		}
	}
	if !ok {
		for i, n := range append(f.Code.Cellvars[:len(f.Code.Cellvars):len(f.Code.Cellvars)], f.Code.Freevars...) {
			if n == first {
				if cv := f.CellAndFreeVars[i].(*py.Cell).Get(); cv != nil {
					v, ok = cv, true
				}
			}
		}
	}
	if !ok {
		v, ok = f.Globals[first]
	}
	if !ok {
		v, ok = f.Builtins[first]
	}
	if !ok {
		return nameError(first)
	}
	for _, attr := range strings.Split(rest, ".") {
		var err error
		if v, err = getAttr(v, attr); err != nil {
			return err
		}
	}
	r.push(v)
	return nil
}

func nameError(name string) error {
	e := py.ExceptionNewf(py.NameError, "name '%s' is not defined", name)
	e.Dict["name"] = py.String(name)
	return e
}

func (r *run) cellName(i int32) string {
	co := r.f.Code
	if int(i) < len(co.Cellvars) {
		return co.Cellvars[i]
	}
	return co.Freevars[int(i)-len(co.Cellvars)]
}

func (r *run) unboundCell(i int32) error {
	name := r.cellName(i)
	if int(i) < len(r.f.Code.Cellvars) {
		return py.ExceptionNewf(py.UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value", name)
	}
	return py.ExceptionNewf(py.NameError, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", name)
}

// truth is Python's truth value of o, with the common cases first.
func truth(o py.Object) (bool, error) {
	switch v := o.(type) {
	case py.Bool:
		return bool(v), nil
	case py.Int:
		return v != 0, nil
	case py.NoneType:
		return false, nil
	case py.String:
		return v != "", nil
	case py.Bytes:
		return len(v) != 0, nil
	case py.Float:
		return v != 0, nil
	case py.Complex:
		return v != 0, nil
	}
	b, err := py.MakeBool(o)
	if err != nil {
		return false, err
	}
	return b == py.True, nil
}

// identical is Python's `is`. Go cannot compare tuples or dicts held in
// interfaces (they are slices and maps), so their identity is that of
// their backing storage.
func identical(a, b py.Object) bool {
	switch x := a.(type) {
	case py.Tuple:
		y, ok := b.(py.Tuple)
		if !ok || len(x) != len(y) {
			return false
		}
		return len(x) == 0 || &x[0] == &y[0]
	case py.Bytes:
		y, ok := b.(py.Bytes)
		if !ok || len(x) != len(y) {
			return false
		}
		return len(x) == 0 || &x[0] == &y[0]
	case py.StringDict:
		y, ok := b.(py.StringDict)
		return ok && sameMapPointer(x, y)
	}
	switch b.(type) {
	case py.Tuple, py.Bytes, py.StringDict:
		return false
	}
	return a == b
}

const cannotCatch = "catching classes that do not inherit from BaseException is not allowed"

func compare(op int32, a, b py.Object) (py.Object, error) {
	if x, ok := a.(py.Int); ok {
		if y, ok := b.(py.Int); ok && op <= vm.PyCmp_GE {
			// The common case first: two small ints.
			var r bool
			switch op {
			case vm.PyCmp_LT:
				r = x < y
			case vm.PyCmp_LE:
				r = x <= y
			case vm.PyCmp_EQ:
				r = x == y
			case vm.PyCmp_NE:
				r = x != y
			case vm.PyCmp_GT:
				r = x > y
			default:
				r = x >= y
			}
			return py.NewBool(r), nil
		}
	}
	switch op {
	case vm.PyCmp_LT:
		return order("<", a, b)
	case vm.PyCmp_LE:
		return order("<=", a, b)
	case vm.PyCmp_EQ:
		if identical(a, b) {
			if _, ok := a.(py.Float); !ok {
				return py.True, nil
			}
		}
		return defaultEquality(a, b, false)
	case vm.PyCmp_NE:
		return defaultEquality(a, b, true)
	case vm.PyCmp_GT:
		return order(">", a, b)
	case vm.PyCmp_GE:
		return order(">=", a, b)
	case vm.PyCmp_IN, vm.PyCmp_NOT_IN:
		in, err := contains(b, a)
		if err != nil {
			return nil, err
		}
		return py.NewBool(in == (op == vm.PyCmp_IN)), nil
	case vm.PyCmp_IS:
		return py.NewBool(identical(a, b)), nil
	case vm.PyCmp_IS_NOT:
		return py.NewBool(!identical(a, b)), nil
	case vm.PyCmp_EXC_MATCH:
		if err := checkCatchable(b); err != nil {
			return nil, err
		}
		t, _ := a.(*py.Type)
		return py.NewBool(t != nil && exceptionMatches(t, b)), nil
	}
	return nil, py.ExceptionNewf(py.SystemError, "unknown comparison %d", op)
}

// defaultEquality is a == b (a != b when ne): when neither object
// defines the comparison, they are equal only when they are the same
// object, as CPython's object.__eq__ has it (gpython raises TypeError).
func defaultEquality(a, b py.Object, ne bool) (py.Object, error) {
	if c, ordered, ok := compareIntFloat(a, b); ok {
		return py.NewBool((ordered && c == 0) != ne), nil
	}
	if x, y, ok := numericBases(a, b, "__eq__", "__ne__"); ok {
		return defaultEquality(x, y, ne)
	}
	if ma, ok := a.(*py.BoundMethod); ok {
		if mb, ok := b.(*py.BoundMethod); ok {
			// Methods are equal when bound to the same object.
			return py.NewBool((identical(ma.Self, mb.Self) && identical(ma.Method, mb.Method)) != ne), nil
		}
	}
	var res py.Object
	var err error
	if ne {
		res, err = py.Ne(a, b)
	} else {
		res, err = py.Eq(a, b)
	}
	if err != nil && py.IsException(py.TypeError, err) && strings.HasPrefix(errMessage(err), "unsupported operand type(s) for ") {
		if x, y, ok := numericBases(a, b); ok {
			return defaultEquality(x, y, ne)
		}
		return py.NewBool(identical(a, b) != ne), nil
	}
	return res, err
}

// order is a < b, a <= b, a > b or a >= b: lists and tuples compare item
// by item, and a failed comparison says what CPython says.
func order(op string, a, b py.Object) (py.Object, error) {
	if isSeq(a) && a.Type() == b.Type() {
		return compareSeq(op, a, b)
	}
	if x, ok := a.(py.Bool); ok {
		a = boolInt(x)
	}
	if x, ok := b.(py.Bool); ok {
		b = boolInt(x)
	}
	if c, ordered, ok := compareIntFloat(a, b); ok {
		return orderResult(op, c, ordered), nil
	}
	var res py.Object
	var err error
	switch op {
	case "<":
		res, err = py.Lt(a, b)
	case "<=":
		res, err = py.Le(a, b)
	case ">":
		res, err = py.Gt(a, b)
	default:
		res, err = py.Ge(a, b)
	}
	if err != nil && py.IsException(py.TypeError, err) && (strings.HasPrefix(errMessage(err), "unsupported operand") || errMessage(err) == "no ordering relation is defined for complex numbers") {
		if x, y, ok := numericBases(a, b); ok {
			return order(op, x, y)
		}
		return nil, py.ExceptionNewf(py.TypeError, "'%s' not supported between instances of '%s' and '%s'", op, a.Type().Name, b.Type().Name)
	}
	return res, err
}

func boolInt(b py.Bool) py.Int {
	if b {
		return 1
	}
	return 0
}

// contains is `item in container`: __contains__ when the container has
// it, else a search of its iteration with `is` or `==`.
func contains(container, item py.Object) (bool, error) {
	switch x := container.(type) {
	case py.Bytes:
		return bytesContains(x, item)
	case *py.Range:
		if _, isInt := rangeInt(item); isInt {
			_, ok := rangePosition(x, item)
			return ok, nil
		}
	case *py.Type:
		if res, ok, err := metaSpecial(x, "__contains__", item); ok {
			if err != nil {
				return false, err
			}
			return truth(res)
		}
	}
	if c, ok := container.(py.I__contains__); ok {
		res, err := c.M__contains__(item)
		if err != nil {
			return false, err
		}
		if res != py.NotImplemented {
			return truth(res)
		}
	}
	it, err := py.Iter(container)
	if err != nil {
		if py.IsException(py.TypeError, err) {
			return false, py.ExceptionNewf(py.TypeError, "argument of type '%s' is not iterable", container.Type().Name)
		}
		return false, err
	}
	for {
		v, err := py.Next(it)
		if err != nil {
			if py.IsException(py.StopIteration, err) {
				return false, nil
			}
			return false, err
		}
		if identical(v, item) {
			return true, nil
		}
		eq, err := py.Eq(v, item)
		if err != nil {
			return false, err
		}
		if t, err := truth(eq); err != nil || t {
			return t, err
		}
	}
}

func checkCatchable(b py.Object) error {
	if t, ok := b.(py.Tuple); ok {
		for _, x := range t {
			if err := checkCatchable(x); err != nil {
				return err
			}
		}
		return nil
	}
	if t, ok := b.(*py.Type); ok && isClass(t) && t.IsSubtype(py.BaseException) {
		return nil
	}
	return py.ExceptionNewf(py.TypeError, cannotCatch)
}

// exceptionMatches is `except b:` for an exception of type t.
func exceptionMatches(t *py.Type, b py.Object) bool {
	if tuple, ok := b.(py.Tuple); ok {
		for _, x := range tuple {
			if exceptionMatches(t, x) {
				return true
			}
		}
		return false
	}
	bt, ok := b.(*py.Type)
	return ok && t.IsSubtype(bt)
}

// unpack is UNPACK_SEQUENCE (after < 0) and UNPACK_EX: the items of TOS
// go on the stack, the first one on top.
func (r *run) unpack(before, after int) error {
	seq := r.pop()
	var items []py.Object
	switch s := seq.(type) {
	case py.Tuple:
		items = s
	case *py.List:
		items = s.Items
	default:
		it, err := py.Iter(seq)
		if err != nil {
			if py.IsException(py.TypeError, err) {
				return py.ExceptionNewf(py.TypeError, "cannot unpack non-iterable %s object", seq.Type().Name)
			}
			return err
		}
		err = iterate(it, func(o py.Object) error {
			items = append(items, o)
			if after < 0 && len(items) > before {
				return errStopIteration
			}
			return nil
		})
		if err != nil && err != errStopIteration {
			return err
		}
	}
	if after < 0 {
		if len(items) < before {
			return py.ExceptionNewf(py.ValueError, "not enough values to unpack (expected %d, got %d)", before, len(items))
		}
		if len(items) > before {
			return py.ExceptionNewf(py.ValueError, "too many values to unpack (expected %d)", before)
		}
		for i := len(items) - 1; i >= 0; i-- {
			r.push(items[i])
		}
		return nil
	}
	if len(items) < before+after {
		return py.ExceptionNewf(py.ValueError, "not enough values to unpack (expected at least %d, got %d)", before+after, len(items))
	}
	for i := len(items) - 1; i >= len(items)-after; i-- {
		r.push(items[i])
	}
	rest := make([]py.Object, len(items)-after-before)
	copy(rest, items[before:len(items)-after])
	r.push(py.NewListFromItems(rest))
	for i := before - 1; i >= 0; i-- {
		r.push(items[i])
	}
	return nil
}

// errStopIteration stops iterate early without an error.
var errStopIteration = py.ExceptionNewf(py.StopIteration, "")

// iterate calls fn for each item of the iterator it. An error other than
// StopIteration from the iterator is returned, as is fn's.
func iterate(it py.Object, fn func(py.Object) error) error {
	for {
		v, err := py.Next(it)
		if err != nil {
			if err != errStopIteration && py.IsException(py.StopIteration, err) {
				return nil
			}
			return err
		}
		if err := fn(v); err != nil {
			return err
		}
	}
}

func (r *run) raise(exc, cause py.Object) error {
	if exc == nil {
		h := r.c.handling
		if h.Value == nil {
			return py.ExceptionNewf(py.RuntimeError, "No active exception to reraise")
		}
		r.exc = h
		r.why = whyException
		return nil
	}
	e, err := makeException(exc)
	if err != nil {
		return err
	}
	info := py.ExceptionInfo{Type: e.Type(), Value: e}
	if x := asException(e); x != nil {
		if cause != nil {
			x.SuppressContext = true
			x.Cause = nil
			if cause != py.None {
				c, err := makeException(cause)
				if err != nil {
					return py.ExceptionNewf(py.TypeError, "exception causes must derive from BaseException")
				}
				x.Cause = c
			}
		}
		info.Traceback, _ = x.Traceback.(*py.Traceback)
	}
	return info
}

// makeException is the exception `raise x` raises: x itself when it is an
// exception, an instance made by calling x when it is an exception class.
func makeException(x py.Object) (py.Object, error) {
	if t, ok := x.(*py.Type); ok && isClass(t) && t.IsSubtype(py.BaseException) {
		v, err := py.Call(t, nil, nil)
		if err != nil {
			return nil, err
		}
		x = v
	}
	if asException(x) != nil {
		return x, nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "exceptions must derive from BaseException")
}

// endFinally is END_FINALLY: the end of a finally block (or of an except
// block that matched nothing) carries on with what brought it there.
func (r *run) endFinally() error {
	v := r.pop()
	switch x := v.(type) {
	case py.NoneType:
		return nil
	case py.Int:
		r.why = why(x)
		switch r.why {
		case whyReturn, whyContinue:
			r.retval = r.pop()
		case whySilenced:
			b := r.f.Block
			if b == nil || b.Type != py.TryBlockExceptHandler {
				return py.ExceptionNewf(py.SystemError, "with statement left no except handler")
			}
			r.f.PopBlock()
			r.endHandler(b)
			r.why = whyNot
		}
		return nil
	case *py.Type:
		value := r.pop()
		tb, _ := r.pop().(*py.Traceback)
		r.exc = py.ExceptionInfo{Type: x, Value: value, Traceback: tb}
		r.why = whyException
		return nil
	}
	return py.ExceptionNewf(py.SystemError, "'finally' pops bad exception")
}

func (r *run) setupWith(delta int32) error {
	mgr := r.top()
	exit, err := specialMethod(mgr, "__exit__")
	if err != nil {
		return err
	}
	enter, err := specialMethod(mgr, "__enter__")
	if err != nil {
		return err
	}
	r.setTop(exit)
	res, err := py.Call(enter, nil, nil)
	if err != nil {
		return err
	}
	r.f.PushBlock(py.TryBlockSetupFinally, r.f.Lasti+delta, len(r.f.Stack))
	r.push(res)
	return nil
}

// specialMethod looks up a method the with statement needs, with the
// error CPython gives for an object that is not a context manager.
func specialMethod(o py.Object, name string) (py.Object, error) {
	m, err := py.GetAttrString(o, name)
	if err != nil && py.IsException(py.AttributeError, err) {
		what := "context manager protocol"
		if name == "__exit__" {
			what = "context manager protocol (missed __exit__ method)"
		}
		return nil, py.ExceptionNewf(py.TypeError, "'%s' object does not support the %s", o.Type().Name, what)
	}
	return m, err
}

// withCleanup is WITH_CLEANUP: __exit__ is called with the exception, if
// any, and a true result swallows it.
func (r *run) withCleanup() error {
	s := r.f.Stack
	n := len(s)
	top := s[n-1]
	var exit py.Object
	args := py.Tuple{py.None, py.None, py.None}
	switch x := top.(type) {
	case py.NoneType:
		exit = s[n-2]
		s[n-2] = top
		r.f.Stack = s[:n-1]
	case py.Int:
		if why(x) == whyReturn || why(x) == whyContinue {
			exit = s[n-3]
			s[n-3] = s[n-2]
			s[n-2] = top
		} else {
			exit = s[n-2]
			s[n-2] = top
		}
		r.f.Stack = s[:n-1]
	default:
		// An exception: type, value, traceback on top, the saved
		// handled exception under them, then __exit__.
		args = py.Tuple{s[n-1], s[n-2], s[n-3]}
		exit = s[n-7]
		copy(s[n-7:], s[n-6:])
		s[n-1] = nil
		r.f.Stack = s[:n-1]
		if b := r.f.Block; b != nil && b.Type == py.TryBlockExceptHandler {
			b.Level--
		}
	}
	res, err := py.Call(exit, args, nil)
	if err != nil {
		return err
	}
	if args[0] != py.None {
		t, err := truth(res)
		if err != nil {
			return err
		}
		if t {
			r.push(py.Int(whySilenced))
		}
	}
	return nil
}

// yieldFrom is YIELD_FROM: the value on top is sent to the iterator under
// it; its result is yielded, or its return value replaces it when it ends.
func (r *run) yieldFrom() error {
	v := r.pop()
	it := r.top()
	var res py.Object
	var err error
	if g, ok := it.(*generator); ok {
		res, err = g.send(v)
	} else if v == py.None {
		res, err = py.Next(it)
	} else {
		res, err = py.Send(it, v)
	}
	if err != nil {
		if !py.IsException(py.StopIteration, err) {
			return err
		}
		r.setTop(stopValue(err))
		return nil
	}
	r.f.Lasti--
	r.retval = res
	r.f.Yielded = true
	r.why = whyYield
	return nil
}

// stopValue is the value a StopIteration carries: a generator's return
// value.
func stopValue(err error) py.Object {
	var e *py.Exception
	switch x := err.(type) {
	case py.ExceptionInfo:
		e, _ = x.Value.(*py.Exception)
	case *py.Exception:
		e = x
	}
	if e == nil {
		return py.None
	}
	if args, ok := e.Args.(py.Tuple); ok && len(args) > 0 {
		return args[0]
	}
	return py.None
}

func (r *run) importName(name string) error {
	f := r.f
	imp, ok := f.Builtins["__import__"]
	if !ok {
		return py.ExceptionNewf(py.ImportError, "__import__ not found")
	}
	fromlist := r.pop()
	level := r.top()
	var locals py.Object = py.None
	if f.Locals != nil {
		locals = f.Locals
	}
	m, err := py.Call(imp, py.Tuple{py.String(name), f.Globals, locals, fromlist, level}, nil)
	return r.result(m, err)
}

func (r *run) importFrom(name string) error {
	m := r.top()
	v, err := py.GetAttrString(m, name)
	if err != nil {
		if !py.IsException(py.AttributeError, err) {
			return err
		}
		mod := "?"
		where := "unknown location"
		if mm, ok := m.(*py.Module); ok {
			if n, ok := mm.Globals["__name__"].(py.String); ok {
				mod = string(n)
			}
			if file, ok := mm.Globals["__file__"].(py.String); ok {
				where = string(file)
			}
		}
		return py.ExceptionNewf(py.ImportError, "cannot import name '%s' from '%s' (%s)", name, mod, where)
	}
	r.push(v)
	return nil
}

func (r *run) importStar() error {
	f := r.f
	m, ok := r.pop().(*py.Module)
	if !ok {
		return py.ExceptionNewf(py.SystemError, "import * needs a module")
	}
	f.FastToLocals()
	if all, ok := m.Globals["__all__"]; ok {
		it, err := py.Iter(all)
		if err != nil {
			return err
		}
		err = iterate(it, func(item py.Object) error {
			name, err := py.AttributeName(item)
			if err != nil {
				return err
			}
			v, err := py.GetAttrString(m, name)
			if err != nil {
				return err
			}
			f.Locals[name] = v
			return nil
		})
		if err != nil {
			return err
		}
	} else {
		names := make([]string, 0, len(m.Globals))
		for name := range m.Globals {
			if !strings.HasPrefix(name, "_") {
				names = append(names, name)
			}
		}
		sort.Strings(names)
		for _, name := range names {
			f.Locals[name] = m.Globals[name]
		}
	}
	f.LocalsToFast(false)
	return nil
}

// call is the CALL_FUNCTION family: positional and keyword arguments from
// the stack, then *args and **kwargs when given.
func (r *run) call(argc int32, star, starKw py.Object) error {
	nargs := int(argc & 0xff)
	nkw := int(argc>>8) & 0xff
	f := r.f
	s := f.Stack
	base := len(s) - 2*nkw - nargs - 1
	fn := s[base]
	var kwargs py.StringDict
	var order []string
	if nkw > 0 {
		kwargs = make(py.StringDict, nkw)
		order = make([]string, 0, nkw)
		for i := len(s) - 2*nkw; i < len(s); i += 2 {
			k, ok := s[i].(py.String)
			if !ok {
				return py.ExceptionNewf(py.TypeError, "keywords must be strings")
			}
			if _, dup := kwargs[string(k)]; dup {
				return py.ExceptionNewf(py.TypeError, "%s() got multiple values for keyword argument '%s'", funcName(fn), string(k))
			}
			kwargs[string(k)] = s[i+1]
			order = append(order, string(k))
		}
	}
	var args py.Tuple
	if star == nil && starKw == nil {
		if bd, ok := fn.(*boundDescriptor); ok && nkw == 0 {
			// A method of a built-in type reads its arguments where
			// they are on the stack (method functions keep none), and
			// its parameters are laid out in the stack's spare room.
			top := base + 1 + nargs
			room := s[top:min(top+len(bd.d.sig.params), cap(s))]
			res, err := bd.d.callIn(bd.self, s[base+1:top], nil, room)
			clear(s[base : top+len(room)])
			f.Stack = s[:base]
			if err != nil {
				return err
			}
			r.push(res)
			return nil
		}
		if nkw == 0 && r.c.argsNotKept[fn] {
			// A builtin that keeps nothing of its arguments gets them
			// where they are on the stack.
			res, err := r.callObject(fn, s[base+1:base+1+nargs], nil)
			clear(s[base:])
			f.Stack = s[:base]
			if err != nil {
				return err
			}
			r.push(res)
			return nil
		}
		if res, ok, err := r.callDirect(fn, base, nargs, kwargs, order); ok {
			if err != nil {
				return err
			}
			r.push(res)
			return nil
		}
	}
	if star == nil {
		args = make(py.Tuple, nargs)
		copy(args, s[base+1:base+1+nargs])
	} else {
		args = append(py.Tuple(nil), s[base+1:base+1+nargs]...)
		switch x := star.(type) {
		case py.Tuple:
			args = append(args, x...)
		case *py.List:
			args = append(args, x.Items...)
		default:
			it, err := py.Iter(star)
			if err != nil {
				if py.IsException(py.TypeError, err) {
					return py.ExceptionNewf(py.TypeError, "%s() argument after * must be an iterable, not %s", funcName(fn), star.Type().Name)
				}
				return err
			}
			if err := iterate(it, func(o py.Object) error { args = append(args, o); return nil }); err != nil {
				return err
			}
		}
	}
	if starKw != nil {
		if kwargs == nil {
			kwargs = py.NewStringDict()
		}
		err := eachMappingItem(starKw, func(k, v py.Object) error {
			key, ok := k.(py.String)
			if !ok {
				return py.ExceptionNewf(py.TypeError, "keywords must be strings")
			}
			if _, dup := kwargs[string(key)]; dup {
				return py.ExceptionNewf(py.TypeError, "%s() got multiple values for keyword argument '%s'", funcName(fn), string(key))
			}
			kwargs[string(key)] = v
			order = append(order, string(key))
			return nil
		})
		if err != nil {
			if py.IsException(py.AttributeError, err) {
				return py.ExceptionNewf(py.TypeError, "%s() argument after ** must be a mapping, not %s", funcName(fn), starKw.Type().Name)
			}
			return err
		}
	}
	clear(s[base:])
	f.Stack = s[:base]
	r.c.kwOrder = order
	res, err := r.callObject(fn, args, kwargs)
	r.c.kwOrder = nil
	if err != nil {
		return err
	}
	r.push(res)
	return nil
}

// callDirect calls a Python function, or a method of a Python class,
// with the arguments where they are on the stack: the callee copies them
// into its own frame first, so they need no tuple of their own. ok is
// false for other callables.
func (r *run) callDirect(fn py.Object, base, nargs int, kwargs py.StringDict, order []string) (py.Object, bool, error) {
	s := r.f.Stack
	var pf *py.Function
	var args []py.Object
	switch f := fn.(type) {
	case *py.Function:
		pf, args = f, s[base+1:base+1+nargs]
	case *py.BoundMethod:
		m, ok := f.Method.(*py.Function)
		if !ok {
			return nil, false, nil
		}
		s[base] = f.Self // the method's slot holds self for the call
		pf, args = m, s[base:base+1+nargs]
	default:
		return nil, false, nil
	}
	r.c.kwOrder = order
	res, err := callFunction(pf, args, kwargs)
	r.c.kwOrder = nil
	clear(s[base:])
	r.f.Stack = s[:base]
	return res, true, err
}

// callObject calls fn; the builtins that read the calling frame
// (globals, locals) get it here.
func (r *run) callObject(fn py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	switch f := fn.(type) {
	case *py.Type:
		if call := metaclassCall(f); call != nil {
			return pyCall(call, append(py.Tuple{f}, args...), kwargs)
		}
	case *boundDescriptor:
		return f.d.call(f.self, args, kwargs)
	case *py.Function:
		return callFunction(f, args, kwargs)
	case *py.BoundMethod:
		if pf, ok := f.Method.(*py.Function); ok {
			full := make(py.Tuple, len(args)+1)
			full[0] = f.Self
			copy(full[1:], args)
			return callFunction(pf, full, kwargs)
		}
	case *py.Method:
		switch f.Internal() {
		case py.InternalMethodGlobals:
			return r.f.Globals, nil
		case py.InternalMethodLocals:
			r.f.FastToLocals()
			return r.f.Locals, nil
		}
	}
	return py.Call(fn, args, kwargs)
}

// eachMappingItem calls fn for each key and value of a mapping: a
// StringDict, or any object with keys() and __getitem__.
func eachMappingItem(m py.Object, fn func(k, v py.Object) error) error {
	if d, ok := m.(*pyobj.Dict); ok {
		return d.Items(fn)
	}
	if d, ok := m.(py.StringDict); ok {
		keys := make([]string, 0, len(d))
		for k := range d {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			if err := fn(py.String(k), d[k]); err != nil {
				return err
			}
		}
		return nil
	}
	keysFn, err := py.GetAttrString(m, "keys")
	if err != nil {
		return err
	}
	keys, err := py.Call(keysFn, nil, nil)
	if err != nil {
		return err
	}
	it, err := py.Iter(keys)
	if err != nil {
		return err
	}
	return iterate(it, func(k py.Object) error {
		v, err := py.GetItem(m, k)
		if err != nil {
			return err
		}
		return fn(k, v)
	})
}

func funcName(fn py.Object) string {
	switch x := fn.(type) {
	case *py.Function:
		if m, ok := x.Globals["__name__"].(py.String); ok && x.Qualname != "" {
			return string(m) + "." + x.Qualname // as CPython 3.13 names it
		}
		return x.Qualname
	case *py.Method:
		return x.Name
	case *py.Type:
		return x.Name
	}
	return fn.Type().Name
}

// makeFunction is MAKE_FUNCTION and MAKE_CLOSURE.
func (r *run) makeFunction(argc int32, closure bool) error {
	npos := int(argc & 0xff)
	nkw := int(argc>>8) & 0xff
	nann := int(argc>>16) & 0x7fff
	qualname, _ := r.pop().(py.String)
	code, ok := r.pop().(*py.Code)
	if !ok {
		return py.ExceptionNewf(py.SystemError, "MAKE_FUNCTION needs a code object")
	}
	fn := py.NewFunction(r.f.Context, code, r.f.Globals, string(qualname))
	if closure {
		fn.Closure, _ = r.pop().(py.Tuple)
	}
	// gpython's compiler loads a def's decorators after its defaults and
	// annotations, so they sit between those and the code; they are
	// called right after, one CALL_FUNCTION 1 each.
	var decorators []py.Object
	if npos+nkw+nann > 0 && code.Name != "<lambda>" {
		n := r.decoratorCalls()
		decorators = append(decorators, r.popN(n)...)
	}
	if nann > 0 {
		names, _ := r.pop().(py.Tuple)
		anns := py.NewStringDict()
		for i := len(names) - 1; i >= 0; i-- {
			if name, ok := names[i].(py.String); ok {
				anns[string(name)] = r.pop()
			}
		}
		fn.Annotations = anns
	}
	if nkw > 0 {
		kw := py.NewStringDict()
		names, _ := kwDefaultNames.Load(code)
		right, _ := names.([]string)
		for i := nkw - 1; i >= 0; i-- {
			v := r.pop()
			name, _ := r.pop().(py.String)
			if len(right) == nkw {
				name = py.String(right[i])
			}
			kw[string(name)] = v
		}
		fn.KwDefaults = kw
	}
	if npos > 0 {
		defs := make(py.Tuple, npos)
		for i := npos - 1; i >= 0; i-- {
			defs[i] = r.pop()
		}
		fn.Defaults = defs
	}
	for _, d := range decorators {
		r.push(d)
	}
	r.push(fn)
	return nil
}

// decoratorCalls counts the CALL_FUNCTION 1 instructions that follow the
// current one: the decorators of a def.
func (r *run) decoratorCalls() int {
	code := r.f.Code.Code
	n := 0
	for at := int(r.f.Lasti); at+2 < len(code); at += 3 {
		if vm.OpCode(code[at]) != vm.CALL_FUNCTION || code[at+1] != 1 || code[at+2] != 0 {
			break
		}
		n++
	}
	return n
}
