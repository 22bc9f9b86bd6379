"""Tiny test runner collecting test_ functions via globals()."""
import sys
import time
import traceback


class SkipTest(Exception):
    pass


def expect_raises(exc_type):
    def deco(fn):
        def wrapper():
            try:
                fn()
            except exc_type:
                return
            raise AssertionError(f"{exc_type.__name__} not raised")
        wrapper.__name__ = fn.__name__
        wrapper.__doc__ = fn.__doc__
        return wrapper
    return deco


def test_addition():
    """Integers add."""
    assert 1 + 1 == 2


def test_string_ops():
    s = "hello"
    assert s.upper() == "HELLO", "upper failed"
    assert s[::-1] == "olleh"


def test_failing_compare():
    data = {"a": 1, "b": 2}
    assert data["a"] == 2, f"expected 2, got {data['a']}"


def test_zero_division():
    return 1 / 0


@expect_raises(KeyError)
def test_expected_keyerror():
    {}["missing"]


@expect_raises(ValueError)
def test_expected_but_missing():
    int("12")


def test_skip_me():
    raise SkipTest("not on this platform")


def test_nested_calls():
    def inner(x):
        return helper(x)
    def helper(x):
        return x["k"]
    inner({"j": 1})


def helper_not_a_test():
    raise RuntimeError("should never run")


def run_all(ns):
    tests = sorted((n, f) for n, f in ns.items() if n.startswith("test_") and callable(f))
    results = {"pass": [], "fail": [], "error": [], "skip": []}
    for name, fn in tests:
        try:
            fn()
        except SkipTest as e:
            results["skip"].append((name, str(e)))
            print(f"{name:<28} SKIP ({e})")
        except AssertionError as e:
            tb = traceback.format_exc()
            results["fail"].append((name, tb))
            print(f"{name:<28} FAIL: {e or '<no message>'}")
        except Exception as e:
            tb = traceback.format_exc()
            results["error"].append((name, tb))
            print(f"{name:<28} ERROR: {type(e).__name__}: {e}")
        else:
            results["pass"].append((name, None))
            doc = (fn.__doc__ or "").strip()
            print(f"{name:<28} ok{'  # ' + doc if doc else ''}")
    return results


def main():
    t0 = time.perf_counter()
    results = run_all(dict(globals()))
    elapsed = time.perf_counter() - t0
    print()
    for name, tb in results["error"] + results["fail"]:
        print(f"==== {name} ====")
        lines = tb.strip().splitlines()
        print(lines[0])
        print(lines[-1])
        frames = [l.strip() for l in lines if l.strip().startswith("File ")]
        print("frames:", [f.split(", in ")[-1] for f in frames])
    summary = ", ".join(f"{len(v)} {k}" for k, v in results.items() if v)
    print(f"\n{summary} in {'<1s' if elapsed < 1 else 'slow'}")
    try:
        raise ValueError("outer") from KeyError("inner")
    except ValueError:
        s = traceback.format_exc()
        print("chained:", "direct cause" in s, s.strip().splitlines()[-1])
    e = RuntimeError("x")
    print(traceback.format_exception_only(type(e), e))
    print("".join(traceback.format_exception(e)).strip())
    return 1 if results["fail"] or results["error"] else 0


if __name__ == "__main__":
    sys.exit(main())
