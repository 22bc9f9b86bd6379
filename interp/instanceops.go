package interp

import "github.com/go-python/gpython/py"

// The operators of an Instance: each calls the class's special method when
// the class defines one, else the built-in base's, else says
// NotImplemented so that Python tries the other operand.
func (o *Instance) M__add__(other py.Object) (py.Object, error)  { return o.binary("__add__", other) }
func (o *Instance) M__radd__(other py.Object) (py.Object, error) { return o.binary("__radd__", other) }
func (o *Instance) M__iadd__(other py.Object) (py.Object, error) { return o.binary("__iadd__", other) }
func (o *Instance) M__sub__(other py.Object) (py.Object, error)  { return o.binary("__sub__", other) }
func (o *Instance) M__rsub__(other py.Object) (py.Object, error) { return o.binary("__rsub__", other) }
func (o *Instance) M__isub__(other py.Object) (py.Object, error) { return o.binary("__isub__", other) }
func (o *Instance) M__mul__(other py.Object) (py.Object, error)  { return o.binary("__mul__", other) }
func (o *Instance) M__rmul__(other py.Object) (py.Object, error) { return o.binary("__rmul__", other) }
func (o *Instance) M__imul__(other py.Object) (py.Object, error) { return o.binary("__imul__", other) }
func (o *Instance) M__truediv__(other py.Object) (py.Object, error) {
	return o.binary("__truediv__", other)
}
func (o *Instance) M__rtruediv__(other py.Object) (py.Object, error) {
	return o.binary("__rtruediv__", other)
}
func (o *Instance) M__itruediv__(other py.Object) (py.Object, error) {
	return o.binary("__itruediv__", other)
}
func (o *Instance) M__floordiv__(other py.Object) (py.Object, error) {
	return o.binary("__floordiv__", other)
}
func (o *Instance) M__rfloordiv__(other py.Object) (py.Object, error) {
	return o.binary("__rfloordiv__", other)
}
func (o *Instance) M__ifloordiv__(other py.Object) (py.Object, error) {
	return o.binary("__ifloordiv__", other)
}
func (o *Instance) M__mod__(other py.Object) (py.Object, error)  { return o.binary("__mod__", other) }
func (o *Instance) M__rmod__(other py.Object) (py.Object, error) { return o.binary("__rmod__", other) }
func (o *Instance) M__imod__(other py.Object) (py.Object, error) { return o.binary("__imod__", other) }
func (o *Instance) M__lshift__(other py.Object) (py.Object, error) {
	return o.binary("__lshift__", other)
}
func (o *Instance) M__rlshift__(other py.Object) (py.Object, error) {
	return o.binary("__rlshift__", other)
}
func (o *Instance) M__ilshift__(other py.Object) (py.Object, error) {
	return o.binary("__ilshift__", other)
}
func (o *Instance) M__rshift__(other py.Object) (py.Object, error) {
	return o.binary("__rshift__", other)
}
func (o *Instance) M__rrshift__(other py.Object) (py.Object, error) {
	return o.binary("__rrshift__", other)
}
func (o *Instance) M__irshift__(other py.Object) (py.Object, error) {
	return o.binary("__irshift__", other)
}
func (o *Instance) M__and__(other py.Object) (py.Object, error)  { return o.binary("__and__", other) }
func (o *Instance) M__rand__(other py.Object) (py.Object, error) { return o.binary("__rand__", other) }
func (o *Instance) M__iand__(other py.Object) (py.Object, error) { return o.binary("__iand__", other) }
func (o *Instance) M__xor__(other py.Object) (py.Object, error)  { return o.binary("__xor__", other) }
func (o *Instance) M__rxor__(other py.Object) (py.Object, error) { return o.binary("__rxor__", other) }
func (o *Instance) M__ixor__(other py.Object) (py.Object, error) { return o.binary("__ixor__", other) }
func (o *Instance) M__or__(other py.Object) (py.Object, error)   { return o.binary("__or__", other) }
func (o *Instance) M__ror__(other py.Object) (py.Object, error)  { return o.binary("__ror__", other) }
func (o *Instance) M__ior__(other py.Object) (py.Object, error)  { return o.binary("__ior__", other) }
func (o *Instance) M__neg__() (py.Object, error)                 { return o.unary("__neg__") }
func (o *Instance) M__pos__() (py.Object, error)                 { return o.unary("__pos__") }
func (o *Instance) M__abs__() (py.Object, error)                 { return o.unary("__abs__") }
func (o *Instance) M__invert__() (py.Object, error)              { return o.unary("__invert__") }
func (o *Instance) M__int__() (py.Object, error)                 { return o.unary("__int__") }
func (o *Instance) M__float__() (py.Object, error)               { return o.unary("__float__") }
func (o *Instance) M__complex__() (py.Object, error)             { return o.unary("__complex__") }
func (o *Instance) M__trunc__() (py.Object, error)               { return o.unary("__trunc__") }
func (o *Instance) M__floor__() (py.Object, error)               { return o.unary("__floor__") }
func (o *Instance) M__ceil__() (py.Object, error)                { return o.unary("__ceil__") }

func (o *Instance) M__pow__(other, mod py.Object) (py.Object, error) {
	if mod == py.None {
		return o.binary("__pow__", other)
	}
	return o.call3("__pow__", other, mod)
}

func (o *Instance) M__ipow__(other, mod py.Object) (py.Object, error) {
	if mod == py.None {
		return o.binary("__ipow__", other)
	}
	return o.call3("__ipow__", other, mod)
}

func (o *Instance) M__rpow__(other py.Object) (py.Object, error) { return o.binary("__rpow__", other) }

func (o *Instance) M__round__(n py.Object) (py.Object, error) {
	if n == py.None {
		return o.unary("__round__")
	}
	return o.binary("__round__", n)
}
func (o *Instance) M__lt__(other py.Object) (py.Object, error) { return o.binary("__lt__", other) }
func (o *Instance) M__le__(other py.Object) (py.Object, error) { return o.binary("__le__", other) }
func (o *Instance) M__gt__(other py.Object) (py.Object, error) { return o.binary("__gt__", other) }
func (o *Instance) M__ge__(other py.Object) (py.Object, error) { return o.binary("__ge__", other) }
