package interp

import (
	"crypto/rand"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/spython/spython/hooks"
)

// Each Go module a script imports is instantiated for its context and then
// given spython's versions of its sensitive functions: each raises its
// audit event before it acts, and is the only way to reach the operation
// (the original function object is kept only in a Go closure).

// setupModule finishes a Go module right after it is instantiated.
func (c *Context) setupModule(m *py.Module) {
	switch m.ModuleImpl.Info.Name {
	case "builtins":
		c.setupBuiltins(m.Globals)
	case "sys":
		c.setupSys(m)
		c.setupSysMore(m)
	case "time":
		m.Globals["sleep"] = c.method("sleep", c.sleep, "sleep(seconds)\n\nDelay execution for a given number of seconds.")
	}
}

// method makes a Go function into a Python builtin function.
func (c *Context) method(name string, fn func(py.Object, py.Tuple, py.StringDict) (py.Object, error), doc string) *py.Method {
	return py.MustNewMethod(name, fn, 0, doc)
}

// audited replaces globals[name] by a function that raises spec, with the
// arguments eventArgs derives from the call, and then calls the original.
func (c *Context) audited(globals py.StringDict, name string, eventArgs func(py.Tuple, py.StringDict) []py.Object, spec *hooks.Spec) {
	c.guarded(globals, name, func(args py.Tuple, kwargs py.StringDict) error {
		return c.audit(spec, eventArgs(args, kwargs)...)
	})
}

// guarded wraps globals[name] so that check runs before the operation: a
// non-nil error refuses the call. The original function object is kept
// only in the wrapper's closure.
func (c *Context) guarded(globals py.StringDict, name string, check func(py.Tuple, py.StringDict) error) {
	orig, ok := globals[name]
	if !ok {
		return
	}
	doc := ""
	if m, ok := orig.(*py.Method); ok {
		doc = m.Doc
	}
	globals[name] = c.method(name, func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if err := check(args, kwargs); err != nil {
			return nil, err
		}
		return py.Call(orig, args, kwargs)
	}, doc)
}

// firstArgs returns the first n positional arguments, None for missing ones.
func firstArgs(args py.Tuple, n int) []py.Object {
	out := make([]py.Object, n)
	for i := range out {
		out[i] = py.None
		if i < len(args) {
			out[i] = args[i]
		}
	}
	return out
}

func firstArg(args py.Tuple) py.Object { return firstArgs(args, 1)[0] }

// kwarg returns kwargs[name], or None.
func kwarg(kwargs py.StringDict, name string) py.Object {
	if v, ok := kwargs[name]; ok {
		return v
	}
	return py.None
}

// system implements os.system as CPython does on POSIX: /bin/sh -c
// command with the script's standard streams, returning the wait status.
// (gpython's own captures the output, prints it with a space and raises
// OSError on a non-zero status.) os.system carries the command as bytes.
func (c *Context) system(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var command py.Object
	if err := py.ParseTupleAndKeywords(args, kwargs, "O:system", []string{"command"}, &command); err != nil {
		return nil, err
	}
	cmd, ok := sourceText(command)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "system() argument 'command' must be str or bytes, not %s", command.Type().Name)
	}
	if err := c.audit(hooks.OSSystem, py.Bytes(cmd)); err != nil {
		return nil, err
	}
	sh := exec.Command("/bin/sh", "-c", cmd)
	sh.Stdin, sh.Stdout, sh.Stderr = os.Stdin, os.Stdout, os.Stderr
	err := sh.Run()
	var exitErr *exec.ExitError
	if err != nil && !errors.As(err, &exitErr) {
		return py.Int(-1), nil
	}
	if ws, ok := sh.ProcessState.Sys().(syscall.WaitStatus); ok {
		return py.Int(int(ws)), nil
	}
	return py.Int(sh.ProcessState.ExitCode() << 8), nil
}

// osExit implements os._exit: the process ends at once with the status,
// after Config.BeforeExit (the audit log's last records are written).
func (c *Context) osExit(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var status py.Object
	if err := py.ParseTupleAndKeywords(args, kwargs, "O:_exit", []string{"status"}, &status); err != nil {
		return nil, err
	}
	n, ok := status.(py.Int)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer", status.Type().Name)
	}
	if c.beforeExit != nil {
		c.beforeExit()
	}
	os.Exit(int(n) & 0xff)
	return py.None, nil
}

// makedirs creates name and its missing parents, raising os.mkdir for
// each folder it creates, as CPython's os.makedirs does.
func (c *Context) makedirs(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var name py.Object
	var mode py.Object = py.Int(0o777)
	var existOK py.Object = py.False
	if err := py.ParseTupleAndKeywords(args, kwargs, "O|iO:makedirs", []string{"name", "mode", "exist_ok"}, &name, &mode, &existOK); err != nil {
		return nil, err
	}
	p, _, err := pathArg("makedirs", "path", name)
	if err != nil {
		return nil, err
	}
	path := filepath.Clean(p)
	var missing []string
	for p := path; ; p = filepath.Dir(p) {
		if _, err := os.Stat(p); err == nil {
			break
		}
		missing = append(missing, p)
		if filepath.Dir(p) == p {
			break
		}
	}
	if len(missing) == 0 {
		if ok, _ := py.MakeBool(existOK); ok == py.True {
			if info, err := os.Stat(path); err == nil && info.IsDir() {
				return py.None, nil
			}
		}
		return nil, osError(&os.PathError{Op: "mkdir", Path: path, Err: unix.EEXIST})
	}
	for i := len(missing) - 1; i >= 0; i-- {
		p := missing[i]
		if err := c.audit(hooks.OSMkdir, py.String(p), mode, py.None); err != nil {
			return nil, err
		}
		if err := os.Mkdir(p, os.FileMode(mode.(py.Int))); err != nil {
			return nil, osError(err)
		}
	}
	return py.None, nil
}

// removedirs removes name, then each parent until one is not empty,
// raising os.rmdir for each, as CPython's os.removedirs does. (gpython's
// own removedirs deletes whole trees.)
func (c *Context) removedirs(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var name py.Object
	if err := py.ParseTupleAndKeywords(args, kwargs, "O:removedirs", []string{"name"}, &name); err != nil {
		return nil, err
	}
	p, _, err := pathArg("removedirs", "path", name)
	if err != nil {
		return nil, err
	}
	path := filepath.Clean(p)
	if err := c.audit(hooks.OSRmdir, py.String(path), py.None); err != nil {
		return nil, err
	}
	if err := unix.Rmdir(path); err != nil {
		return nil, osError(&os.PathError{Op: "rmdir", Path: path, Err: err})
	}
	for p := filepath.Dir(path); p != "." && p != filepath.Dir(p); p = filepath.Dir(p) {
		if err := c.audit(hooks.OSRmdir, py.String(p), py.None); err != nil {
			return nil, err
		}
		if unix.Rmdir(p) != nil {
			break
		}
	}
	return py.None, nil
}

// sleep implements time.sleep: the event comes before the argument is
// checked (as in CPython), and SIGINT ends the sleep with KeyboardInterrupt.
func (c *Context) sleep(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var secs py.Object
	if err := py.UnpackTuple(args, kwargs, "sleep", 1, 1, &secs); err != nil {
		return nil, err
	}
	if err := c.audit(hooks.TimeSleep, secs); err != nil {
		return nil, err
	}
	var d float64
	switch v := secs.(type) {
	case py.Int:
		d = float64(v)
	case py.Float:
		d = float64(v)
	default:
		return nil, py.ExceptionNewf(py.TypeError, "'%s' object cannot be interpreted as an integer or float", secs.Type().Name)
	}
	if d < 0 {
		return nil, py.ExceptionNewf(py.ValueError, "sleep length must be non-negative")
	}
	t := time.NewTimer(time.Duration(d * float64(time.Second)))
	defer t.Stop()
	select {
	case <-t.C:
		return py.None, nil
	case <-c.interrupt:
		if err := c.takeInterrupt(); err != nil {
			return nil, err
		}
		return py.None, nil
	}
}

// tempName returns dir/prefix + 8 random characters + suffix.
func tempName(dir, prefix, suffix string) string {
	const letters = "abcdefghijklmnopqrstuvwxyz0123456789_"
	var b [8]byte
	_, _ = rand.Read(b[:])
	for i := range b {
		b[i] = letters[int(b[i])%len(letters)]
	}
	return filepath.Join(dir, prefix+string(b[:])+suffix)
}

// tempArgs parses the suffix, prefix and dir arguments of mkstemp and
// mkdtemp; extra names the further arguments accepted.
func tempArgs(name string, args py.Tuple, kwargs py.StringDict, extra ...string) (dir, prefix, suffix string, err error) {
	var sfx, pfx, d, text py.Object = py.None, py.None, py.None, py.False
	format := "|OOO"
	results := []*py.Object{&sfx, &pfx, &d}
	if len(extra) > 0 {
		format += "O"
		results = append(results, &text)
	}
	if err := py.ParseTupleAndKeywords(args, kwargs, format+":"+name, append([]string{"suffix", "prefix", "dir"}, extra...), results...); err != nil {
		return "", "", "", err
	}
	str := func(o py.Object, def string) (string, error) {
		switch v := o.(type) {
		case py.NoneType:
			return def, nil
		case py.String:
			return string(v), nil
		}
		return "", py.ExceptionNewf(py.TypeError, "%s() expects str or None, not %s", name, o.Type().Name)
	}
	if suffix, err = str(sfx, ""); err != nil {
		return
	}
	if prefix, err = str(pfx, "tmp"); err != nil {
		return
	}
	if _, ok := d.(py.String); !ok && d != py.None {
		if p, isBytes, ferr := fspathOf(d); ferr == nil && !isBytes {
			d = py.String(p) // dir may be a path object
		}
	}
	if dir, err = str(d, os.TempDir()); err != nil {
		return
	}
	dir, err = filepath.Abs(dir)
	return dir, prefix, suffix, err
}

const tempAttempts = 100

// mkstemp creates a new file only its owner can read and write and returns
// (fd, path); tempfile.mkstemp is raised with the path before it is created.
func (c *Context) mkstemp(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	dir, prefix, suffix, err := tempArgs("mkstemp", args, kwargs, "text")
	if err != nil {
		return nil, err
	}
	for range tempAttempts {
		path := tempName(dir, prefix, suffix)
		const flags = unix.O_RDWR | unix.O_CREAT | unix.O_EXCL | unix.O_CLOEXEC
		if err := c.audit(hooks.TempfileMkstemp, py.String(path)); err != nil {
			return nil, err
		}
		if err := c.audit(hooks.Open, py.String(path), py.None, py.Int(flags)); err != nil {
			return nil, err
		}
		fd, err := unix.Open(path, flags, 0o600)
		if err == unix.EEXIST {
			continue
		}
		if err != nil {
			return nil, osError(&os.PathError{Op: "open", Path: path, Err: err})
		}
		return py.Tuple{py.Int(fd), py.String(path)}, nil
	}
	return nil, py.ExceptionNewf(py.FileExistsError, "No usable temporary file name found")
}

// mkdtemp creates a new folder only its owner can use and returns its path;
// tempfile.mkdtemp is raised with the path before it is created.
func (c *Context) mkdtemp(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	dir, prefix, suffix, err := tempArgs("mkdtemp", args, kwargs)
	if err != nil {
		return nil, err
	}
	for range tempAttempts {
		path := tempName(dir, prefix, suffix)
		if err := c.audit(hooks.TempfileMkdtemp, py.String(path)); err != nil {
			return nil, err
		}
		if err := c.audit(hooks.OSMkdir, py.String(path), py.Int(0o700), py.None); err != nil {
			return nil, err
		}
		err := unix.Mkdir(path, 0o700)
		if err == unix.EEXIST {
			continue
		}
		if err != nil {
			return nil, osError(&os.PathError{Op: "mkdir", Path: path, Err: err})
		}
		return py.String(path), nil
	}
	return nil, py.ExceptionNewf(py.FileExistsError, "No usable temporary directory name found")
}

// osError maps a Go error from the system to the OSError subclass CPython
// raises for it, with CPython's message: "[Errno 2] No such file or
// directory: 'path'".
func osError(err error) error {
	t := py.OSError
	switch {
	case errors.Is(err, os.ErrNotExist):
		t = py.FileNotFoundError
	case errors.Is(err, os.ErrExist):
		t = py.FileExistsError
	case errors.Is(err, os.ErrPermission):
		t = py.PermissionError
	case errors.Is(err, syscall.EISDIR):
		t = py.IsADirectoryError
	case errors.Is(err, syscall.ENOTDIR):
		t = py.NotADirectoryError
	}
	var errno syscall.Errno
	if !errors.As(err, &errno) {
		return py.ExceptionNewf(t, "%v", err)
	}
	if sub, ok := osErrorClasses[py.Int(errno)]; ok {
		t = sub // BrokenPipeError, ConnectionResetError, ...
	}
	var pe *os.PathError
	if errors.As(err, &pe) && !unnamedFile(pe.Path) {
		return newOSError(t, int(errno), strerror(errno), py.String(pe.Path), nil)
	}
	return newOSError(t, int(errno), strerror(errno), nil, nil)
}

// unnamedFile tells the names Go gives the standard streams and pipes,
// which CPython's errors do not name.
func unnamedFile(name string) bool {
	return strings.HasPrefix(name, "|") || name == "/dev/stdin" || name == "/dev/stdout" || name == "/dev/stderr"
}

// normaliseMode is the mode CPython's open event carries: its kind (r, w,
// x or a), then + when it has one; "rb" is "r", "+rb" and "w+b" are "r+"
// and "w+". A rule on the mode cannot be dodged by reordering letters.
func normaliseMode(mode string) string {
	kind := ""
	for _, k := range "rwxa" {
		if strings.ContainsRune(mode, k) {
			kind += string(k)
		}
	}
	if strings.Contains(mode, "+") {
		kind += "+"
	}
	return kind
}

// openFlags are the open(2) flags CPython derives from a mode string.
func openFlags(mode string) int {
	var flags int
	switch {
	case strings.Contains(mode, "+"):
		flags = unix.O_RDWR
	case strings.ContainsAny(mode, "wax"):
		flags = unix.O_WRONLY
	default:
		flags = unix.O_RDONLY
	}
	switch {
	case strings.Contains(mode, "w"):
		flags |= unix.O_CREAT | unix.O_TRUNC
	case strings.Contains(mode, "a"):
		flags |= unix.O_CREAT | unix.O_APPEND
	case strings.Contains(mode, "x"):
		flags |= unix.O_CREAT | unix.O_EXCL
	}
	return flags | unix.O_CLOEXEC
}
