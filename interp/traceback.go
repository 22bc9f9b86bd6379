package interp

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/go-python/gpython/py"
)

// Tracebacks are printed the way CPython prints them, so that people and
// tools that read Python tracebacks read spython's:
//
//	Traceback (most recent call last):
//	  File "/srv/job.py", line 3, in <module>
//	    main()
//	  File "/srv/job.py", line 2, in main
//	    raise ValueError("bad")
//	ValueError: bad

// formatError renders err, an exception that reached the top of the
// script, as CPython would print it.
func (c *Context) formatError(err error) string {
	value, tb := exceptionOf(err)
	return c.formatChain(value, tb, map[*py.Exception]bool{})
}

// formatChain prints the exception's __cause__ (or else __context__)
// chain first, as CPython does, each exception once (a chain may loop).
func (c *Context) formatChain(value py.Object, tb *py.Traceback, seen map[*py.Exception]bool) string {
	if exc := asException(value); exc != nil && tb == nil {
		tb, _ = exc.Traceback.(*py.Traceback)
	}
	return strings.Join(c.exceptionParts(value, tb, nil, true, seen), "")
}

// exceptionParts is what traceback.format_exception returns: the chain,
// outermost cause first, each exception as its header, one string per
// traceback entry and its last lines. tb is the traceback of value (the
// chained exceptions show their own __traceback__). limit, when set, keeps the first
// limit entries of each traceback (the last -limit when negative); chain
// false leaves causes and contexts out.
func (c *Context) exceptionParts(value py.Object, tb *py.Traceback, limit *int, chain bool, seen map[*py.Exception]bool) []string {
	var parts []string
	if exc := asException(value); exc != nil {
		seen[exc] = true
		if !chain {
			// only this exception
		} else if cause := asException(exc.Cause); cause != nil && !seen[cause] {
			parts = append(parts, c.exceptionParts(exc.Cause, ownTraceback(cause), limit, chain, seen)...)
			parts = append(parts, "\nThe above exception was the direct cause of the following exception:\n\n")
		} else if context := asException(exc.Context); context != nil && !exc.SuppressContext && !seen[context] {
			parts = append(parts, c.exceptionParts(exc.Context, ownTraceback(context), limit, chain, seen)...)
			parts = append(parts, "\nDuring handling of the above exception, another exception occurred:\n\n")
		}
	}
	if entries := limitEntries(c.tracebackEntries(tb), limit); len(entries) > 0 {
		parts = append(parts, "Traceback (most recent call last):\n")
		parts = append(parts, formatEntries(entries)...)
	}
	return append(parts, c.exceptionOnly(value)...)
}

func ownTraceback(exc *py.Exception) *py.Traceback {
	tb, _ := exc.Traceback.(*py.Traceback)
	return tb
}

// tbEntry is one frame of a traceback or a stack, as it is printed.
type tbEntry struct {
	file string
	line string // the line number, as printed
	name string
	// source is the line of source, stripped; "" when it is not known.
	source string
	// locals are "name = repr" lines, sorted (traceback's capture_locals).
	locals []string
}

// tracebackEntries are the frames of tb, outermost first.
func (c *Context) tracebackEntries(tb *py.Traceback) []tbEntry {
	var entries []tbEntry
	for ; tb != nil; tb = tb.Next {
		code := tb.Frame.Code
		entries = append(entries, tbEntry{
			file:   code.Filename,
			line:   strconv.Itoa(int(tb.Lineno)),
			name:   code.Name,
			source: strings.TrimSpace(c.sourceLine(code.Filename, int(tb.Lineno))),
		})
	}
	return entries
}

// limitEntries applies a traceback limit: n >= 0 keeps the first n
// entries, n < 0 the last -n.
func limitEntries(entries []tbEntry, limit *int) []tbEntry {
	switch {
	case limit == nil:
		return entries
	case *limit >= 0:
		return entries[:min(*limit, len(entries))]
	}
	return entries[max(len(entries)+*limit, 0):]
}

// maxRepeats is how many times a traceback shows the same entry in a row
// (deep recursion) before it says how many more there were, as CPython does.
const maxRepeats = 3

// formatEntries renders entries as CPython's StackSummary.format does:
// one string per entry, its "File" line and its source line, and after
// three entries in a row for the same line of the same function, one
// "[Previous line repeated N more times]" for the rest.
func formatEntries(entries []tbEntry) []string {
	var out []string
	repeated := func(count int) {
		if more := count - maxRepeats; more > 0 {
			plural := "s"
			if more == 1 {
				plural = ""
			}
			out = append(out, fmt.Sprintf("  [Previous line repeated %d more time%s]\n", more, plural))
		}
	}
	count := 0
	for i, e := range entries {
		if i == 0 || e.file != entries[i-1].file || e.line != entries[i-1].line || e.name != entries[i-1].name {
			repeated(count)
			count = 0
		}
		count++
		if count > maxRepeats {
			continue
		}
		entry := fmt.Sprintf("  File \"%s\", line %s, in %s\n", e.file, e.line, e.name)
		if e.source != "" {
			line, _ := clip(e.source, 0)
			entry += "    " + line + "\n"
		}
		for _, l := range e.locals {
			entry += "    " + l + "\n"
		}
		out = append(out, entry)
	}
	repeated(count)
	return out
}

// exceptionOnly is what traceback.format_exception_only returns: for a
// SyntaxError the place it points at, then "Type: message", then the
// exception's notes, a line each.
func (c *Context) exceptionOnly(value py.Object) []string {
	var out []string
	if exc, ok := value.(*py.Exception); ok && exc.Base.IsSubtype(py.SyntaxError) {
		var b strings.Builder
		c.formatSyntaxLocation(&b, exc)
		for _, l := range strings.SplitAfter(b.String(), "\n") {
			if l != "" {
				out = append(out, l)
			}
		}
	}
	out = append(out, exceptionLine(value)+"\n")
	if asException(value) != nil {
		if notes, err := getAttr(value, "__notes__"); err == nil && notes != py.None {
			out = append(out, noteLines(notes)...)
		}
	}
	return out
}

// noteLines are the lines of an exception's __notes__: each note's lines
// when it is a list or tuple, else its repr.
func noteLines(notes py.Object) []string {
	var items []py.Object
	switch n := notes.(type) {
	case *py.List:
		items = n.Items
	case py.Tuple:
		items = n
	default:
		r := safeRepr(notes)
		if r == "<exception repr() failed>" {
			r = "<__notes__ repr() failed>"
		}
		return []string{r + "\n"}
	}
	var out []string
	for _, note := range items {
		text := safeStr(note)
		if text == "<exception str() failed>" {
			text = "<note str() failed>"
		}
		for _, l := range strings.Split(text, "\n") {
			out = append(out, l+"\n")
		}
	}
	return out
}

// exceptionOf extracts the exception value and traceback from an error
// returned by gpython.
func exceptionOf(err error) (py.Object, *py.Traceback) {
	var info py.ExceptionInfo
	if errors.As(err, &info) {
		return info.Value, info.Traceback
	}
	var pinfo *py.ExceptionInfo
	if errors.As(err, &pinfo) {
		return pinfo.Value, pinfo.Traceback
	}
	var exc *py.Exception
	if errors.As(err, &exc) {
		return exc, nil
	}
	return py.ExceptionNewf(py.SystemError, "%v", err), nil
}

func (c *Context) formatSyntaxLocation(b *strings.Builder, exc *py.Exception) {
	file, _ := exc.Dict["filename"].(py.String)
	lineno, _ := exc.Dict["lineno"].(py.Int)
	offset, _ := exc.Dict["offset"].(py.Int)
	fmt.Fprintf(b, "  File \"%s\", line %d\n", string(file), int(lineno))
	line := c.sourceLine(string(file), int(lineno))
	if line == "" {
		l, _ := exc.Dict["line"].(py.String)
		line = string(l)
	}
	line = strings.TrimRight(line, "\r\n")
	trimmed := strings.TrimLeft(line, " \t\f")
	if trimmed == "" {
		return
	}
	// offset is 1-based, counted in the untrimmed line.
	col := int(offset) - 1 - (len(line) - len(trimmed))
	shown, col := clip(trimmed, col)
	fmt.Fprintf(b, "    %s\n", shown)
	if col >= 0 && col <= len(shown) {
		fmt.Fprintf(b, "    %s^\n", strings.Repeat(" ", col))
	}
}

// maxShownLine is the most of a source line a traceback shows.
const maxShownLine = 160

// clip shortens a long source line to a window around column col (0 when
// there is no column), marking what was cut with "...", and returns the
// column within the window.
func clip(line string, col int) (string, int) {
	if len(line) <= maxShownLine {
		return line, col
	}
	start := 0
	if col > maxShownLine/2 {
		start = min(col-maxShownLine/2, len(line)-maxShownLine)
	}
	shown := line[start : start+maxShownLine]
	col -= start
	if start > 0 {
		shown, col = "..."+shown, col+3
	}
	if start+maxShownLine < len(line) {
		shown += "..."
	}
	return shown, col
}

// exceptionLine is the last line of a traceback: "Type: message", or
// "Type" alone when the message is empty. The message is str() of the
// exception's argument, as in CPython.
func exceptionLine(value py.Object) string {
	name := typeName(value.Type())
	msg := exceptionMessage(value)
	if msg == "" {
		return name
	}
	return name + ": " + msg
}

// typeName is a class's name, qualified by its module unless that is
// builtins or __main__.
func typeName(t *py.Type) string {
	if mod, ok := t.Dict["__module__"].(py.String); ok && mod != "builtins" && mod != "__main__" && mod != "" {
		return string(mod) + "." + t.Name
	}
	return t.Name
}

func exceptionMessage(value py.Object) string {
	exc, ok := value.(*py.Exception)
	if !ok {
		return safeStr(value)
	}
	if s, err := exceptionStr(exc); err == nil {
		return s
	}
	args, _ := exc.Args.(py.Tuple)
	switch len(args) {
	case 0:
		return ""
	case 1:
		// KeyError shows the key as repr() names it, as in CPython.
		if exc.Base.IsSubtype(py.KeyError) {
			return safeRepr(args[0])
		}
		return safeStr(args[0])
	default:
		parts := make([]string, len(args))
		for i, a := range args {
			parts[i] = safeRepr(a)
		}
		return "(" + strings.Join(parts, ", ") + ")"
	}
}

// safeStr is str(o) that cannot fail: what a traceback prints must not
// depend on the object's own __str__ working.
func safeStr(o py.Object) (s string) {
	if str, ok := o.(py.String); ok {
		return string(str)
	}
	defer func() {
		if recover() != nil {
			s = "<exception str() failed>"
		}
	}()
	str, err := strOf(o)
	if err != nil {
		return "<exception str() failed>"
	}
	return str
}

func safeRepr(o py.Object) (s string) {
	defer func() {
		if recover() != nil {
			s = "<exception repr() failed>"
		}
	}()
	r, err := reprOf(o)
	if err != nil {
		return "<exception repr() failed>"
	}
	return r
}

// sourceLine returns line n (1-based) of a file this context compiled.
func (c *Context) sourceLine(file string, n int) string {
	src, ok := c.sources[file]
	if !ok || n < 1 {
		return ""
	}
	for i := 1; i < n; i++ {
		j := bytes.IndexByte(src, '\n')
		if j < 0 {
			return ""
		}
		src = src[j+1:]
	}
	if j := bytes.IndexByte(src, '\n'); j >= 0 {
		src = src[:j]
	}
	return string(src)
}
