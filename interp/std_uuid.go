package interp

import (
	"crypto/subtle"
	_ "embed"

	"github.com/go-python/gpython/py"
)

// uuid, secrets and keyword are written in Python. uuid4 and the tokens
// of secrets draw their bytes from os.urandom (Go's crypto/rand), which
// raises no audit event, as in CPython; secrets.compare_digest is Go, a
// comparison in constant time. None of the three raises audit events.

//go:embed stdlib/uuid.py
var uuidSource string

//go:embed stdlib/secrets.py
var secretsSource string

//go:embed stdlib/keyword.py
var keywordSource string

func init() {
	registerStdlib("uuid", "Universally unique identifiers as laid out by RFC 4122.", nil, uuidSource)
	registerStdlib("secrets", "Random tokens, numbers and choices from the operating system's\nsecure random source, for passwords, keys and the like.", setupSecrets, secretsSource)
	registerStdlib("keyword", "Keywords and soft keywords of the Python language.", nil, keywordSource)
}

// digestBytes is the content of a bytes-like object.
func digestBytes(o py.Object) ([]byte, bool) {
	switch x := o.(type) {
	case py.Bytes:
		return x, true
	case *ByteArray:
		return x.b, true
	case *Instance:
		if b, ok := x.base.(py.Bytes); ok {
			return b, true
		}
	}
	return nil, false
}

func setupSecrets(_ *Context, m *py.Module) error {
	m.Globals["compare_digest"] = py.MustNewMethod("compare_digest", func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(kwargs) > 0 {
			return nil, py.ExceptionNewf(py.TypeError, "_hashlib.compare_digest() takes no keyword arguments")
		}
		if len(args) != 2 {
			return nil, py.ExceptionNewf(py.TypeError, "compare_digest expected 2 arguments, got %d", len(args))
		}
		a, b := args[0], args[1]
		sa, aStr := a.(py.String)
		sb, bStr := b.(py.String)
		if aStr && bStr {
			if !isASCII(string(sa)) || !isASCII(string(sb)) {
				return nil, py.ExceptionNewf(py.TypeError, "comparing strings with non-ASCII characters is not supported")
			}
			return py.NewBool(subtle.ConstantTimeCompare([]byte(sa), []byte(sb)) == 1), nil
		}
		ba, aOK := digestBytes(a)
		bb, bOK := digestBytes(b)
		switch {
		case !aOK && !bOK:
			return nil, py.ExceptionNewf(py.TypeError, "unsupported operand types(s) or combination of types: '%s' and '%s'", a.Type().Name, b.Type().Name)
		case !aOK:
			return nil, py.ExceptionNewf(py.TypeError, "a bytes-like object is required, not '%s'", a.Type().Name)
		case !bOK:
			return nil, py.ExceptionNewf(py.TypeError, "a bytes-like object is required, not '%s'", b.Type().Name)
		}
		return py.NewBool(subtle.ConstantTimeCompare(ba, bb) == 1), nil
	}, 0, "compare_digest(a, b, /)\n\nReturn 'a == b', in a time that does not depend on where a and b\ndiffer: for comparing secrets. a and b are both ASCII str or both\nbytes-like.")
	return nil
}
