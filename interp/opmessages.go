package interp

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// The operators' failures, worded as CPython words them: gpython says
// "unsupported operand type(s)" where CPython names the sequence or the
// zero, and some of its operations on zero do not fail at all.

// isSequence reports whether o is a built-in sequence that * repeats.
func isSequence(o py.Object) bool {
	switch o.(type) {
	case py.String, *py.List, py.Tuple, py.Bytes, *ByteArray:
		return true
	}
	return false
}

// unsupportedOperands reports whether err is gpython's TypeError for operand
// types an operator does not take.
func unsupportedOperands(err error) bool {
	return err != nil && py.IsException(py.TypeError, err) && strings.HasPrefix(errMessage(err), "unsupported operand type(s)")
}

// concatError is CPython's error for seq + b.
func concatError(a, b py.Object, err error) error {
	if !unsupportedOperands(err) {
		return err
	}
	switch a.(type) {
	case py.String, *py.List, py.Tuple:
		name := a.Type().Name
		return py.ExceptionNewf(py.TypeError, "can only concatenate %s (not \"%s\") to %s", name, b.Type().Name, name)
	case py.Bytes:
		return py.ExceptionNewf(py.TypeError, "can't concat %s to bytes", b.Type().Name)
	}
	return err
}

// repeatError is CPython's error for seq * b or b * seq.
func repeatError(a, b py.Object, err error) error {
	if !unsupportedOperands(err) {
		return err
	}
	switch {
	case isSequence(a):
		return py.ExceptionNewf(py.TypeError, "can't multiply sequence by non-int of type '%s'", b.Type().Name)
	case isSequence(b):
		return py.ExceptionNewf(py.TypeError, "can't multiply sequence by non-int of type '%s'", a.Type().Name)
	}
	return err
}

// isZero reports whether o is a number equal to zero; float reports
// whether a float is involved.
func isZero(o py.Object) bool {
	switch v := o.(type) {
	case py.Int:
		return v == 0
	case py.Float:
		return v == 0
	case py.Bool:
		return !bool(v)
	}
	return false
}

// zeroDivision is the error of a // b or a % b by a zero b of numbers.
func zeroDivision(a, b py.Object, floor bool) error {
	if !isZero(b) || !isNumber(a) && !isBool(a) {
		return nil
	}
	switch {
	case isFloat(a) || isFloat(b):
		if floor {
			return py.ExceptionNewf(py.ZeroDivisionError, "float floor division by zero")
		}
		return py.ExceptionNewf(py.ZeroDivisionError, "float modulo by zero")
	case floor:
		return py.ExceptionNewf(py.ZeroDivisionError, "integer division or modulo by zero")
	}
	return py.ExceptionNewf(py.ZeroDivisionError, "integer modulo by zero")
}

func isBool(o py.Object) bool {
	_, ok := o.(py.Bool)
	return ok
}

// floorDivide is a // b.
func floorDivide(a, b py.Object) (py.Object, error) {
	if err := zeroDivision(a, b, true); err != nil {
		return nil, err
	}
	if x, y, ok := floatPair(a, b); ok {
		return floatFloorDivide(x, y)
	}
	if isComplexOperands(a, b) {
		return nil, py.ExceptionNewf(py.TypeError, "unsupported operand type(s) for //: '%s' and '%s'", a.Type().Name, b.Type().Name)
	}
	if x, y, ok := numericBases(a, b, "__floordiv__", "__rfloordiv__"); ok {
		return floorDivide(x, y)
	}
	return py.FloorDiv(a, b)
}

func inplaceFloorDivide(a, b py.Object) (py.Object, error) {
	if _, ok := a.(*Instance); !ok {
		return floorDivide(a, b)
	}
	return py.IFloorDiv(a, b)
}

// indexError words a failed conversion of a subscript to an index as
// CPython does for the container.
func indexError(container, key py.Object, err error) error {
	if err == nil || !py.IsException(py.TypeError, err) || !strings.HasPrefix(errMessage(err), "unsupported operand type(s) for index") {
		return err
	}
	if _, ok := key.(*py.Slice); ok {
		return py.ExceptionNewf(py.TypeError, "slice indices must be integers or None or have an __index__ method")
	}
	switch container.(type) {
	case py.String:
		return py.ExceptionNewf(py.TypeError, "string indices must be integers, not '%s'", key.Type().Name)
	case *py.List, py.Tuple:
		return py.ExceptionNewf(py.TypeError, "%s indices must be integers or slices, not %s", container.Type().Name, key.Type().Name)
	}
	return err
}

// translateMessage rewords gpython's generic messages, for exceptions
// raised by Go code.
func translateMessage(e *py.Exception) {
	if len(e.Args.(py.Tuple)) != 1 {
		return
	}
	msg, ok := e.Args.(py.Tuple)[0].(py.String)
	if !ok {
		return
	}
	switch {
	case e.Type() == py.TypeError && strings.HasPrefix(string(msg), "unsupported operand type(s) for ") && !strings.Contains(string(msg), " and "):
		// gpython words a failed unary operation as a binary one.
		op, operand, ok := strings.Cut(strings.TrimPrefix(string(msg), "unsupported operand type(s) for "), ": ")
		if !ok {
			return
		}
		switch op {
		case "-", "+", "~":
			e.Args = py.Tuple{py.String("bad operand type for unary " + op + ": " + operand)}
		case "abs":
			e.Args = py.Tuple{py.String("bad operand type for abs(): " + operand)}
		case "float":
			e.Args = py.Tuple{py.String("float() argument must be a string or a real number, not " + operand)}
		case "index":
			e.Args = py.Tuple{py.String(operand + " object cannot be interpreted as an integer")}
		}
	case e.Type() == py.TypeError && strings.HasSuffix(string(msg), " object does not support item deletion"):
		// gpython's wording for its immutable types; CPython's differs.
		name := strings.TrimSuffix(string(msg), " object does not support item deletion")
		switch name {
		case "'str'", "'tuple'", "'bytes'", "'int'", "'float'", "'bool'", "'NoneType'", "'range'", "'frozenset'":
			e.Args = py.Tuple{py.String(name + " object doesn't support item deletion")}
		}
	}
}
