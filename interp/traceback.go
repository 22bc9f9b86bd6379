package interp

import (
	"bytes"
	"errors"
	"fmt"
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
	var b strings.Builder
	if exc := asException(value); exc != nil {
		seen[exc] = true
		if tb == nil {
			tb, _ = exc.Traceback.(*py.Traceback)
		}
		if cause := asException(exc.Cause); cause != nil && !seen[cause] {
			b.WriteString(c.formatChain(exc.Cause, nil, seen))
			b.WriteString("\nThe above exception was the direct cause of the following exception:\n\n")
		} else if context := asException(exc.Context); context != nil && !exc.SuppressContext && !seen[context] {
			b.WriteString(c.formatChain(exc.Context, nil, seen))
			b.WriteString("\nDuring handling of the above exception, another exception occurred:\n\n")
		}
	}
	if tb != nil {
		b.WriteString("Traceback (most recent call last):\n")
		var prev string
		repeats := 0
		for ; tb != nil; tb = tb.Next {
			code := tb.Frame.Code
			entry := fmt.Sprintf("  File \"%s\", line %d, in %s\n", code.Filename, tb.Lineno, code.Name)
			if line := strings.TrimSpace(c.sourceLine(code.Filename, int(tb.Lineno))); line != "" {
				line, _ = clip(line, 0)
				entry += "    " + line + "\n"
			}
			if entry == prev {
				repeats++
				if repeats >= maxRepeats {
					continue
				}
			} else {
				writeRepeats(&b, repeats)
				prev, repeats = entry, 0
			}
			b.WriteString(entry)
		}
		writeRepeats(&b, repeats)
	}
	if exc, ok := value.(*py.Exception); ok && exc.Base.IsSubtype(py.SyntaxError) {
		c.formatSyntaxLocation(&b, exc)
	}
	b.WriteString(exceptionLine(value))
	b.WriteByte('\n')
	return b.String()
}

// maxRepeats is how many times a traceback shows the same entry in a row
// (deep recursion) before it says how many more there were, as CPython does.
const maxRepeats = 3

func writeRepeats(b *strings.Builder, repeats int) {
	if more := repeats - maxRepeats + 1; more > 0 {
		fmt.Fprintf(b, "  [Previous line repeated %d more times]\n", more)
	}
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
