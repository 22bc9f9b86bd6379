package interp

import (
	"fmt"

	"github.com/go-python/gpython/py"

	"github.com/spython/spython/interp/pyobj"
)

// The Python face of re: the module's functions and the methods and
// attributes of Pattern and Match objects.

func patSelf(o py.Object) *rePattern { return o.(*rePattern) }
func matchSelf(o py.Object) *reMatch { return o.(*reMatch) }

// kwMethod makes a method taking positional and keyword arguments.
func kwMethod(name, doc string, fn func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error)) *py.Method {
	return py.MustNewMethod(name, fn, 0, doc)
}

func property(get func(o py.Object) (py.Object, error)) *py.Property {
	return &py.Property{Fget: get}
}

// patternMatchMethod makes Pattern.match, fullmatch and search.
func patternMatchMethod(name string, mode int, doc string) *py.Method {
	return kwMethod(name, doc, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		a, err := reArgs(name, true, args, kwargs, []string{"string", "pos", "endpos"}, 1)
		if err != nil {
			return nil, err
		}
		return patSelf(self).matchAt(mode, a[0], a[1], a[2])
	})
}

func init() {
	patternAttrs := py.StringDict{
		"match":     patternMatchMethod("match", modeMatch, "A Match if the pattern matches at pos (start of string by default), else None."),
		"fullmatch": patternMatchMethod("fullmatch", modeFull, "A Match if the pattern covers the whole of string (from pos to endpos), else None."),
		"search":    patternMatchMethod("search", modeSearch, "The first place in string (from pos to endpos) the pattern matches, as a Match, or None."),
		"findall": kwMethod("findall", "Every match in string, left to right without overlap: the matched texts, or the group texts.", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			a, err := reArgs("findall", true, args, kwargs, []string{"string", "pos", "endpos"}, 1)
			if err != nil {
				return nil, err
			}
			return patSelf(self).findall(a[0], a[1], a[2])
		}),
		"finditer": kwMethod("finditer", "Like findall, but lazily, one Match object at a time.", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			a, err := reArgs("finditer", true, args, kwargs, []string{"string", "pos", "endpos"}, 1)
			if err != nil {
				return nil, err
			}
			return patSelf(self).finditer(a[0], a[1], a[2])
		}),
		"split": kwMethod("split", "The pieces of string between matches, with the text of any groups in between; at most maxsplit splits when it is nonzero.", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			a, err := reArgs("split", true, args, kwargs, []string{"string", "maxsplit"}, 1)
			if err != nil {
				return nil, err
			}
			return patSelf(self).split(a[0], a[1])
		}),
		"sub": kwMethod("sub", "string with its matches (count of them at most, when count > 0) replaced by repl, a template or a function of the Match.", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			a, err := reArgs("sub", true, args, kwargs, []string{"repl", "string", "count"}, 2)
			if err != nil {
				return nil, err
			}
			r, _, err := patSelf(self).subn(a[0], a[1], a[2])
			return r, err
		}),
		"subn": kwMethod("subn", "Like sub, but gives a (new string, replacements made) pair.", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			a, err := reArgs("subn", true, args, kwargs, []string{"repl", "string", "count"}, 2)
			if err != nil {
				return nil, err
			}
			r, n, err := patSelf(self).subn(a[0], a[1], a[2])
			if err != nil {
				return nil, err
			}
			return py.Tuple{r, py.Int(n)}, nil
		}),
		"pattern": property(func(o py.Object) (py.Object, error) { return patSelf(o).source, nil }),
		"flags":   property(func(o py.Object) (py.Object, error) { return py.Int(patSelf(o).prog.flags), nil }),
		"groups":  property(func(o py.Object) (py.Object, error) { return py.Int(patSelf(o).prog.groups), nil }),
		"groupindex": property(func(o py.Object) (py.Object, error) {
			p := patSelf(o)
			d := pyobj.NewDict()
			for _, n := range p.prog.nameOrder {
				if err := d.SetItem(py.String(n), py.Int(p.prog.names[n])); err != nil {
					return nil, err
				}
			}
			if d.Len() == 0 {
				return d, nil // CPython gives a plain dict when there are no names
			}
			return &reMappingProxy{d}, nil
		}),
		"__copy__":     py.MustNewMethod("__copy__", func(self py.Object) (py.Object, error) { return self, nil }, 0, ""),
		"__deepcopy__": py.MustNewMethod("__deepcopy__", func(self, _ py.Object) (py.Object, error) { return self, nil }, 0, ""),
	}
	for k, v := range patternAttrs {
		rePatternType.Dict[k] = v
	}

	matchAttrs := py.StringDict{
		"group": py.MustNewMethod("group", func(self py.Object, args py.Tuple) (py.Object, error) {
			m := matchSelf(self)
			if len(args) == 0 {
				return m.group(0, py.None), nil
			}
			out := make(py.Tuple, len(args))
			for i, a := range args {
				g, err := m.groupIndex(a)
				if err != nil {
					return nil, err
				}
				out[i] = m.group(g, py.None)
			}
			if len(args) == 1 {
				return out[0], nil
			}
			return out, nil
		}, 0, "group(*groups)\n\nThe text of the named or numbered groups (0, the default, is the whole match)."),
		"groups": kwMethod("groups", "Return a tuple containing all the subgroups of the match.", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			a, err := reArgs("groups", true, args, kwargs, []string{"default"}, 0)
			if err != nil {
				return nil, err
			}
			def := a[0]
			if def == nil {
				def = py.None
			}
			m := matchSelf(self)
			out := make(py.Tuple, m.p.prog.groups)
			for i := range out {
				out[i] = m.group(i+1, def)
			}
			return out, nil
		}),
		"groupdict": kwMethod("groupdict", "A dict from each named group to its text (default when it took no part).", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			a, err := reArgs("groupdict", true, args, kwargs, []string{"default"}, 0)
			if err != nil {
				return nil, err
			}
			def := a[0]
			if def == nil {
				def = py.None
			}
			m := matchSelf(self)
			d := pyobj.NewDict()
			for _, n := range m.p.prog.nameOrder {
				if err := d.SetItem(py.String(n), m.group(m.p.prog.names[n], def)); err != nil {
					return nil, err
				}
			}
			return d, nil
		}),
		"start": spanMethod("start", func(s, _ int) py.Object { return py.Int(s) }),
		"end":   spanMethod("end", func(_, e int) py.Object { return py.Int(e) }),
		"span":  spanMethod("span", func(s, e int) py.Object { return py.Tuple{py.Int(s), py.Int(e)} }),
		"expand": py.MustNewMethod("expand", func(self, tmpl py.Object) (py.Object, error) {
			m := matchSelf(self)
			if _, _, isBytes, ok := subjectText(tmpl); !ok || isBytes != m.p.isBytes {
				if m.p.isBytes {
					return nil, py.ExceptionNewf(py.TypeError, "expected a bytes-like object, %s found", tmpl.Type().Name)
				}
				return nil, py.ExceptionNewf(py.TypeError, "expected str instance, %s found", tmpl.Type().Name)
			}
			t, err := m.p.template(tmpl)
			if err != nil {
				return nil, err
			}
			return t.expand(m), nil
		}, 0, "template with its backslash escapes and group references filled in from this match."),
		"string": property(func(o py.Object) (py.Object, error) { return matchSelf(o).t.obj, nil }),
		"re":     property(func(o py.Object) (py.Object, error) { return matchSelf(o).p, nil }),
		"pos":    property(func(o py.Object) (py.Object, error) { return py.Int(matchSelf(o).pos), nil }),
		"endpos": property(func(o py.Object) (py.Object, error) { return py.Int(matchSelf(o).endpos), nil }),
		"lastindex": property(func(o py.Object) (py.Object, error) {
			if g := matchSelf(o).lastIndex(); g > 0 {
				return py.Int(g), nil
			}
			return py.None, nil
		}),
		"lastgroup": property(func(o py.Object) (py.Object, error) {
			m := matchSelf(o)
			g := m.lastIndex()
			for n, i := range m.p.prog.names {
				if i == g && g > 0 {
					return py.String(n), nil
				}
			}
			return py.None, nil
		}),
		"regs": property(func(o py.Object) (py.Object, error) {
			m := matchSelf(o)
			out := make(py.Tuple, m.p.prog.groups+1)
			for g := range out {
				s, e := m.span(g)
				out[g] = py.Tuple{py.Int(s), py.Int(e)}
			}
			return out, nil
		}),
		"__copy__":     py.MustNewMethod("__copy__", func(self py.Object) (py.Object, error) { return self, nil }, 0, ""),
		"__deepcopy__": py.MustNewMethod("__deepcopy__", func(self, _ py.Object) (py.Object, error) { return self, nil }, 0, ""),
	}
	for k, v := range matchAttrs {
		reMatchType.Dict[k] = v
	}
}

// spanMethod makes Match.start, end and span.
func spanMethod(name string, result func(s, e int) py.Object) *py.Method {
	return py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
		m := matchSelf(self)
		if len(args) > 1 {
			return nil, py.ExceptionNewf(py.TypeError, "%s expected at most 1 argument, got %d", name, len(args))
		}
		g := 0
		if len(args) == 1 {
			var err error
			if g, err = m.groupIndex(args[0]); err != nil {
				return nil, err
			}
		}
		return result(m.span(g)), nil
	}, 0, name+"([group=0]) -> int.\n\nReturn index of the "+name+" of the substring matched by group.")
}

// moduleFunc makes a re module function that compiles its pattern
// argument (at index 0) with the flags argument (named "flags") first.
func moduleFunc(name, doc string, names []string, required int, fn func(p *rePattern, a []py.Object) (py.Object, error)) *py.Method {
	return kwMethod(name, doc, func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		a, err := reArgs(name, false, args, kwargs, names, required)
		if err != nil {
			return nil, err
		}
		flags, err := flagsArg(a[len(a)-1])
		if err != nil {
			return nil, err
		}
		p, err := compilePattern(a[0], flags)
		if err != nil {
			return nil, err
		}
		return fn(p, a[1:len(a)-1])
	})
}

func setupRe(_ *Context, m *py.Module) error {
	g := m.Globals
	for _, f := range regexFlagMembers {
		g[f.name] = regexFlag(f.value)
	}
	g["RegexFlag"] = regexFlagType
	for short, long := range map[string]string{"I": "IGNORECASE", "L": "LOCALE", "M": "MULTILINE", "S": "DOTALL", "U": "UNICODE", "X": "VERBOSE", "A": "ASCII"} {
		g[short] = g[long]
	}
	g["NOFLAG"] = regexFlag(0)
	g["error"] = rePatternError
	g["PatternError"] = rePatternError
	g["Pattern"] = rePatternType
	g["Match"] = reMatchType
	g["__version__"] = py.String("2.2.1")
	g["compile"] = kwMethod("compile", "Turn pattern (with flags) into a reusable Pattern object.", func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		a, err := reArgs("compile", false, args, kwargs, []string{"pattern", "flags"}, 1)
		if err != nil {
			return nil, err
		}
		flags, err := flagsArg(a[1])
		if err != nil {
			return nil, err
		}
		return compilePattern(a[0], flags)
	})
	matchDoc := map[int]string{
		modeMatch:  "A Match if pattern matches at the start of string, else None.",
		modeFull:   "A Match if pattern matches the whole of string, else None.",
		modeSearch: "A Match for the first place in string where pattern matches, else None.",
	}
	for name, mode := range map[string]int{"match": modeMatch, "fullmatch": modeFull, "search": modeSearch} {
		mode := mode
		g[name] = moduleFunc(name, matchDoc[mode], []string{"pattern", "string", "flags"}, 2, func(p *rePattern, a []py.Object) (py.Object, error) {
			return p.matchAt(mode, a[0], nil, nil)
		})
	}
	g["findall"] = moduleFunc("findall", "Every match of pattern in string, left to right without overlap: the texts, or group texts.", []string{"pattern", "string", "flags"}, 2, func(p *rePattern, a []py.Object) (py.Object, error) {
		return p.findall(a[0], nil, nil)
	})
	g["finditer"] = moduleFunc("finditer", "Like findall, but lazily, one Match object at a time.", []string{"pattern", "string", "flags"}, 2, func(p *rePattern, a []py.Object) (py.Object, error) {
		return p.finditer(a[0], nil, nil)
	})
	g["split"] = moduleFunc("split", "The pieces of string between the matches of pattern, with any group texts in between.", []string{"pattern", "string", "maxsplit", "flags"}, 2, func(p *rePattern, a []py.Object) (py.Object, error) {
		return p.split(a[0], a[1])
	})
	g["sub"] = moduleFunc("sub", "string with its matches of pattern replaced by repl, a template or a function of the Match.", []string{"pattern", "repl", "string", "count", "flags"}, 3, func(p *rePattern, a []py.Object) (py.Object, error) {
		r, _, err := p.subn(a[0], a[1], a[2])
		return r, err
	})
	g["subn"] = moduleFunc("subn", "Like sub, but gives a (new string, replacements made) pair.", []string{"pattern", "repl", "string", "count", "flags"}, 3, func(p *rePattern, a []py.Object) (py.Object, error) {
		r, n, err := p.subn(a[0], a[1], a[2])
		if err != nil {
			return nil, err
		}
		return py.Tuple{r, py.Int(n)}, nil
	})
	g["escape"] = py.MustNewMethod("escape", func(_, o py.Object) (py.Object, error) { return reEscape(o) }, 0,
		"string with a backslash before each character the pattern syntax treats specially.")
	g["purge"] = py.MustNewMethod("purge", func(py.Object) (py.Object, error) {
		reCache.Lock()
		reCache.m = nil
		reCache.Unlock()
		return py.None, nil
	}, 0, "Forget the compiled patterns kept for reuse.")
	return nil
}

func init() {
	registerStdlib("re", "Support for regular expressions (RE), on Go's regexp engine.", setupRe, "")
}

// reMappingProxy is the read-only view of a dict that Pattern.groupindex
// returns.
type reMappingProxy struct{ d *pyobj.Dict }

var reMappingProxyType = py.NewType("mappingproxy", "A view of a dict that cannot be changed through it.")

func (m *reMappingProxy) Type() *py.Type { return reMappingProxyType }
func (m *reMappingProxy) M__getitem__(key py.Object) (py.Object, error) {
	return m.d.M__getitem__(key)
}
func (m *reMappingProxy) M__contains__(key py.Object) (py.Object, error) {
	return m.d.M__contains__(key)
}
func (m *reMappingProxy) M__len__() (py.Object, error)  { return m.d.M__len__() }
func (m *reMappingProxy) M__bool__() (py.Object, error) { return m.d.M__bool__() }
func (m *reMappingProxy) M__iter__() (py.Object, error) { return m.d.M__iter__() }
func (m *reMappingProxy) M__eq__(other py.Object) (py.Object, error) {
	if o, ok := other.(*reMappingProxy); ok {
		other = o.d
	}
	return m.d.M__eq__(other)
}

// M__str__ is the str of the dict, as CPython's mappingproxy gives it.
func (m *reMappingProxy) M__str__() (py.Object, error) {
	text, err := strOf(m.d)
	return py.String(text), err
}

func (m *reMappingProxy) M__repr__() (py.Object, error) {
	r, err := reprOf(m.d)
	if err != nil {
		return nil, err
	}
	return py.String("mappingproxy(" + r + ")"), nil
}

func init() {
	for _, name := range []string{"keys", "values", "items", "get", "copy"} {
		name := name
		reMappingProxyType.Dict[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
			fn, err := py.GetAttrString(self.(*reMappingProxy).d, name)
			if err != nil {
				return nil, err
			}
			return py.Call(fn, args, nil)
		}, 0, "")
	}
}

// M__repr__ is <callable_iterator object at 0x...>.
func (it *reIter) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<callable_iterator object at %p>", it)), nil
}
