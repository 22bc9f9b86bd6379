package interp

import (
	"bytes"
	"crypto/rand"
	_ "embed"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/spython/spython/hooks"
	"github.com/spython/spython/interp/pyobj"
)

// The os module: its primitives are written in Go, each raising CPython's
// audit event before it acts; os.environ, os.walk and the helpers built
// on the primitives are Python (interp/stdlib/os.py).

//go:embed stdlib/os.py
var osSource string

//go:embed stdlib/ospath.py
var osPathSource string

func init() {
	registerStdlib("os", "OS routines for POSIX.", func(c *Context, m *py.Module) error {
		c.setupOS(m.Globals)
		// os.path comes with os, as in CPython, where it is loaded at
		// start-up: no import event of its own.
		path, err := c.ModuleInit(py.GetModuleImpl("os.path"))
		if err != nil {
			return err
		}
		m.Globals["path"] = path
		return nil
	}, osSource)
	registerStdlib("os.path", "Common operations on POSIX pathnames.", func(c *Context, m *py.Module) error {
		m.Globals["_stat"] = c.method("stat", c.osStat, "")
		m.Globals["_lstat"] = c.method("lstat", c.osLstat, "")
		return nil
	}, osPathSource)
}

// pathArg reads a path argument: str, bytes or an object with
// __fspath__. isBytes says the result must be given back as bytes.
func pathArg(fn, what string, o py.Object) (path string, isBytes bool, err error) {
	switch v := o.(type) {
	case py.String:
		path = string(v)
	case py.Bytes:
		path, isBytes = string(v), true
	default:
		p, b, err := fspathOf(o)
		if err != nil {
			if py.IsException(py.AttributeError, err) {
				return "", false, py.ExceptionNewf(py.TypeError, "%s: %s should be string, bytes or os.PathLike, not %s", fn, what, o.Type().Name)
			}
			return "", false, err
		}
		path, isBytes = p, b
	}
	if strings.IndexByte(path, 0) >= 0 {
		return "", false, py.ExceptionNewf(py.ValueError, "%s: embedded null character in %s", fn, what)
	}
	return path, isBytes, nil
}

// fspath is os.fspathOf(o) for an object with __fspath__; an
// AttributeError when it has none.
func fspathOf(o py.Object) (string, bool, error) {
	m, err := getAttr(o, "__fspath__")
	if err != nil {
		return "", false, err
	}
	r, err := pyCall(m, nil, nil)
	if err != nil {
		return "", false, err
	}
	switch v := r.(type) {
	case py.String:
		return string(v), false, nil
	case py.Bytes:
		return string(v), true, nil
	}
	return "", false, py.ExceptionNewf(py.TypeError, "expected %s.__fspath__() to return str or bytes, not %s", o.Type().Name, r.Type().Name)
}

// pathValue gives a path back as str or bytes.
func pathValue(p string, isBytes bool) py.Object {
	if isBytes {
		return py.Bytes(p)
	}
	return py.String(p)
}

// strerror is the C library's message for errno.
func strerror(errno syscall.Errno) string {
	msg := errno.Error()
	if msg != "" {
		msg = strings.ToUpper(msg[:1]) + msg[1:]
	}
	return msg
}

// sysError is the exception CPython raises when a system call on
// filename (and filename2) fails: "[Errno 2] No such file or directory:
// 'x'", with errno, strerror, filename and filename2 set.
func sysError(err error, filename, filename2 py.Object) error {
	var errno syscall.Errno
	if !errors.As(err, &errno) {
		if exc, ok := err.(*py.Exception); ok {
			return exc
		}
		return py.ExceptionNewf(py.OSError, "%v", err)
	}
	t, ok := osErrorClasses[py.Int(errno)]
	if !ok {
		t = py.OSError
	}
	return newOSError(t, int(errno), strerror(errno), filename, filename2)
}

// keywordOnly takes the keyword-only arguments names from kwargs, with
// their defaults, and refuses any other keyword.
func keywordOnly(fn string, kwargs py.StringDict, names []string, defaults ...py.Object) ([]py.Object, error) {
	out := make([]py.Object, len(names))
	copy(out, defaults)
	for k, v := range kwargs {
		found := false
		for i, n := range names {
			if n == k {
				out[i], found = v, true
			}
		}
		if !found {
			return nil, py.ExceptionNewf(py.TypeError, "%s() got an unexpected keyword argument '%s'", fn, k)
		}
	}
	return out, nil
}

// noDirFD refuses a dir_fd other than None: spython opens paths only.
func noDirFD(fn string, dirFD py.Object) error {
	if dirFD != nil && dirFD != py.None {
		return py.ExceptionNewf(py.NotImplementedError, "%s: dir_fd unavailable on this platform", fn)
	}
	return nil
}

// osIntArg reads an int argument.
func osIntArg(o py.Object) (int, error) {
	b, err := indexBig(o)
	if err != nil {
		return 0, err
	}
	if !b.IsInt64() {
		return 0, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C int")
	}
	return int(b.Int64()), nil
}

func (c *Context) setupOS(g py.StringDict) {
	def := func(name string, fn func(py.Object, py.Tuple, py.StringDict) (py.Object, error), doc string) {
		g[name] = c.method(name, fn, doc)
	}
	def("system", c.system, "system(command) -> exit status\n\nRun command in a subshell (/bin/sh -c) and return its wait status.")
	def("_exit", c.osExit, "_exit(status)\n\nExit the process at once, without cleanup; the audit log is flushed first.")
	def("makedirs", c.makedirs, "makedirs(name, mode=0o777, exist_ok=False)\n\nCreate a folder and the missing folders above it.")
	def("removedirs", c.removedirs, "removedirs(name)\n\nRemove a folder, then each empty parent folder.")
	def("getcwd", func(py.Object, py.Tuple, py.StringDict) (py.Object, error) {
		wd, err := os.Getwd()
		if err != nil {
			return nil, sysError(err, nil, nil)
		}
		return py.String(wd), nil
	}, "getcwd()\n\nThe folder the process works in.")
	def("getcwdb", func(py.Object, py.Tuple, py.StringDict) (py.Object, error) {
		wd, err := os.Getwd()
		if err != nil {
			return nil, sysError(err, nil, nil)
		}
		return py.Bytes(wd), nil
	}, "getcwdb()\n\nThe folder the process works in, as bytes.")
	def("chdir", c.osChdir, "chdir(path)\n\nMakes path the folder the process works in (audited as os.chdir).")
	def("listdir", c.osListdir, "listdir(path='.') -> list\n\nThe names of the entries of a folder, in the order the system gives them.")
	def("scandir", c.osScandir, "scandir(path='.') -> iterator of DirEntry\n\nThe entries of a folder, in the order the system gives them.")
	def("stat", c.osStat, "stat(path, *, dir_fd=None, follow_symlinks=True) -> stat_result")
	def("lstat", c.osLstat, "lstat(path, *, dir_fd=None) -> stat_result\n\nstat() without following a symbolic link.")
	def("fstat", c.osFstat, "fstat(fd) -> stat_result")
	def("mkdir", c.osMkdir, "mkdir(path, mode=0o777, *, dir_fd=None)\n\nCreate a folder.")
	def("rmdir", c.osRmdir, "rmdir(path, *, dir_fd=None)\n\nRemove an empty folder.")
	def("remove", c.osRemove("remove"), "remove(path, *, dir_fd=None)\n\nRemove a file.")
	def("unlink", c.osRemove("unlink"), "unlink(path, *, dir_fd=None)\n\nRemove a file.")
	def("rename", c.osRename("rename"), "rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None)\n\nRename a file or folder.")
	def("replace", c.osRename("replace"), "replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None)\n\nRename a file or folder, replacing dst.")
	def("open", c.osOpen, "open(path, flags, mode=0o777, *, dir_fd=None) -> fd\n\nOpen a file at the descriptor level.")
	def("read", c.osRead, "read(fd, n) -> bytes")
	def("write", c.osWrite, "write(fd, data) -> int")
	def("close", c.osClose, "close(fd)\n\nReleases the file descriptor fd.")
	def("lseek", c.osLseek, "lseek(fd, position, whence) -> int")
	def("fdopen", c.osFdopen, "fdopen(fd, mode='r', buffering=-1, encoding=None, errors=None, newline=None)\n\nA file object for an open descriptor.")
	def("isatty", func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var fd py.Object
		if err := py.UnpackTuple(args, kwargs, "isatty", 1, 1, &fd); err != nil {
			return nil, err
		}
		n, err := osIntArg(fd)
		if err != nil {
			return nil, err
		}
		_, err = unix.IoctlGetTermios(n, unix.TCGETS)
		return py.NewBool(err == nil), nil
	}, "isatty(fd) -> bool")
	def("putenv", c.osPutenv, "putenv(key, value)\n\nSet an environment variable.")
	def("unsetenv", c.osUnsetenv, "unsetenv(key)\n\nRemove key from the process environment.")
	def("_environ", func(py.Object, py.Tuple, py.StringDict) (py.Object, error) {
		d := py.NewStringDict()
		var keys []py.Object
		for _, kv := range os.Environ() {
			k, v, _ := strings.Cut(kv, "=")
			if _, seen := d[k]; !seen {
				keys = append(keys, py.String(k))
			}
			d[k] = py.String(v)
		}
		out := py.NewList()
		for _, k := range keys {
			out.Append(py.Tuple{k, d[string(k.(py.String))]})
		}
		return out, nil
	}, "")
	def("getpid", intFunc(os.Getpid), "getpid() -> int")
	def("uname", func(py.Object, py.Tuple, py.StringDict) (py.Object, error) {
		fields, err := unameFields()
		if err != nil {
			return nil, err
		}
		return unameResult.make(fields, nil), nil
	}, "uname() -> uname_result: sysname, nodename, release, version, machine")
	def("getppid", intFunc(os.Getppid), "getppid() -> int")
	def("getuid", intFunc(os.Getuid), "getuid() -> int")
	def("geteuid", intFunc(os.Geteuid), "geteuid() -> int")
	def("getgid", intFunc(os.Getgid), "getgid() -> int")
	def("getegid", intFunc(os.Getegid), "getegid() -> int")
	def("cpu_count", intFunc(onlineCPUs), "cpu_count() -> int\n\nThe number of processors the system has online.")
	def("process_cpu_count", intFunc(runtime.NumCPU), "process_cpu_count() -> int\n\nThe number of processors this process may run on.")
	def("fsync", c.osSync("fsync", unix.Fsync), "fsync(fd)\n\nWrite a file's data and metadata to disk.")
	def("fdatasync", c.osSync("fdatasync", unix.Fdatasync), "fdatasync(fd)\n\nWrite a file's data to disk.")
	def("getloadavg", osGetloadavg, "getloadavg() -> (float, float, float)\n\nThe system's load averages over the last 1, 5 and 15 minutes.")
	def("sched_getaffinity", osSchedGetaffinity, "sched_getaffinity(pid) -> set\n\nThe processors process pid (0 for this one) may run on.")
	def("umask", func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var mask py.Object
		if err := py.UnpackTuple(args, kwargs, "umask", 1, 1, &mask); err != nil {
			return nil, err
		}
		n, err := osIntArg(mask)
		if err != nil {
			return nil, err
		}
		return py.Int(unix.Umask(n)), nil
	}, "umask(mask) -> previous mask")
	def("urandom", func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var size py.Object
		if err := py.UnpackTuple(args, kwargs, "urandom", 1, 1, &size); err != nil {
			return nil, err
		}
		n, err := osIntArg(size)
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, py.ExceptionNewf(py.ValueError, "negative argument not allowed")
		}
		b := make([]byte, n)
		_, _ = rand.Read(b)
		return py.Bytes(b), nil
	}, "urandom(size) -> bytes\n\nRandom bytes fit for cryptography.")
	def("strerror", func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var code py.Object
		if err := py.UnpackTuple(args, kwargs, "strerror", 1, 1, &code); err != nil {
			return nil, err
		}
		n, err := osIntArg(code)
		if err != nil {
			return nil, err
		}
		if n <= 0 || n >= 134 {
			return py.String(fmt.Sprintf("Unknown error %d", n)), nil
		}
		return py.String(strerror(syscall.Errno(n))), nil
	}, "strerror(code) -> str")
	def("access", c.osAccess, "access(path, mode) -> bool")
	def("chmod", c.osChmod, "chmod(path, mode, *, dir_fd=None, follow_symlinks=True)")
	def("chown", c.osChown, "chown(path, uid, gid, *, dir_fd=None, follow_symlinks=True)")
	def("utime", c.osUtime, "utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True)")
	def("symlink", c.osSymlink, "symlink(src, dst, target_is_directory=False, *, dir_fd=None)")
	def("readlink", c.osReadlink, "readlink(path, *, dir_fd=None) -> str")
	def("link", c.osLink, "link(src, dst, *, src_dir_fd=None, dst_dir_fd=None, follow_symlinks=True)")
	def("truncate", c.osTruncate, "truncate(path, length)")
	def("ftruncate", c.osFtruncate, "ftruncate(fd, length)")
	def("kill", c.osKill, "kill(pid, signal)")
	def("get_terminal_size", func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var fd py.Object = py.Int(1)
		if err := py.UnpackTuple(args, kwargs, "get_terminal_size", 0, 1, &fd); err != nil {
			return nil, err
		}
		n, err := osIntArg(fd)
		if err != nil {
			return nil, err
		}
		ws, err := unix.IoctlGetWinsize(n, unix.TIOCGWINSZ)
		if err != nil {
			return nil, sysError(err, nil, nil)
		}
		return terminalSize.make([]py.Object{py.Int(ws.Col), py.Int(ws.Row)}, nil), nil
	}, "get_terminal_size(fd=1) -> terminal_size")
	def("_audit_walk", func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(args) != 4 {
			return nil, py.ExceptionNewf(py.TypeError, "_audit_walk takes 4 arguments")
		}
		return py.None, c.audit(hooks.OSWalk, args...)
	}, "")
	g["terminal_size"] = terminalSize.typ
	g["stat_result"] = statResult.typ
	g["uname_result"] = unameResult.typ
	g["DirEntry"] = dirEntryType
	g["error"] = py.OSError
	for name, v := range map[string]int{
		"O_RDONLY": unix.O_RDONLY, "O_WRONLY": unix.O_WRONLY, "O_RDWR": unix.O_RDWR,
		"O_APPEND": unix.O_APPEND, "O_CREAT": unix.O_CREAT, "O_EXCL": unix.O_EXCL,
		"O_TRUNC": unix.O_TRUNC, "O_CLOEXEC": unix.O_CLOEXEC, "O_NONBLOCK": unix.O_NONBLOCK,
		"O_DIRECTORY": unix.O_DIRECTORY, "O_NOFOLLOW": unix.O_NOFOLLOW, "O_SYNC": unix.O_SYNC,
		"F_OK": unix.F_OK, "R_OK": unix.R_OK, "W_OK": unix.W_OK, "X_OK": unix.X_OK,
		"SEEK_SET": 0, "SEEK_CUR": 1, "SEEK_END": 2,
		"EX_OK": 0, "EX_USAGE": 64, "EX_DATAERR": 65, "EX_NOINPUT": 66, "EX_SOFTWARE": 70,
		"EX_OSERR": 71, "EX_IOERR": 74, "EX_TEMPFAIL": 75, "EX_NOPERM": 77, "EX_CONFIG": 78,
	} {
		g[name] = py.Int(v)
	}
}

func intFunc(f func() int) func(py.Object, py.Tuple, py.StringDict) (py.Object, error) {
	return func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if len(args) > 0 || len(kwargs) > 0 {
			return nil, py.ExceptionNewf(py.TypeError, "function takes no arguments")
		}
		return py.Int(f()), nil
	}
}

func (c *Context) osChdir(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var path py.Object
	if err := py.ParseTupleAndKeywords(args, kwargs, "O:chdir", []string{"path"}, &path); err != nil {
		return nil, err
	}
	p, _, err := pathArg("chdir", "path", path)
	if err != nil {
		return nil, err
	}
	if err := c.audit(hooks.OSChdir, path); err != nil {
		return nil, err
	}
	if err := unix.Chdir(p); err != nil {
		return nil, sysError(err, path, nil)
	}
	return py.None, nil
}

// dirArg reads the optional folder argument of listdir and scandir.
func dirArg(fn string, args py.Tuple, kwargs py.StringDict) (py.Object, string, bool, error) {
	var path py.Object = py.None
	if err := py.ParseTupleAndKeywords(args, kwargs, "|O:"+fn, []string{"path"}, &path); err != nil {
		return nil, "", false, err
	}
	if path == py.None {
		return py.String("."), ".", false, nil
	}
	p, isBytes, err := pathArg(fn, "path", path)
	if e, ok := err.(*py.Exception); ok && e.Type() == py.TypeError && strings.Contains(safeStr(e), "should be") {
		err = py.ExceptionNewf(py.TypeError, "%s: path should be string, bytes, os.PathLike, integer or None, not %s", fn, path.Type().Name)
	}
	return path, p, isBytes, err
}

// readDir reads the entries of a folder in the system's order.
func readDir(p string, path py.Object) ([]os.DirEntry, error) {
	f, err := os.Open(p)
	if err != nil {
		return nil, sysError(err, path, nil)
	}
	defer f.Close()
	entries, err := f.ReadDir(-1)
	if err != nil {
		return nil, sysError(err, path, nil)
	}
	return entries, nil
}

func (c *Context) osListdir(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	path, p, isBytes, err := dirArg("listdir", args, kwargs)
	if err != nil {
		return nil, err
	}
	if err := c.audit(hooks.OSListdir, path); err != nil {
		return nil, err
	}
	entries, err := readDir(p, path)
	if err != nil {
		return nil, err
	}
	out := make([]py.Object, len(entries))
	for i, e := range entries {
		out[i] = pathValue(e.Name(), isBytes)
	}
	return py.NewListFromItems(out), nil
}

func (c *Context) osMkdir(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var path, mode, dirFD py.Object = nil, py.Int(0o777), py.None
	if err := py.ParseTupleAndKeywords(args, kwargs, "O|OO:mkdir", []string{"path", "mode", "dir_fd"}, &path, &mode, &dirFD); err != nil {
		return nil, err
	}
	p, _, err := pathArg("mkdir", "path", path)
	if err != nil {
		return nil, err
	}
	m, err := osIntArg(mode)
	if err != nil {
		return nil, err
	}
	if err := c.audit(hooks.OSMkdir, path, mode, dirFD); err != nil {
		return nil, err
	}
	if err := noDirFD("mkdir", dirFD); err != nil {
		return nil, err
	}
	if err := unix.Mkdir(p, uint32(m)); err != nil {
		return nil, sysError(err, path, nil)
	}
	return py.None, nil
}

func (c *Context) osRmdir(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var path, dirFD py.Object = nil, py.None
	if err := py.ParseTupleAndKeywords(args, kwargs, "O|O:rmdir", []string{"path", "dir_fd"}, &path, &dirFD); err != nil {
		return nil, err
	}
	p, _, err := pathArg("rmdir", "path", path)
	if err != nil {
		return nil, err
	}
	if err := c.audit(hooks.OSRmdir, path, dirFD); err != nil {
		return nil, err
	}
	if err := noDirFD("rmdir", dirFD); err != nil {
		return nil, err
	}
	if err := unix.Rmdir(p); err != nil {
		return nil, sysError(err, path, nil)
	}
	return py.None, nil
}

// checkReservedPath refuses p when it names one of spython's own files
// (the link itself, not what it points to).
func (c *Context) checkReservedPath(p string) error {
	var st unix.Stat_t
	if unix.Lstat(p, &st) == nil {
		return c.reserved.checkFile(&st, p)
	}
	return nil
}

func (c *Context) osRemove(name string) func(py.Object, py.Tuple, py.StringDict) (py.Object, error) {
	return func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var path, dirFD py.Object = nil, py.None
		if err := py.ParseTupleAndKeywords(args, kwargs, "O|O:"+name, []string{"path", "dir_fd"}, &path, &dirFD); err != nil {
			return nil, err
		}
		p, _, err := pathArg(name, "path", path)
		if err != nil {
			return nil, err
		}
		if err := c.audit(hooks.OSRemove, path, dirFD); err != nil {
			return nil, err
		}
		if err := noDirFD(name, dirFD); err != nil {
			return nil, err
		}
		if err := c.checkReservedPath(p); err != nil {
			return nil, err
		}
		if err := unix.Unlink(p); err != nil {
			return nil, sysError(err, path, nil)
		}
		return py.None, nil
	}
}

func (c *Context) osRename(name string) func(py.Object, py.Tuple, py.StringDict) (py.Object, error) {
	return func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var src, dst, srcFD, dstFD py.Object = nil, nil, py.None, py.None
		if err := py.ParseTupleAndKeywords(args, kwargs, "OO|OO:"+name, []string{"src", "dst", "src_dir_fd", "dst_dir_fd"}, &src, &dst, &srcFD, &dstFD); err != nil {
			return nil, err
		}
		s, _, err := pathArg(name, "src", src)
		if err != nil {
			return nil, err
		}
		d, _, err := pathArg(name, "dst", dst)
		if err != nil {
			return nil, err
		}
		if err := c.audit(hooks.OSRename, src, dst, srcFD, dstFD); err != nil {
			return nil, err
		}
		if err := noDirFD(name, srcFD); err != nil {
			return nil, err
		}
		if err := noDirFD(name, dstFD); err != nil {
			return nil, err
		}
		if err := c.checkReservedPath(s); err != nil {
			return nil, err
		}
		if err := c.checkReservedPath(d); err != nil {
			return nil, err
		}
		if err := unix.Rename(s, d); err != nil {
			return nil, sysError(err, src, dst)
		}
		return py.None, nil
	}
}

// osOpen implements os.open: `open` is raised with the path, mode None
// and the flags given; O_CLOEXEC is added, as CPython makes descriptors
// non-inheritable. A write to one of spython's own files is refused
// before anything is truncated.
func (c *Context) osOpen(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var path, flags, mode, dirFD py.Object = nil, nil, py.Int(0o777), py.None
	if err := py.ParseTupleAndKeywords(args, kwargs, "OO|OO:open", []string{"path", "flags", "mode", "dir_fd"}, &path, &flags, &mode, &dirFD); err != nil {
		return nil, err
	}
	p, _, err := pathArg("open", "path", path)
	if err != nil {
		return nil, err
	}
	fl, err := osIntArg(flags)
	if err != nil {
		return nil, err
	}
	m, err := osIntArg(mode)
	if err != nil {
		return nil, err
	}
	if err := c.audit(hooks.Open, path, py.None, py.Int(fl|unix.O_CLOEXEC)); err != nil {
		return nil, err
	}
	if err := noDirFD("open", dirFD); err != nil {
		return nil, err
	}
	fd, err := unix.Open(p, (fl&^unix.O_TRUNC)|unix.O_CLOEXEC, uint32(m))
	if err != nil {
		return nil, sysError(err, path, nil)
	}
	var st unix.Stat_t
	if fl&(unix.O_WRONLY|unix.O_RDWR|unix.O_TRUNC) != 0 {
		if unix.Fstat(fd, &st) == nil {
			if err := c.reserved.checkFile(&st, p); err != nil {
				unix.Close(fd)
				return nil, err
			}
		}
	}
	if fl&unix.O_TRUNC != 0 && (st.Mode == 0 || st.Mode&unix.S_IFMT == unix.S_IFREG) {
		if err := unix.Ftruncate(fd, 0); err != nil {
			unix.Close(fd)
			return nil, sysError(err, path, nil)
		}
	}
	return py.Int(fd), nil
}

// fdArg reads a descriptor argument and refuses spython's own.
func (c *Context) fdArg(o py.Object) (int, error) {
	fd, err := osIntArg(o)
	if err != nil {
		return 0, err
	}
	if err := c.reserved.checkFD(fd); err != nil {
		return 0, err
	}
	return fd, nil
}

func (c *Context) osRead(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var fdObj, nObj py.Object
	if err := py.UnpackTuple(args, kwargs, "read", 2, 2, &fdObj, &nObj); err != nil {
		return nil, err
	}
	fd, err := c.fdArg(fdObj)
	if err != nil {
		return nil, err
	}
	n, err := osIntArg(nObj)
	if err != nil {
		return nil, err
	}
	if n < 0 {
		return nil, sysError(unix.EINVAL, nil, nil)
	}
	buf := make([]byte, n)
	got, err := unix.Read(fd, buf)
	if err != nil {
		return nil, sysError(err, nil, nil)
	}
	return py.Bytes(buf[:got]), nil
}

func (c *Context) osWrite(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var fdObj, data py.Object
	if err := py.UnpackTuple(args, kwargs, "write", 2, 2, &fdObj, &data); err != nil {
		return nil, err
	}
	fd, err := c.fdArg(fdObj)
	if err != nil {
		return nil, err
	}
	b, err := bytesLike(data)
	if err != nil {
		return nil, err
	}
	n, err := unix.Write(fd, b)
	if err != nil {
		return nil, sysError(err, nil, nil)
	}
	return py.Int(n), nil
}

func (c *Context) osClose(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var fdObj py.Object
	if err := py.ParseTupleAndKeywords(args, kwargs, "O:close", []string{"fd"}, &fdObj); err != nil {
		return nil, err
	}
	fd, err := c.fdArg(fdObj)
	if err != nil {
		return nil, err
	}
	if err := unix.Close(fd); err != nil {
		return nil, sysError(err, nil, nil)
	}
	return py.None, nil
}

func (c *Context) osLseek(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var fdObj, posObj, whenceObj py.Object
	if err := py.UnpackTuple(args, kwargs, "lseek", 3, 3, &fdObj, &posObj, &whenceObj); err != nil {
		return nil, err
	}
	fd, err := c.fdArg(fdObj)
	if err != nil {
		return nil, err
	}
	pos, err := osIntArg(posObj)
	if err != nil {
		return nil, err
	}
	whence, err := osIntArg(whenceObj)
	if err != nil {
		return nil, err
	}
	off, err := unix.Seek(fd, int64(pos), whence)
	if err != nil {
		return nil, sysError(err, nil, nil)
	}
	return py.Int(off), nil
}

// osFdopen implements os.fdopen: `open` is raised with the descriptor as
// the path, and the file object is the one open() makes.
func (c *Context) osFdopen(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var fdObj py.Object
	var mode py.Object = py.String("r")
	var buffering py.Object = py.Int(-1)
	var encoding, errs, newline py.Object = py.None, py.None, py.None
	if err := py.ParseTupleAndKeywords(args, kwargs, "O|OOOOO:fdopen", []string{"fd", "mode", "buffering", "encoding", "errors", "newline"},
		&fdObj, &mode, &buffering, &encoding, &errs, &newline); err != nil {
		return nil, err
	}
	m, ok := mode.(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "fdopen() argument 'mode' must be str, not %s", mode.Type().Name)
	}
	if _, err := parseMode(string(m)); err != nil {
		return nil, err
	}
	opts := fileOptions{mode: string(m), encoding: encoding, errors: errs, newline: newline}
	if err := checkFileOptions(opts); err != nil {
		return nil, err
	}
	fd, err := osIntArg(fdObj)
	if err != nil {
		return nil, err
	}
	if err := c.audit(hooks.Open, fdObj, py.String(normaliseMode(string(m))), py.Int(openFlags(string(m)))); err != nil {
		return nil, err
	}
	if err := c.reserved.checkFD(fd); err != nil {
		return nil, err
	}
	var st unix.Stat_t
	if err := unix.Fstat(fd, &st); err != nil {
		return nil, sysError(err, nil, nil)
	}
	return c.trackFile(newFileObject(os.NewFile(uintptr(fd), fmt.Sprint(fd)), py.Int(fd), opts))
}

func (c *Context) osPutenv(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var key, value py.Object
	if err := py.UnpackTuple(args, kwargs, "putenv", 2, 2, &key, &value); err != nil {
		return nil, err
	}
	k, _, err := pathArg("putenv", "name", key)
	if err != nil {
		return nil, err
	}
	v, _, err := pathArg("putenv", "value", value)
	if err != nil {
		return nil, err
	}
	if k == "" || strings.Contains(k, "=") {
		return nil, py.ExceptionNewf(py.ValueError, "illegal environment variable name")
	}
	if err := c.audit(hooks.OSPutenv, key, value); err != nil {
		return nil, err
	}
	if err := os.Setenv(k, v); err != nil {
		return nil, sysError(err, nil, nil)
	}
	return py.None, nil
}

func (c *Context) osUnsetenv(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var key py.Object
	if err := py.UnpackTuple(args, kwargs, "unsetenv", 1, 1, &key); err != nil {
		return nil, err
	}
	k, _, err := pathArg("unsetenv", "name", key)
	if err != nil {
		return nil, err
	}
	if k == "" || strings.Contains(k, "=") {
		return nil, py.ExceptionNewf(py.ValueError, "illegal environment variable name")
	}
	if err := c.audit(hooks.OSUnsetenv, key); err != nil {
		return nil, err
	}
	if err := os.Unsetenv(k); err != nil {
		return nil, sysError(err, nil, nil)
	}
	return py.None, nil
}

func (c *Context) osAccess(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var path, mode py.Object
	var dirFD, effective, follow py.Object = py.None, py.False, py.True
	if err := py.ParseTupleAndKeywords(args, kwargs, "OO|OOO:access", []string{"path", "mode", "dir_fd", "effective_ids", "follow_symlinks"}, &path, &mode, &dirFD, &effective, &follow); err != nil {
		return nil, err
	}
	p, _, err := pathArg("access", "path", path)
	if err != nil {
		return nil, err
	}
	m, err := osIntArg(mode)
	if err != nil {
		return nil, err
	}
	return py.NewBool(unix.Access(p, uint32(m)) == nil), nil
}

func (c *Context) osChmod(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var path, mode py.Object
	var dirFD, follow py.Object = py.None, py.True
	if err := py.ParseTupleAndKeywords(args, kwargs, "OO|OO:chmod", []string{"path", "mode", "dir_fd", "follow_symlinks"}, &path, &mode, &dirFD, &follow); err != nil {
		return nil, err
	}
	m, err := osIntArg(mode)
	if err != nil {
		return nil, err
	}
	if fd, ok := path.(py.Int); ok {
		if err := c.audit(hooks.OSChmod, path, mode, dirFD); err != nil {
			return nil, err
		}
		if err := c.reserved.checkFD(int(fd)); err != nil {
			return nil, err
		}
		if err := unix.Fchmod(int(fd), uint32(m)); err != nil {
			return nil, sysError(err, nil, nil)
		}
		return py.None, nil
	}
	p, _, err := pathArg("chmod", "path", path)
	if err != nil {
		return nil, err
	}
	if err := c.audit(hooks.OSChmod, path, mode, dirFD); err != nil {
		return nil, err
	}
	if err := noDirFD("chmod", dirFD); err != nil {
		return nil, err
	}
	if f, _ := py.MakeBool(follow); f == py.False {
		err = unix.Fchmodat(unix.AT_FDCWD, p, uint32(m), unix.AT_SYMLINK_NOFOLLOW)
	} else {
		err = unix.Chmod(p, uint32(m))
	}
	if err != nil {
		return nil, sysError(err, path, nil)
	}
	return py.None, nil
}

func (c *Context) osChown(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var path, uid, gid py.Object
	var dirFD, follow py.Object = py.None, py.True
	if err := py.ParseTupleAndKeywords(args, kwargs, "OOO|OO:chown", []string{"path", "uid", "gid", "dir_fd", "follow_symlinks"}, &path, &uid, &gid, &dirFD, &follow); err != nil {
		return nil, err
	}
	p, _, err := pathArg("chown", "path", path)
	if err != nil {
		return nil, err
	}
	u, err := osIntArg(uid)
	if err != nil {
		return nil, err
	}
	g, err := osIntArg(gid)
	if err != nil {
		return nil, err
	}
	if err := c.audit(hooks.OSChown, path, uid, gid, dirFD); err != nil {
		return nil, err
	}
	if err := noDirFD("chown", dirFD); err != nil {
		return nil, err
	}
	if f, _ := py.MakeBool(follow); f == py.False {
		err = unix.Lchown(p, u, g)
	} else {
		err = unix.Chown(p, u, g)
	}
	if err != nil {
		return nil, sysError(err, path, nil)
	}
	return py.None, nil
}

// timeArg reads a time in seconds (int or float) as nanoseconds.
func timeArg(o py.Object) (int64, error) {
	switch v := o.(type) {
	case py.Float:
		return int64(float64(v) * 1e9), nil
	}
	n, err := osIntArg(o)
	return int64(n) * 1e9, err
}

func (c *Context) osUtime(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var path, times, ns, dirFD, follow py.Object = nil, py.None, py.None, py.None, py.True
	if err := py.ParseTupleAndKeywords(args, kwargs, "O|OOOO:utime", []string{"path", "times", "ns", "dir_fd", "follow_symlinks"}, &path, &times, &ns, &dirFD, &follow); err != nil {
		return nil, err
	}
	p, _, err := pathArg("utime", "path", path)
	if err != nil {
		return nil, err
	}
	var ts []unix.Timespec
	pair := func(o py.Object, what string) (py.Tuple, error) {
		t, ok := o.(py.Tuple)
		if !ok || len(t) != 2 {
			return nil, py.ExceptionNewf(py.TypeError, "utime: '%s' must be a tuple of two ints", what)
		}
		return t, nil
	}
	switch {
	case times != py.None && ns != py.None:
		return nil, py.ExceptionNewf(py.ValueError, "utime: you may specify either 'times' or 'ns' but not both")
	case times != py.None:
		t, err := pair(times, "times")
		if err != nil {
			return nil, err
		}
		for _, x := range t {
			n, err := timeArg(x)
			if err != nil {
				return nil, err
			}
			ts = append(ts, unix.NsecToTimespec(n))
		}
	case ns != py.None:
		t, err := pair(ns, "ns")
		if err != nil {
			return nil, err
		}
		for _, x := range t {
			n, err := osIntArg(x)
			if err != nil {
				return nil, err
			}
			ts = append(ts, unix.NsecToTimespec(int64(n)))
		}
	}
	if err := c.audit(hooks.OSUtime, path, times, ns, dirFD); err != nil {
		return nil, err
	}
	if err := noDirFD("utime", dirFD); err != nil {
		return nil, err
	}
	flags := 0
	if f, _ := py.MakeBool(follow); f == py.False {
		flags = unix.AT_SYMLINK_NOFOLLOW
	}
	if ts == nil {
		err = unix.UtimesNanoAt(unix.AT_FDCWD, p, []unix.Timespec{{Nsec: unix.UTIME_NOW}, {Nsec: unix.UTIME_NOW}}, flags)
	} else {
		err = unix.UtimesNanoAt(unix.AT_FDCWD, p, ts, flags)
	}
	if err != nil {
		return nil, sysError(err, path, nil)
	}
	return py.None, nil
}

func (c *Context) osSymlink(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var src, dst, isDir, dirFD py.Object = nil, nil, py.False, py.None
	if err := py.ParseTupleAndKeywords(args, kwargs, "OO|OO:symlink", []string{"src", "dst", "target_is_directory", "dir_fd"}, &src, &dst, &isDir, &dirFD); err != nil {
		return nil, err
	}
	s, _, err := pathArg("symlink", "src", src)
	if err != nil {
		return nil, err
	}
	d, _, err := pathArg("symlink", "dst", dst)
	if err != nil {
		return nil, err
	}
	if err := c.audit(hooks.OSSymlink, src, dst, dirFD); err != nil {
		return nil, err
	}
	if err := noDirFD("symlink", dirFD); err != nil {
		return nil, err
	}
	if err := unix.Symlink(s, d); err != nil {
		return nil, sysError(err, src, dst)
	}
	return py.None, nil
}

func (c *Context) osReadlink(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var path, dirFD py.Object = nil, py.None
	if err := py.ParseTupleAndKeywords(args, kwargs, "O|O:readlink", []string{"path", "dir_fd"}, &path, &dirFD); err != nil {
		return nil, err
	}
	p, isBytes, err := pathArg("readlink", "path", path)
	if err != nil {
		return nil, err
	}
	if err := noDirFD("readlink", dirFD); err != nil {
		return nil, err
	}
	t, err := os.Readlink(p)
	if err != nil {
		return nil, sysError(err, path, nil)
	}
	return pathValue(t, isBytes), nil
}

func (c *Context) osLink(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var src, dst, srcFD, dstFD, follow py.Object = nil, nil, py.None, py.None, py.True
	if err := py.ParseTupleAndKeywords(args, kwargs, "OO|OOO:link", []string{"src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"}, &src, &dst, &srcFD, &dstFD, &follow); err != nil {
		return nil, err
	}
	s, _, err := pathArg("link", "src", src)
	if err != nil {
		return nil, err
	}
	d, _, err := pathArg("link", "dst", dst)
	if err != nil {
		return nil, err
	}
	if err := c.audit(hooks.OSLink, src, dst, srcFD, dstFD); err != nil {
		return nil, err
	}
	if err := noDirFD("link", srcFD); err != nil {
		return nil, err
	}
	if err := noDirFD("link", dstFD); err != nil {
		return nil, err
	}
	if err := unix.Link(s, d); err != nil {
		return nil, sysError(err, src, dst)
	}
	return py.None, nil
}

func (c *Context) osTruncate(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var path, length py.Object
	if err := py.ParseTupleAndKeywords(args, kwargs, "OO:truncate", []string{"path", "length"}, &path, &length); err != nil {
		return nil, err
	}
	if _, ok := path.(py.Int); ok {
		return c.osFtruncate(nil, py.Tuple{path, length}, nil)
	}
	p, _, err := pathArg("truncate", "path", path)
	if err != nil {
		return nil, err
	}
	n, err := osIntArg(length)
	if err != nil {
		return nil, err
	}
	if err := c.audit(hooks.OSTruncate, path, length); err != nil {
		return nil, err
	}
	var st unix.Stat_t
	if unix.Stat(p, &st) == nil {
		if err := c.reserved.checkFile(&st, p); err != nil {
			return nil, err
		}
	}
	if err := unix.Truncate(p, int64(n)); err != nil {
		return nil, sysError(err, path, nil)
	}
	return py.None, nil
}

func (c *Context) osFtruncate(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var fdObj, length py.Object
	if err := py.UnpackTuple(args, kwargs, "ftruncate", 2, 2, &fdObj, &length); err != nil {
		return nil, err
	}
	fd, err := osIntArg(fdObj)
	if err != nil {
		return nil, err
	}
	n, err := osIntArg(length)
	if err != nil {
		return nil, err
	}
	if err := c.audit(hooks.OSTruncate, fdObj, length); err != nil {
		return nil, err
	}
	if err := c.reserved.checkFD(fd); err != nil {
		return nil, err
	}
	if err := unix.Ftruncate(fd, int64(n)); err != nil {
		return nil, sysError(err, nil, nil)
	}
	return py.None, nil
}

func (c *Context) osKill(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var pidObj, sigObj py.Object
	if err := py.UnpackTuple(args, kwargs, "kill", 2, 2, &pidObj, &sigObj); err != nil {
		return nil, err
	}
	pid, err := osIntArg(pidObj)
	if err != nil {
		return nil, err
	}
	sig, err := osIntArg(sigObj)
	if err != nil {
		return nil, err
	}
	if err := c.audit(hooks.OSKill, pidObj, sigObj); err != nil {
		return nil, err
	}
	if err := unix.Kill(pid, syscall.Signal(sig)); err != nil {
		return nil, sysError(err, nil, nil)
	}
	return py.None, nil
}

// fdOrFileno reads a descriptor argument: an int, or an object whose
// fileno() gives one.
func fdOrFileno(o py.Object) (int, error) {
	if _, ok := o.(py.Int); !ok {
		m, err := getAttr(o, "fileno")
		if err != nil {
			return 0, py.ExceptionNewf(py.TypeError, "argument must be an int, or have a fileno() method.")
		}
		if o, err = pyCall(m, nil, nil); err != nil {
			return 0, err
		}
		if _, ok := o.(py.Int); !ok {
			return 0, py.ExceptionNewf(py.TypeError, "fileno() returned a non-integer")
		}
	}
	fd, err := osIntArg(o)
	if err != nil {
		return 0, err
	}
	if fd < 0 {
		return 0, py.ExceptionNewf(py.ValueError, "file descriptor cannot be a negative integer (%d)", fd)
	}
	return fd, nil
}

// osSync makes os.fsync and os.fdatasync, which flush a descriptor with
// sync.
func (c *Context) osSync(name string, sync func(int) error) func(py.Object, py.Tuple, py.StringDict) (py.Object, error) {
	return func(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		var fdObj py.Object
		if len(args) == 0 && len(kwargs) == 0 {
			return nil, py.ExceptionNewf(py.TypeError, "%s() missing required argument 'fd' (pos 1)", name)
		}
		if err := py.ParseTupleAndKeywords(args, kwargs, "O:"+name, []string{"fd"}, &fdObj); err != nil {
			return nil, err
		}
		fd, err := fdOrFileno(fdObj)
		if err != nil {
			return nil, err
		}
		if err := c.reserved.checkFD(fd); err != nil {
			return nil, err
		}
		if err := sync(fd); err != nil {
			return nil, sysError(err, nil, nil)
		}
		return py.None, nil
	}
}

// osGetloadavg is os.getloadavg: the load averages sysinfo(2) gives.
func osGetloadavg(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) > 0 || len(kwargs) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "posix.getloadavg() takes no arguments (%d given)", len(args)+len(kwargs))
	}
	var info unix.Sysinfo_t
	if err := unix.Sysinfo(&info); err != nil {
		return nil, py.ExceptionNewf(py.OSError, "Load averages are unobtainable")
	}
	load := func(v uint64) py.Object { return py.Float(float64(v) / (1 << unix.SI_LOAD_SHIFT)) }
	return py.Tuple{load(uint64(info.Loads[0])), load(uint64(info.Loads[1])), load(uint64(info.Loads[2]))}, nil
}

// osSchedGetaffinity is os.sched_getaffinity: the set of the processors
// a process may run on.
func osSchedGetaffinity(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) > 0 {
		return nil, py.ExceptionNewf(py.TypeError, "sched_getaffinity() takes no keyword arguments")
	}
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "posix.sched_getaffinity() takes exactly one argument (%d given)", len(args))
	}
	if _, ok := args[0].(py.Int); !ok {
		if _, err := indexBig(args[0]); err != nil {
			return nil, err
		}
	}
	pid, err := osIntArg(args[0])
	if err != nil || pid != int(int32(pid)) {
		return nil, py.ExceptionNewf(py.OverflowError, "signed integer is greater than maximum")
	}
	var set unix.CPUSet
	if err := unix.SchedGetaffinity(pid, &set); err != nil {
		return nil, sysError(err, nil, nil)
	}
	out := pyobj.NewSet()
	for i := 0; i < len(set)*64; i++ {
		if set.IsSet(i) {
			if err := out.Add(py.Int(i)); err != nil {
				return nil, err
			}
		}
	}
	return out, nil
}

// onlineCPUs is the number of processors online, as sysconf counts them
// from /sys/devices/system/cpu/online; the processors this process may
// use when that cannot be read.
func onlineCPUs() int {
	data, err := os.ReadFile("/sys/devices/system/cpu/online")
	if err != nil {
		return runtime.NumCPU()
	}
	n := 0
	for _, r := range strings.Split(strings.TrimSpace(string(data)), ",") {
		lo, hi, isRange := strings.Cut(r, "-")
		a, err1 := strconv.Atoi(lo)
		b, err2 := a, error(nil)
		if isRange {
			b, err2 = strconv.Atoi(hi)
		}
		if err1 != nil || err2 != nil || b < a {
			return runtime.NumCPU()
		}
		n += b - a + 1
	}
	return n
}

// abs is filepath.Abs without its error.
func abs(p string) string {
	a, err := filepath.Abs(p)
	if err != nil {
		return p
	}
	return a
}

// OSError's errno, strerror, filename and filename2: what the Go code that
// raised it recorded, or, for one a script made with OSError(errno,
// strerror[, filename[, winerror[, filename2]]]), its arguments.
func init() {
	attr := func(name string, index int) *py.Property {
		return &py.Property{Fget: func(o py.Object) (py.Object, error) {
			e, ok := o.(*py.Exception)
			if !ok {
				if inst, ok := o.(*Instance); ok {
					e, _ = inst.base.(*py.Exception)
				}
			}
			if e == nil {
				return py.None, nil
			}
			if v, ok := e.Dict[name]; ok {
				return v, nil
			}
			args, _ := e.Args.(py.Tuple)
			if len(args) >= 2 && len(args) <= 5 && index < len(args) {
				return args[index], nil
			}
			return py.None, nil
		}, Fset: func(o py.Object, v py.Object) error {
			if e, ok := o.(*py.Exception); ok {
				e.Dict[name] = v
			}
			return nil
		}}
	}
	py.OSError.Dict["errno"] = attr("errno", 0)
	py.OSError.Dict["strerror"] = attr("strerror", 1)
	py.OSError.Dict["filename"] = attr("filename", 2)
	py.OSError.Dict["filename2"] = attr("filename2", 4)
}

var unameResult = newStructSeqType("uname_result", "posix.uname_result", "The system's names, from uname(2).",
	[]string{"sysname", "nodename", "release", "version", "machine"}, nil)

// unameFields are the five names of uname(2), as strs.
func unameFields() ([]py.Object, error) {
	var u unix.Utsname
	if err := unix.Uname(&u); err != nil {
		return nil, osError(err)
	}
	field := func(b []byte) py.Object {
		if i := bytes.IndexByte(b, 0); i >= 0 {
			b = b[:i]
		}
		return py.String(string(b))
	}
	return []py.Object{field(u.Sysname[:]), field(u.Nodename[:]), field(u.Release[:]), field(u.Version[:]), field(u.Machine[:])}, nil
}
