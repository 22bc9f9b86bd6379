# Decorators used by a job runner: call counting, retries with a budget,
# and a registry of named tasks.
import sys

TASKS = {}


def task(name=None, *, priority=5):
    def register(fn):
        TASKS[name or fn.__name__] = (priority, fn)
        return fn
    return register


def counted(fn):
    calls = 0

    def wrapper(*args, **kwargs):
        nonlocal calls
        calls += 1
        wrapper.calls = calls
        return fn(*args, **kwargs)
    wrapper.calls = 0
    wrapper.__name__ = fn.__name__
    return wrapper


class TransientError(Exception):
    pass


def retry(times, on=(TransientError,), log=None):
    def decorate(fn):
        def wrapper(*args, **kwargs):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return fn(*args, **kwargs)
                except on as exc:
                    last = exc
                    if log is not None:
                        log.append("%s attempt %d failed: %s" % (fn.__name__, attempt, exc))
            raise RuntimeError("%s gave up after %d attempts" % (fn.__name__, times)) from last
        wrapper.__name__ = fn.__name__
        return wrapper
    return decorate


events = []


def flaky_source(failures):
    state = {"left": failures}

    def fetch(key):
        if state["left"] > 0:
            state["left"] -= 1
            raise TransientError("timeout fetching %s" % key)
        return key.upper()
    return fetch


fetch_a = flaky_source(2)
fetch_b = flaky_source(5)


@task(priority=1)
@retry(3, log=events)
def sync_users():
    return fetch_a("users")


@task("orders", priority=2)
@retry(times=3, on=(TransientError, KeyError), log=events)
def sync_orders():
    return fetch_b("orders")


@task()
@counted
def cleanup(days=7, *, dry_run=True):
    return "removed %d days%s" % (days, " (dry run)" if dry_run else "")


for name, (prio, fn) in sorted(TASKS.items(), key=lambda kv: kv[1][0]):
    try:
        result = fn()
    except RuntimeError as e:
        print("%-12s p%d FAILED: %s (cause: %r)" % (name, prio, e, e.__cause__))
    else:
        print("%-12s p%d -> %s" % (name, prio, result))

print(cleanup(30, dry_run=False), "/", cleanup(days=1))
print("cleanup calls:", cleanup.calls, "name:", cleanup.__name__)
for line in events:
    print("log:", line)
print(sorted(TASKS))
