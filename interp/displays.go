package interp

import "github.com/go-python/gpython/py"

// The values of dict and set displays and comprehensions.

func newDisplayDict(n int) py.Object { return py.NewStringDictSized(n) }

func dictStore(d, k, v py.Object) error {
	_, err := py.SetItem(d, k, v)
	return err
}

func newDisplaySet(items []py.Object) (py.Object, error) {
	return py.NewSetFromItems(append([]py.Object(nil), items...)), nil
}

func setAdd(s, v py.Object) error {
	set, ok := s.(*py.Set)
	if !ok {
		return py.ExceptionNewf(py.SystemError, "SET_ADD needs a set")
	}
	set.Add(v)
	return nil
}

// modulo is a % b: formatting for str and bytes.
func modulo(a, b py.Object) (py.Object, error) {
	switch x := a.(type) {
	case py.String:
		return percentFormat(string(x), b)
	case py.Bytes:
		return percentFormatBytes(x, b)
	}
	return py.Mod(a, b)
}

func inplaceModulo(a, b py.Object) (py.Object, error) {
	switch a.(type) {
	case py.String, py.Bytes:
		return modulo(a, b)
	}
	return py.IMod(a, b)
}

// hashOf is hash() of a built-in value.
func hashOf(o py.Object) (int64, error) {
	if h, ok := o.(py.I__hash__); ok {
		v, err := h.M__hash__()
		if err != nil {
			return 0, err
		}
		n, _ := v.(py.Int)
		return int64(n), nil
	}
	return 0, py.ExceptionNewf(py.TypeError, "unhashable type: '%s'", o.Type().Name)
}
