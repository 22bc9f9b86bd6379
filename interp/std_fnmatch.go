package interp

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// The fnmatch module: shell-style wildcards (*, ?, [seq], [!seq]) turned
// into regular expressions of the re module. On POSIX, fnmatch() does
// not change case, as CPython's does not.
//
// translate() returns a pattern the re module of spython accepts: where
// CPython wraps the text between stars in atomic groups (an optimisation
// that does not change what matches), spython writes plain `.*`.

// globTranslate is fnmatch.translate on the text of a pattern.
func globTranslate(pat []rune) string {
	var b strings.Builder
	n := len(pat)
	for i := 0; i < n; {
		c := pat[i]
		i++
		switch c {
		case '*':
			for i < n && pat[i] == '*' {
				i++
			}
			b.WriteString(".*")
		case '?':
			b.WriteString(".")
		case '[':
			j := i
			if j < n && pat[j] == '!' {
				j++
			}
			if j < n && pat[j] == ']' {
				j++
			}
			for j < n && pat[j] != ']' {
				j++
			}
			if j >= n {
				b.WriteString(`\[`)
				continue
			}
			b.WriteString(globClass(pat[i:j]))
			i = j + 1
		default:
			b.WriteString(escapeRune(c))
		}
	}
	return "(?s:" + b.String() + `)\Z`
}

// globClass is the regular expression of the class [content].
func globClass(content []rune) string {
	negate := len(content) > 0 && content[0] == '!'
	if negate {
		content = content[1:]
	}
	var items strings.Builder
	for p := 0; p < len(content); {
		c := content[p]
		if p+2 < len(content) && content[p+1] == '-' {
			lo, hi := c, content[p+2]
			p += 3
			if lo <= hi {
				items.WriteString(classEscape(lo) + "-" + classEscape(hi))
			}
			continue
		}
		items.WriteString(classEscape(c))
		p++
	}
	switch {
	case items.Len() == 0 && negate:
		return "."
	case items.Len() == 0:
		return `[^\x00-\U0010ffff]`
	case negate:
		return "[^" + items.String() + "]"
	}
	return "[" + items.String() + "]"
}

// classEscape writes r for a class of the re module.
func classEscape(r rune) string {
	if strings.ContainsRune(`\-^[]&~|`, r) {
		return `\` + string(r)
	}
	return string(r)
}

// escapeRune is re.escape of one character.
func escapeRune(r rune) string {
	if r < 0x80 && strings.ContainsRune("()[]{}?*+-|^$\\.&~# \t\n\r\v\f", r) {
		return `\` + string(r)
	}
	return string(r)
}

// globPattern compiles pat (str or bytes) into a Pattern.
func globPattern(pat py.Object) (*rePattern, error) {
	s, _, isBytes, ok := subjectText(pat)
	if !ok {
		if _, isInt := pat.(py.Int); isInt {
			return nil, py.ExceptionNewf(py.TypeError, "object of type '%s' has no len()", pat.Type().Name)
		}
		return nil, py.ExceptionNewf(py.TypeError, "expected str or bytes, not %s", pat.Type().Name)
	}
	re := globTranslate([]rune(s))
	if isBytes {
		b := make([]byte, 0, len(re))
		for _, r := range re {
			b = append(b, byte(r))
		}
		return compilePattern(py.Bytes(b), 0)
	}
	return compilePattern(py.String(re), 0)
}

// fspath is os.fspath: str and bytes, or what __fspath__ returns.
func fspath(o py.Object) (py.Object, error) {
	if _, _, _, ok := subjectText(o); ok {
		return o, nil
	}
	if m, err := py.GetAttrString(o, "__fspath__"); err == nil {
		r, err := py.Call(m, nil, nil)
		if err != nil {
			return nil, err
		}
		if _, _, _, ok := subjectText(r); ok {
			return r, nil
		}
		return nil, py.ExceptionNewf(py.TypeError, "expected %s.__fspath__() to return str or bytes, not %s", o.Type().Name, r.Type().Name)
	}
	return nil, py.ExceptionNewf(py.TypeError, "expected str, bytes or os.PathLike object, not %s", o.Type().Name)
}

// globMatch is fnmatchcase(name, pat).
func globMatch(name, pat py.Object) (py.Object, error) {
	p, err := globPattern(pat)
	if err != nil {
		return nil, err
	}
	m, err := p.matchAt(modeMatch, name, nil, nil)
	if err != nil {
		return nil, err
	}
	return py.NewBool(m != py.None), nil
}

func setupFnmatch(_ *Context, m *py.Module) error {
	g := m.Globals
	g["fnmatch"] = kwMethod("fnmatch", "Whether name matches the shell-style pattern pat. In a pattern, * stands for any run of characters, ? for one character, [seq] for one of the characters in seq and [!seq] for one not in it.", func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		a, err := reArgs("fnmatch", false, args, kwargs, []string{"name", "pat"}, 2)
		if err != nil {
			return nil, err
		}
		name, err := fspath(a[0])
		if err != nil {
			return nil, err
		}
		pat, err := fspath(a[1])
		if err != nil {
			return nil, err
		}
		return globMatch(name, pat)
	})
	g["fnmatchcase"] = kwMethod("fnmatchcase", "Whether name matches the shell-style pattern pat, with case significant.", func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		a, err := reArgs("fnmatchcase", false, args, kwargs, []string{"name", "pat"}, 2)
		if err != nil {
			return nil, err
		}
		return globMatch(a[0], a[1])
	})
	g["filter"] = kwMethod("filter", "The names, out of an iterable, that match the shell-style pattern pat.", func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		a, err := reArgs("filter", false, args, kwargs, []string{"names", "pat"}, 2)
		if err != nil {
			return nil, err
		}
		pat, err := fspath(a[1])
		if err != nil {
			return nil, err
		}
		p, err := globPattern(pat)
		if err != nil {
			return nil, err
		}
		var out []py.Object
		err = forEach(a[0], func(name py.Object) error {
			m, err := p.matchAt(modeMatch, name, nil, nil)
			if err != nil {
				return err
			}
			if m != py.None {
				out = append(out, name)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		return py.NewListFromItems(out), nil
	})
	g["translate"] = kwMethod("translate", "The regular expression (a str) equivalent to the shell-style pattern pat.", func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		a, err := reArgs("translate", false, args, kwargs, []string{"pat"}, 1)
		if err != nil {
			return nil, err
		}
		s, ok := a[0].(py.String)
		if inst, isInst := a[0].(*Instance); isInst {
			s, ok = inst.base.(py.String)
		}
		if !ok {
			if _, isBytes := a[0].(py.Bytes); isBytes {
				return nil, py.ExceptionNewf(py.TypeError, "translate() argument must be str, not bytes")
			}
			return nil, py.ExceptionNewf(py.TypeError, "object of type '%s' has no len()", a[0].Type().Name)
		}
		return py.String(globTranslate([]rune(string(s)))), nil
	})
	g["__all__"] = py.NewListFromItems([]py.Object{py.String("filter"), py.String("fnmatch"), py.String("fnmatchcase"), py.String("translate")})
	return nil
}

func init() {
	registerStdlib("fnmatch", "Match file names against shell-style wildcards.", setupFnmatch, "")
}
