package interp

import (
	_ "embed"

	"github.com/go-python/gpython/py"
)

// The io module: open is builtins.open, open_code reads through the
// verified-open gate, the file types are those open() returns, and
// StringIO and BytesIO are Python (interp/stdlib/io.py).

//go:embed stdlib/io.py
var ioSource string

func init() {
	registerStdlib("io", "The io module: open(), open_code(), StringIO and BytesIO.", func(c *Context, m *py.Module) error {
		g := m.Globals
		g["open"] = c.store.Builtins.Globals["open"]
		g["open_code"] = c.method("open_code", c.openCode,
			"open_code(path) -> file\n\nOpen path for reading as code, through the same reader the importer uses.")
		g["TextIOWrapper"] = textFileType
		g["BufferedReader"] = bufferedReaderTyp
		g["BufferedWriter"] = bufferedWriterTyp
		g["BufferedRandom"] = bufferedRandomTyp
		g["UnsupportedOperation"] = UnsupportedOperation
		g["SEEK_SET"], g["SEEK_CUR"], g["SEEK_END"] = py.Int(0), py.Int(1), py.Int(2)
		g["DEFAULT_BUFFER_SIZE"] = py.Int(8192)
		return nil
	}, ioSource)
}
