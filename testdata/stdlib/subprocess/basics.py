# subprocess: results, reprs and errors, compared with CPython 3.13.
# Each case is a statement block that sets `r`; the line printed is
# repr(r), or the exception's type and message.
import os
import subprocess
import sys

WORK = sys.argv[1] if len(sys.argv) > 1 else "/tmp"
OUT = []

CASES = [
    "r = subprocess.run(['echo', 'hi'], capture_output=True)",
    "r = subprocess.run(['echo', 'hi'], stdout=subprocess.PIPE)",
    "r = subprocess.run(['echo', 'hi'], stdout=subprocess.PIPE, text=True)",
    "r = subprocess.run(['echo', 'hi'], stdout=subprocess.DEVNULL)",
    "r = subprocess.run('echo $0 one; echo two >&2', shell=True, capture_output=True)",
    "r = subprocess.run('echo out; echo err >&2', shell=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)",
    "r = subprocess.run(['cat'], input=b'abc', capture_output=True)",
    "r = subprocess.run(['cat'], input='x\\r\\ny\\rz\\n', capture_output=True, text=True)",
    "r = subprocess.run(['cat'], input='é', capture_output=True, universal_newlines=True)",
    "r = subprocess.run(['cat'], input='é', capture_output=True, encoding='latin-1')",
    "r = subprocess.run(['printf', '\\\\377'], capture_output=True, text=True, errors='replace').stdout",
    "r = subprocess.run(['printf', '\\\\377'], capture_output=True, text=True)",
    "r = subprocess.run(['sh', '-c', 'exit 3'])",
    "r = subprocess.run(['sh', '-c', 'exit 3']).returncode",
    "r = subprocess.run(['false'], check=True)",
    "r = subprocess.run(['sh', '-c', 'echo partial; exit 2'], capture_output=True, check=True)",
    "r = subprocess.run(['sh', '-c', 'kill -9 $$'])",
    "r = subprocess.run(['sh', '-c', 'kill -9 $$'], check=True)",
    "r = subprocess.run(['sh', '-c', 'exit 4']).check_returncode()",
    "r = subprocess.run(['true']).check_returncode()",
    "r = subprocess.run(['pwd'], capture_output=True, cwd='/', text=True).stdout",
    "r = subprocess.run(['sh', '-c', 'echo $SP_A-$SP_B'], capture_output=True, env={'SP_A': '1', 'SP_B': 'two', 'PATH': os.environ.get('PATH', '/usr/bin:/bin')}).stdout",
    "r = subprocess.run(['env'], capture_output=True, env={}).stdout",
    "r = subprocess.run(['sh', '-c', 'echo $SP_X'], capture_output=True, env={'SP_X': 'no path'}).stdout",
    "os.environ['SP_INHERIT'] = 'yes'\nr = subprocess.run(['sh', '-c', 'echo $SP_INHERIT'], capture_output=True, text=True).stdout\ndel os.environ['SP_INHERIT']",
    "e = os.environ.copy(); e['SP_COPY'] = 'c'\nr = subprocess.run(['sh', '-c', 'echo $SP_COPY'], capture_output=True, text=True, env=e).stdout",
    "r = subprocess.run(['nosuch-spython-cmd'])",
    "r = subprocess.run(['./nosuch'])",
    "r = subprocess.run('nosuch-spython-cmd', capture_output=True, shell=True)",
    "r = subprocess.run(['ls'], cwd='/nonexistent-dir')",
    "r = subprocess.run(['/etc/passwd'])",
    "r = subprocess.run(['/etc'])",
    "r = subprocess.run(['sleep', '5'], capture_output=True, timeout=0.2)",
    "r = subprocess.run(['sh', '-c', 'echo before; exec sleep 5'], capture_output=True, timeout=0.5)",
    "try:\n    subprocess.run(['sh', '-c', 'echo before; sleep 0.1; echo more; sleep 5'], capture_output=True, timeout=0.6)\nexcept subprocess.TimeoutExpired as e:\n    r = (e.stdout, e.stderr, e.output, e.timeout)",
    "try:\n    subprocess.run('echo x; sleep 5', shell=True, capture_output=True, text=True, timeout=0.3)\nexcept subprocess.TimeoutExpired as e:\n    r = (e.stdout, e.stderr)",
    "r = subprocess.run(['echo'], stdin=subprocess.PIPE, input=b'x')",
    "r = subprocess.run(['echo'], capture_output=True, stdout=subprocess.PIPE)",
    "r = subprocess.run([])",
    "r = subprocess.run(['echo', 1])",
    "r = subprocess.check_output(['echo', 'out'])",
    "r = subprocess.check_output(['echo', 'out'], text=True)",
    "r = subprocess.check_output('echo err >&2; exit 1', shell=True, stderr=subprocess.DEVNULL)",
    "r = subprocess.check_output(['cat'], input=b'in')",
    "r = subprocess.check_output(['echo'], stdout=subprocess.PIPE)",
    "r = subprocess.check_call(['true'])",
    "r = subprocess.check_call(['false'])",
    "r = subprocess.check_call('exit 5', shell=True)",
    "r = subprocess.call(['sh', '-c', 'exit 7'])",
    "r = subprocess.call('exit 2', shell=True)",
    "r = subprocess.call(['sleep', '5'], timeout=0.1)",
    "r = subprocess.getoutput('echo a; echo b')",
    "r = subprocess.getoutput('echo x >&2')",
    "r = subprocess.getstatusoutput('echo fail; exit 3')",
    "r = subprocess.getstatusoutput('true')",
    "r = (subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)",
    "r = subprocess.CompletedProcess(['a'], 0)",
    "r = subprocess.CompletedProcess('a', 1, 'o', 'e')",
    "r = str(subprocess.CalledProcessError(1, ['false']))",
    "r = str(subprocess.CalledProcessError(-9, 'cmd'))",
    "r = subprocess.CalledProcessError(2, 'x', b'o', b'e'); r = (r.returncode, r.cmd, r.output, r.stdout, r.stderr, r.args)",
    "r = str(subprocess.TimeoutExpired(['sleep', '9'], 0.1))",
    "r = subprocess.TimeoutExpired('x', 2, 'out'); r = (r.cmd, r.timeout, r.output, r.stdout, r.stderr)",
    "r = [issubclass(subprocess.CalledProcessError, subprocess.SubprocessError), issubclass(subprocess.TimeoutExpired, subprocess.SubprocessError), issubclass(subprocess.SubprocessError, Exception)]",
    "p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE); r = (repr(p), p.communicate(b'abc'), p.returncode, repr(p))",
    "p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True); r = p.communicate('t\\n')",
    "p = subprocess.Popen(['sh', '-c', 'echo o; echo e >&2; exit 4'], stdout=subprocess.PIPE, stderr=subprocess.PIPE); r = (p.communicate(), p.returncode, p.poll(), p.wait())",
    "p = subprocess.Popen(['true']); r = (p.wait(), p.returncode, p.stdin, p.stdout, p.stderr)",
    "p = subprocess.Popen(['sleep', '5']); p.terminate(); r = p.wait()",
    "p = subprocess.Popen(['sleep', '5']); p.kill(); r = p.wait()",
    "p = subprocess.Popen(['sleep', '5']); p.send_signal(2); r = p.wait()",
    "p = subprocess.Popen(['sleep', '5']); r = p.poll(); p.kill(); p.wait()",
    "p = subprocess.Popen(['sleep', '5'])\ntry:\n    p.wait(timeout=0.1)\nexcept subprocess.TimeoutExpired as e:\n    r = str(e)\np.kill(); p.wait()",
    "p = subprocess.Popen(['sleep', '5'], stdout=subprocess.PIPE)\ntry:\n    p.communicate(timeout=0.1)\nexcept subprocess.TimeoutExpired as e:\n    r = str(e)\np.kill(); r = (r, p.communicate(), p.returncode)",
    "p = subprocess.Popen(['true']); p.wait(); p.kill(); p.terminate(); r = p.returncode",
    "p = subprocess.Popen(['sh', '-c', 'read x; echo got $x'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)\np.stdin.write(b'line\\n'); p.stdin.close(); r = (p.stdout.read(), p.wait())",
    "p = subprocess.Popen(['printf', 'a\\\\nb\\\\n'], stdout=subprocess.PIPE, text=True); r = [l for l in p.stdout]; p.wait()",
    "p = subprocess.Popen(['printf', 'a\\\\nb\\\\n'], stdout=subprocess.PIPE); r = (p.stdout.readline(), p.stdout.read()); p.wait()",
    "p = subprocess.Popen(['echo', 'x'], stdout=subprocess.PIPE); r = (p.stdout.readable(), p.stdout.writable(), type(p.pid) is int, p.stdout.mode); p.communicate()",
    "p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True); r = (p.stdin.writable(), p.stdout.readable(), p.stdout.encoding); p.communicate()",
    "with subprocess.Popen(['sh', '-c', 'echo ctx'], stdout=subprocess.PIPE) as p:\n    data = p.stdout.read()\nr = (data, p.returncode, p.stdout.closed)",
    "f = open(WORK + '/sp_out.txt', 'w')\nsubprocess.run(['echo', 'to file'], stdout=f)\nf.close()\nr = open(WORK + '/sp_out.txt').read()",
    "f = open(WORK + '/sp_fd.txt', 'w')\nsubprocess.run(['sh', '-c', 'echo by fd; echo e >&2'], stdout=f.fileno(), stderr=subprocess.STDOUT)\nf.close()\nr = open(WORK + '/sp_fd.txt').read()",
    "f = open(WORK + '/sp_in.txt', 'w'); f.write('from file\\n'); f.close()\nwith open(WORK + '/sp_in.txt') as f:\n    r = subprocess.run(['cat'], stdin=f, capture_output=True).stdout",
    "r = subprocess.run(['sh', '-c', 'cat'], stdin=subprocess.DEVNULL, capture_output=True).stdout",
    "r = subprocess.check_call(args=['sh', '-c', 'exit 4'])",
    "r = subprocess.check_call(['sh', '-c', 'kill -9 $$'])",
    "r = subprocess.getstatusoutput('kill -9 $$')",
    "r = subprocess.getstatusoutput('printf \"\\\\377\\\\n\\\\n\"', errors='replace')",
    "r = subprocess.getstatusoutput('printf \"caf\\\\351\"; exit 1', encoding='latin-1')",
    "r = subprocess.getoutput('exit 1')",
    "try:\n    subprocess.run(['sh', '-c', 'echo o; echo e >&2; exit 6'], capture_output=True, text=True, check=True)\nexcept subprocess.CalledProcessError as e:\n    r = (e.returncode, e.cmd, e.stdout, e.stderr, e.output, e.__context__)",
    "r = subprocess.run(['sh', '-c', 'exit 6'], check=False).check_returncode()",
    "r = subprocess.run(['true'], check=True)",
    "r = subprocess.Popen(['true'], text=True, universal_newlines=False)",
]


def run(code):
    ns = {"subprocess": subprocess, "os": os, "WORK": WORK}
    try:
        exec(code, ns)
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)
    return repr(ns.get("r"))


for c in CASES:
    OUT.append(run(c))
print("\n".join(OUT))
