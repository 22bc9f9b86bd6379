"""Retry/backoff helper with decorators and logging."""
import functools
import logging
import os
import sys
import tempfile
import time

log = logging.getLogger("retry")


class TransientError(Exception):
    pass


class FatalError(Exception):
    pass


def retry(times=3, *, base=0.001, factor=2.0, exceptions=(TransientError,)):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            delay = base
            for attempt in range(1, times + 1):
                try:
                    result = fn(*args, **kwargs)
                except exceptions as exc:
                    log.warning("attempt %d/%d of %s failed: %s", attempt, times, fn.__name__, exc)
                    if attempt == times:
                        log.error("giving up on %s", fn.__name__)
                        raise
                    time.sleep(delay)
                    delay *= factor
                else:
                    log.info("%s succeeded on attempt %d", fn.__name__, attempt)
                    return result
        wrapper.retries = times
        return wrapper
    return deco


def counted(fn):
    calls = 0

    @functools.wraps(fn)
    def inner(*a, **k):
        nonlocal calls
        calls += 1
        inner.calls = calls
        return fn(*a, **k)
    inner.calls = 0
    return inner


state = {"flaky": 0}


@counted
@retry(times=4, base=0.0005)
def flaky(x):
    """Fails twice, then works."""
    state["flaky"] += 1
    if state["flaky"] < 3:
        raise TransientError(f"try {state['flaky']}")
    return x * 10


@retry(2)
def always_fails():
    raise TransientError("nope")


@retry(5)
def fatal():
    raise FatalError("boom")


def main():
    tmpdir = tempfile.mkdtemp()
    logfile = os.path.join(tmpdir, "retry.log")
    fmt = logging.Formatter("%(levelname)-7s %(name)s: %(message)s")
    sh = logging.StreamHandler(sys.stderr)
    sh.setFormatter(fmt)
    fh = logging.FileHandler(logfile)
    fh.setFormatter(logging.Formatter("[%(levelname)s] %(funcName)s %(message)s"))
    fh.setLevel(logging.WARNING)
    log.addHandler(sh)
    log.addHandler(fh)
    log.setLevel(logging.DEBUG)
    log.propagate = False

    print("flaky ->", flaky(4), "calls:", flaky.calls, "state:", state)
    print(flaky.__name__, flaky.__doc__, flaky.__wrapped__.__name__, flaky.__wrapped__.retries)
    for fn in (always_fails, fatal):
        try:
            fn()
        except (TransientError, FatalError) as e:
            print(f"{fn.__name__}: {type(e).__name__}({e})")
    log.debug("debug %s", "message")
    logging.getLogger("retry.child").info("child propagates to %s", log.name)
    fh.close()
    with open(logfile) as f:
        lines = f.read().splitlines()
    print(f"{len(lines)} lines in log file:")
    for line in lines:
        print("  ", line)
    print(logging.getLevelName(logging.WARNING), logging.getLevelName(25), logging.INFO)
    print(log.isEnabledFor(logging.DEBUG), log.getEffectiveLevel(), log.level)
    root = logging.getLogger()
    print(root.name, logging.getLogger("retry") is log, log.parent.name)
    os.remove(logfile)
    os.rmdir(tmpdir)
    t0 = time.monotonic()
    time.sleep(0.001)
    print("slept:", time.monotonic() - t0 >= 0.001)
    return 0


if __name__ == "__main__":
    sys.exit(main())
