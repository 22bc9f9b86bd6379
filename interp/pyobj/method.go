package pyobj

import (
	"fmt"

	"github.com/go-python/gpython/py"
)

// Method is a method of dict, set or frozenset. gpython's own methods
// (py.Method) make an empty keyword dict for every call of a method that
// takes keywords; these do not.
type Method struct {
	Name string
	Doc  string
	// Fn is the method: self is the value, or None when the method is
	// called from its type with the value as the first argument.
	Fn func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error)
}

// MethodType is the type of Method.
var MethodType = py.NewType("method_descriptor", "A method of a built-in type.")

// Type returns MethodType.
func (m *Method) Type() *py.Type { return MethodType }

// M__get__ binds the method to the value it is read from.
func (m *Method) M__get__(instance, owner py.Object) (py.Object, error) {
	if instance == nil || instance == py.None {
		return m, nil
	}
	return &BoundMethod{Method: m, Self: instance}, nil
}

// M__call__ calls the method read from its type: the value comes first.
func (m *Method) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	return m.Fn(py.None, args, kwargs)
}

// M__repr__ is <method 'NAME' of 'TYPE' objects>.
func (m *Method) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<method '%s' objects>", m.Name)), nil
}

// BoundMethod is a Method bound to a value.
type BoundMethod struct {
	Method *Method
	Self   py.Object
}

// BoundMethodType is the type of BoundMethod.
var BoundMethodType = py.NewType("builtin_function_or_method", "A method of a built-in value, bound to it.")

// Type returns BoundMethodType.
func (b *BoundMethod) Type() *py.Type { return BoundMethodType }

// M__call__ calls the method with its value.
func (b *BoundMethod) M__call__(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	return b.Method.Fn(b.Self, args, kwargs)
}

// M__repr__ is <built-in method NAME of TYPE object at ...>.
func (b *BoundMethod) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<built-in method %s of %s object at %p>", b.Method.Name, b.Self.Type().Name, b.Self)), nil
}

func newMethod(name, doc string, fn func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error)) *Method {
	return &Method{Name: name, Doc: doc, Fn: fn}
}
