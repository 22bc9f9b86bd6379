package interp

import (
	_ "embed"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/go-python/gpython/py"
	"golang.org/x/sys/unix"

	"github.com/spython/spython/hooks"
	"github.com/spython/spython/interp/pyobj"
)

// The subprocess module. Its classes (Popen, CompletedProcess, the
// errors) are Python, in stdlib/subprocess.py; every child is started by
// one Go primitive, _spawn, which raises subprocess.Popen with what it is
// about to run, before anything starts, and derives what it runs from the
// same values: no argument a script passes can make the event say one
// thing and the child be another.
//
// Children never inherit spython's descriptors: every descriptor above 2
// is marked close-on-exec before a child starts (CPython's close_fds=True),
// and a descriptor of spython's own (the audit log) is refused as a
// child's stdin, stdout or stderr.

//go:embed stdlib/subprocess.py
var subprocessSource string

// Values of the stdin, stdout and stderr arguments, as in CPython.
const (
	spPIPE    = -1
	spSTDOUT  = -2
	spDEVNULL = -3
)

func init() {
	registerStdlib("subprocess", "Run child programs, optionally with pipes to their standard streams.", setupSubprocess, subprocessSource)
}

var procHandleType = py.NewType("subprocess._Child", "A child process started by _spawn.")

// procHandle is a running or finished child.
type procHandle struct {
	cmd  *exec.Cmd
	done chan struct{} // closed once the child is reaped
	code int           // its returncode, valid once done is closed

	// communicate's readers and writer, started by its first call and kept
	// across a timeout, as CPython keeps what it read so far.
	comm *communication
}

func (p *procHandle) Type() *py.Type { return procHandleType }

type communication struct {
	wg       sync.WaitGroup
	finished chan struct{}
	mu       sync.Mutex // guards out and err while the readers run
	out, err []byte
	hasOut   bool
	hasErr   bool
	files    []*os.File // the pipes the readers and the writer use
}

// release closes the pipes communicate still reads: a grandchild that
// holds them open no longer keeps a reader waiting.
func (cm *communication) release() {
	for _, f := range cm.files {
		f.Close()
	}
}

// sofar is what a stream read until now: None before any byte, as
// CPython's TimeoutExpired has it.
func (cm *communication) sofar(p *[]byte) py.Object {
	cm.mu.Lock()
	defer cm.mu.Unlock()
	b := *p
	if len(b) == 0 {
		return py.None
	}
	return py.Bytes(append([]byte(nil), b...))
}

func setupSubprocess(c *Context, m *py.Module) error {
	g := m.Globals
	g["PIPE"] = py.Int(spPIPE)
	g["STDOUT"] = py.Int(spSTDOUT)
	g["DEVNULL"] = py.Int(spDEVNULL)
	g["_spawn"] = c.method("_spawn", c.spawn, "_spawn(args, executable, shell, cwd, env, stdin, stdout, stderr, text, encoding, errors, reap)")
	g["_wait"] = c.method("_wait", c.childWait, "_wait(child, timeout) -> returncode, or None when the timeout ran out")
	g["_poll"] = c.method("_poll", func(_ py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
		p, err := childArg(args, 1)
		if err != nil {
			return nil, err
		}
		select {
		case <-p.done:
			return py.Int(p.code), nil
		default:
			return py.None, nil
		}
	}, "_poll(child) -> returncode or None")
	g["_signal"] = c.method("_signal", func(_ py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
		p, err := childArg(args, 2)
		if err != nil {
			return nil, err
		}
		sig, ok := args[1].(py.Int)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "an integer is required")
		}
		select {
		case <-p.done:
			return py.None, nil
		default:
		}
		if err := p.cmd.Process.Signal(syscall.Signal(sig)); err != nil && !errors.Is(err, os.ErrProcessDone) {
			return nil, osError(err)
		}
		return py.None, nil
	}, "_signal(child, signal)")
	g["_release"] = c.method("_release", func(_ py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
		p, err := childArg(args, 1)
		if err != nil {
			return nil, err
		}
		if p.comm != nil {
			p.comm.release()
		}
		return py.None, nil
	}, "_release(child)\n\nClose the pipes communicate reads.")
	g["_communicate"] = c.method("_communicate", c.communicate, "_communicate(child, stdin, stdout, stderr, input, timeout) -> (out, err, finished)")
	return nil
}

func childArg(args py.Tuple, n int) (*procHandle, error) {
	if len(args) != n {
		return nil, py.ExceptionNewf(py.TypeError, "expected %d arguments, got %d", n, len(args))
	}
	p, ok := args[0].(*procHandle)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "expected a child process, not %s", args[0].Type().Name)
	}
	return p, nil
}

// fsArg is a str, bytes or os.PathLike argument as a string.
func fsArg(o py.Object) (string, error) {
	switch v := o.(type) {
	case py.String:
		return string(v), nil
	case py.Bytes:
		return string(v), nil
	}
	if fspath, err := py.GetAttrString(o, "__fspath__"); err == nil {
		r, err := py.Call(fspath, nil, nil)
		if err != nil {
			return "", err
		}
		switch v := r.(type) {
		case py.String:
			return string(v), nil
		case py.Bytes:
			return string(v), nil
		}
	}
	return "", py.ExceptionNewf(py.TypeError, "expected str, bytes or os.PathLike object, not %s", o.Type().Name)
}

// spawnArgs are _spawn's arguments.
type spawnArgs struct {
	args, executable, shell, cwd, env, stdin, stdout, stderr, text, encoding, errors, reap py.Object
}

// spawn implements _spawn: it works out what to run, raises
// subprocess.Popen(executable, args, cwd, env), and starts the child. It
// returns (child, pid, stdin, stdout, stderr) where each stream is a file
// object for PIPE and None otherwise.
func (c *Context) spawn(_ py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var a spawnArgs
	if err := py.UnpackTuple(args, kwargs, "_spawn", 12, 12, &a.args, &a.executable, &a.shell, &a.cwd, &a.env,
		&a.stdin, &a.stdout, &a.stderr, &a.text, &a.encoding, &a.errors, &a.reap); err != nil {
		return nil, err
	}
	// What runs: argv, and the program (before the PATH lookup).
	var argv []py.Object
	switch v := a.args.(type) {
	case py.String, py.Bytes:
		argv = []py.Object{v}
	default:
		if _, err := fsArg(v); err == nil {
			argv = []py.Object{v}
			break
		}
		if err := forEach(a.args, func(o py.Object) error {
			argv = append(argv, o)
			return nil
		}); err != nil {
			return nil, err
		}
	}
	shell := py.Object(py.False)
	if t, err := py.MakeBool(a.shell); err == nil {
		shell = t
	}
	if shell == py.True {
		sh := py.Object(py.String("/bin/sh"))
		if a.executable != py.None {
			sh = a.executable
		}
		argv = append([]py.Object{sh, py.String("-c")}, argv...)
	}
	if len(argv) == 0 {
		return nil, py.ExceptionNewf(py.IndexError, "list index out of range")
	}
	program := argv[0]
	if a.executable != py.None {
		program = a.executable
	}
	eventArgs := py.NewListFromItems(append([]py.Object(nil), argv...))
	if err := c.audit(hooks.SubprocessPopen, program, eventArgs, a.cwd, a.env); err != nil {
		return nil, err
	}

	strArgs := make([]string, len(argv))
	for i, o := range argv {
		s, err := fsArg(o)
		if err != nil {
			return nil, err
		}
		if strings.IndexByte(s, 0) >= 0 {
			return nil, py.ExceptionNewf(py.ValueError, "embedded null byte")
		}
		strArgs[i] = s
	}
	prog, err := fsArg(program)
	if err != nil {
		return nil, err
	}
	env, err := childEnv(a.env)
	if err != nil {
		return nil, err
	}
	cmd := &exec.Cmd{Args: strArgs, Env: env}
	if a.cwd != py.None {
		dir, err := fsArg(a.cwd)
		if err != nil {
			return nil, err
		}
		if err := unix.Access(dir, unix.X_OK); err != nil {
			return nil, osError(&os.PathError{Op: "chdir", Path: dir, Err: err})
		}
		if st, err := os.Stat(dir); err == nil && !st.IsDir() {
			return nil, osError(&os.PathError{Op: "chdir", Path: dir, Err: syscall.ENOTDIR})
		}
		cmd.Dir = dir
	}
	path, err := lookExecutable(prog, cmd.Dir, env)
	if err != nil {
		return nil, err
	}
	cmd.Path = path
	if r, _ := py.MakeBool(a.reap); r == py.True {
		// run(), call() and their kind wait for the child: if spython dies
		// (--timeout, a signal) before it ends, the child dies with it.
		cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	}

	text, _ := py.MakeBool(a.text)
	var parentEnds []*os.File // our ends of the pipes, wrapped below
	var childEnds []*os.File  // closed once the child has them
	closeAll := func() {
		for _, f := range childEnds {
			f.Close()
		}
		for _, f := range parentEnds {
			if f != nil {
				f.Close()
			}
		}
	}
	streams := make([]py.Object, 3)
	for i, spec := range []py.Object{a.stdin, a.stdout, a.stderr} {
		streams[i] = py.None
		var f *os.File
		switch v := spec.(type) {
		case py.NoneType:
			f = []*os.File{os.Stdin, os.Stdout, os.Stderr}[i]
		case py.Int:
			switch {
			case v == spPIPE:
				r, w, err := os.Pipe()
				if err != nil {
					closeAll()
					return nil, osError(err)
				}
				child, parent := r, w
				if i > 0 {
					child, parent = w, r
				}
				childEnds = append(childEnds, child)
				parentEnds = append(parentEnds, parent)
				f = child
				mode := "rb"
				if i == 0 {
					mode = "wb"
				}
				opts := fileOptions{mode: mode, encoding: py.None, errors: py.None, newline: py.None}
				if text == py.True {
					opts.mode = mode[:1]
					opts.encoding, opts.errors = a.encoding, a.errors
				}
				fo, err := newFileObject(parent, py.Int(parent.Fd()), opts)
				if err != nil {
					parentEnds[len(parentEnds)-1] = nil
					closeAll()
					return nil, err
				}
				streams[i] = fo
			case v == spDEVNULL:
				dn, err := os.OpenFile(os.DevNull, os.O_RDWR, 0)
				if err != nil {
					closeAll()
					return nil, osError(err)
				}
				childEnds = append(childEnds, dn)
				f = dn
			case v == spSTDOUT && i == 2:
				f = nil // set below, once stdout is known
			case v >= 0:
				if err := c.reserved.checkFD(int(v)); err != nil {
					closeAll()
					return nil, err
				}
				fd, err := unix.FcntlInt(uintptr(v), unix.F_DUPFD_CLOEXEC, 3)
				if err != nil {
					closeAll()
					return nil, osError(err)
				}
				dup := os.NewFile(uintptr(fd), "fd")
				childEnds = append(childEnds, dup)
				f = dup
			default:
				closeAll()
				return nil, py.ExceptionNewf(py.ValueError, "bad file descriptor for the child's standard stream: %d", int(v))
			}
		default:
			closeAll()
			return nil, py.ExceptionNewf(py.TypeError, "the child's standard streams must be None, PIPE, DEVNULL, STDOUT, a file descriptor or a file object, not %s", spec.Type().Name)
		}
		switch i {
		case 0:
			cmd.Stdin = f
		case 1:
			cmd.Stdout = f
		case 2:
			if f == nil {
				cmd.Stderr = cmd.Stdout
			} else {
				cmd.Stderr = f
			}
		}
	}

	markCloseOnExec()
	startErr := cmd.Start()
	for _, f := range childEnds {
		f.Close()
	}
	if startErr != nil {
		for _, f := range parentEnds {
			f.Close()
		}
		var errno syscall.Errno
		if errors.As(startErr, &errno) {
			name := prog
			if errno == syscall.ENOENT || errno == syscall.EACCES || errno == syscall.ENOEXEC {
				return nil, osError(&os.PathError{Op: "exec", Path: name, Err: errno})
			}
			return nil, osError(errno)
		}
		return nil, py.ExceptionNewf(py.OSError, "%v", startErr)
	}
	p := &procHandle{cmd: cmd, done: make(chan struct{})}
	go func() {
		state, _ := cmd.Process.Wait()
		if state != nil {
			if ws, ok := state.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
				p.code = -int(ws.Signal())
			} else {
				p.code = state.ExitCode()
			}
		}
		close(p.done)
	}()
	return py.Tuple{p, py.Int(cmd.Process.Pid), streams[0], streams[1], streams[2]}, nil
}

// lookExecutable finds prog as CPython does: a name with a slash is run
// as it is (relative to the child's folder); a bare name is looked for in
// the PATH of the child's environment, or os.defpath when it has none.
// The errors are CPython's: FileNotFoundError or PermissionError naming
// prog.
func lookExecutable(prog string, cwd string, env []string) (string, error) {
	notFound := func(err error) error {
		return osError(&os.PathError{Op: "exec", Path: prog, Err: err})
	}
	if prog == "" {
		return "", notFound(syscall.ENOENT)
	}
	check := func(path string) error {
		if cwd != "" && !filepath.IsAbs(path) {
			path = filepath.Join(cwd, path)
		}
		var st unix.Stat_t
		if err := unix.Stat(path, &st); err != nil {
			return err
		}
		if st.Mode&unix.S_IFMT != unix.S_IFREG {
			return syscall.EACCES
		}
		return unix.Access(path, unix.X_OK)
	}
	if strings.Contains(prog, "/") {
		if err := check(prog); err != nil {
			return "", notFound(err)
		}
		return prog, nil
	}
	pathList := "/bin:/usr/bin"
	for _, kv := range env {
		if v, ok := strings.CutPrefix(kv, "PATH="); ok {
			pathList = v
		}
	}
	var firstErr error
	for _, d := range strings.Split(pathList, ":") {
		if d == "" {
			d = "."
		}
		candidate := filepath.Join(d, prog)
		if !strings.Contains(candidate, "/") {
			candidate = "./" + candidate
		}
		err := check(candidate)
		if err == nil {
			return candidate, nil
		}
		if firstErr == nil && !errors.Is(err, syscall.ENOENT) && !errors.Is(err, syscall.ENOTDIR) {
			firstErr = err
		}
	}
	if firstErr != nil {
		return "", notFound(firstErr)
	}
	return "", notFound(syscall.ENOENT)
}

// childEnv is the child's environment: the process's own for None, else
// the mapping's items.
func childEnv(env py.Object) ([]string, error) {
	if env == py.None {
		return os.Environ(), nil
	}
	out := []string{}
	add := func(k, v py.Object) error {
		ks, err := fsArg(k)
		if err != nil {
			return err
		}
		vs, err := fsArg(v)
		if err != nil {
			return err
		}
		if ks == "" || strings.ContainsAny(ks, "=\x00") {
			return py.ExceptionNewf(py.ValueError, "illegal environment variable name")
		}
		if strings.IndexByte(vs, 0) >= 0 {
			return py.ExceptionNewf(py.ValueError, "embedded null byte")
		}
		out = append(out, ks+"="+vs)
		return nil
	}
	switch d := env.(type) {
	case *pyobj.Dict:
		return out, d.Items(add)
	case py.StringDict:
		for k, v := range d {
			if err := add(py.String(k), v); err != nil {
				return nil, err
			}
		}
		return out, nil
	}
	keys, err := py.GetAttrString(env, "keys")
	if err != nil {
		return nil, err
	}
	ks, err := py.Call(keys, nil, nil)
	if err != nil {
		return nil, err
	}
	err = forEach(ks, func(k py.Object) error {
		v, err := py.GetItem(env, k)
		if err != nil {
			return err
		}
		return add(k, v)
	})
	return out, err
}

// markCloseOnExec marks every descriptor above 2 close-on-exec, so that a
// child gets only its three standard streams.
func markCloseOnExec() {
	entries, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		return
	}
	for _, e := range entries {
		if fd, err := strconv.Atoi(e.Name()); err == nil && fd > 2 {
			unix.CloseOnExec(fd)
		}
	}
}

// timeoutArg is a timeout argument: None (wait for ever) or seconds.
func timeoutArg(o py.Object) (time.Duration, bool, error) {
	switch v := o.(type) {
	case py.NoneType:
		return 0, false, nil
	case py.Int:
		return time.Duration(v) * time.Second, true, nil
	case py.Float:
		return time.Duration(float64(v) * float64(time.Second)), true, nil
	}
	return 0, false, py.ExceptionNewf(py.TypeError, "timeout must be a number or None, not %s", o.Type().Name)
}

// waitFor waits for ch, the timeout, or SIGINT (KeyboardInterrupt). It
// reports whether ch was closed.
func (c *Context) waitFor(ch <-chan struct{}, timeout py.Object) (bool, error) {
	d, limited, err := timeoutArg(timeout)
	if err != nil {
		return false, err
	}
	var expire <-chan time.Time
	if limited {
		t := time.NewTimer(max(d, 0))
		defer t.Stop()
		expire = t.C
	}
	for {
		select {
		case <-ch:
			return true, nil
		case <-expire:
			select {
			case <-ch:
				return true, nil
			default:
			}
			return false, nil
		case <-c.interrupt:
			if err := c.takeInterrupt(); err != nil {
				return false, err
			}
		}
	}
}

// childWait implements _wait(child, timeout).
func (c *Context) childWait(_ py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
	p, err := childArg(args, 2)
	if err != nil {
		return nil, err
	}
	ok, err := c.waitFor(p.done, args[1])
	if err != nil || !ok {
		return py.None, err
	}
	return py.Int(p.code), nil
}

// fileOf is the file object of a pipe, or nil for None.
func fileOf(o py.Object) (*fileObject, error) {
	if o == py.None {
		return nil, nil
	}
	f, ok := o.(*fileObject)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "expected a pipe, not %s", o.Type().Name)
	}
	return f, nil
}

// communicate implements _communicate(child, stdin, stdout, stderr,
// input, timeout): it writes input to stdin and closes it, reads stdout
// and stderr to their ends, and waits for the child. On a timeout it
// returns finished=False; the reading goes on, and the next call picks
// it up.
func (c *Context) communicate(_ py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
	if len(args) != 6 {
		return nil, py.ExceptionNewf(py.TypeError, "_communicate expects 6 arguments")
	}
	p, err := childArg(args[:1], 1)
	if err != nil {
		return nil, err
	}
	if p.comm == nil {
		in, err := fileOf(args[1])
		if err != nil {
			return nil, err
		}
		out, err := fileOf(args[2])
		if err != nil {
			return nil, err
		}
		errf, err := fileOf(args[3])
		if err != nil {
			return nil, err
		}
		var input []byte
		switch v := args[4].(type) {
		case py.NoneType:
		case py.Bytes:
			input = []byte(v)
		case *ByteArray:
			input = v.b
		case py.String:
			if in != nil {
				if input, err = in.encodeText(string(v)); err != nil {
					return nil, err
				}
			}
		default:
			return nil, py.ExceptionNewf(py.TypeError, "memoryview: a bytes-like object is required, not '%s'", v.Type().Name)
		}
		cm := &communication{finished: make(chan struct{})}
		p.comm = cm
		if in != nil && !in.closed {
			in.closed = true
			f := in.f
			cm.files = append(cm.files, f)
			cm.wg.Add(1)
			go func() {
				defer cm.wg.Done()
				if len(input) > 0 {
					_, _ = f.Write(input) // EPIPE: the child did not read it all
				}
				f.Close()
			}()
		}
		reader := func(fo *fileObject, dst *[]byte, has *bool) {
			if fo == nil {
				return
			}
			*has = true
			if fo.closed {
				return
			}
			fo.closed = true
			*dst = append([]byte(nil), fo.rbuf...)
			fo.rbuf = nil
			f := fo.f
			cm.files = append(cm.files, f)
			cm.wg.Add(1)
			go func() {
				defer cm.wg.Done()
				defer f.Close()
				buf := make([]byte, 32*1024)
				for {
					n, err := f.Read(buf)
					cm.mu.Lock()
					*dst = append(*dst, buf[:n]...)
					cm.mu.Unlock()
					if err != nil {
						return
					}
				}
			}()
		}
		reader(out, &cm.out, &cm.hasOut)
		reader(errf, &cm.err, &cm.hasErr)
		go func() {
			cm.wg.Wait()
			<-p.done
			close(cm.finished)
		}()
	}
	ok, err := c.waitFor(p.comm.finished, args[5])
	if err != nil {
		return nil, err
	}
	if !ok {
		cm := p.comm
		return py.Tuple{cm.sofar(&cm.out), cm.sofar(&cm.err), py.False}, nil
	}
	cm := p.comm
	result := py.Tuple{py.None, py.None, py.True}
	cm.mu.Lock()
	defer cm.mu.Unlock()
	if cm.hasOut {
		result[0] = py.Bytes(cm.out)
	}
	if cm.hasErr {
		result[1] = py.Bytes(cm.err)
	}
	return result, nil
}
