# The reprs of the subprocess errors are their args, as for any exception.
import subprocess
print(repr(subprocess.CalledProcessError(1, ["false"], "out", "err")))
print(repr(subprocess.CalledProcessError(1, "x", output="o")))
print(repr(subprocess.TimeoutExpired("x", 3, "o")), repr(subprocess.TimeoutExpired("x", 3)))
