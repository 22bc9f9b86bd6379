package interp

import (
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"
)

// The file objects open() returns, with CPython's io behaviour: text files
// (TextIOWrapper) decode with any codec of textcodec.go and an error handler and
// translate newlines; binary files (BufferedReader, BufferedWriter,
// BufferedRandom) move bytes. Writes go straight to the descriptor, so
// nothing waits in a buffer for close or exit. Reads go ahead by chunks,
// as CPython's do; the bytes read ahead are kept raw, so tell() is exact.

var (
	textFileType      = py.NewType("_io.TextIOWrapper", "Character and line based layer over a file.")
	bufferedReaderTyp = py.NewType("_io.BufferedReader", "Binary file opened for reading, with read-ahead.")
	bufferedWriterTyp = py.NewType("_io.BufferedWriter", "Binary file opened for writing, with buffered output.")
	bufferedRandomTyp = py.NewType("_io.BufferedRandom", "Binary file opened for both reading and writing.")

	// UnsupportedOperation is io.UnsupportedOperation: what a file does
	// not support (reading a file opened for writing, and so on). It is
	// both an OSError and a ValueError, as in CPython.
	UnsupportedOperation = unsupportedOperationType()
)

// unsupportedOperationType makes io.UnsupportedOperation, whose bases
// are OSError and ValueError.
func unsupportedOperationType() *py.Type {
	t := moduleException(py.OSError, "io", "UnsupportedOperation")
	t.Bases = py.Tuple{py.OSError, py.ValueError}
	return t
}

// readChunk is how much a read asks the descriptor for at a time.
const readChunk = 8192

// fileShared is what a text file and its buffer attribute, the binary
// file under it, have in common.
type fileShared struct {
	closed bool
	rbuf   []byte // bytes read ahead and not yet consumed
	eof    bool   // the descriptor has reported the end of the file
}

// fileObject is an open file of a script.
type fileObject struct {
	*fileShared
	// onClose, when set, is called once the file is closed.
	onClose  func()
	f        *os.File
	name     py.Object // the file argument of open()
	mode     string    // the mode attribute
	binary   bool
	canRead  bool
	canWrite bool

	encoding string // as given, or UTF-8
	codec    *textCodec
	dec      *textDecoder
	pend     []rune // characters decoded and not yet read (an error handler's)
	writeBOM bool   // the next write starts with the codec's byte order mark
	errors   string
	newline  py.Object // None, '', '\n', '\r' or '\r\n'
	newlines uint8     // the line ends read: newlineCR, newlineLF, newlineCRLF
	buffer   *fileObject

	lineBuffering bool
	writeThrough  bool

	seen []byte // bytes consumed by the current text read, for decode errors
}

// The kinds of line end a text file has read, for its newlines attribute.
const (
	newlineCR = 1 << iota
	newlineLF
	newlineCRLF
)

// Type is the file's Python type, which depends on its mode.
func (f *fileObject) Type() *py.Type {
	switch {
	case !f.binary:
		return textFileType
	case f.canRead && f.canWrite:
		return bufferedRandomTyp
	case f.canWrite:
		return bufferedWriterTyp
	}
	return bufferedReaderTyp
}

// fileOptions are the arguments of open() a file object keeps.
type fileOptions struct {
	mode     string
	encoding py.Object
	errors   py.Object
	newline  py.Object
}

// checkFileOptions refuses the open() arguments CPython refuses before it
// opens anything.
func checkFileOptions(o fileOptions) error {
	binary := strings.Contains(o.mode, "b")
	switch {
	case binary && o.encoding != py.None:
		return py.ExceptionNewf(py.ValueError, "binary mode doesn't take an encoding argument")
	case binary && o.errors != py.None:
		return py.ExceptionNewf(py.ValueError, "binary mode doesn't take an errors argument")
	case binary && o.newline != py.None:
		return py.ExceptionNewf(py.ValueError, "binary mode doesn't take a newline argument")
	}
	for _, a := range []struct {
		name string
		v    py.Object
	}{{"encoding", o.encoding}, {"errors", o.errors}, {"newline", o.newline}} {
		if _, ok := a.v.(py.String); !ok && a.v != py.None {
			return py.ExceptionNewf(py.TypeError, "open() argument '%s' must be str or None, not %s", a.name, a.v.Type().Name)
		}
	}
	switch o.newline {
	case py.None, py.String(""), py.String("\n"), py.String("\r"), py.String("\r\n"):
		return nil
	}
	return py.ExceptionNewf(py.ValueError, "illegal newline value: %s", string(o.newline.(py.String)))
}

// newFileObject wraps f, opened by open() with options o, in the file
// object of its mode. f is closed when the encoding is unknown.
func newFileObject(f *os.File, name py.Object, o fileOptions) (py.Object, error) {
	fo := &fileObject{fileShared: &fileShared{}, f: f, name: name, binary: strings.Contains(o.mode, "b"), newline: o.newline,
		encoding: "UTF-8", codec: utf8Codec(), errors: "strict"}
	plus := strings.Contains(o.mode, "+")
	fo.canRead = strings.Contains(o.mode, "r") || plus
	fo.canWrite = !strings.Contains(o.mode, "r") || plus
	if enc, ok := o.encoding.(py.String); ok {
		codec, err := lookupCodec(string(enc))
		if err != nil {
			f.Close()
			return nil, err
		}
		fo.encoding, fo.codec = string(enc), codec
	}
	fo.dec = newTextDecoder(fo.codec)
	if e, ok := o.errors.(py.String); ok {
		fo.errors = string(e)
	}
	if strings.Contains(o.mode, "a") {
		if _, err := f.Seek(0, io.SeekEnd); err != nil {
			f.Close()
			return nil, osError(unwrapPath(err))
		}
	}
	if fo.codec.bom && fo.canWrite {
		pos, err := f.Seek(0, io.SeekCurrent)
		fo.writeBOM = err != nil || pos == 0
	}
	fo.mode = o.mode
	if fo.binary {
		fo.mode = binaryMode(o.mode)
	}
	return fo, nil
}

// binaryMode is the mode attribute of a binary file opened with mode.
// A file both read and written reports rb+ unless it creates (xb+) or
// appends (ab+), as CPython's FileIO does: "w+b" is "rb+".
func binaryMode(mode string) string {
	mode = normaliseMode(mode)
	if i := strings.IndexByte(mode, '+'); i >= 0 {
		if kind := mode[:i]; kind == "x" || kind == "a" {
			return kind + "b+"
		}
		return "rb+"
	}
	return mode + "b"
}

// bufferOf is a text file's buffer attribute: the binary file under it,
// on the same descriptor, read-ahead and closed state.
func (f *fileObject) bufferOf() *fileObject {
	if f.buffer == nil {
		mode := binaryMode(f.mode)
		if f.canRead && f.canWrite {
			mode = "rb+"
		}
		f.buffer = &fileObject{fileShared: f.fileShared, onClose: f.onClose, f: f.f, name: f.name, mode: mode,
			binary: true, canRead: f.canRead, canWrite: f.canWrite}
	}
	return f.buffer
}

// newlinesAttr is the newlines attribute: the kinds of line end read so
// far, when the file translates them.
func (f *fileObject) newlinesAttr() py.Object {
	var kinds py.Tuple
	for i, nl := range []string{"\r", "\n", "\r\n"} {
		if f.newlines&(1<<i) != 0 {
			kinds = append(kinds, py.String(nl))
		}
	}
	switch len(kinds) {
	case 0:
		return py.None
	case 1:
		return kinds[0]
	}
	return kinds
}

// reconfigure is TextIOWrapper.reconfigure: a new encoding, error
// handler, newline mode or buffering for what is written and read next.
func (f *fileObject) reconfigure(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "reconfigure() takes no positional arguments")
	}
	opts := map[string]py.Object{"encoding": py.None, "errors": py.None, "newline": nil, "line_buffering": py.None, "write_through": py.None}
	for k, v := range kwargs {
		if _, ok := opts[k]; !ok {
			return nil, py.ExceptionNewf(py.TypeError, "reconfigure() got an unexpected keyword argument '%s'", k)
		}
		opts[k] = v
	}
	for _, name := range []string{"encoding", "errors"} {
		if _, ok := opts[name].(py.String); !ok && opts[name] != py.None {
			return nil, py.ExceptionNewf(py.TypeError, "reconfigure() argument '%s' must be str or None, not %s", name, opts[name].Type().Name)
		}
	}
	if nl := opts["newline"]; nl != nil {
		if err := checkFileOptions(fileOptions{mode: "r", encoding: py.None, errors: py.None, newline: nl}); err != nil {
			return nil, err
		}
	}
	codec := f.codec
	if enc, ok := opts["encoding"].(py.String); ok {
		c, err := lookupCodec(string(enc))
		if err != nil {
			return nil, err
		}
		codec = c
		if opts["errors"] == py.None {
			opts["errors"] = py.String("strict")
		}
	}
	for _, name := range []string{"line_buffering", "write_through"} {
		if v := opts[name]; v != py.None {
			b, err := argTruth(v)
			if err != nil {
				return nil, err
			}
			if name == "line_buffering" {
				f.lineBuffering = b
			} else {
				f.writeThrough = b
			}
		}
	}
	if codec != f.codec {
		f.encoding, f.codec, f.dec = string(opts["encoding"].(py.String)), codec, newTextDecoder(codec)
		f.writeBOM = false
	}
	if e, ok := opts["errors"].(py.String); ok {
		f.errors = string(e)
	}
	if nl := opts["newline"]; nl != nil {
		f.newline = nl
	}
	return py.None, nil
}

// checkOpen is the error of an operation on a closed file; msg is the
// message of binary files, where CPython's messages differ by method.
func (f *fileObject) checkOpen(msg string) error {
	if !f.closed {
		return nil
	}
	if !f.binary || msg == "" {
		return py.ExceptionNewf(py.ValueError, "I/O operation on closed file.")
	}
	return py.ExceptionNewf(py.ValueError, "%s", msg)
}

// checkOpenBare is the error of asking a closed file about itself
// (fileno, isatty, readable...), the same for text and binary files.
func (f *fileObject) checkOpenBare() error {
	if f.closed {
		return py.ExceptionNewf(py.ValueError, "I/O operation on closed file")
	}
	return nil
}

// checkRead checks the file is open and readable.
func (f *fileObject) checkRead(closedMsg string) error {
	if err := f.checkOpen(closedMsg); err != nil {
		return err
	}
	if f.canRead {
		return nil
	}
	if f.binary {
		return py.ExceptionNewf(UnsupportedOperation, "read")
	}
	return py.ExceptionNewf(UnsupportedOperation, "not readable")
}

// checkWrite checks the file is open and writable.
func (f *fileObject) checkWrite() error {
	if err := f.checkOpen("write to closed file"); err != nil {
		return err
	}
	if f.canWrite {
		return nil
	}
	if f.binary {
		return py.ExceptionNewf(UnsupportedOperation, "write")
	}
	return py.ExceptionNewf(UnsupportedOperation, "not writable")
}

// fill reads another chunk into rbuf; it reports false at the end of the
// file.
func (f *fileObject) fill() (bool, error) {
	if f.eof {
		return false, nil
	}
	buf := make([]byte, readChunk)
	n, err := f.f.Read(buf)
	f.rbuf = append(f.rbuf, buf[:n]...)
	if errors.Is(err, io.EOF) || err == nil && n == 0 {
		f.eof = true
		return n > 0, nil
	}
	if err != nil {
		return n > 0, osError(err)
	}
	return true, nil
}

// need makes sure rbuf holds at least n bytes unless the file ends first.
func (f *fileObject) need(n int) error {
	for len(f.rbuf) < n {
		more, err := f.fill()
		if err != nil || !more {
			return err
		}
	}
	return nil
}

// dropReadAhead gives back the bytes read ahead: a binary file moves the
// descriptor back to where its reader is; a text file, like CPython's,
// just forgets them.
func (f *fileObject) dropReadAhead(rewind bool) error {
	if len(f.rbuf) > 0 && rewind {
		if _, err := f.f.Seek(int64(-len(f.rbuf)), io.SeekCurrent); err != nil {
			return osError(err)
		}
	}
	f.rbuf, f.eof = nil, false
	return nil
}

// readBytes reads up to n bytes (all that is left when n < 0), or up to
// and including the first newline when line is set.
func (f *fileObject) readBytes(n int, line bool) ([]byte, error) {
	for {
		end := len(f.rbuf)
		if n >= 0 && n < end {
			end = n
		}
		if line {
			if i := strings.IndexByte(string(f.rbuf[:end]), '\n'); i >= 0 {
				end = i + 1
				out := append([]byte(nil), f.rbuf[:end]...)
				f.rbuf = f.rbuf[end:]
				return out, nil
			}
		}
		if n >= 0 && len(f.rbuf) >= n {
			out := append([]byte(nil), f.rbuf[:n]...)
			f.rbuf = f.rbuf[n:]
			return out, nil
		}
		more, err := f.fill()
		if err != nil {
			return nil, err
		}
		if !more {
			out := f.rbuf
			f.rbuf = nil
			return out, nil
		}
	}
}

// utf8Next measures the UTF-8 sequence at the start of b: its length, or
// the length of its invalid part and why it is invalid. complete is false
// when b ends inside a sequence that may still turn out valid.
func utf8Next(b []byte) (n int, reason string, complete bool) {
	c := b[0]
	var size int
	lo, hi := byte(0x80), byte(0xbf)
	switch {
	case c < 0x80:
		return 1, "", true
	case c >= 0xc2 && c <= 0xdf:
		size = 2
	case c >= 0xe0 && c <= 0xef:
		size = 3
		if c == 0xe0 {
			lo = 0xa0
		} else if c == 0xed {
			hi = 0x9f
		}
	case c >= 0xf0 && c <= 0xf4:
		size = 4
		if c == 0xf0 {
			lo = 0x90
		} else if c == 0xf4 {
			hi = 0x8f
		}
	default:
		return 1, "invalid start byte", true
	}
	for i := 1; i < size; i++ {
		if i >= len(b) {
			return i, "unexpected end of data", false
		}
		if b[i] < lo || b[i] > hi {
			return i, "invalid continuation byte", true
		}
		lo, hi = 0x80, 0xbf
	}
	return size, "", true
}

// nextChar decodes the next character of a text file; ok is false at
// the end of the file. An undecodable byte goes through the file's error
// handler.
func (f *fileObject) nextChar() (r rune, ok bool, err error) {
	for {
		if len(f.pend) > 0 {
			r, f.pend = f.pend[0], f.pend[1:]
			return r, true, nil
		}
		// One byte is enough to go on: a pipe or a socket may have no
		// more to give yet, and a line must not wait for the next one.
		if err := f.need(1); err != nil {
			return 0, false, err
		}
		if len(f.rbuf) == 0 {
			return 0, false, nil
		}
		if c := f.rbuf[0]; c < 0x80 && f.dec.started && f.codec.kind == kindUTF8 {
			f.rbuf = f.rbuf[1:]
			f.seen = append(f.seen, c)
			return rune(c), true, nil
		}
		r, n, reason := f.dec.next(f.rbuf, f.eof)
		if n == 0 {
			if _, err := f.fill(); err != nil {
				return 0, false, err
			}
			continue
		}
		b := f.rbuf[:n]
		f.rbuf = f.rbuf[n:]
		start := len(f.seen)
		f.seen = append(f.seen, b...)
		switch {
		case reason != "":
			f.pend, err = decodeHandled(f.pend, b, f.errors, func() error {
				return unicodeDecodeError(f.dec.errName, f.seen, start, start+n, reason)
			})
			if err != nil {
				return 0, false, err
			}
		case r != noChar:
			return r, true, nil
		}
	}
}

// nextCharIs reports whether the next character to read is c, and reads
// it if so. In the codecs where c is a byte of its own, one byte is
// enough to tell, so a pipe with no more to give yet is not waited on.
func (f *fileObject) nextCharIs(c rune) (bool, error) {
	if len(f.pend) > 0 {
		if f.pend[0] != c {
			return false, nil
		}
		f.pend = f.pend[1:]
		return true, nil
	}
	wide := f.codec.kind == kindUTF16 || f.codec.kind == kindUTF32
	for {
		if err := f.need(1); err != nil {
			return false, err
		}
		if len(f.rbuf) == 0 || !wide && f.rbuf[0] != byte(c) {
			return false, nil
		}
		d := *f.dec
		r, n, reason := d.next(f.rbuf, f.eof)
		if n == 0 {
			if _, err := f.fill(); err != nil {
				return false, err
			}
			continue
		}
		if reason != "" || r != c {
			return false, nil
		}
		*f.dec = d
		f.seen = append(f.seen, f.rbuf[:n]...)
		f.rbuf = f.rbuf[n:]
		return true, nil
	}
}

// readText reads up to n characters (all when n < 0), stopping after a
// line end when line is set, with newline translation.
func (f *fileObject) readText(n int, line bool) (string, error) {
	var b strings.Builder
	f.seen = f.seen[:0]
	for count := 0; n < 0 || count < n; count++ {
		r, ok, err := f.nextChar()
		if err != nil {
			return "", err
		}
		if !ok {
			break
		}
		end, err := f.lineEnd(r, &b)
		if err != nil {
			return "", err
		}
		if end && line {
			break
		}
	}
	return b.String(), nil
}

// lineEnd writes r, translated as the newline mode says, and reports
// whether it ends a line.
func (f *fileObject) lineEnd(r rune, b *strings.Builder) (bool, error) {
	nl, _ := f.newline.(py.String)
	switch {
	case r == '\r' && f.newline == py.None:
		crlf, err := f.nextCharIs('\n')
		if err != nil {
			return false, err
		}
		f.newlines |= map[bool]uint8{false: newlineCR, true: newlineCRLF}[crlf]
		b.WriteByte('\n')
		return true, nil
	case r == '\r' && nl == "":
		b.WriteByte('\r')
		crlf, err := f.nextCharIs('\n')
		if crlf {
			b.WriteByte('\n')
		}
		f.newlines |= map[bool]uint8{false: newlineCR, true: newlineCRLF}[crlf]
		return true, err
	case r == '\n' && (f.newline == py.None || nl == ""):
		f.newlines |= newlineLF
	case r == '\r' && nl == "\r\n":
		b.WriteByte('\r')
		crlf, err := f.nextCharIs('\n')
		if crlf {
			b.WriteByte('\n')
		}
		return crlf, err
	}
	b.WriteRune(r)
	switch nl {
	case "\r":
		return r == '\r', nil
	case "\r\n":
		return false, nil
	}
	return r == '\n', nil
}

// encodeText encodes s for a text file, with its newline translation and
// error handler.
func (f *fileObject) encodeText(s string) ([]byte, error) {
	if nl, ok := f.newline.(py.String); ok && nl != "" && nl != "\n" {
		s = strings.ReplaceAll(s, "\n", string(nl))
	}
	bom := f.writeBOM
	f.writeBOM = false
	return encodeText(s, f.codec, f.errors, bom)
}

// sizeArg reads the optional size argument of read and readline.
func sizeArg(name string, args py.Tuple) (int, error) {
	var size py.Object = py.None
	if err := py.UnpackTuple(args, nil, name, 0, 1, &size); err != nil {
		return 0, err
	}
	if size == py.None {
		return -1, nil
	}
	b, ok := toBig(size)
	if !ok {
		if r, ok, err := py.TypeCall0(size, "__index__"); ok && err == nil {
			b, _ = toBig(r)
		}
	}
	if b == nil {
		return 0, py.ExceptionNewf(py.TypeError, "argument should be integer or None, not '%s'", size.Type().Name)
	}
	if !b.IsInt64() {
		return 0, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C ssize_t")
	}
	n := int(b.Int64())
	if n < 0 {
		n = -1
	}
	return n, nil
}

func (f *fileObject) read(args py.Tuple) (py.Object, error) {
	if err := f.checkRead("read of closed file"); err != nil {
		return nil, err
	}
	n, err := sizeArg("read", args)
	if err != nil {
		return nil, err
	}
	if f.binary {
		b, err := f.readBytes(n, false)
		return py.Bytes(b), err
	}
	s, err := f.readText(n, false)
	return py.String(s), err
}

func (f *fileObject) readline(args py.Tuple) (py.Object, error) {
	if err := f.checkRead("readline of closed file"); err != nil {
		return nil, err
	}
	n, err := sizeArg("readline", args)
	if err != nil {
		return nil, err
	}
	return f.line(n)
}

// line reads one line of at most n characters or bytes (n < 0: any).
func (f *fileObject) line(n int) (py.Object, error) {
	if f.binary {
		b, err := f.readBytes(n, true)
		return py.Bytes(b), err
	}
	s, err := f.readText(n, true)
	return py.String(s), err
}

// lineLen is the length of a line read from f.
func lineLen(o py.Object) int {
	switch l := o.(type) {
	case py.Bytes:
		return len(l)
	case py.String:
		return utf8.RuneCountInString(string(l))
	}
	return 0
}

func (f *fileObject) readlines(args py.Tuple) (py.Object, error) {
	if err := f.checkOpen(""); err != nil {
		return nil, err
	}
	if err := f.checkRead(""); err != nil {
		return nil, err
	}
	hint, err := sizeArg("readlines", args)
	if err != nil {
		return nil, err
	}
	var lines []py.Object
	total := 0
	for hint <= 0 || total < hint {
		l, err := f.line(-1)
		if err != nil {
			return nil, err
		}
		if lineLen(l) == 0 {
			break
		}
		lines = append(lines, l)
		total += lineLen(l)
	}
	return py.NewListFromItems(lines), nil
}

// writeData writes data where the file is: a binary file first moves
// back over what it read ahead, a text file forgets it.
func (f *fileObject) writeData(data []byte) error {
	if err := f.dropReadAhead(f.binary); err != nil {
		return err
	}
	if _, err := f.f.Write(data); err != nil {
		return osError(err)
	}
	return nil
}

func (f *fileObject) write(arg py.Object) (py.Object, error) {
	if err := f.checkWrite(); err != nil {
		return nil, err
	}
	if f.binary {
		b, err := bytesLike(arg)
		if err != nil {
			return nil, err
		}
		return py.Int(len(b)), f.writeData(b)
	}
	s, ok := arg.(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "write() argument must be str, not %s", arg.Type().Name)
	}
	data, err := f.encodeText(string(s))
	if err != nil {
		return nil, err
	}
	return py.Int(utf8.RuneCountInString(string(s))), f.writeData(data)
}

func (f *fileObject) writelines(arg py.Object) (py.Object, error) {
	if err := f.checkOpen(""); err != nil {
		return nil, err
	}
	err := forEach(arg, func(item py.Object) error {
		_, err := f.write(item)
		return err
	})
	if err != nil {
		return nil, err
	}
	return py.None, nil
}

// tellPos is where the reader is: the descriptor's offset less what was
// read ahead.
func (f *fileObject) tellPos() (int64, error) {
	off, err := f.f.Seek(0, io.SeekCurrent)
	if err != nil {
		return 0, osError(err)
	}
	return off - int64(len(f.rbuf)), nil
}

func (f *fileObject) seek(args py.Tuple) (py.Object, error) {
	var offObj py.Object
	var whenceObj py.Object = py.Int(0)
	if err := py.UnpackTuple(args, nil, "seek", 1, 2, &offObj, &whenceObj); err != nil {
		return nil, err
	}
	if err := f.checkOpen("seek of closed file"); err != nil {
		return nil, err
	}
	off, err := indexBig(offObj)
	if err != nil {
		return nil, err
	}
	wb, err := indexBig(whenceObj)
	if err != nil {
		return nil, err
	}
	whence := wb.Int64()
	if whence < 0 || whence > 2 {
		if f.binary {
			return nil, py.ExceptionNewf(py.ValueError, "whence value %d unsupported", whence)
		}
		return nil, py.ExceptionNewf(py.ValueError, "invalid whence (%d, should be 0, 1 or 2)", whence)
	}
	if !f.binary {
		switch {
		case whence == 1 && off.Sign() != 0:
			return nil, py.ExceptionNewf(UnsupportedOperation, "can't do nonzero cur-relative seeks")
		case whence == 2 && off.Sign() != 0:
			return nil, py.ExceptionNewf(UnsupportedOperation, "can't do nonzero end-relative seeks")
		case off.Sign() < 0:
			return nil, py.ExceptionNewf(py.ValueError, "negative seek position %s", off.String())
		}
	}
	if whence == 1 {
		pos, err := f.tellPos()
		if err != nil {
			return nil, err
		}
		off.Add(off, big.NewInt(pos))
		whence = 0
	}
	if !off.IsInt64() {
		return nil, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C long")
	}
	if err := f.dropReadAhead(false); err != nil {
		return nil, err
	}
	pos, err := f.f.Seek(off.Int64(), int(whence))
	if err != nil {
		return nil, osError(unwrapPath(err))
	}
	if !f.binary {
		// Back at the start, the byte order mark is read past and
		// written again.
		f.pend = nil
		f.writeBOM = pos == 0 && f.codec.bom && f.canWrite
		if pos == 0 {
			f.dec = newTextDecoder(f.codec)
		}
	}
	return py.Int(pos), nil
}

func (f *fileObject) truncate(args py.Tuple) (py.Object, error) {
	var sizeObj py.Object = py.None
	if err := py.UnpackTuple(args, nil, "truncate", 0, 1, &sizeObj); err != nil {
		return nil, err
	}
	if err := f.checkOpen("truncate of closed file"); err != nil {
		return nil, err
	}
	if !f.canWrite {
		if f.binary {
			return nil, py.ExceptionNewf(UnsupportedOperation, "truncate")
		}
		return nil, py.ExceptionNewf(UnsupportedOperation, "not writable")
	}
	pos, err := f.tellPos()
	if err != nil {
		return nil, err
	}
	if err := f.dropReadAhead(true); err != nil {
		return nil, err
	}
	size := pos
	if sizeObj != py.None {
		b, err := indexBig(sizeObj)
		if err != nil {
			return nil, err
		}
		size = b.Int64()
	}
	if err := f.f.Truncate(size); err != nil {
		return nil, osError(err)
	}
	return py.Int(size), nil
}

func (f *fileObject) close() (py.Object, error) {
	if f.closed {
		return py.None, nil
	}
	f.closed = true
	f.rbuf = nil
	if f.onClose != nil {
		f.onClose()
	}
	if err := f.f.Close(); err != nil {
		return nil, osError(err)
	}
	return py.None, nil
}

// M__iter__ makes a file iterable by line.
func (f *fileObject) M__iter__() (py.Object, error) {
	if err := f.checkOpen(""); err != nil {
		return nil, err
	}
	return f, nil
}

// M__next__ is the next line.
func (f *fileObject) M__next__() (py.Object, error) {
	if err := f.checkRead("readline of closed file"); err != nil {
		return nil, err
	}
	l, err := f.line(-1)
	if err != nil {
		return nil, err
	}
	if lineLen(l) == 0 {
		return nil, py.StopIteration
	}
	return l, nil
}

// M__repr__ is CPython's repr of a file.
func (f *fileObject) M__repr__() (py.Object, error) {
	name, err := reprOf(f.name)
	if err != nil {
		return nil, err
	}
	if f.binary {
		return py.String(fmt.Sprintf("<%s name=%s>", f.Type().Name, name)), nil
	}
	mode, _ := reprOf(py.String(f.mode))
	enc, _ := reprOf(py.String(f.encoding))
	return py.String(fmt.Sprintf("<%s name=%s mode=%s encoding=%s>", f.Type().Name, name, mode, enc)), nil
}

// fileSelf is the receiver of a file method.
func fileSelf(o py.Object) *fileObject { return o.(*fileObject) }

// flagMethod makes readable, writable and seekable.
func flagMethod(name string, value func(*fileObject) bool, checked func(*fileObject) bool) *py.Method {
	return py.MustNewMethod(name, func(o py.Object) (py.Object, error) {
		f := fileSelf(o)
		if checked(f) {
			if err := f.checkOpenBare(); err != nil {
				return nil, err
			}
		}
		return py.NewBool(value(f)), nil
	}, 0, name+"() -> bool")
}

func init() {
	methods := py.StringDict{
		"read": py.MustNewMethod("read", func(o py.Object, args py.Tuple) (py.Object, error) {
			return fileSelf(o).read(args)
		}, 0, "read(size=-1, /)\n\nRead at most size characters (bytes in binary mode), or all."),
		"readline": py.MustNewMethod("readline", func(o py.Object, args py.Tuple) (py.Object, error) {
			return fileSelf(o).readline(args)
		}, 0, "readline(size=-1, /)\n\nRead until newline or EOF."),
		"readlines": py.MustNewMethod("readlines", func(o py.Object, args py.Tuple) (py.Object, error) {
			return fileSelf(o).readlines(args)
		}, 0, "readlines(hint=-1, /)\n\nThe remaining lines as a list; stops once hint characters (or bytes) are read, when hint > 0."),
		"write": py.MustNewMethod("write", func(o py.Object, arg py.Object) (py.Object, error) {
			return fileSelf(o).write(arg)
		}, 0, "write(s, /)\n\nWrite the string (bytes in binary mode) and return how much was written."),
		"writelines": py.MustNewMethod("writelines", func(o py.Object, arg py.Object) (py.Object, error) {
			return fileSelf(o).writelines(arg)
		}, 0, "writelines(lines, /)\n\nWrite a list of lines to the stream."),
		"seek": py.MustNewMethod("seek", func(o py.Object, args py.Tuple) (py.Object, error) {
			return fileSelf(o).seek(args)
		}, 0, "seek(offset, whence=0, /)\n\nChange the stream position and return the new position."),
		"tell": py.MustNewMethod("tell", func(o py.Object) (py.Object, error) {
			f := fileSelf(o)
			if err := f.checkOpen("I/O operation on closed file"); err != nil {
				return nil, err
			}
			pos, err := f.tellPos()
			return py.Int(pos), err
		}, 0, "tell()\n\nReturn the current stream position."),
		"truncate": py.MustNewMethod("truncate", func(o py.Object, args py.Tuple) (py.Object, error) {
			return fileSelf(o).truncate(args)
		}, 0, "truncate(size=None, /)\n\nTruncate the file to size bytes (the current position by default)."),
		"flush": py.MustNewMethod("flush", func(o py.Object) (py.Object, error) {
			return py.None, fileSelf(o).checkOpen("")
		}, 0, "flush()\n\nWrites go straight to the file: nothing to do."),
		"close": py.MustNewMethod("close", func(o py.Object) (py.Object, error) {
			return fileSelf(o).close()
		}, 0, "close()\n\nClose the file."),
		"fileno": py.MustNewMethod("fileno", func(o py.Object) (py.Object, error) {
			f := fileSelf(o)
			if err := f.checkOpenBare(); err != nil {
				return nil, err
			}
			return py.Int(f.f.Fd()), nil
		}, 0, "fileno()\n\nReturn the file descriptor."),
		"isatty": py.MustNewMethod("isatty", func(o py.Object) (py.Object, error) {
			f := fileSelf(o)
			if err := f.checkOpenBare(); err != nil {
				return nil, err
			}
			_, err := unix.IoctlGetTermios(int(f.f.Fd()), unix.TCGETS)
			return py.NewBool(err == nil), nil
		}, 0, "isatty()\n\nWhether the file is a terminal."),
		"readable": flagMethod("readable", func(f *fileObject) bool { return f.canRead }, func(f *fileObject) bool { return f.canRead }),
		"writable": flagMethod("writable", func(f *fileObject) bool { return f.canWrite }, func(f *fileObject) bool { return f.canWrite }),
		"seekable": flagMethod("seekable", func(f *fileObject) bool {
			_, err := f.f.Seek(0, io.SeekCurrent)
			return err == nil
		}, func(*fileObject) bool { return true }),
		"__enter__": py.MustNewMethod("__enter__", func(o py.Object) (py.Object, error) {
			return o, fileSelf(o).checkOpen("")
		}, 0, ""),
		"__exit__": py.MustNewMethod("__exit__", func(o py.Object, args py.Tuple) (py.Object, error) {
			_, err := fileSelf(o).close()
			return py.None, err
		}, 0, ""),
		"closed": &py.Property{Fget: func(o py.Object) (py.Object, error) { return py.NewBool(fileSelf(o).closed), nil }},
		"name":   &py.Property{Fget: func(o py.Object) (py.Object, error) { return fileSelf(o).name, nil }},
		"mode":   &py.Property{Fget: func(o py.Object) (py.Object, error) { return py.String(fileSelf(o).mode), nil }},
	}
	text := py.StringDict{
		"encoding":       &py.Property{Fget: func(o py.Object) (py.Object, error) { return py.String(fileSelf(o).encoding), nil }},
		"errors":         &py.Property{Fget: func(o py.Object) (py.Object, error) { return py.String(fileSelf(o).errors), nil }},
		"buffer":         &py.Property{Fget: func(o py.Object) (py.Object, error) { return fileSelf(o).bufferOf(), nil }},
		"newlines":       &py.Property{Fget: func(o py.Object) (py.Object, error) { return fileSelf(o).newlinesAttr(), nil }},
		"line_buffering": &py.Property{Fget: func(o py.Object) (py.Object, error) { return py.NewBool(fileSelf(o).lineBuffering), nil }},
		"write_through":  &py.Property{Fget: func(o py.Object) (py.Object, error) { return py.NewBool(fileSelf(o).writeThrough), nil }},
		"reconfigure": py.MustNewMethod("reconfigure", func(o py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			return fileSelf(o).reconfigure(args, kwargs)
		}, 0, "reconfigure(*, encoding=None, errors=None, newline=None, line_buffering=None, write_through=None)\n\nChange how the stream encodes, decodes and translates line ends from now on."),
	}
	for _, t := range []*py.Type{textFileType, bufferedReaderTyp, bufferedWriterTyp, bufferedRandomTyp} {
		for k, v := range methods {
			t.Dict[k] = v
		}
	}
	for k, v := range text {
		textFileType.Dict[k] = v
	}
}
