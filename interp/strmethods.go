package interp

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/go-python/gpython/py"
)

// gpython v0.2.0's str has only a handful of methods. These are the
// everyday ones scripts call, with CPython's behaviour, added to the
// shared str type once at start-up (from Go: Python cannot change it).

func addStrMethods() {
	d := py.StringType.Dict
	noArgs := func(name, doc string, f func(string) py.Object) {
		d[name] = py.MustNewMethod(name, func(self py.Object) (py.Object, error) {
			return f(string(self.(py.String))), nil
		}, 0, doc)
	}
	mapString := func(name, doc string, f func(string) string) {
		noArgs(name, doc, func(s string) py.Object { return py.String(f(s)) })
	}
	predicate := func(name, doc string, each func(rune) bool, cased bool) {
		noArgs(name, doc, func(s string) py.Object {
			if s == "" {
				return py.False
			}
			sawCased := false
			for _, r := range s {
				if !each(r) {
					return py.False
				}
				sawCased = sawCased || unicode.IsUpper(r) || unicode.IsLower(r)
			}
			return py.NewBool(!cased || sawCased)
		})
	}

	mapString("upper", "S.upper() -> str", strings.ToUpper)
	mapString("lower", "S.lower() -> str", strings.ToLower)
	mapString("casefold", "S.casefold() -> str", strings.ToLower)
	mapString("swapcase", "S.swapcase() -> str", func(s string) string {
		return strings.Map(func(r rune) rune {
			if unicode.IsUpper(r) {
				return unicode.ToLower(r)
			}
			return unicode.ToUpper(r)
		}, s)
	})
	mapString("capitalize", "S.capitalize() -> str", func(s string) string {
		r, n := utf8.DecodeRuneInString(s)
		if n == 0 {
			return s
		}
		return string(unicode.ToTitle(r)) + strings.ToLower(s[n:])
	})
	mapString("title", "S.title() -> str", func(s string) string {
		var b strings.Builder
		prevCased := false
		for _, r := range s {
			if prevCased {
				b.WriteRune(unicode.ToLower(r))
			} else {
				b.WriteRune(unicode.ToTitle(r))
			}
			prevCased = unicode.IsLetter(r)
		}
		return b.String()
	})
	predicate("isdigit", "S.isdigit() -> bool", unicode.IsDigit, false)
	predicate("isdecimal", "S.isdecimal() -> bool", unicode.IsDigit, false)
	predicate("isnumeric", "S.isnumeric() -> bool", unicode.IsNumber, false)
	predicate("isalpha", "S.isalpha() -> bool", unicode.IsLetter, false)
	predicate("isalnum", "S.isalnum() -> bool", func(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }, false)
	predicate("isspace", "S.isspace() -> bool", unicode.IsSpace, false)
	predicate("isupper", "S.isupper() -> bool", func(r rune) bool { return !unicode.IsLower(r) }, true)
	predicate("islower", "S.islower() -> bool", func(r rune) bool { return !unicode.IsUpper(r) }, true)

	d["join"] = py.MustNewMethod("join", func(self, iterable py.Object) (py.Object, error) {
		items, err := py.SequenceList(iterable)
		if err != nil {
			return nil, err
		}
		parts := make([]string, len(items.Items))
		for i, item := range items.Items {
			s, ok := item.(py.String)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "sequence item %d: expected str instance, %s found", i, item.Type().Name)
			}
			parts[i] = string(s)
		}
		return py.String(strings.Join(parts, string(self.(py.String)))), nil
	}, 0, "S.join(iterable) -> str")

	d["count"] = py.MustNewMethod("count", func(self, sub py.Object) (py.Object, error) {
		s, err := strArg("count", sub)
		if err != nil {
			return nil, err
		}
		if s == "" {
			return py.Int(utf8.RuneCountInString(string(self.(py.String))) + 1), nil
		}
		return py.Int(strings.Count(string(self.(py.String)), s)), nil
	}, 0, "S.count(sub) -> int")
	find := func(name string, last, raise bool) {
		d[name] = py.MustNewMethod(name, func(self, sub py.Object) (py.Object, error) {
			s, err := strArg(name, sub)
			if err != nil {
				return nil, err
			}
			str := string(self.(py.String))
			i := strings.Index(str, s)
			if last {
				i = strings.LastIndex(str, s)
			}
			if i < 0 {
				if raise {
					return nil, py.ExceptionNewf(py.ValueError, "substring not found")
				}
				return py.Int(-1), nil
			}
			return py.Int(utf8.RuneCountInString(str[:i])), nil
		}, 0, "S."+name+"(sub) -> int")
	}
	find("rfind", true, false)
	find("index", false, true)
	find("rindex", true, true)

	d["splitlines"] = py.MustNewMethod("splitlines", func(self py.Object) (py.Object, error) {
		s := string(self.(py.String))
		var lines []string
		for s != "" {
			i := strings.IndexAny(s, "\n\r")
			if i < 0 {
				lines = append(lines, s)
				break
			}
			lines = append(lines, s[:i])
			if s[i] == '\r' && i+1 < len(s) && s[i+1] == '\n' {
				i++
			}
			s = s[i+1:]
		}
		return py.NewListFromStrings(lines), nil
	}, 0, "S.splitlines() -> list of lines, without their line ends")
	partition := func(name string, last bool) {
		d[name] = py.MustNewMethod(name, func(self, sep py.Object) (py.Object, error) {
			s, err := strArg(name, sep)
			if err != nil {
				return nil, err
			}
			if s == "" {
				return nil, py.ExceptionNewf(py.ValueError, "empty separator")
			}
			str := string(self.(py.String))
			i := strings.Index(str, s)
			if last {
				i = strings.LastIndex(str, s)
			}
			if i < 0 {
				if last {
					return py.Tuple{py.String(""), py.String(""), py.String(str)}, nil
				}
				return py.Tuple{py.String(str), py.String(""), py.String("")}, nil
			}
			return py.Tuple{py.String(str[:i]), py.String(s), py.String(str[i+len(s):])}, nil
		}, 0, "S."+name+"(sep) -> (head, sep, tail)")
	}
	partition("partition", false)
	partition("rpartition", true)

	pad := func(name string, left, right bool) {
		d[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
			var width py.Object
			var fill py.Object = py.String(" ")
			if err := py.UnpackTuple(args, nil, name, 1, 2, &width, &fill); err != nil {
				return nil, err
			}
			w, ok := width.(py.Int)
			f, fok := fill.(py.String)
			if !ok || !fok || utf8.RuneCountInString(string(f)) != 1 {
				return nil, py.ExceptionNewf(py.TypeError, "%s() takes an integer width and a one-character fill", name)
			}
			s := string(self.(py.String))
			n := int(w) - utf8.RuneCountInString(s)
			if n <= 0 {
				return self, nil
			}
			l, r := 0, 0
			switch {
			case left && right: // center, with CPython's rounding
				l = n/2 + (n & int(w) & 1)
				r = n - l
			case left:
				l = n
			default:
				r = n
			}
			return py.String(strings.Repeat(string(f), l) + s + strings.Repeat(string(f), r)), nil
		}, 0, "S."+name+"(width[, fillchar]) -> str")
	}
	pad("ljust", false, true)
	pad("rjust", true, false)
	pad("center", true, true)

	d["zfill"] = py.MustNewMethod("zfill", func(self, width py.Object) (py.Object, error) {
		w, ok := width.(py.Int)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "zfill() takes an integer width")
		}
		s := string(self.(py.String))
		n := int(w) - utf8.RuneCountInString(s)
		if n <= 0 {
			return self, nil
		}
		sign := ""
		if s != "" && (s[0] == '-' || s[0] == '+') {
			sign, s = s[:1], s[1:]
		}
		return py.String(sign + strings.Repeat("0", n) + s), nil
	}, 0, "S.zfill(width) -> str")

	affix := func(name string, prefix bool) {
		d[name] = py.MustNewMethod(name, func(self, arg py.Object) (py.Object, error) {
			a, err := strArg(name, arg)
			if err != nil {
				return nil, err
			}
			s := string(self.(py.String))
			if prefix {
				return py.String(strings.TrimPrefix(s, a)), nil
			}
			return py.String(strings.TrimSuffix(s, a)), nil
		}, 0, "S."+name+"(affix) -> str")
	}
	affix("removeprefix", true)
	affix("removesuffix", false)

	d["encode"] = py.MustNewMethod("encode", func(self py.Object, args py.Tuple) (py.Object, error) {
		var encoding py.Object = py.String("utf-8")
		var errs py.Object = py.String("strict")
		if err := py.UnpackTuple(args, nil, "encode", 0, 2, &encoding, &errs); err != nil {
			return nil, err
		}
		if enc, ok := encoding.(py.String); !ok || !isUTF8(string(enc)) {
			return nil, py.ExceptionNewf(py.LookupError, "unknown encoding: %s; spython encodes utf-8 only", safeStr(encoding))
		}
		return py.Bytes(string(self.(py.String))), nil
	}, 0, "S.encode(encoding='utf-8') -> bytes")
}

func isUTF8(name string) bool {
	n := strings.ToLower(strings.ReplaceAll(strings.ReplaceAll(name, "-", ""), "_", ""))
	return n == "utf8"
}

func strArg(method string, o py.Object) (string, error) {
	s, ok := o.(py.String)
	if !ok {
		return "", py.ExceptionNewf(py.TypeError, "%s() argument must be str, not %s", method, o.Type().Name)
	}
	return string(s), nil
}
