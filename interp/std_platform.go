package interp

import (
	_ "embed"
	"runtime"
	"strings"

	"github.com/go-python/gpython/py"
)

// The platform module: the system's names from uname(2), asked from Go,
// and the interpreter's version as sys.version_info gives it. No command
// runs, so no subprocess event; architecture() with another program and
// freedesktop_os_release() read files through open(), which raises its
// audit event.

//go:embed stdlib/platform.py
var platformSource string

func init() {
	registerStdlib("platform", "The machine, operating system and interpreter the script runs on.", setupPlatform, platformSource)
}

func setupPlatform(c *Context, m *py.Module) error {
	m.Globals["_uname"] = py.MustNewMethod("_uname", func(py.Object) (py.Object, error) {
		fields, err := unameFields()
		return py.Tuple(fields), err
	}, 0, "_uname() -> (system, node, release, version, machine)")
	m.Globals["_compiler"] = py.String("Go " + strings.TrimPrefix(runtime.Version(), "go"))
	return nil
}
