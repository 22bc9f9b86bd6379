package interp

import (
	"bytes"
	"encoding/hex"
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"
)

// The methods of bytes gpython lacks, with CPython's behaviour; indices
// count bytes.

// bytesMethod defines a method of bytes and of bytearray. For a
// bytearray the method reads its buffer and returns bytearrays where
// bytes returns bytes.
func bytesMethod(s signature, fn func(self []byte, a []py.Object) (py.Object, error)) {
	defMethod(py.BytesType, bindInstance, s, func(self py.Object, a []py.Object) (py.Object, error) {
		b, _ := asBytes(self)
		return fn(b, a)
	})
	defMethod(byteArrayType, bindInstance, s, func(self py.Object, a []py.Object) (py.Object, error) {
		b, _ := asBytes(self)
		res, err := fn(b, a)
		if err != nil {
			return nil, err
		}
		return likeSelf(res), nil
	})
}

// bytesSub is the sub argument of find, index and count: bytes or one
// byte as an int.
func bytesSub(o py.Object) ([]byte, error) {
	if b, ok := asBytes(o); ok {
		return b, nil
	}
	switch v := o.(type) {
	case py.Int, py.Bool:
		n, _ := toIndex(v)
		if n < 0 || n > 255 {
			return nil, py.ExceptionNewf(py.ValueError, "byte must be in range(0, 256)")
		}
		return []byte{byte(n)}, nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "argument should be integer or bytes-like object, not '%s'", o.Type().Name)
}

// bytesArg is a bytes argument; CPython's message names what it expected.
func bytesArg(o py.Object) ([]byte, error) {
	return bytesLike(o)
}

func addBytesMethods() {
	bytesMethod(sig("decode", 0, "encoding", "errors"), func(b []byte, a []py.Object) (py.Object, error) {
		enc, errs, err := codecArgs("decode", a)
		if err != nil {
			return nil, err
		}
		s, err := decodeBytes(b, enc, errs)
		if err != nil {
			return nil, err
		}
		return py.String(s), nil
	})
	bytesMethod(sig("hex", 0, "sep", "bytes_per_sep"), func(b []byte, a []py.Object) (py.Object, error) {
		return bytesHex(b, a)
	})
	defMethod(py.BytesType, bindClass, methO("fromhex"), func(_ py.Object, a []py.Object) (py.Object, error) {
		s, ok := a[0].(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "fromhex() argument must be str, not %s", a[0].Type().Name)
		}
		return bytesFromHex(string(s))
	})
	for name, f := range map[string]func([]byte) []byte{"upper": bytes.ToUpper, "lower": bytes.ToLower} {
		bytesMethod(noArgs(name), func(b []byte, _ []py.Object) (py.Object, error) {
			return py.Bytes(asciiCase(b, f)), nil
		})
	}
	bytesMethod(dunder("__mod__"), func(b []byte, a []py.Object) (py.Object, error) {
		return percentFormatBytes(b, a[0])
	})
	addBytesSearch()
	addBytesSplit()
	addBytesTextMethods()
}

// asciiCase changes the case of ASCII letters only.
func asciiCase(b []byte, f func([]byte) []byte) []byte {
	out := make([]byte, len(b))
	for i, c := range b {
		if c < utf8.RuneSelf {
			c = f([]byte{c})[0]
		}
		out[i] = c
	}
	return out
}

func addBytesSearch() {
	find := func(name string, last, raise bool) {
		bytesMethod(varargs(name, 1, "sub", "start", "end"), func(b []byte, a []py.Object) (py.Object, error) {
			x, err := bytesSub(a[0])
			if err != nil {
				return nil, err
			}
			start, end, ok, err := clampRange(a[1], a[2], len(b))
			if err != nil {
				return nil, err
			}
			i := -1
			if ok && start <= end {
				if last {
					i = bytes.LastIndex(b[start:end], x)
				} else {
					i = bytes.Index(b[start:end], x)
				}
			}
			if i < 0 {
				if raise {
					return nil, py.ExceptionNewf(py.ValueError, "subsection not found")
				}
				return py.Int(-1), nil
			}
			return py.Int(start + i), nil
		})
	}
	find("find", false, false)
	find("rfind", true, false)
	find("index", false, true)
	find("rindex", true, true)
	bytesMethod(varargs("count", 1, "sub", "start", "end"), func(b []byte, a []py.Object) (py.Object, error) {
		x, err := bytesSub(a[0])
		if err != nil {
			return nil, err
		}
		start, end, ok, err := clampRange(a[1], a[2], len(b))
		if err != nil || !ok || start > end {
			return py.Int(0), err
		}
		return py.Int(bytes.Count(b[start:end], x)), nil
	})
	affix := func(name string, test func(s, x []byte) bool) {
		bytesMethod(varargs(name, 1, "prefix", "start", "end"), func(b []byte, a []py.Object) (py.Object, error) {
			start, end, ok, err := clampRange(a[1], a[2], len(b))
			if err != nil {
				return nil, err
			}
			sub := b[:0]
			if ok && start <= end {
				sub = b[start:end]
			}
			return matchBytesAffix(name, a[0], func(x []byte) bool { return ok && start <= end && test(sub, x) })
		})
	}
	affix("startswith", bytes.HasPrefix)
	affix("endswith", bytes.HasSuffix)
	bytesMethod(varargs("replace", 2, "old", "new", "count"), func(b []byte, a []py.Object) (py.Object, error) {
		old, err := bytesArg(a[0])
		if err != nil {
			return nil, err
		}
		repl, err := bytesArg(a[1])
		if err != nil {
			return nil, err
		}
		count := -1
		if a[2] != nil {
			if count, err = toIndex(a[2]); err != nil {
				return nil, err
			}
		}
		return py.Bytes(bytes.Replace(b, old, repl, count)), nil
	})
}

func matchBytesAffix(name string, arg py.Object, test func([]byte) bool) (py.Object, error) {
	if b, ok := asBytes(arg); ok {
		return py.NewBool(test(b)), nil
	}
	switch v := arg.(type) {
	case py.Tuple:
		for _, item := range v {
			x, ok := asBytes(item)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "a bytes-like object is required, not '%s'", item.Type().Name)
			}
			if test(x) {
				return py.True, nil
			}
		}
		return py.False, nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", name, arg.Type().Name)
}

func isASCIISpace(c byte) bool {
	return c == ' ' || (c >= '\t' && c <= '\r')
}

func addBytesSplit() {
	split := func(name string, right bool) {
		bytesMethod(sig(name, 0, "sep", "maxsplit"), func(b []byte, a []py.Object) (py.Object, error) {
			maxsplit := -1
			if a[1] != nil {
				var err error
				if maxsplit, err = toIndex(a[1]); err != nil {
					return nil, err
				}
			}
			var parts []string
			if a[0] == nil || a[0] == py.None {
				parts = splitFields(string(b), maxsplit, right)
			} else {
				sep, err := bytesArg(a[0])
				if err != nil {
					return nil, err
				}
				if len(sep) == 0 {
					return nil, py.ExceptionNewf(py.ValueError, "empty separator")
				}
				parts = splitSep(string(b), string(sep), maxsplit, right)
			}
			items := make([]py.Object, len(parts))
			for i, p := range parts {
				items[i] = py.Bytes(p)
			}
			return py.NewListFromItems(items), nil
		})
	}
	split("split", false)
	split("rsplit", true)
	strip := func(name string, left, right bool) {
		bytesMethod(varargs(name, 0, "bytes"), func(b []byte, a []py.Object) (py.Object, error) {
			cut := func(r rune) bool { return r < utf8.RuneSelf && isASCIISpace(byte(r)) }
			if a[0] != nil && a[0] != py.None {
				chars, err := bytesArg(a[0])
				if err != nil {
					return nil, err
				}
				cut = func(r rune) bool { return bytes.IndexByte(chars, byte(r)) >= 0 }
			}
			lo, hi := 0, len(b)
			for left && lo < hi && cut(rune(b[lo])) {
				lo++
			}
			for right && hi > lo && cut(rune(b[hi-1])) {
				hi--
			}
			return py.Bytes(append([]byte(nil), b[lo:hi]...)), nil
		})
	}
	strip("strip", true, true)
	strip("lstrip", true, false)
	strip("rstrip", false, true)
	bytesMethod(methO("join"), func(b []byte, a []py.Object) (py.Object, error) {
		items, err := iterItems(a[0])
		if err != nil {
			if !isIterable(a[0]) {
				return nil, py.ExceptionNewf(py.TypeError, "can only join an iterable")
			}
			return nil, err
		}
		parts := make([][]byte, len(items))
		for i, item := range items {
			x, ok := asBytes(item)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "sequence item %d: expected a bytes-like object, %s found", i, item.Type().Name)
			}
			parts[i] = x
		}
		return py.Bytes(bytes.Join(parts, b)), nil
	})
}

// splitFields splits at runs of ASCII whitespace, as bytes.split() does.
func splitFields(s string, maxsplit int, right bool) []string {
	isSp := isASCIISpace
	var out []string
	if right {
		end := len(s)
		for {
			for end > 0 && isSp(s[end-1]) {
				end--
			}
			if end == 0 {
				break
			}
			if maxsplit == 0 {
				out = append(out, s[:end])
				break
			}
			start := end
			for start > 0 && !isSp(s[start-1]) {
				start--
			}
			out = append(out, s[start:end])
			end = start
			maxsplit--
		}
		slicesReverse(out)
		return out
	}
	start := 0
	for {
		for start < len(s) && isSp(s[start]) {
			start++
		}
		if start == len(s) {
			break
		}
		if maxsplit == 0 {
			out = append(out, s[start:])
			break
		}
		end := start
		for end < len(s) && !isSp(s[end]) {
			end++
		}
		out = append(out, s[start:end])
		start = end
		maxsplit--
	}
	return out
}

func bytesHex(b []byte, a []py.Object) (py.Object, error) {
	h := hex.EncodeToString(b)
	if a[0] == nil {
		return py.String(h), nil
	}
	var sep string
	switch v := a[0].(type) {
	case py.String:
		sep = string(v)
	case py.Bytes:
		sep = string(v)
	default:
		return nil, py.ExceptionNewf(py.TypeError, "object of type '%s' has no len()", a[0].Type().Name)
	}
	if len(sep) != 1 {
		return nil, py.ExceptionNewf(py.ValueError, "sep must be length 1.")
	}
	per := 1
	if a[1] != nil {
		var err error
		if per, err = toIndex(a[1]); err != nil {
			return nil, err
		}
	}
	if per == 0 {
		return py.String(h), nil
	}
	group := max(per, -per)
	var chunks []string
	if per > 0 { // groups counted from the right
		first := len(b) % group
		if first > 0 {
			chunks = append(chunks, h[:2*first])
		}
		for i := first; i < len(b); i += group {
			chunks = append(chunks, h[2*i:2*(i+group)])
		}
	} else {
		for i := 0; i < len(b); i += group {
			chunks = append(chunks, h[2*i:2*min(i+group, len(b))])
		}
	}
	return py.String(strings.Join(chunks, sep)), nil
}

func bytesFromHex(s string) (py.Object, error) {
	var out []byte
	for i := 0; i < len(s); {
		if isASCIISpace(s[i]) {
			i++
			continue
		}
		hi, ok := unhex(s[i])
		if !ok {
			return nil, py.ExceptionNewf(py.ValueError, "non-hexadecimal number found in fromhex() arg at position %d", runeCount(s[:i]))
		}
		var lo byte
		if i+1 < len(s) {
			lo, ok = unhex(s[i+1])
		}
		if i+1 >= len(s) || !ok {
			return nil, py.ExceptionNewf(py.ValueError, "non-hexadecimal number found in fromhex() arg at position %d", runeCount(s[:i+1]))
		}
		out = append(out, hi<<4|lo)
		i += 2
	}
	return py.Bytes(out), nil
}

func unhex(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// decodeBytes decodes b with the encoding enc and the error handler errs.
func decodeBytes(b []byte, enc, errs string) (string, error) {
	c, err := lookupCodec(enc)
	if err != nil {
		return "", err
	}
	return decodeText(b, c, errs)
}
