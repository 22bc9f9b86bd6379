package interp

import (
	_ "embed"

	"github.com/go-python/gpython/py"
)

// The traceback module: tracebacks and stacks extracted, formatted and
// printed. The formatting is the one spython prints an uncaught exception
// with (traceback.go), so that format_exc() and print_exc() give what the
// script would have printed had the exception not been caught; the
// classes (FrameSummary, StackSummary, TracebackException) are written in
// Python on top of it. Source lines come from the files spython compiled,
// never from reading a file. No audit events.
//
// Traceback objects get CPython's attributes (tb_next, tb_frame,
// tb_lineno, tb_lasti), frames theirs (f_code, f_lineno, f_globals,
// f_locals, f_back) and code objects co_filename, co_name and
// co_firstlineno. f_back is known while the frame's caller runs.

//go:embed stdlib/traceback.py
var tracebackSource string

// tracebackFile is the file name of the module's Python part: its frames
// are left out of the stacks it extracts.
const tracebackFile = "<spython>/traceback.py"

func init() {
	registerStdlib("traceback", "Stack traces and exceptions as data, as text, or printed.", setupTraceback, tracebackSource)
	addFrameAttributes()
	py.BaseException.Dict["add_note"] = py.MustNewMethod("add_note", exceptionAddNote, 0,
		"add_note($self, note, /)\n--\n\nAdd a note to the exception")
}

// exceptionAddNote is BaseException.add_note: the note joins the list
// __notes__, which tracebacks print after the exception's message.
func exceptionAddNote(self, note py.Object) (py.Object, error) {
	if _, ok := note.(py.String); !ok {
		return nil, py.ExceptionNewf(py.TypeError, "note must be a str, not '%s'", note.Type().Name)
	}
	notes, err := getAttr(self, "__notes__")
	if err != nil {
		if !py.IsException(py.AttributeError, err) {
			return nil, err
		}
		notes = py.NewList()
		if exc, ok := self.(*py.Exception); ok {
			// gpython's exceptions take no attributes from Python.
			exc.Dict["__notes__"] = notes
		} else if _, err := py.SetAttrString(self, "__notes__", notes); err != nil {
			return nil, err
		}
	}
	list, ok := notes.(*py.List)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "Cannot add note: __notes__ is not a list")
	}
	list.Append(note)
	return py.None, nil
}

func addFrameAttributes() {
	prop := func(t *py.Type, name string, get func(self py.Object) py.Object) {
		t.Dict[name] = &py.Property{Fget: func(self py.Object) (py.Object, error) { return get(self), nil }}
	}
	prop(py.TracebackType, "tb_next", func(self py.Object) py.Object { return tracebackOrNone(self.(*py.Traceback).Next) })
	prop(py.TracebackType, "tb_frame", func(self py.Object) py.Object { return self.(*py.Traceback).Frame })
	prop(py.TracebackType, "tb_lineno", func(self py.Object) py.Object { return py.Int(self.(*py.Traceback).Lineno) })
	prop(py.TracebackType, "tb_lasti", func(self py.Object) py.Object { return py.Int(self.(*py.Traceback).Lasti) })
	prop(py.FrameType, "f_code", func(self py.Object) py.Object { return self.(*py.Frame).Code })
	prop(py.FrameType, "f_lineno", func(self py.Object) py.Object { return py.Int(frameLine(self.(*py.Frame))) })
	prop(py.FrameType, "f_lasti", func(self py.Object) py.Object { return py.Int(self.(*py.Frame).Lasti) })
	prop(py.FrameType, "f_globals", func(self py.Object) py.Object { return self.(*py.Frame).Globals })
	prop(py.FrameType, "f_builtins", func(self py.Object) py.Object { return self.(*py.Frame).Builtins })
	prop(py.FrameType, "f_locals", func(self py.Object) py.Object {
		f := self.(*py.Frame)
		f.FastToLocals()
		if f.Locals == nil {
			return py.StringDict{}
		}
		return f.Locals
	})
	prop(py.FrameType, "f_back", func(self py.Object) py.Object {
		if c := active.Load(); c != nil {
			for i := len(c.frames) - 1; i > 0; i-- {
				if c.frames[i] == self {
					return c.frames[i-1]
				}
			}
		}
		return py.None
	})
	// The code objects' co_* attributes are codeAttr's (classbuiltins.go).
}

// frameLine is the line a frame is at: the line of the instruction it
// runs (a call, for a frame with callers above it).
func frameLine(f *py.Frame) int {
	if f.Lasti > 0 {
		return int(f.Code.Addr2Line(f.Lasti - 1))
	}
	return int(f.Code.Addr2Line(0))
}

func setupTraceback(c *Context, m *py.Module) error {
	g := m.Globals
	g["_format_exception"] = c.method("_format_exception", func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var value, tb, limit, chain py.Object
		if err := py.UnpackTuple(args, kwargs, "_format_exception", 4, 4, &value, &tb, &limit, &chain); err != nil {
			return nil, err
		}
		t, _ := tb.(*py.Traceback)
		lim, err := optionalLimit(limit)
		if err != nil {
			return nil, err
		}
		ch, err := truth(chain)
		if err != nil {
			return nil, err
		}
		return stringList(c.exceptionParts(value, t, lim, ch, map[*py.Exception]bool{})), nil
	}, "_format_exception(value, tb, limit, chain) -> list of str")
	g["_exception_only"] = c.method("_exception_only", func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var value py.Object
		if err := py.UnpackTuple(args, kwargs, "_exception_only", 1, 1, &value); err != nil {
			return nil, err
		}
		return stringList(c.exceptionOnly(value)), nil
	}, "_exception_only(value) -> list of str")
	g["_format_entries"] = c.method("_format_entries", func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var list py.Object
		if err := py.UnpackTuple(args, kwargs, "_format_entries", 1, 1, &list); err != nil {
			return nil, err
		}
		items, err := py.SequenceList(list)
		if err != nil {
			return nil, err
		}
		entries := make([]tbEntry, 0, len(items.Items))
		for _, item := range items.Items {
			e, err := entryOf(item)
			if err != nil {
				return nil, err
			}
			entries = append(entries, e)
		}
		return stringList(formatEntries(entries)), nil
	}, "_format_entries([(filename, lineno, name, line, locals)...]) -> list of str")
	g["_source_line"] = c.method("_source_line", func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var file, lineno py.Object
		if err := py.UnpackTuple(args, kwargs, "_source_line", 2, 2, &file, &lineno); err != nil {
			return nil, err
		}
		name, ok := file.(py.String)
		n, isInt := lineno.(py.Int)
		if !ok || !isInt {
			return py.String(""), nil
		}
		return py.String(c.sourceLine(string(name), int(n))), nil
	}, "_source_line(filename, lineno) -> the line, '' when unknown")
	g["_stack"] = c.method("_stack", func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var from py.Object = py.None
		if err := py.UnpackTuple(args, kwargs, "_stack", 0, 1, &from); err != nil {
			return nil, err
		}
		return c.stackFrom(from), nil
	}, "_stack(frame=None) -> [(frame, lineno), ...], innermost first")
	return nil
}

// stackFrom is the stack below frame, or below the caller of the
// traceback module when frame is None: (frame, line) pairs, innermost
// first.
func (c *Context) stackFrom(from py.Object) py.Object {
	start := -1
	if f, ok := from.(*py.Frame); ok {
		for i := len(c.frames) - 1; i >= 0; i-- {
			if c.frames[i] == f {
				start = i
				break
			}
		}
		if start < 0 {
			return py.NewListFromItems([]py.Object{py.Tuple{f, py.Int(frameLine(f))}})
		}
	} else {
		for i := len(c.frames) - 1; i >= 0; i-- {
			if c.frames[i].Code.Filename != tracebackFile {
				start = i
				break
			}
		}
	}
	var out []py.Object
	for i := start; i >= 0; i-- {
		out = append(out, py.Tuple{c.frames[i], py.Int(frameLine(c.frames[i]))})
	}
	return py.NewListFromItems(out)
}

func optionalLimit(o py.Object) (*int, error) {
	if o == py.None {
		return nil, nil
	}
	n, err := toIndex(o)
	if err != nil {
		return nil, err
	}
	return &n, nil
}

func stringList(parts []string) *py.List {
	items := make([]py.Object, len(parts))
	for i, p := range parts {
		items[i] = py.String(p)
	}
	return py.NewListFromItems(items)
}

// entryOf reads (filename, lineno, name, line, locals) from the traceback
// module: line may be None, locals None or a list of "name = repr".
func entryOf(item py.Object) (tbEntry, error) {
	t, ok := item.(py.Tuple)
	if !ok || len(t) != 5 {
		return tbEntry{}, py.ExceptionNewf(py.TypeError, "_format_entries: expected 5-tuples")
	}
	e := tbEntry{file: safeStr(t[0]), line: safeStr(t[1]), name: safeStr(t[2])}
	if t[3] != py.None {
		e.source = safeStr(t[3])
	}
	if t[4] != py.None {
		list, err := py.SequenceList(t[4])
		if err != nil {
			return tbEntry{}, err
		}
		for _, l := range list.Items {
			e.locals = append(e.locals, safeStr(l))
		}
	}
	return e, nil
}
