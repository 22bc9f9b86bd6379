package interp

import (
	"fmt"
	"strings"

	"github.com/go-python/gpython/py"
)

// regexFlag is re.RegexFlag: an int flag that shows its names,
// re.IGNORECASE|re.MULTILINE. Operations with ints give flags (|, &, ^)
// or ints (+, -), as in CPython.
type regexFlag int

var regexFlagType = py.NewType("RegexFlag", "Flags of the re module.")

func init() {
	regexFlagType.Dict["__module__"] = py.String("re")
	regexFlagType.Dict["name"] = &py.Property{Fget: func(o py.Object) (py.Object, error) {
		f := o.(regexFlag)
		if f == 0 {
			return py.String("NOFLAG"), nil
		}
		var names []string
		for _, m := range regexFlagMembers {
			if int(f)&m.value != 0 {
				names = append(names, m.name)
			}
		}
		if len(names) == 0 {
			return py.None, nil
		}
		return py.String(strings.Join(names, "|")), nil
	}}
	regexFlagType.Dict["value"] = &py.Property{Fget: func(o py.Object) (py.Object, error) { return py.Int(o.(regexFlag)), nil }}
}

// regexFlagMembers are RegexFlag's members in definition order, the
// order its repr lists them in.
var regexFlagMembers = []struct {
	name  string
	value int
}{
	{"ASCII", reASCII}, {"IGNORECASE", reIgnoreCase}, {"LOCALE", reLocale}, {"UNICODE", reUnicode},
	{"MULTILINE", reMultiline}, {"DOTALL", reDotAll}, {"VERBOSE", reVerbose}, {"DEBUG", reDebug},
}

// regexFlagAll has every bit up to the highest member's: what ~ flips.
const regexFlagAll = 2*reASCII - 1

func (f regexFlag) Type() *py.Type { return regexFlagType }

func (f regexFlag) String() string {
	if f == 0 {
		return "re.NOFLAG"
	}
	var parts []string
	rest := int(f)
	for _, m := range regexFlagMembers {
		if rest&m.value != 0 {
			parts = append(parts, "re."+m.name)
			rest &^= m.value
		}
	}
	if rest != 0 {
		parts = append(parts, fmt.Sprintf("0x%x", rest))
	}
	return strings.Join(parts, "|")
}

func (f regexFlag) M__repr__() (py.Object, error)   { return py.String(f.String()), nil }
func (f regexFlag) M__str__() (py.Object, error)    { return py.String(f.String()), nil }
func (f regexFlag) M__int__() (py.Object, error)    { return py.Int(f), nil }
func (f regexFlag) M__index__() (py.Int, error)     { return py.Int(f), nil }
func (f regexFlag) M__bool__() (py.Object, error)   { return py.NewBool(f != 0), nil }
func (f regexFlag) M__hash__() (py.Object, error)   { return py.Int(f), nil }
func (f regexFlag) M__invert__() (py.Object, error) { return regexFlag(regexFlagAll ^ int(f)), nil }

// flagOperand is the int value of a flag or int operand.
func flagOperand(o py.Object) (int, bool) {
	switch v := o.(type) {
	case regexFlag:
		return int(v), true
	case py.Int:
		return int(v), true
	case py.Bool:
		if v {
			return 1, true
		}
		return 0, true
	}
	return 0, false
}

func (f regexFlag) bitOp(other py.Object, op func(a, b int) int) (py.Object, error) {
	o, ok := flagOperand(other)
	if !ok {
		return py.NotImplemented, nil
	}
	return regexFlag(op(int(f), o)), nil
}

func or(a, b int) int  { return a | b }
func and(a, b int) int { return a & b }
func xor(a, b int) int { return a ^ b }

func (f regexFlag) M__or__(o py.Object) (py.Object, error)   { return f.bitOp(o, or) }
func (f regexFlag) M__ror__(o py.Object) (py.Object, error)  { return f.bitOp(o, or) }
func (f regexFlag) M__and__(o py.Object) (py.Object, error)  { return f.bitOp(o, and) }
func (f regexFlag) M__rand__(o py.Object) (py.Object, error) { return f.bitOp(o, and) }
func (f regexFlag) M__xor__(o py.Object) (py.Object, error)  { return f.bitOp(o, xor) }
func (f regexFlag) M__rxor__(o py.Object) (py.Object, error) { return f.bitOp(o, xor) }

func (f regexFlag) M__add__(o py.Object) (py.Object, error)  { return py.Add(py.Int(f), o) }
func (f regexFlag) M__radd__(o py.Object) (py.Object, error) { return py.Add(o, py.Int(f)) }
func (f regexFlag) M__sub__(o py.Object) (py.Object, error)  { return py.Sub(py.Int(f), o) }
func (f regexFlag) M__rsub__(o py.Object) (py.Object, error) { return py.Sub(o, py.Int(f)) }

func (f regexFlag) M__eq__(other py.Object) (py.Object, error) {
	o, ok := flagOperand(other)
	if !ok {
		return py.NotImplemented, nil
	}
	return py.NewBool(int(f) == o), nil
}

func (f regexFlag) M__ne__(other py.Object) (py.Object, error) {
	o, ok := flagOperand(other)
	if !ok {
		return py.NotImplemented, nil
	}
	return py.NewBool(int(f) != o), nil
}
