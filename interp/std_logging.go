package interp

import (
	_ "embed"
	"path/filepath"
	"strings"
	"time"

	"github.com/go-python/gpython/py"
)

//go:embed stdlib/logging.py
var loggingSource string

// loggingFile is the file name of the logging module's own frames, which
// the search for the caller of a logging call skips.
const loggingFile = "<spython>/logging.py"

func init() {
	registerStdlib("logging", "Logging to handlers: loggers, levels, handlers, filters and formatters.",
		func(c *Context, m *py.Module) error {
			g := m.Globals
			g["_caller"] = c.method("_caller", c.loggingCaller,
				"_caller(stacklevel) -> (pathname, lineno, funcName)\n\nThe frame that called into the logging module.")
			g["_exc_info"] = c.method("_exc_info", c.loggingExcInfo,
				"_exc_info() -> (type, value, traceback)\n\nThe exception being handled, or three Nones.")
			g["_format_exception"] = c.method("_format_exception", c.loggingFormatException,
				"_format_exception(exc) -> str\n\nThe traceback of exc as the interpreter prints it.")
			g["_time_parts"] = c.method("_time_parts", loggingTimeParts,
				"_time_parts(seconds, utc) -> tuple\n\nThe fields of a time, as time.localtime or time.gmtime.")
			g["_strftime"] = c.method("_strftime", loggingStrftime,
				"_strftime(format, seconds, utc) -> str\n\nFormat a time as time.strftime does.")
			g["_abspath"] = c.method("_abspath", loggingAbspath,
				"_abspath(path) -> str\n\nThe absolute form of path, as os.path.abspath.")
			return nil
		}, loggingSource)
}

// loggingCaller returns the file, line and function name of the Python
// frame that called the logging module, going stacklevel-1 frames further
// out, as Logger.findCaller does. Frames of the logging module are skipped.
func (c *Context) loggingCaller(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var level py.Object = py.Int(1)
	if err := py.UnpackTuple(args, kwargs, "_caller", 0, 1, &level); err != nil {
		return nil, err
	}
	n, _ := level.(py.Int)
	skip := int(n) - 1
	var found *py.Frame
	for i := len(c.frames) - 1; i >= 0; i-- {
		f := c.frames[i]
		if f.Code.Filename == loggingFile {
			continue
		}
		found = f
		if skip <= 0 {
			break
		}
		skip--
	}
	if found == nil {
		return py.Tuple{py.String("(unknown file)"), py.Int(0), py.String("(unknown function)")}, nil
	}
	line := found.Code.Addr2Line(found.Lasti)
	if found.Lasti > 0 {
		line = found.Code.Addr2Line(found.Lasti - 1)
	}
	return py.Tuple{py.String(found.Code.Filename), py.Int(line), py.String(found.Code.Name)}, nil
}

// loggingExcInfo is sys.exc_info for the logging module.
func (c *Context) loggingExcInfo(py.Object, py.Tuple, py.StringDict) (py.Object, error) {
	h := c.handling
	if h.Value == nil || h.Value == py.None {
		return py.Tuple{py.None, py.None, py.None}, nil
	}
	return py.Tuple{typeOrNone(h.Type), valueOrNone(h.Value), tracebackOrNone(h.Traceback)}, nil
}

// loggingFormatException renders an exception with its traceback and
// chain, without the last newline, as Formatter.formatException does.
func (c *Context) loggingFormatException(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var exc py.Object
	if err := py.UnpackTuple(args, kwargs, "_format_exception", 1, 1, &exc); err != nil {
		return nil, err
	}
	text := c.formatChain(exc, nil, map[*py.Exception]bool{})
	return py.String(strings.TrimSuffix(text, "\n")), nil
}

func loggingTime(args py.Tuple, kwargs py.StringDict, name string, extra ...*py.Object) (time.Time, error) {
	var secs, utc py.Object = py.None, py.False
	targets := append(extra, &secs, &utc)
	if err := py.UnpackTuple(args, kwargs, name, len(extra)+1, len(extra)+2, targets...); err != nil {
		return time.Time{}, err
	}
	var t time.Time
	switch s := secs.(type) {
	case py.Float:
		sec := float64(s)
		whole := int64(sec)
		t = time.Unix(whole, int64((sec-float64(whole))*1e9))
	case py.Int:
		t = time.Unix(int64(s), 0)
	default:
		t = time.Now()
	}
	if utc == py.True {
		return t.UTC(), nil
	}
	return t.Local(), nil
}

// loggingTimeParts is the nine fields of time.struct_time for a time.
func loggingTimeParts(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	t, err := loggingTime(args, kwargs, "_time_parts")
	if err != nil {
		return nil, err
	}
	dst := 0
	if t.IsDST() {
		dst = 1
	}
	wday := (int(t.Weekday()) + 6) % 7
	return py.Tuple{py.Int(t.Year()), py.Int(int(t.Month())), py.Int(t.Day()), py.Int(t.Hour()),
		py.Int(t.Minute()), py.Int(t.Second()), py.Int(wday), py.Int(t.YearDay()), py.Int(dst)}, nil
}

// loggingStrftime formats a time with the directives of C's strftime.
func loggingStrftime(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var format py.Object
	t, err := loggingTime(args, kwargs, "_strftime", &format)
	if err != nil {
		return nil, err
	}
	f, ok := format.(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "strftime() argument 1 must be str, not %s", format.Type().Name)
	}
	zone, off := t.Zone()
	return py.String(strftime(string(f), fieldsOf(t), -1, formatOffset(off, 0), zone)), nil
}

func loggingAbspath(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var p py.Object
	if err := py.UnpackTuple(args, kwargs, "_abspath", 1, 1, &p); err != nil {
		return nil, err
	}
	s, ok := p.(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "expected str, not %s", p.Type().Name)
	}
	abs, err := filepath.Abs(string(s))
	if err != nil {
		return nil, py.ExceptionNewf(py.OSError, "%v", err)
	}
	return py.String(abs), nil
}
