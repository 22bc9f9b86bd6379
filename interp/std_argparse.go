package interp

import (
	_ "embed"
	"os"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"
)

//go:embed stdlib/argparse.py
var argparseSource string

func init() {
	registerStdlib("argparse", "Command-line parsing: options, positional arguments, sub-commands.",
		func(c *Context, m *py.Module) error {
			m.Globals["_columns"] = c.method("_columns", terminalColumns,
				"_columns() -> int\n\nThe width of the terminal on standard output, or 80.")
			return nil
		}, argparseSource)
}

// terminalColumns is the width help text wraps at when COLUMNS is not set:
// the terminal's on standard output, else 80, as shutil.get_terminal_size.
func terminalColumns(py.Object, py.Tuple, py.StringDict) (py.Object, error) {
	ws, err := unix.IoctlGetWinsize(int(os.Stdout.Fd()), unix.TIOCGWINSZ)
	if err != nil || ws.Col == 0 {
		return py.Int(80), nil
	}
	return py.Int(int(ws.Col)), nil
}
