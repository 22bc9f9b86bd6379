package interp

import (
	"errors"

	"github.com/go-python/gpython/py"
)

// codeReaderType is the type of what io.open_code returns: the bytes the
// reader of code files read, as a read-only binary file.
var codeReaderType = py.NewType("BufferedReader", "A read-only binary file returned by io.open_code.")

type codeReader struct {
	name   string
	data   []byte
	off    int
	closed bool
}

func (r *codeReader) Type() *py.Type { return codeReaderType }

func init() {
	self := func(o py.Object) (*codeReader, error) {
		r := o.(*codeReader)
		if r.closed {
			return nil, py.ExceptionNewf(py.ValueError, "I/O operation on closed file.")
		}
		return r, nil
	}
	codeReaderType.Dict["read"] = py.MustNewMethod("read", func(o py.Object, args py.Tuple) (py.Object, error) {
		r, err := self(o)
		if err != nil {
			return nil, err
		}
		var size py.Object = py.Int(-1)
		if err := py.UnpackTuple(args, nil, "read", 0, 1, &size); err != nil {
			return nil, err
		}
		n, ok := size.(py.Int)
		if size == py.None {
			n, ok = -1, true
		}
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "argument should be integer or None, not '%s'", size.Type().Name)
		}
		rest := r.data[r.off:]
		if n >= 0 && int(n) < len(rest) {
			rest = rest[:n]
		}
		r.off += len(rest)
		return py.Bytes(append([]byte(nil), rest...)), nil
	}, 0, "read(size=-1) -> bytes")
	codeReaderType.Dict["readable"] = py.MustNewMethod("readable", func(o py.Object) (py.Object, error) {
		_, err := self(o)
		return py.True, err
	}, 0, "readable() -> True")
	codeReaderType.Dict["close"] = py.MustNewMethod("close", func(o py.Object) (py.Object, error) {
		o.(*codeReader).closed = true
		return py.None, nil
	}, 0, "close()")
	codeReaderType.Dict["__enter__"] = py.MustNewMethod("__enter__", func(o py.Object) (py.Object, error) {
		_, err := self(o)
		return o, err
	}, 0, "")
	codeReaderType.Dict["__exit__"] = py.MustNewMethod("__exit__", func(o py.Object, args py.Tuple) (py.Object, error) {
		o.(*codeReader).closed = true
		return py.False, nil
	}, 0, "")
	codeReaderType.Dict["name"] = &py.Property{Fget: func(o py.Object) (py.Object, error) {
		return py.String(o.(*codeReader).name), nil
	}}
	codeReaderType.Dict["closed"] = &py.Property{Fget: func(o py.Object) (py.Object, error) {
		return py.NewBool(o.(*codeReader).closed), nil
	}}
}

// openCode implements io.open_code(path): the file is read by readCode, the
// same single reader the importer and the main script go through.
func (c *Context) openCode(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var path py.Object
	if err := py.ParseTupleAndKeywords(args, kwargs, "U:open_code", []string{"path"}, &path); err != nil {
		return nil, err
	}
	name := string(path.(py.String))
	data, err := c.readCode(name)
	if err != nil {
		var cf *CodeFileError
		if errors.As(err, &cf) {
			return nil, cf.osError()
		}
		return nil, err
	}
	return &codeReader{name: name, data: data}, nil
}
