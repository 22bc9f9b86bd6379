"""Run child programs, optionally with pipes to their standard streams.

Every child is started by _spawn, which raises the subprocess.Popen audit
event before anything runs.
"""

import os as _os
import sys as _sys

__all__ = [
    "CalledProcessError",
    "CompletedProcess",
    "DEVNULL",
    "PIPE",
    "Popen",
    "STDOUT",
    "SubprocessError",
    "TimeoutExpired",
    "call",
    "check_call",
    "check_output",
    "getoutput",
    "getstatusoutput",
    "run",
]


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    """A command run with check=True (or by check_call or check_output)
    exited with a status other than 0."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value

    def __str__(self):
        if self.returncode is not None and self.returncode < 0:
            return "Command '%s' died with %s." % (self.cmd, _signal_repr(-self.returncode))
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)


class TimeoutExpired(SubprocessError):
    """Raised when the timeout expires while waiting for a child process."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)


class CompletedProcess:
    """A process that has finished running, as run() returns it."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        parts = ["args=%r" % (self.args,), "returncode=%r" % (self.returncode,)]
        if self.stdout is not None:
            parts.append("stdout=%r" % (self.stdout,))
        if self.stderr is not None:
            parts.append("stderr=%r" % (self.stderr,))
        return "CompletedProcess(" + ", ".join(parts) + ")"

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


_SIGNALS = {1: "SIGHUP", 2: "SIGINT", 3: "SIGQUIT", 4: "SIGILL", 5: "SIGTRAP", 6: "SIGABRT",
            7: "SIGBUS", 8: "SIGFPE", 9: "SIGKILL", 10: "SIGUSR1", 11: "SIGSEGV",
            12: "SIGUSR2", 13: "SIGPIPE", 14: "SIGALRM", 15: "SIGTERM", 17: "SIGCHLD",
            18: "SIGCONT", 19: "SIGSTOP", 20: "SIGTSTP", 21: "SIGTTIN", 22: "SIGTTOU",
            23: "SIGURG", 24: "SIGXCPU", 25: "SIGXFSZ", 26: "SIGVTALRM", 27: "SIGPROF",
            28: "SIGWINCH", 29: "SIGIO", 30: "SIGPWR", 31: "SIGSYS"}


def _signal_repr(num):
    name = _SIGNALS.get(num)
    if name is None:
        return "unknown signal %d" % num
    return "<Signals.%s: %d>" % (name, num)


def _stream(spec):
    if spec is None or isinstance(spec, int):
        return spec
    # The interpreter's own standard streams have no fileno().
    for fd, name in ((0, "stdin"), (1, "stdout"), (2, "stderr")):
        if spec is getattr(_sys, name, None) or spec is getattr(_sys, "__%s__" % name, None):
            return fd
    return spec.fileno()


def _decode(data, encoding, errors):
    if data is None:
        return None
    text = data.decode(encoding or "utf-8", errors or "strict")
    return text.replace("\r\n", "\n").replace("\r", "\n")


class Popen:
    """A child program started in its own process."""

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None,
                 stderr=None, preexec_fn=None, close_fds=True, shell=False, cwd=None,
                 env=None, universal_newlines=None, startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False, pass_fds=(), *,
                 user=None, group=None, extra_groups=None, encoding=None, errors=None,
                 text=None, umask=-1, pipesize=-1, process_group=None, _reap=False):
        self.args = args
        self.returncode = None
        self._exchanging = False
        self._child = None
        self.stdin = self.stdout = self.stderr = None
        if preexec_fn is not None:
            raise ValueError("preexec_fn is not supported")
        if pass_fds:
            raise ValueError("pass_fds is not supported: children get only their standard streams")
        if text is not None and universal_newlines is not None and bool(universal_newlines) != bool(text):
            raise SubprocessError("Cannot disambiguate when both text and universal_newlines are supplied but different. Pass one or the other.")
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        self.encoding = encoding
        self.errors = errors
        child = _spawn(args, executable, shell, cwd, env, _stream(stdin), _stream(stdout),
                       _stream(stderr), self.text_mode, encoding, errors, _reap)
        self._child, self.pid, self.stdin, self.stdout, self.stderr = child

    def __repr__(self):
        return "<%s: returncode: %s args: %r>" % (self.__class__.__name__, self.returncode, self.args)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        if self.stdout:
            self.stdout.close()
        if self.stderr:
            self.stderr.close()
        if self._child is not None:
            _release(self._child)
        try:
            if self.stdin:
                self.stdin.close()
        finally:
            if exc_type is KeyboardInterrupt:
                return
            self.wait()

    def poll(self):
        if self.returncode is None and self._child is not None:
            self.returncode = _poll(self._child)
        return self.returncode

    def wait(self, timeout=None):
        if self.returncode is not None:
            return self.returncode
        code = _wait(self._child, timeout)
        if code is None:
            raise TimeoutExpired(self.args, timeout)
        self.returncode = code
        return code

    def communicate(self, input=None, timeout=None):
        pipes = [f for f in (self.stdin, self.stdout, self.stderr) if f is not None]
        if timeout is None and not self._exchanging and len(pipes) <= 1:
            # A single pipe, without a timeout, is used as a file: a second
            # call finds it closed.
            if not pipes:
                pass
            elif self.stdin is None:
                if pipes[0].closed and self._child is not None:
                    raise ValueError("read of closed file")
            else:
                _check_input(input, self.text_mode, True)
                if pipes[0].closed and self._child is not None and input is not None:
                    raise ValueError("write to closed file")
        else:
            if self._exchanging and input:
                raise ValueError("Cannot send input after starting communication")
            if self.stdin is not None:
                _check_input(input, self.text_mode, False)
            self._exchanging = True
        if self.stdin is None:
            input = None
        out, err, finished = _communicate(self._child, self.stdin, self.stdout, self.stderr, input, timeout)
        if not finished:
            raise TimeoutExpired(self.args, timeout, output=out, stderr=err)
        self.returncode = _poll(self._child)
        if self.text_mode:
            out = _decode(out, self.encoding, self.errors)
            err = _decode(err, self.encoding, self.errors)
        return (out, err)

    def send_signal(self, sig):
        self.poll()
        if self.returncode is None:
            _signal(self._child, sig)

    def terminate(self):
        self.send_signal(15)

    def kill(self):
        self.send_signal(9)


def list2cmdline(seq):
    """Join arguments into one command line quoted as the Microsoft C
    runtime splits it: arguments with spaces or tabs, or empty, in double
    quotes; double quotes, and the backslashes before them or before a
    closing quote, escaped with backslashes."""
    parts = []
    for arg in map(_os.fsdecode, seq):
        quote = not arg or ' ' in arg or '\t' in arg
        out = []
        slashes = 0
        for ch in arg:
            if ch == '\\':
                slashes += 1
                continue
            if ch == '"':
                out.append('\\' * (slashes * 2 + 1) + '"')
            else:
                out.append('\\' * slashes + ch)
            slashes = 0
        out.append('\\' * (slashes * 2 if quote else slashes))
        text = ''.join(out)
        parts.append('"' + text + '"' if quote else text)
    return ' '.join(parts)


def _check_input(input, text_mode, single):
    """Refuse input of the wrong kind for the mode, with the error the
    file or the encoding step gives in CPython."""
    if input is None:
        return
    name = type(input).__name__
    if text_mode and not isinstance(input, str):
        if single:
            raise TypeError("write() argument must be str, not %s" % name)
        raise AttributeError("'%s' object has no attribute 'encode'" % name)
    if not text_mode and not isinstance(input, (bytes, bytearray)):
        if single:
            raise TypeError("a bytes-like object is required, not '%s'" % name)
        raise TypeError("memoryview: a bytes-like object is required, not '%s'" % name)


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Start the command, wait for it to end (feeding it input, if given)
    and give back a CompletedProcess with its status and captured output."""
    if input is not None:
        if kwargs.get("stdin") is not None:
            raise ValueError("stdin and input arguments may not both be used.")
        kwargs["stdin"] = PIPE
    if capture_output:
        if kwargs.get("stdout") is not None or kwargs.get("stderr") is not None:
            raise ValueError("stdout and stderr arguments may not be used with capture_output.")
        kwargs["stdout"] = PIPE
        kwargs["stderr"] = PIPE
    child = Popen(*popenargs, _reap=True, **kwargs)
    with child:
        try:
            out, err = child.communicate(input, timeout=timeout)
        except BaseException as stop:
            child.kill()
            if isinstance(stop, TimeoutExpired):
                # The output read so far is in the exception; a grandchild
                # that still holds the pipes is not waited for.
                child.wait()
            raise
        status = child.poll()
    done = CompletedProcess(child.args, status, out, err)
    if check:
        done.check_returncode()
    return done


def call(*popenargs, timeout=None, **kwargs):
    """Run command with arguments; wait for it and return its returncode."""
    child = Popen(*popenargs, _reap=True, **kwargs)
    with child:
        try:
            return child.wait(timeout=timeout)
        except BaseException:
            child.kill()
            raise


def check_call(*popenargs, **kwargs):
    """Run command with arguments; raise CalledProcessError on a non-zero
    exit status."""
    status = call(*popenargs, **kwargs)
    if status == 0:
        return 0
    command = kwargs.get("args")
    raise CalledProcessError(status, popenargs[0] if command is None else command)


def check_output(*popenargs, timeout=None, **kwargs):
    """What the command wrote to stdout; CalledProcessError if it fails."""
    for kw in ("stdout", "check"):
        if kw in kwargs:
            raise ValueError(kw + " argument not allowed, it will be overridden.")
    if "input" in kwargs and kwargs["input"] is None:
        if kwargs.get("universal_newlines") or kwargs.get("text") or kwargs.get("encoding") or kwargs.get("errors"):
            kwargs["input"] = ""
        else:
            kwargs["input"] = b""
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """Run cmd through the shell and give (status, text it printed), with
    stderr folded into the text and one trailing newline removed."""
    done = run(cmd, shell=True, stdout=PIPE, stderr=STDOUT, text=True, encoding=encoding,
               errors=errors)
    text = done.stdout
    if text.endswith("\n"):
        text = text[:-1]
    return done.returncode, text


def getoutput(cmd, *, encoding=None, errors=None):
    """The text part of getstatusoutput(cmd)."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]
