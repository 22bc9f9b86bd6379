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
func Annotations(src string) string {
	if !strings.Contains(src, ":") {
		return src
	}
	lx := lexers.Get().(*lexer)
	defer lexers.Put(lx)
	lx.reset(src, 0, len(src), 0)
	if err := lx.run(); err != nil || lx.unbalanced {
		return src
	}
	toks := lx.toks
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
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		if t.kind == tkNewline {
			stmtStart = true
			continue
		}
		if t.kind == tkOp && src[t.start:t.end] == ";" {
			stmtStart = true
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
