package interp

import (
	"bytes"

	"github.com/go-python/gpython/py"
)

// The text methods of bytes and bytearray: case, predicates, padding,
// partition, lines and translate. As in CPython they know ASCII only: a
// byte above 127 is neither a letter nor a digit nor space.

// unlatin1 reverses latin1 (in std_re_subject.go), which makes bytes a
// str of one character per byte so that the str helpers count bytes.
func unlatin1(s string) py.Bytes {
	out := make([]byte, 0, len(s))
	for _, r := range s {
		out = append(out, byte(r))
	}
	return py.Bytes(out)
}

func isASCIILower(c byte) bool { return c >= 'a' && c <= 'z' }
func isASCIIUpper(c byte) bool { return c >= 'A' && c <= 'Z' }
func isASCIIAlpha(c byte) bool { return isASCIILower(c) || isASCIIUpper(c) }
func isASCIIDigit(c byte) bool { return c >= '0' && c <= '9' }

func toASCIIUpper(c byte) byte {
	if isASCIILower(c) {
		return c - 'a' + 'A'
	}
	return c
}

func toASCIILower(c byte) byte {
	if isASCIIUpper(c) {
		return c - 'A' + 'a'
	}
	return c
}

// fillByte is the fill argument of ljust, rjust and center.
func fillByte(name string, o py.Object) (byte, error) {
	if o == nil {
		return ' ', nil
	}
	b, ok := asBytes(o)
	if !ok || len(b) != 1 {
		return 0, py.ExceptionNewf(py.TypeError, "%s() argument 2 must be a byte string of length 1, not %s", name, o.Type().Name)
	}
	return b[0], nil
}

func addBytesTextMethods() {
	addBytesPredicates()
	addBytesCase()
	pad := func(name string, align byte) {
		bytesMethod(varargs(name, 1, "width", "fillchar"), func(b []byte, a []py.Object) (py.Object, error) {
			width, err := toIndex(a[0])
			if err != nil {
				return nil, err
			}
			fill, err := fillByte(name, a[1])
			if err != nil {
				return nil, err
			}
			return unlatin1(padTo(latin1(b), width, string(rune(fill)), align)), nil
		})
	}
	pad("ljust", '<')
	pad("rjust", '>')
	pad("center", '^')
	bytesMethod(methO("zfill"), func(b []byte, a []py.Object) (py.Object, error) {
		width, err := toIndex(a[0])
		if err != nil {
			return nil, err
		}
		n := width - len(b)
		if n <= 0 {
			return py.Bytes(bytes.Clone(b)), nil
		}
		var sign []byte
		if len(b) > 0 && (b[0] == '-' || b[0] == '+') {
			sign, b = b[:1], b[1:]
		}
		return py.Bytes(append(append(bytes.Clone(sign), bytes.Repeat([]byte{'0'}, n)...), b...)), nil
	})
	bytesMethod(sig("expandtabs", 0, "tabsize"), func(b []byte, a []py.Object) (py.Object, error) {
		size := 8
		if a[0] != nil {
			var err error
			if size, err = toIndex(a[0]); err != nil {
				return nil, err
			}
		}
		return unlatin1(expandTabs(latin1(b), size)), nil
	})
	partition := func(name string, last bool) {
		bytesMethod(methO(name), func(b []byte, a []py.Object) (py.Object, error) {
			sep, err := bytesLike(a[0])
			if err != nil {
				return nil, err
			}
			if len(sep) == 0 {
				return nil, py.ExceptionNewf(py.ValueError, "empty separator")
			}
			i := bytes.Index(b, sep)
			if last {
				i = bytes.LastIndex(b, sep)
			}
			whole := py.Bytes(bytes.Clone(b))
			switch {
			case i >= 0:
				return py.Tuple{py.Bytes(bytes.Clone(b[:i])), py.Bytes(bytes.Clone(sep)), py.Bytes(bytes.Clone(b[i+len(sep):]))}, nil
			case last:
				return py.Tuple{py.Bytes{}, py.Bytes{}, whole}, nil
			}
			return py.Tuple{whole, py.Bytes{}, py.Bytes{}}, nil
		})
	}
	partition("partition", false)
	partition("rpartition", true)
	affix := func(name string, cut func(s, affix []byte) ([]byte, bool)) {
		bytesMethod(methO(name), func(b []byte, a []py.Object) (py.Object, error) {
			x, err := bytesLike(a[0])
			if err != nil {
				return nil, err
			}
			rest, _ := cut(b, x)
			return py.Bytes(bytes.Clone(rest)), nil
		})
	}
	affix("removeprefix", bytes.CutPrefix)
	affix("removesuffix", bytes.CutSuffix)
	bytesMethod(sig("splitlines", 0, "keepends"), func(b []byte, a []py.Object) (py.Object, error) {
		keep := 0
		if a[0] != nil {
			var err error
			if keep, err = toIndex(a[0]); err != nil {
				return nil, err
			}
		}
		var items []py.Object
		for len(b) > 0 {
			end, next := len(b), len(b)
			if i := bytes.IndexAny(b, "\r\n"); i >= 0 {
				end, next = i, i+1
				if b[i] == '\r' && i+1 < len(b) && b[i+1] == '\n' {
					next = i + 2
				}
			}
			if keep != 0 {
				end = next
			}
			items = append(items, py.Bytes(bytes.Clone(b[:end])))
			b = b[next:]
		}
		return py.NewListFromItems(items), nil
	})
	bytesMethod(varargs("translate", 1, "table", "delete"), func(b []byte, a []py.Object) (py.Object, error) {
		var table []byte
		if a[0] != py.None {
			var err error
			if table, err = bytesLike(a[0]); err != nil {
				return nil, err
			}
			if len(table) != 256 {
				return nil, py.ExceptionNewf(py.ValueError, "translation table must be 256 characters long")
			}
		}
		var del []byte
		if a[1] != nil {
			var err error
			if del, err = bytesLike(a[1]); err != nil {
				return nil, err
			}
		}
		out := make([]byte, 0, len(b))
		for _, c := range b {
			if bytes.IndexByte(del, c) >= 0 {
				continue
			}
			if table != nil {
				c = table[c]
			}
			out = append(out, c)
		}
		return py.Bytes(out), nil
	})
	maketrans := func(_ py.Object, a []py.Object) (py.Object, error) {
		from, err := bytesLike(a[0])
		if err != nil {
			return nil, err
		}
		to, err := bytesLike(a[1])
		if err != nil {
			return nil, err
		}
		if len(from) != len(to) {
			return nil, py.ExceptionNewf(py.ValueError, "maketrans arguments must have same length")
		}
		table := make([]byte, 256)
		for i := range table {
			table[i] = byte(i)
		}
		for i, c := range from {
			table[c] = to[i]
		}
		return py.Bytes(table), nil
	}
	defMethod(py.BytesType, bindStatic, varargs("maketrans", 2, "frm", "to"), maketrans)
	defMethod(byteArrayType, bindStatic, varargs("maketrans", 2, "frm", "to"), maketrans)
}

func addBytesPredicates() {
	all := func(name string, test func(c byte) bool) {
		bytesMethod(noArgs(name), func(b []byte, _ []py.Object) (py.Object, error) {
			for _, c := range b {
				if !test(c) {
					return py.False, nil
				}
			}
			return py.NewBool(len(b) > 0), nil
		})
	}
	all("isalnum", func(c byte) bool { return isASCIIAlpha(c) || isASCIIDigit(c) })
	all("isalpha", isASCIIAlpha)
	all("isdigit", isASCIIDigit)
	all("isspace", isASCIISpace)
	bytesMethod(noArgs("isascii"), func(b []byte, _ []py.Object) (py.Object, error) {
		for _, c := range b {
			if c >= 0x80 {
				return py.False, nil
			}
		}
		return py.True, nil
	})
	cased := func(name string, want, refuse func(c byte) bool) {
		bytesMethod(noArgs(name), func(b []byte, _ []py.Object) (py.Object, error) {
			found := false
			for _, c := range b {
				if refuse(c) {
					return py.False, nil
				}
				found = found || want(c)
			}
			return py.NewBool(found), nil
		})
	}
	cased("islower", isASCIILower, isASCIIUpper)
	cased("isupper", isASCIIUpper, isASCIILower)
	bytesMethod(noArgs("istitle"), func(b []byte, _ []py.Object) (py.Object, error) {
		found, prevCased := false, false
		for _, c := range b {
			switch {
			case isASCIIUpper(c):
				if prevCased {
					return py.False, nil
				}
				prevCased, found = true, true
			case isASCIILower(c):
				if !prevCased {
					return py.False, nil
				}
			default:
				prevCased = false
			}
		}
		return py.NewBool(found), nil
	})
}

func addBytesCase() {
	mapBytes := func(name string, f func(out []byte)) {
		bytesMethod(noArgs(name), func(b []byte, _ []py.Object) (py.Object, error) {
			out := bytes.Clone(b)
			f(out)
			return py.Bytes(out), nil
		})
	}
	mapBytes("swapcase", func(out []byte) {
		for i, c := range out {
			if isASCIIUpper(c) {
				out[i] = toASCIILower(c)
			} else {
				out[i] = toASCIIUpper(c)
			}
		}
	})
	mapBytes("capitalize", func(out []byte) {
		for i, c := range out {
			if i == 0 {
				out[i] = toASCIIUpper(c)
			} else {
				out[i] = toASCIILower(c)
			}
		}
	})
	mapBytes("title", func(out []byte) {
		prevCased := false
		for i, c := range out {
			if prevCased {
				out[i] = toASCIILower(c)
			} else {
				out[i] = toASCIIUpper(c)
			}
			prevCased = isASCIIAlpha(c)
		}
	})
}
