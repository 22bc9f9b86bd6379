package hooks

// The table of every audit event spython raises. Names and argument names
// are CPython 3.13's wherever spython performs the same operation.
var (
	// Launch.
	RunFile            = register("cpython.run_file", "the main script, before it is opened", "filename")
	RunCommand         = register("cpython.run_command", "`-c CMD`, before the launch mode is checked", "command")
	RunModule          = register("cpython.run_module", "`-m MODULE`, before the launch mode is checked", "module-name")
	RunStdin           = register("cpython.run_stdin", "no script or `-`, before the launch mode is checked")
	RunInteractiveHook = register("cpython.run_interactivehook", "`-i`, before the launch mode is checked", "hook")

	// Code.
	Import  = register("import", "every module not imported yet (`import`, `from ... import`, `__import__`), before it is looked for; filename is None", "module", "filename", "sys.path", "sys.meta_path", "sys.path_hooks")
	Compile = register("compile", "the main script and every imported module (source is None for the main script, the bytes read for a module), `compile()`, `exec()` and `eval()` of a string", "source", "filename")
	Exec    = register("exec", "the main script and every module body before they run, `exec()` and `eval()`", "code_object")
	Verify  = register("spython.verify", "every decision of the verified-open gate on a code file (the main script, each module, `io.open_code`), after `open`: verdict is ok or refused; path is resolved when the file could be opened, sha256 is None when it was not read", "path", "sha256", "verdict", "reason")
	Open    = register("open", "`open()`, `io.open()`, `io.open_code()`, `os.fdopen()` and every code file read by the importer, before the file is opened; mode is normalised (`'rb'` is `'r'`)", "path", "mode", "flags")

	// Operating system.
	OSSystem   = register("os.system", "`os.system()`; the command as bytes", "command")
	OSChdir    = register("os.chdir", "`os.chdir()`", "path")
	OSListdir  = register("os.listdir", "`os.listdir()`", "path")
	OSMkdir    = register("os.mkdir", "`os.mkdir()`, and `os.makedirs()` for each folder it creates", "path", "mode", "dir_fd")
	OSRemove   = register("os.remove", "`os.remove()`", "path", "dir_fd")
	OSRmdir    = register("os.rmdir", "`os.rmdir()`, and `os.removedirs()` for each folder it removes", "path", "dir_fd")
	OSPutenv   = register("os.putenv", "`os.putenv()`", "key", "value")
	OSUnsetenv = register("os.unsetenv", "`os.unsetenv()`", "key")

	TimeSleep       = register("time.sleep", "`time.sleep()`, before the argument is checked", "secs")
	GlobGlob        = register("glob.glob", "`glob.glob()`", "pathname", "recursive")
	TempfileMkstemp = register("tempfile.mkstemp", "`tempfile.mkstemp()`, before the file is created (then `open` with mode None, as CPython's os.open raises it)", "fullpath")
	TempfileMkdtemp = register("tempfile.mkdtemp", "`tempfile.mkdtemp()`, before the folder is created", "fullpath")

	BuiltinsInput       = register("builtins.input", "`input()`, before the prompt is written", "prompt")
	BuiltinsInputResult = register("builtins.input/result", "`input()`, after the line is read (always; CPython raises it only when stdin is a terminal)", "result")

	// Introspection and monkeypatching.
	ObjectSetattr = register("object.__setattr__", "setting `__code__`, `__defaults__`, `__kwdefaults__` of a function, `__name__`, `__qualname__`, `__bases__`, `__module__`, `__doc__` of a class, and `__class__` of an instance", "obj", "name", "value")
	ObjectDelattr = register("object.__delattr__", "deleting the attributes that raise `object.__setattr__`", "obj", "name")
	ObjectGetattr = register("object.__getattr__", "reading `__code__`, `__defaults__` or `__kwdefaults__` of a function", "obj", "name")

	// Audit hooks.
	SysAddaudithook = register("sys.addaudithook", "`sys.addaudithook()`, before the hook is added")
	SysGetframe     = register("sys._getframe", "`sys._getframe()`, before the caller's frame is returned", "frame")

	// Files and processes of the standard library (os, shutil).
	OSScandir      = register("os.scandir", "`os.scandir()`, and `os.walk()`, `glob.glob()`, `shutil.copytree()` and `shutil.rmtree()` for each folder they read", "path")
	OSWalk         = register("os.walk", "`os.walk()`, before the first folder is read", "top", "topdown", "onerror", "followlinks")
	OSRename       = register("os.rename", "`os.rename()`, `os.replace()`, and `shutil.move()` when it renames", "src", "dst", "src_dir_fd", "dst_dir_fd")
	OSChmod        = register("os.chmod", "`os.chmod()`, and `shutil.copymode()`, `shutil.copystat()`, `shutil.copy()`, `shutil.copy2()`", "path", "mode", "dir_fd")
	OSChown        = register("os.chown", "`os.chown()`", "path", "uid", "gid", "dir_fd")
	OSUtime        = register("os.utime", "`os.utime()`, and `shutil.copystat()`, `shutil.copy2()`", "path", "times", "ns", "dir_fd")
	OSSymlink      = register("os.symlink", "`os.symlink()`, and `shutil.copytree()` for the links it copies as links", "src", "dst", "dir_fd")
	OSLink         = register("os.link", "`os.link()`", "src", "dst", "src_dir_fd", "dst_dir_fd")
	OSTruncate     = register("os.truncate", "`os.truncate()`, `os.ftruncate()`", "fd", "length")
	OSKill         = register("os.kill", "`os.kill()`", "pid", "sig")
	ShutilCopyfile = register("shutil.copyfile", "`shutil.copyfile()`, `shutil.copy()`, `shutil.copy2()`, before the files are opened (each then raises `open`)", "src", "dst")
	ShutilCopymode = register("shutil.copymode", "`shutil.copymode()`, `shutil.copy()`", "src", "dst")
	ShutilCopystat = register("shutil.copystat", "`shutil.copystat()`, `shutil.copy2()`, `shutil.copytree()`", "src", "dst")
	ShutilCopytree = register("shutil.copytree", "`shutil.copytree()`", "src", "dst")
	ShutilRmtree   = register("shutil.rmtree", "`shutil.rmtree()`, `tempfile.TemporaryDirectory` cleanup (then `os.scandir`, `os.remove` and `os.rmdir` for what it reads and removes)", "path", "dir_fd")
	ShutilMove     = register("shutil.move", "`shutil.move()`", "src", "dst")
	GlobGlob2      = register("glob.glob/2", "`glob.glob()` and `glob.iglob()`, right after `glob.glob`", "pathname", "recursive", "root_dir", "dir_fd")

	// Processes and the network.
	SubprocessPopen     = register("subprocess.Popen", "every child process `subprocess` starts (`run`, `call`, `check_call`, `check_output`, `getoutput`, `getstatusoutput`, `Popen`), before anything starts; executable is the program as given (`/bin/sh` for `shell=True`), before the PATH lookup", "executable", "args", "cwd", "env")
	SocketNew           = register("socket.__new__", "every socket object created (`socket()`, each end of `socketpair()`, each `accept()`ed connection, `create_connection()`), before the socket is made", "self", "family", "type", "protocol")
	SocketBind          = register("socket.bind", "`socket.bind()` and `create_connection(source_address=...)`, with the address as given", "self", "address")
	SocketConnect       = register("socket.connect", "`socket.connect()`, `socket.connect_ex()` and each address `create_connection()` tries, with the address as given, before it is resolved", "self", "address")
	SocketSendto        = register("socket.sendto", "`socket.sendto()`, with the address as given", "self", "address")
	SocketGetaddrinfo   = register("socket.getaddrinfo", "`socket.getaddrinfo()` and `create_connection()`, before the name is resolved", "host", "port", "family", "type", "protocol")
	SocketGethostname   = register("socket.gethostname", "`socket.gethostname()`")
	SocketGethostbyname = register("socket.gethostbyname", "`socket.gethostbyname()`, before the name is resolved", "hostname")
	SocketGethostbyaddr = register("socket.gethostbyaddr", "`socket.gethostbyaddr()` and `socket.getfqdn()`, before the address is looked up", "ip_address")
	SocketGetnameinfo   = register("socket.getnameinfo", "`socket.getnameinfo()`", "sockaddr")
)

// Gap is an operation spython does not audit, and why.
type Gap struct {
	Operation string
	Why       string
}

// NotAudited lists what a script can do without raising an event.
var NotAudited = []Gap{
	{"reading and writing a file already opened", "as in CPython: the `open` event is the decision point"},
	{"`os.getcwd()`, `os.getpid()`, `os.getenv()`, reading `os.environ`", "read-only facts about the process; CPython does not audit them either"},
	{"`os.close()`, `os._exit()`", "CPython does not audit them; `os._exit` ends the process without running cleanup"},
	{"`time.clock_settime()`", "setting the system clock needs CAP_SYS_TIME, which a script run by spython should not hold; CPython does not audit it"},
	{"`marshal`", "the module is not available in spython: bytecode never becomes code"},
	{"reading other attributes", "ordinary introspection; gpython has no frame, traceback or generator attributes that expose code"},
	{"`sys._getframe()`, `sys._current_frames()`, `sys.settrace()`, `sys.setprofile()`", "not implemented by gpython (they raise NotImplementedError or do nothing): there are no frame objects or tracers to reach"},
	{"`sys.excepthook`", "spython prints uncaught exceptions itself and never calls sys.excepthook"},
	{"assigning `obj.__class__`", "has no effect in gpython: the object keeps its class"},
}
