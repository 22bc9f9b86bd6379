"""Generator-based ETL pipeline with itertools and exception handling."""
import itertools
import json
import sys
import warnings
from contextlib import contextmanager, closing

RAW = [
    '{"user": "ann", "event": "login", "ms": 120}',
    '{"user": "bob", "event": "login", "ms": 80}',
    'not json',
    '{"user": "ann", "event": "click", "ms": 15}',
    '{"user": "cy", "event": "login"}',
    '{"user": "bob", "event": "click", "ms": 22}',
    '{"user": "ann", "event": "logout", "ms": 5}',
    '{"user": "bob", "event": "click", "ms": 30}',
    '{"user": "dee", "event": "login", "ms": -1}',
]


class PipelineError(Exception):
    pass


class BadRecord(PipelineError):
    def __init__(self, lineno, reason):
        self.lineno, self.reason = lineno, reason
        super().__init__(lineno, reason)

    def __str__(self):
        return f"line {self.lineno}: {self.reason}"


def read(lines):
    for n, line in enumerate(lines, 1):
        try:
            yield n, json.loads(line)
        except json.JSONDecodeError as e:
            yield n, BadRecord(n, f"json: {e.msg}")


def validate(records, errors):
    for n, rec in records:
        if isinstance(rec, Exception):
            errors.append(rec)
            continue
        try:
            if rec["ms"] < 0:
                warnings.warn(f"negative duration on line {n}", RuntimeWarning)
                continue
        except KeyError as e:
            errors.append(BadRecord(n, f"missing {e}"))
            continue
        yield rec


def counter_gen():
    total = 0
    try:
        while True:
            v = yield total
            if v is None:
                break
            total += v
    finally:
        print("  counter closed at", total)


@contextmanager
def stage(name):
    print(f"[{name}] start")
    try:
        yield
    except PipelineError as e:
        print(f"[{name}] failed: {e!r}")
    else:
        print(f"[{name}] done")


def main():
    errors = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        recs = list(validate(read(RAW), errors))
    print(f"{len(recs)} good, {len(errors)} bad, {len(caught)} warning(s): {[str(w.message) for w in caught]}")
    print([str(e) for e in errors], repr(errors[0]), errors[0].args)
    recs.sort(key=lambda r: r["user"])
    for user, grp in itertools.groupby(recs, key=lambda r: r["user"]):
        grp = list(grp)
        print(f"  {user}: {[r['event'] for r in grp]} total={sum(r['ms'] for r in grp)}")
    ms = [r["ms"] for r in recs]
    print(list(itertools.accumulate(ms)), list(itertools.accumulate(ms, max, initial=0)))
    print(list(itertools.pairwise(ms)), list(itertools.batched(ms, 3)))
    print(list(itertools.islice(itertools.cycle("ab"), 5)), list(itertools.compress("abcd", [1, 0, 1, 0])))
    print(list(itertools.takewhile(lambda x: x > 20, ms)), list(itertools.dropwhile(lambda x: x > 20, ms)))
    print(list(itertools.zip_longest("ab", [1], fillvalue="-")), list(itertools.starmap(pow, [(2, 3), (3, 2)])))
    print(len(list(itertools.permutations(range(4), 2))), list(itertools.combinations("abc", 2)), list(itertools.product("ab", repeat=2)))
    a, b = itertools.tee(iter(ms), 2)
    print(next(a), next(a), next(b), list(itertools.chain.from_iterable([[1], [2, 3]])))
    with closing(counter_gen()) as g:
        next(g)
        for v in ms:
            g.send(v)
        print("  running total:", g.send(0))
    with stage("strict"):
        if errors:
            raise BadRecord(0, "strict mode")
    with stage("lenient"):
        pass
    try:
        try:
            {}["k"]
        except KeyError:
            raise PipelineError("wrapped")
    except PipelineError as e:
        print("context:", repr(e.__context__), e.__suppress_context__, e.__cause__)
    try:
        raise PipelineError("x") from None
    except PipelineError as e:
        print("suppressed:", e.__suppress_context__, e.__cause__)
    it = iter([1, 2])
    print(next(it), next(it), next(it, "done"))
    gen = (x * x for x in range(3))
    print(list(gen), list(gen), sum(x for x in range(5) if x % 2))
    return min(len(errors), 3)


if __name__ == "__main__":
    sys.exit(main())
