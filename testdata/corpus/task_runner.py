"""Make-like task runner with subprocess, ExitStack, atexit and shlex."""
import atexit
import contextlib
import os
import shlex
import subprocess
import sys
import tempfile

TASKS = {
    "clean": {"cmd": "rm -rf build && echo cleaned", "deps": []},
    "prep": {"cmd": "mkdir -p build && echo prepared", "deps": ["clean"]},
    "compile": {"cmd": "printf 'obj1\\nobj2\\n' > build/objs.txt && wc -l < build/objs.txt", "deps": ["prep"]},
    "test": {"cmd": "grep -c obj build/objs.txt; exit 0", "deps": ["compile"]},
    "lint": {"cmd": "echo 'warning: long line' >&2; exit 1", "deps": []},
    "package": {"cmd": "cd build && tar --version >/dev/null 2>&1; ls", "deps": ["test"]},
    "all": {"cmd": None, "deps": ["package", "lint"]},
}


@atexit.register
def goodbye():
    print("atexit: runner finished")


class TaskFailed(Exception):
    def __init__(self, name, rc, stderr):
        super().__init__(f"task {name!r} failed with exit code {rc}")
        self.name, self.rc, self.stderr = name, rc, stderr


def order(target, seen=None):
    seen = [] if seen is None else seen
    for dep in TASKS[target]["deps"]:
        order(dep, seen)
    if target not in seen:
        seen.append(target)
    return seen


@contextlib.contextmanager
def pushd(path):
    old = os.getcwd()
    os.chdir(path)
    try:
        yield path
    finally:
        os.chdir(old)


@contextlib.contextmanager
def section(name):
    print(f"::group::{name}")
    try:
        yield
    except TaskFailed as e:
        print(f"::error::{e}")
        raise
    finally:
        print("::endgroup::")


def run_task(name, env):
    cmd = TASKS[name]["cmd"]
    if cmd is None:
        return
    r = subprocess.run(cmd, shell=True, capture_output=True, text=True, env=env)
    for line in r.stdout.splitlines():
        print(f"  [{name}] {line.strip()}")
    if r.returncode:
        raise TaskFailed(name, r.returncode, r.stderr.strip())


def main():
    env = dict(os.environ, RUNNER="yes")
    plan = order("all")
    print("plan:", " -> ".join(plan))
    failed = []
    with contextlib.ExitStack() as stack:
        tmp = stack.enter_context(tempfile.TemporaryDirectory())
        stack.enter_context(pushd(tmp))
        stack.callback(print, "exitstack: cleanup callback")
        for name in plan:
            try:
                with section(name):
                    run_task(name, env)
            except TaskFailed as e:
                failed.append((e.name, e.rc, e.stderr))
        print("cwd is tmp:", os.getcwd() == os.path.realpath(tmp) or os.getcwd() == tmp)
    print("failed:", failed)
    r = subprocess.run(["sh", "-c", 'echo "$RUNNER:$1"', "sh", "arg one"], env=env, stdout=subprocess.PIPE)
    print(r.stdout, r.returncode, r.args[-1])
    p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    out, err = p.communicate("piped input\nline 2\n")
    print(repr(out), err, p.returncode)
    r = subprocess.run(["sh", "-c", "exit 4"])
    print("rc:", r.returncode, repr(r))
    r = subprocess.run("echo $((6*7))", shell=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    print(r.stdout.decode().strip(), shlex.split("a 'b c'"))
    try:
        subprocess.run(["definitely-not-a-real-binary-xyz"])
    except FileNotFoundError as e:
        print("FileNotFoundError:", e.filename)
    try:
        subprocess.run(["sleep", "5"], timeout=0.1)
    except subprocess.TimeoutExpired as e:
        print("timeout:", round(e.timeout, 1), e.cmd)
    print(subprocess.getoutput("echo hi; echo there"), subprocess.getstatusoutput("exit 3"))
    with contextlib.redirect_stdout(sys.stderr):
        print("this goes to stderr")
    return len(failed)


if __name__ == "__main__":
    sys.exit(main())
