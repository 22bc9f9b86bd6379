// Package rewrite turns Python source that uses f-strings (PEP 498, with the
// additions of Python 3.8 and 3.12) and the unpacking generalisations of
// PEP 448 into Python 3.4 source that gpython's parser accepts.
//
// The rewritten code calls builtins that the interpreter must provide:
//
//	__spython_fstring__(*pieces)   joins str pieces and (value, conversion, spec) fields
//	__spython_list__(*iterables)   list of the concatenated iterables
//	__spython_tuple__(*iterables)  tuple of the concatenated iterables
//	__spython_set__(*iterables)    set of the concatenated iterables
//	__spython_dict__(*mappings)    dict merging the mappings in order
//	__spython_kwargs__(*mappings)  like __spython_dict__, but a repeated key is an error
//	__spython_walrus__(name, value) binds name, returns value (see Walrus)
//	__spython_decorator__(expr)    returns expr: a decorator of any expression
//
// The rewrite never adds or removes a newline outside string literals, so
// every line of the source keeps its number.
package rewrite

import (
	"fmt"
	"strings"
	"sync"
	"unicode/utf8"
)

// DecoratorFunc is the identity builtin that carries a decorator written
// as an expression Python 3.4's grammar does not allow.
const DecoratorFunc = "__spython_decorator__"

// SyntaxError reports a malformed f-string. Line and Col are 1-based; Col
// counts characters, as CPython's offset does.
type SyntaxError struct {
	Line, Col int
	Msg       string
}

// Error implements error.
func (e *SyntaxError) Error() string {
	return fmt.Sprintf("line %d, column %d: %s", e.Line, e.Col, e.Msg)
}

// newSyntaxError builds a SyntaxError at byte offset off of src.
func newSyntaxError(src string, off int, msg string) *SyntaxError {
	line, col := lineCol(src, off)
	return &SyntaxError{Line: line, Col: col, Msg: msg}
}

// lineCol converts a byte offset of src to a 1-based line and column.
func lineCol(src string, off int) (int, int) {
	off = min(off, len(src))
	before := src[:off]
	line := strings.Count(before, "\n") + 1
	start := strings.LastIndexByte(before, '\n') + 1
	return line, utf8.RuneCountInString(before[start:]) + 1
}

// lexers keeps token buffers between calls so that source needing no
// rewrite is checked without allocating.
var lexers = sync.Pool{New: func() any { return new(lexer) }}

// Source returns src with f-strings and PEP 448 unpackings rewritten into
// Python 3.4 syntax that calls the builtins listed in the package
// documentation. Every line keeps its line number: the rewrite never adds or
// removes a newline outside string literals. Source that needs no rewriting
// is returned unchanged (the same string). A malformed f-string is a
// *SyntaxError; anything else malformed is left for the parser to report
// (source with an unbalanced bracket is returned unchanged).
func Source(src string) (string, error) {
	if !mayNeedRewrite(src) {
		return src, nil
	}
	lx := lexers.Get().(*lexer)
	defer lexers.Put(lx)
	lx.reset(src, 0, len(src), 0)
	if err := lx.run(); err != nil {
		return "", err
	}
	if lx.unbalanced {
		return src, nil
	}
	w := walker{src: src, toks: lx.toks, fs: lx.fs, wr: writer{src: src}}
	w.lines()
	if w.err != nil {
		return "", w.err
	}
	out, _ := w.wr.finish(len(src))
	return out, nil
}

// rewriteField rewrites the expression of an f-string field, src[lo:hi].
func rewriteField(src string, lo, hi int) (string, error) {
	if field := src[lo:hi]; strings.Contains(field, ":=") {
		if out := Walrus(field); out != field {
			src, lo, hi = out, 0, len(out)
		}
	}
	lx := new(lexer)
	lx.reset(src, lo, hi, 1)
	if err := lx.run(); err != nil {
		return "", err
	}
	if lx.unbalanced {
		return src[lo:hi], nil
	}
	w := walker{src: src, toks: lx.toks, fs: lx.fs, wr: writer{src: src, lo: lo, pos: lo}}
	w.exprList(0, len(lx.toks))
	if w.err != nil {
		return "", w.err
	}
	out, _ := w.wr.finish(hi)
	return out, nil
}

// mayNeedRewrite is a quick byte scan: source with no '*', no '@' and no
// quote after an f prefix letter has nothing to rewrite.
func mayNeedRewrite(src string) bool {
	if strings.IndexByte(src, '*') >= 0 || strings.IndexByte(src, '@') >= 0 {
		return true
	}
	for i := 1; i < len(src); i++ {
		if c := src[i]; c != '"' && c != '\'' {
			continue
		}
		switch src[i-1] | 0x20 {
		case 'f':
			return true
		case 'r':
			if i > 1 && src[i-2]|0x20 == 'f' {
				return true
			}
		}
	}
	return false
}
