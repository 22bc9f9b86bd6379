# A CI step runner: runs each step in a shell, captures its output, stops
# at the first required failure, and prints a summary. Steps that may fail
# are reported but do not fail the build.
import subprocess
import sys

STEPS = [
    {"name": "lint", "cmd": "printf 'checking 3 files\\nno problems\\n'", "required": True},
    {"name": "unit", "cmd": "echo 'ran 12 tests'; echo 'warning: slow test' >&2", "required": True},
    {"name": "coverage", "cmd": "echo 'coverage 71%'; exit 2", "required": False},
    {"name": "flaky", "cmd": "sleep 5", "required": False, "timeout": 0.3},
    {"name": "package", "cmd": "echo building; echo 'error: missing VERSION' >&2; exit 1", "required": True},
    {"name": "deploy", "cmd": "echo should never run", "required": True},
]


def run_step(step):
    try:
        proc = subprocess.run(step["cmd"], shell=True, capture_output=True, text=True,
                              timeout=step.get("timeout"))
    except subprocess.TimeoutExpired as e:
        return "timeout", [], ["timed out after %s seconds" % e.timeout]
    status = "ok" if proc.returncode == 0 else "failed (%d)" % proc.returncode
    return status, proc.stdout.splitlines(), proc.stderr.splitlines()


results = []
for step in STEPS:
    status, out, err = run_step(step)
    results.append((step["name"], status))
    print("== %s: %s" % (step["name"], status))
    for line in out:
        print("   | " + line)
    for line in err:
        print("   ! " + line)
    if status != "ok" and step["required"]:
        print("required step %s failed, stopping" % step["name"])
        break

# The environment a step sees, and a check that a tool exists.
env = {"PATH": "/usr/bin:/bin", "CI": "true", "BUILD_ID": "417"}
out = subprocess.check_output(["sh", "-c", "echo CI=$CI build=$BUILD_ID"], env=env, text=True)
print("env:", out.strip())
code, text = subprocess.getstatusoutput("command -v sh >/dev/null && echo found")
print("shell check:", code, text)
try:
    subprocess.check_call(["sh", "-c", "exit 3"])
except subprocess.CalledProcessError as e:
    print("check_call:", e)
try:
    subprocess.run(["no-such-ci-tool"])
except FileNotFoundError as e:
    print("missing tool:", e)

passed = [n for n, s in results if s == "ok"]
failed = [n for n, s in results if s != "ok"]
print("passed:", ", ".join(passed))
print("failed:", ", ".join(failed))
sys.exit(1 if any(s != "ok" for n, s in results if n in ("lint", "unit", "package")) else 0)
