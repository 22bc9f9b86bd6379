package interp

import (
	_ "embed"
	"os"

	"github.com/go-python/gpython/py"
)

// The tempfile module: mkstemp and mkdtemp are Go (modules.go), raising
// `tempfile.mkstemp` and `tempfile.mkdtemp` before they create anything;
// NamedTemporaryFile, TemporaryFile and TemporaryDirectory are Python
// (interp/stdlib/tempfile.py) on top of them, os.fdopen (`open`),
// os.unlink (`os.remove`) and shutil.rmtree (`shutil.rmtree`).

//go:embed stdlib/tempfile.py
var tempfileSource string

func init() {
	registerStdlib("tempfile", "Temporary files and folders.", func(c *Context, m *py.Module) error {
		g := m.Globals
		g["mkstemp"] = c.method("mkstemp", c.mkstemp, "mkstemp(suffix=None, prefix=None, dir=None, text=False) -> (fd, name)")
		g["mkdtemp"] = c.method("mkdtemp", c.mkdtemp, "mkdtemp(suffix=None, prefix=None, dir=None) -> name")
		g["_tempdir"] = c.method("_tempdir", func(py.Object, py.Tuple, py.StringDict) (py.Object, error) {
			return py.String(abs(os.TempDir())), nil
		}, "")
		g["_random_name"] = c.method("_random_name", func(py.Object, py.Tuple, py.StringDict) (py.Object, error) {
			return py.String(tempName("", "", "")), nil
		}, "")
		return nil
	}, tempfileSource)
}
