# Expands a CI build matrix from defaults and per-job overrides, runs each
# job's (simulated) steps inside managed contexts, and prints the plan and
# the summary with pprint.
import contextlib
import copy
import io
import pprint

DEFAULTS = {
    "image": "ubuntu-22.04",
    "env": {"CI": "true", "LANG": "C.UTF-8"},
    "steps": ["checkout", "restore-cache", "build", "test"],
    "timeout_minutes": 30,
    "artifacts": [],
}

MATRIX = [
    {"name": "lint", "steps": ["checkout", "lint"], "timeout_minutes": 5},
    {"name": "py311", "env": {"PYTHON": "3.11"}},
    {"name": "py313", "env": {"PYTHON": "3.13", "PYTHONWARNINGS": "error"},
     "artifacts": ["dist/app-1.4.0.tar.gz", "dist/app-1.4.0-py3-none-any.whl"]},
    {"name": "docs", "steps": ["checkout", "build-docs", "link-check"],
     "artifacts": ["site/index.html"], "image": "docs-builder:2024.06"},
]


def expand(job):
    spec = copy.deepcopy(DEFAULTS)
    for key, value in job.items():
        if key == "env":
            spec["env"].update(value)
        else:
            spec[key] = value
    return spec


plan = [expand(job) for job in MATRIX]
print("defaults untouched:", DEFAULTS["env"] == {"CI": "true", "LANG": "C.UTF-8"})
print("plan:")
pprint.pprint(plan, width=72)

events = []


@contextlib.contextmanager
def step(job, name):
    events.append((job, name, "start"))
    try:
        yield name
    except RuntimeError as exc:
        events.append((job, name, "failed: %s" % exc))
        raise
    else:
        events.append((job, name, "ok"))


class Workspace:
    def __init__(self, job):
        self.job = job
        self.closed = False

    def close(self):
        self.closed = True
        events.append((self.job, "workspace", "closed"))


results = {}
for spec in plan:
    log = io.StringIO()
    with contextlib.ExitStack() as stack:
        ws = stack.enter_context(contextlib.closing(Workspace(spec["name"])))
        stack.callback(events.append, (spec["name"], "cleanup", "done"))
        try:
            with contextlib.redirect_stdout(log):
                for name in spec["steps"]:
                    with step(spec["name"], name):
                        print("running", name, "on", spec["image"])
                        if name == "link-check":
                            raise RuntimeError("3 broken links")
            status = "passed"
        except RuntimeError as exc:
            status = "failed (%s)" % exc
    results[spec["name"]] = {
        "status": status,
        "log_lines": log.getvalue().splitlines(),
        "workspace_closed": ws.closed,
    }

with contextlib.suppress(KeyError):
    results["lint"]["artifacts"] = plan[0]["artifacts"]
    results["missing"]["status"]
print("summary:")
pprint.pprint(results, width=90)
print("compact events:")
pprint.pprint(events[:12], compact=True, width=100)
print("depth-limited:")
print(pprint.pformat(plan, depth=2, width=100))
failed = sorted(name for name, r in results.items() if r["status"] != "passed")
print("failed jobs:", failed)
