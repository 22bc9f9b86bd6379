package interp

import (
	"errors"
	"fmt"
	"syscall"

	"github.com/go-python/gpython/py"
)

// Exception types CPython has and gpython v0.2.0 lacks. They are created
// once and shared, like gpython's own exception types.
var (
	ModuleNotFoundError = newExceptionType(py.ImportError, "ModuleNotFoundError", "Module not found.")
	RecursionError      = newExceptionType(py.RuntimeError, "RecursionError", "Calls nested deeper than the interpreter allows.")
)

// newExceptionType derives an exception type from base. gpython's NewType
// copies base's flags, READY included, which would leave the new type
// without an MRO and so unmatchable by `except base:`; the flag is
// cleared and the type readied in init.
func newExceptionType(base *py.Type, name, doc string) *py.Type {
	return base.NewTypeFlags(name, doc, nil, nil, base.Flags&^py.TPFLAGS_READY)
}

func init() {
	if err := py.TypeMakeReady(); err != nil {
		panic(err)
	}
}

// How a run can end other than by finishing: the command line turns each
// into its exit code.
var (
	// ErrTimeout: the wall-clock limit ran out before the script finished.
	ErrTimeout = errors.New("timed out")
	// ErrInterrupted: SIGINT arrived and the script could not be reached
	// to raise KeyboardInterrupt in it in time.
	ErrInterrupted = errors.New("interrupted")
)

// ExitError is a script's SystemExit: sys.exit(n) or raise SystemExit(n).
// Message holds what SystemExit("message") prints; its Code is then 1.
type ExitError struct {
	Code    int
	Message string
	// Reported is set when Message was already written to the script's
	// sys.stderr (before the atexit functions ran).
	Reported bool
}

func (e *ExitError) Error() string { return fmt.Sprintf("exit status %d", e.Code) }

// PythonError is an exception the script did not catch. Traceback is the
// CPython-style report, ending in "Type: message\n".
type PythonError struct {
	Type      string
	Traceback string
	// Interrupt is set when the exception is KeyboardInterrupt.
	Interrupt bool
	// Reported is set when Traceback was already written to the script's
	// sys.stderr (before the atexit functions ran).
	Reported bool
}

func (e *PythonError) Error() string { return e.Type }

// InternalError is a Go panic recovered from the interpreter: a bug in
// spython or gpython, never an expected outcome.
type InternalError struct {
	Value any
	Stack []byte
}

func (e *InternalError) Error() string { return fmt.Sprintf("internal error: %v", e.Value) }

// CodeFileError says why a file could not become code.
type CodeFileError struct {
	Path   string
	Reason string // set when spython refused the file
	Err    error  // set when the system could not open or read it
	// Refused is set when the file exists but spython will not run it.
	Refused bool
	// Denied is set when an audit hook refused it; Reason then says who
	// and why.
	Denied bool
}

func (e *CodeFileError) Error() string {
	switch {
	case e.Denied:
		return fmt.Sprintf("%s: %s", e.Path, e.Reason)
	case e.Reason != "" && e.Err != nil:
		return fmt.Sprintf("%s: %s", e.Path, e.Reason)
	case e.Reason != "":
		return fmt.Sprintf("%s: refused: %s", e.Path, e.Reason)
	default:
		return fmt.Sprintf("%s: %v", e.Path, unwrapPath(e.Err))
	}
}

func (e *CodeFileError) Unwrap() error { return e.Err }

// pythonError is how an import sees the failure: an ImportError naming
// the file and the reason.
// A refusal carries the PermissionError of the refusal as its __cause__.
func (e *CodeFileError) pythonError() error {
	exc := py.ExceptionNewf(py.ImportError, "cannot load %s", e.Error())
	exc.Dict["path"] = py.String(e.Path)
	if e.Refused {
		exc.Cause = py.ExceptionNewf(py.PermissionError, "%s: %s", e.Path, e.Reason)
		exc.Dict["__cause__"] = exc.Cause
	}
	return exc
}

// osError is how io.open_code sees the failure: the OSError the system
// gave, or PermissionError for a file spython refuses.
func (e *CodeFileError) osError() error {
	if e.Err != nil && e.Reason == "" {
		return osError(e.Err)
	}
	return py.ExceptionNewf(py.PermissionError, "%s", e.Error())
}

// unwrapPath drops the "open PATH:" prefix of an *fs.PathError, since the
// path is already named.
func unwrapPath(err error) error {
	var pe interface{ Unwrap() error }
	if errors.As(err, &pe) {
		if inner := pe.Unwrap(); inner != nil {
			if errno, ok := inner.(syscall.Errno); ok {
				return errno
			}
		}
	}
	return err
}

// acceptImportErrorKeywords lets ImportError and ModuleNotFoundError take
// the name and path keywords that CPython's do, kept as attributes (None
// when not given) beside msg; gpython's exceptions refuse every keyword.
func acceptImportErrorKeywords() {
	for _, t := range []*py.Type{py.ImportError, ModuleNotFoundError} {
		newErr := t.New
		t.New = func(meta *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			attrs := py.StringDict{"name": py.None, "path": py.None}
			for k, v := range kwargs {
				if _, ok := attrs[k]; !ok {
					return nil, py.ExceptionNewf(py.TypeError, "%s() got an unexpected keyword argument '%s'", meta.Name, k)
				}
				attrs[k] = v
			}
			o, err := newErr(meta, args, nil)
			if err != nil {
				return nil, err
			}
			if e, ok := o.(*py.Exception); ok {
				for k, v := range attrs {
					e.Dict[k] = v
				}
				e.Dict["msg"] = py.None
				if len(args) == 1 {
					e.Dict["msg"] = args[0]
				}
			}
			return o, nil
		}
	}
}

// newOSError is the OSError (of type t) that CPython raises for a failed
// system call: its args are (errno, strerror), and errno, strerror,
// filename and filename2 are attributes; str() adds the file names:
// "[Errno 2] No such file or directory: 'x'".
func newOSError(t *py.Type, errno int, strerror string, filename, filename2 py.Object) *py.Exception {
	o, err := py.ExceptionNew(t, py.Tuple{py.Int(errno), py.String(strerror)}, nil)
	if err != nil {
		return py.ExceptionNewf(t, "[Errno %d] %s", errno, strerror)
	}
	exc := o.(*py.Exception)
	if filename == nil {
		filename = py.None
	}
	if filename2 == nil {
		filename2 = py.None
	}
	exc.Dict["errno"] = py.Int(errno)
	exc.Dict["strerror"] = py.String(strerror)
	exc.Dict["filename"] = filename
	exc.Dict["filename2"] = filename2
	return exc
}
