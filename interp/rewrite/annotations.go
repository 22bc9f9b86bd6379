package rewrite

import "strings"

// Annotations rewrites the annotated assignments of PEP 526, which
// gpython's Python 3.4 parser rejects:
//
//	x: int = 5      ->  x = 5; __spython_annotate__('x', int)
//	x: int          ->  __spython_annotate__('x', int)
//	self.x: int = 5 ->  self.x = 5
//
// in a module or a class body, where CPython keeps the annotation in
// __annotations__ (the builtin __spython_annotate__ does that). In a
// function, annotations of local variables are not evaluated, as in
// CPython: `x: int = 5` becomes `x = 5` and `x: int` becomes `pass`. A
// target other than a plain name keeps its value only. Lines keep their
// numbers. Source with no annotated assignment comes back unchanged.
// Under `from __future__ import annotations` the annotation kept is its
// source text, as a str.
func Annotations(src string) string {
	if !strings.Contains(src, ":") {
		return src
	}
	lx, ok := lexAll(src)
	defer lexers.Put(lx)
	if !ok {
		return src
	}
	toks := lx.toks
	postponed := futureAnnotations(src)
	var b strings.Builder
	last := 0
	// blocks are the def and class statements enclosing the line, by
	// the column their bodies are deeper than.
	type block struct {
		col   int
		isDef bool
	}
	var blocks []block
	stmtStart := true
	// header is set while a compound statement's header runs: its ':'
	// starts a statement on the same line (def f(): x: int = 1).
	header := false
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.kind == tkNewline {
			stmtStart, header = true, false
			continue
		}
		if t.kind == tkOp && src[t.start:t.end] == ";" {
			stmtStart = true
			continue
		}
		if header && t.kind == tkOp && src[t.start:t.end] == ":" {
			stmtStart, header = true, false
			continue
		}
		if !stmtStart {
			if t.match > int32(i) {
				i = int(t.match) // skip a bracketed group
			}
			continue
		}
		stmtStart = false
		col := column(src, int(t.start))
		firstOnLine := lineStart(src, int(t.start))
		if firstOnLine {
			for len(blocks) > 0 && blocks[len(blocks)-1].col >= col {
				blocks = blocks[:len(blocks)-1]
			}
		}
		if t.kind != tkName {
			continue
		}
		word := src[t.start:t.end]
		header = compoundKeywords[word]
		if word == "def" || word == "class" {
			blocks = append(blocks, block{col: col, isDef: word == "def"})
			continue
		}
		if statementKeywords[word] {
			continue
		}
		// target: NAME ( .NAME | [ ... ] )*
		j := i + 1
		simple := true
		for j < len(toks) {
			tj := toks[j]
			if tj.kind == tkOp && src[tj.start:tj.end] == "." && j+1 < len(toks) && toks[j+1].kind == tkName {
				j += 2
				simple = false
				continue
			}
			if tj.kind == tkOp && src[tj.start:tj.end] == "[" && tj.match > int32(j) {
				j = int(tj.match) + 1
				simple = false
				continue
			}
			break
		}
		if j >= len(toks) || toks[j].kind != tkOp || src[toks[j].start:toks[j].end] != ":" {
			continue
		}
		colon := j
		// the annotation runs to '=' at depth 0, or to the end of the
		// statement
		k := colon + 1
		eq := -1
		for ; k < len(toks); k++ {
			tk := toks[k]
			if tk.kind == tkNewline || tk.kind == tkOp && src[tk.start:tk.end] == ";" {
				break
			}
			if tk.kind == tkOp && src[tk.start:tk.end] == "=" && eq < 0 {
				eq = k
			}
			if tk.match > int32(k) {
				k = int(tk.match)
			}
		}
		end := len(src)
		if k < len(toks) {
			end = int(toks[k].start)
		}
		inDef := len(blocks) > 0 && blocks[len(blocks)-1].isDef
		target := src[t.start:toks[colon].start]
		target = strings.TrimRight(target, " \t")
		var annEnd int
		if eq >= 0 {
			annEnd = int(toks[eq].start)
		} else {
			annEnd = end
		}
		ann := strings.TrimSpace(src[toks[colon].end:annEnd])
		if postponed {
			ann = annotationString(ann)
		}
		var out string
		switch {
		case eq >= 0:
			value := strings.TrimRight(src[toks[eq].end:end], " \t")
			out = target + " =" + value
			if simple && !inDef {
				out += "; __spython_annotate__('" + target + "', (" + ann + "))"
			}
		case simple && !inDef:
			out = "__spython_annotate__('" + target + "', (" + ann + "))"
		default:
			out = "pass"
		}
		// keep the newlines of a statement that spans lines
		out += strings.Repeat("\n", strings.Count(src[t.start:end], "\n")-strings.Count(out, "\n"))
		b.WriteString(src[last:t.start])
		b.WriteString(out)
		last = end
		i = k - 1
	}
	if last == 0 {
		return src
	}
	b.WriteString(src[last:])
	return b.String()
}

// statementKeywords start statements that are not assignments.
var statementKeywords = map[string]bool{
	"if": true, "elif": true, "else": true, "while": true, "for": true, "try": true,
	"except": true, "finally": true, "with": true, "def": true, "class": true,
	"lambda": true, "return": true, "yield": true, "raise": true, "import": true,
	"from": true, "global": true, "nonlocal": true, "assert": true, "del": true,
	"pass": true, "break": true, "continue": true, "async": true, "await": true,
	"match": true, "case": true, "not": true,
}

// compoundKeywords start the compound statements whose header ends at a
// ':' that a body on the same line may follow.
var compoundKeywords = map[string]bool{
	"def": true, "class": true, "if": true, "elif": true, "else": true, "for": true,
	"while": true, "with": true, "try": true, "except": true, "finally": true,
}

// column is the column of byte p on its line.
func column(src string, p int) int {
	i := strings.LastIndexByte(src[:p], '\n')
	return p - i - 1
}

// lineStart tells whether only blanks precede byte p on its line.
func lineStart(src string, p int) bool {
	i := strings.LastIndexByte(src[:p], '\n')
	return strings.TrimLeft(src[i+1:p], " \t") == ""
}

// futureAnnotations reports whether src has `from __future__ import
// annotations` (PEP 563): its annotations are kept as strings, never
// evaluated.
func futureAnnotations(src string) bool {
	i := strings.Index(src, "__future__")
	for i >= 0 {
		line := src[strings.LastIndexByte(src[:i], '\n')+1:]
		end := strings.IndexByte(line, '\n')
		if open := strings.IndexByte(line, '('); open >= 0 && (end < 0 || open < end) {
			end = strings.IndexByte(line, ')') // names in parentheses span lines
		}
		if end >= 0 {
			line = line[:end]
		}
		fields := strings.FieldsFunc(line, func(r rune) bool { return r == ' ' || r == '\t' || r == ',' || r == '(' || r == ')' })
		if len(fields) >= 4 && fields[0] == "from" && fields[1] == "__future__" && fields[2] == "import" {
			for _, f := range fields[3:] {
				if f == "annotations" {
					return true
				}
			}
		}
		next := strings.Index(src[i+1:], "__future__")
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return false
}

// annotationString is the str literal an annotation becomes under PEP
// 563: its source text, on one line.
func annotationString(text string) string {
	text = strings.Join(strings.Fields(text), " ")
	var b strings.Builder
	b.WriteByte('\'')
	for _, r := range text {
		switch r {
		case '\\', '\'':
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	b.WriteByte('\'')
	return b.String()
}

// PostponedAnnotations turns the annotations of the parameters and
// return values of functions into strings when src has `from __future__
// import annotations`, as CPython keeps them: a forward reference to a
// class not defined yet is then no NameError. Other source comes back
// unchanged; lines keep their numbers (a multi-line annotation keeps its
// newlines after the string).
func PostponedAnnotations(src string) string {
	if !futureAnnotations(src) {
		return src
	}
	lx, ok := lexAll(src)
	defer lexers.Put(lx)
	if !ok {
		return src
	}
	toks := lx.toks
	op := func(i int, s string) bool {
		return i < len(toks) && toks[i].kind == tkOp && src[toks[i].start:toks[i].end] == s
	}
	type edit struct{ start, end int }
	var edits []edit
	// annotation records the annotation from token i up to (not
	// including) the first token at this depth that stop accepts.
	annotation := func(i int, stop func(j int) bool) int {
		j := i
		for j < len(toks) && !stop(j) && toks[j].kind != tkNewline {
			if toks[j].match > int32(j) {
				j = int(toks[j].match)
			}
			j++
		}
		if j > i {
			edits = append(edits, edit{int(toks[i].start), int(toks[j-1].end)})
		}
		return j
	}
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].kind != tkName || src[toks[i].start:toks[i].end] != "def" || toks[i+1].kind != tkName || !op(i+2, "(") {
			continue
		}
		open, closing := i+2, int(toks[i+2].match)
		if closing < open {
			continue
		}
		// Parameters: NAME ':' annotation, up to ',' '=' or ')'.
		for j := open + 1; j < closing; j++ {
			if op(j, "=") {
				// A default value (a lambda's colon is no annotation).
				for j+1 < closing && !op(j+1, ",") {
					j++
					if toks[j].match > int32(j) {
						j = int(toks[j].match)
					}
				}
				continue
			}
			if toks[j].kind == tkName && op(j+1, ":") {
				j = annotation(j+2, func(k int) bool { return k >= closing || op(k, ",") || op(k, "=") }) - 1
				continue
			}
			if toks[j].match > int32(j) {
				j = int(toks[j].match)
			}
		}
		if op(closing+1, "->") {
			annotation(closing+2, func(k int) bool { return op(k, ":") })
		}
		i = closing
	}
	if len(edits) == 0 {
		return src
	}
	var b strings.Builder
	last := 0
	for _, e := range edits {
		text := src[e.start:e.end]
		b.WriteString(src[last:e.start])
		b.WriteString(annotationString(text))
		b.WriteString(strings.Repeat("\n", strings.Count(text, "\n")))
		last = e.end
	}
	b.WriteString(src[last:])
	return b.String()
}

// lexAll lexes the whole of src with a lexer from the pool, which the
// caller puts back; ok is false when src does not lex or its brackets do
// not pair.
func lexAll(src string) (lx *lexer, ok bool) {
	lx = lexers.Get().(*lexer)
	lx.reset(src, 0, len(src), 0)
	return lx, lx.run() == nil && !lx.unbalanced
}
