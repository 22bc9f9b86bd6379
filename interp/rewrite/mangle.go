package rewrite

import "strings"

// Mangle rewrites the private names of class bodies as CPython's compiler
// does: inside a class, an identifier that starts with two underscores and
// does not end with two underscores becomes _Class__name, where Class is
// the name of the innermost class with its leading underscores removed (a
// class named only with underscores mangles nothing). The body of a class
// is the rest of its header's line after the colon, or the lines indented
// deeper than the header, methods, lambdas and comprehensions included; a
// nested class mangles with its own name, while its name, bases and
// keywords belong to the enclosing body.
//
// As in CPython, keyword argument names of calls and class statements,
// string literals and dotted module names of imports are left alone; a
// module name without a dot is mangled. Mangle runs after the other
// rewrites: the fields of f-strings are mangled once Source has made them
// ordinary calls, and so is the name given as a string to WalrusFunc and
// __spython_annotate__ (the builtins of the other rewrites end with two
// underscores and are never mangled). Lines keep their numbers, and
// source with no class or no private name is returned unchanged (the same
// string).
//
// CPython names a function or class by its name as written, while it
// binds the mangled one; defs maps the mangled names Mangle gave to def
// and class statements to the names as written, so that the interpreter
// can name them so.
func Mangle(src string) (out string, defs map[string]string) {
	if !strings.Contains(src, "class") || !hasPrivateName(src) {
		return src, nil
	}
	lx, ok := lexAll(src)
	defer lexers.Put(lx)
	if !ok {
		return src, nil
	}
	m := mangler{walker: walker{src: src, toks: lx.toks, wr: writer{src: src}}}
	m.lines()
	out, _ = m.wr.finish(len(src))
	return out, m.defs
}

// hasPrivateName is a quick byte scan for an identifier that starts with
// two underscores and does not end with two underscores.
func hasPrivateName(src string) bool {
	for i := 0; i < len(src); {
		k := strings.Index(src[i:], "__")
		if k < 0 {
			return false
		}
		p := i + k
		e := identEnd(src, p, len(src))
		if (p == 0 || !isIdentChar(src[p-1])) && isPrivate(src[p:e]) {
			return true
		}
		i = e
	}
	return false
}

// isPrivate reports whether name is mangled in a class body.
func isPrivate(name string) bool {
	return len(name) > 2 && strings.HasPrefix(name, "__") && !strings.HasSuffix(name, "__")
}

// PrivateName returns name as the body of the class called className
// spells it: mangled if it is private, as __slots__ names are.
func PrivateName(className, name string) string {
	if p := manglePrefix(className); p != "" && isPrivate(name) {
		return p + name
	}
	return name
}

// manglePrefix returns what the private names of the body of class name
// get in front of them, or "" when they stay as they are.
func manglePrefix(name string) string {
	if stripped := strings.TrimLeft(name, "_"); stripped != "" {
		return "_" + stripped
	}
	return ""
}

// mangler rewrites the private names of a whole source.
type mangler struct {
	walker
	// brackets are the brackets open around the token being rewritten.
	brackets []openBracket
	// defs are the names of def and class statements mangled so far, see
	// Mangle.
	defs map[string]string
}

// openBracket is a bracket open around the token being rewritten.
type openBracket struct {
	call    bool // the '(' of a call or of a class statement's bases
	lambdas int  // lambdas whose ':' is still to come inside it
}

// classBody is a class statement whose body encloses the line being
// rewritten.
type classBody struct {
	col    int    // the column of the class keyword
	prefix string // see manglePrefix
}

// lines rewrites every logical line, following the class bodies that
// enclose it by their indentation.
func (m *mangler) lines() {
	var classes []classBody
	for i := 0; i < len(m.toks); i++ {
		if m.toks[i].kind == tkNewline {
			continue
		}
		j := i
		for j < len(m.toks) && m.toks[j].kind != tkNewline {
			j++
		}
		col := column(m.src, m.start(i))
		for len(classes) > 0 && classes[len(classes)-1].col >= col {
			classes = classes[:len(classes)-1]
		}
		prefix := ""
		if len(classes) > 0 {
			prefix = classes[len(classes)-1].prefix
		}
		k := i
		if m.isName(i, "class") && i+1 < j && m.toks[i+1].kind == tkName {
			c := m.colon(i+2, j)
			m.names(i, c, prefix)
			prefix = manglePrefix(m.op(i + 1))
			classes = append(classes, classBody{col: col, prefix: prefix})
			k = c
		}
		m.names(k, j, prefix)
		i = j
	}
}

// names mangles the private names among the tokens [lo, hi) of one
// logical line with prefix.
func (m *mangler) names(lo, hi int, prefix string) {
	if prefix == "" {
		return
	}
	m.brackets = m.brackets[:0]
	for k := lo; k < hi; k++ {
		t := m.toks[k]
		switch t.kind {
		case tkOp:
			m.bracket(k)
		case tkString:
			m.nameString(k, prefix)
		case tkName:
			switch m.op(k) {
			case "lambda":
				if n := len(m.brackets); n > 0 {
					m.brackets[n-1].lambdas++
				}
			case "import":
				k = m.importNames(k+1, hi, prefix) - 1
			case "from":
				k = m.fromModule(k+1, hi, prefix) - 1
			default:
				if !m.keyword(k) {
					m.name(k, prefix)
				}
			}
		}
	}
}

// bracket follows the brackets and lambda colons around the tokens.
func (m *mangler) bracket(k int) {
	switch op := m.op(k); op {
	case "(", "[", "{":
		call := op == "(" && m.operandEnd(k-1) && !m.isName(k-2, "def")
		m.brackets = append(m.brackets, openBracket{call: call})
	case ")", "]", "}":
		if n := len(m.brackets); n > 0 {
			m.brackets = m.brackets[:n-1]
		}
	case ":":
		if n := len(m.brackets); n > 0 && m.brackets[n-1].lambdas > 0 {
			m.brackets[n-1].lambdas--
		}
	}
}

// keyword reports whether name token k is the name of a keyword argument,
// which CPython does not mangle.
func (m *mangler) keyword(k int) bool {
	n := len(m.brackets)
	if n == 0 || !m.brackets[n-1].call || m.brackets[n-1].lambdas > 0 {
		return false
	}
	return m.isOp(k+1, "=") && (m.isOp(k-1, "(") || m.isOp(k-1, ","))
}

// name mangles name token k if it is private.
func (m *mangler) name(k int, prefix string) {
	name := m.op(k)
	if !isPrivate(name) {
		return
	}
	m.wr.replace(m.start(k), m.start(k), prefix)
	if m.isName(k-1, "def") || m.isName(k-1, "class") {
		if m.defs == nil {
			m.defs = map[string]string{}
		}
		m.defs[prefix+name] = name
	}
}

// nameString mangles the name that string token k gives to WalrusFunc or
// __spython_annotate__ as their first argument.
func (m *mangler) nameString(k int, prefix string) {
	if k < 2 || !m.isOp(k-1, "(") || !(m.isName(k-2, WalrusFunc) || m.isName(k-2, "__spython_annotate__")) {
		return
	}
	s := m.op(k)
	if len(s) > 2 && s[0] == '\'' && s[len(s)-1] == '\'' && isPrivate(s[1:len(s)-1]) {
		m.wr.replace(m.start(k)+1, m.start(k)+1, prefix)
	}
}

// importNames mangles the names of an import statement from token k, the
// one after the import keyword, to the end of the statement, and returns
// where the statement ends. A module name with a dot stays as it is.
func (m *mangler) importNames(k, hi int, prefix string) int {
	for ; k < hi && !m.isOp(k, ";"); k++ {
		if m.toks[k].kind == tkName && !m.isOp(k-1, ".") && !m.isOp(k+1, ".") {
			m.name(k, prefix)
		}
	}
	return k
}

// fromModule mangles the module name of a from-import statement whose
// module starts at token k, when it is a single name, and returns the
// index after its import keyword. When the from keyword before k does not
// start an import, it returns k.
func (m *mangler) fromModule(k, hi int, prefix string) int {
	p, names := k, 0
	for ; p < hi; p++ {
		if m.isOp(p, ".") || m.isOp(p, "...") {
			continue
		}
		if m.toks[p].kind != tkName || keywords[m.op(p)] {
			break
		}
		names++
	}
	if !m.isName(p, "import") {
		return k
	}
	if names == 1 {
		m.name(p-1, prefix)
	}
	return p + 1
}
