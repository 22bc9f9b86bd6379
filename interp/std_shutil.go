package interp

import (
	_ "embed"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/spython/spython/hooks"
)

// The shutil module is Python (interp/stdlib/shutil.py) on top of os and
// open(), whose primitives raise `open`, `os.scandir`, `os.remove`,
// `os.rmdir`, `os.mkdir`, `os.chmod`, `os.utime` and `os.rename` for each
// file they touch. Its public functions are wrapped from Go, once the
// source has run, so that each raises CPython's shutil event first.

//go:embed stdlib/shutil.py
var shutilSource string

var diskUsage = newStructSeqType("usage", "usage", "Disk usage: total, used and free bytes.", []string{"total", "used", "free"}, nil)

// auditedCall describes a Python function of a module that raises events
// before it runs: each event takes the named parameters of the call.
type auditedCall struct {
	name     string
	params   []string             // the function's parameters, in order
	defaults []py.Object          // the defaults of the trailing parameters
	kwonly   map[string]py.Object // keyword-only parameters and their defaults
	events   []auditedEvent
}

type auditedEvent struct {
	spec *hooks.Spec
	args []string // the parameters the event carries, in its order
}

// sealFunc returns a function that, called at the end of a module's
// source, replaces each of calls by a Go wrapper raising its events
// before it calls the Python function, then removes itself.
func (c *Context) sealFunc(g py.StringDict, calls []auditedCall) *py.Method {
	return c.method("_seal", func(py.Object, py.Tuple, py.StringDict) (py.Object, error) {
		for _, call := range calls {
			call := call
			orig, ok := g[call.name]
			if !ok {
				continue
			}
			doc := py.Object(py.None)
			if f, ok := orig.(*py.Function); ok {
				doc = f.Doc
			}
			wrapper := c.method(call.name, func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
				value := func(p string) py.Object {
					for i, name := range call.params {
						if name != p {
							continue
						}
						if i < len(args) {
							return args[i]
						}
						if v, ok := kwargs[p]; ok {
							return v
						}
						if d := i - (len(call.params) - len(call.defaults)); d >= 0 {
							return call.defaults[d]
						}
					}
					if v, ok := kwargs[p]; ok {
						return v
					}
					if v, ok := call.kwonly[p]; ok {
						return v
					}
					return py.None
				}
				for _, ev := range call.events {
					vals := make([]py.Object, len(ev.args))
					for i, a := range ev.args {
						vals[i] = value(a)
					}
					if err := c.audit(ev.spec, vals...); err != nil {
						return nil, err
					}
				}
				return py.Call(orig, args, kwargs)
			}, "")
			if s, ok := doc.(py.String); ok {
				wrapper.Doc = string(s)
			}
			g[call.name] = wrapper
		}
		delete(g, "_seal")
		return py.None, nil
	}, "")
}

func init() {
	two := []string{"src", "dst"}
	registerStdlib("shutil", "Whole-file and whole-tree operations: copy, move, remove, archives, which.", func(c *Context, m *py.Module) error {
		g := m.Globals
		g["_seal"] = c.sealFunc(g, []auditedCall{
			{name: "copyfile", params: two, events: []auditedEvent{{hooks.ShutilCopyfile, two}}},
			{name: "copymode", params: two, events: []auditedEvent{{hooks.ShutilCopymode, two}}},
			{name: "copystat", params: two, events: []auditedEvent{{hooks.ShutilCopystat, two}}},
			{name: "copytree", params: two, events: []auditedEvent{{hooks.ShutilCopytree, two}}},
			{name: "rmtree", params: []string{"path", "ignore_errors", "onerror"}, events: []auditedEvent{{hooks.ShutilRmtree, []string{"path", "dir_fd"}}}},
			{name: "move", params: two, events: []auditedEvent{{hooks.ShutilMove, two}}},
		})
		g["_statvfs"] = c.method("_statvfs", func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var path py.Object
			if err := py.UnpackTuple(args, kwargs, "disk_usage", 1, 1, &path); err != nil {
				return nil, err
			}
			p, _, err := pathArg("disk_usage", "path", path)
			if err != nil {
				return nil, err
			}
			var st unix.Statfs_t
			if err := unix.Statfs(p, &st); err != nil {
				return nil, sysError(err, path, nil)
			}
			total := int64(st.Blocks) * st.Frsize
			free := int64(st.Bavail) * st.Frsize
			used := (int64(st.Blocks) - int64(st.Bfree)) * st.Frsize
			return diskUsage.make([]py.Object{py.Int(total), py.Int(used), py.Int(free)}, nil), nil
		}, "")
		g["_terminal_size"] = c.method("_terminal_size", func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var cols, lines py.Object
			if err := py.UnpackTuple(args, kwargs, "terminal_size", 2, 2, &cols, &lines); err != nil {
				return nil, err
			}
			return terminalSize.make([]py.Object{cols, lines}, nil), nil
		}, "")
		return nil
	}, shutilSource)
}
