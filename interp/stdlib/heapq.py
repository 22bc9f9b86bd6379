"""Binary min-heaps kept in plain lists, usable as priority queues.

A heap is a list where heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2]:
heap[0] is always the smallest item. heappush, heappop, heapify,
heapreplace and heappushpop keep that invariant; nsmallest, nlargest and
merge are built on them.
"""

# The primitives (heappush ... heappushpop and the max-heap variants used
# below) are Go functions, set in the module before this source runs.

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _merge_plain(sources, push_all, pop, replace, step):
    # Heap entries are [value, rank, iterator]; ranks differ, so the
    # iterators themselves are never compared.
    heap = []
    rank = 0
    for source in sources:
        try:
            heap.append([next(source), rank, source])
        except StopIteration:
            pass
        rank += step
    push_all(heap)
    while len(heap) > 1:
        entry = heap[0]
        yield entry[0]
        try:
            entry[0] = next(entry[2])
        except StopIteration:
            pop(heap)
            continue
        replace(heap, entry)
    if heap:
        entry = heap[0]
        yield entry[0]
        yield from entry[2]


def _merge_keyed(sources, key, push_all, pop, replace, step):
    # Heap entries are [key(value), rank, value, iterator].
    heap = []
    rank = 0
    for source in sources:
        try:
            first = next(source)
        except StopIteration:
            rank += step
            continue
        heap.append([key(first), rank, first, source])
        rank += step
    push_all(heap)
    while len(heap) > 1:
        entry = heap[0]
        yield entry[2]
        try:
            value = next(entry[3])
        except StopIteration:
            pop(heap)
            continue
        entry[0] = key(value)
        entry[2] = value
        replace(heap, entry)
    if heap:
        entry = heap[0]
        yield entry[2]
        yield from entry[3]


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into one sorted stream, lazily.

    Each input must already be sorted (by key, descending when reverse
    is true); equal items come out in the order of their inputs."""
    sources = [iter(x) for x in iterables]
    if reverse:
        ops = (_max_heap_build, _max_heap_pop, _max_heap_replace, -1)
    else:
        ops = (heapify, heappop, heapreplace, 1)
    if key is None:
        yield from _merge_plain(sources, *ops)
    else:
        yield from _merge_keyed(sources, key, *ops)


def _few_or_all(n, iterable, key, largest):
    """The answer of nsmallest/nlargest when it needs no heap (n is 1, or
    the iterable has no more than n items), else None."""
    if n == 1:
        missing = object()
        pick = max if largest else min
        best = pick(iter(iterable), default=missing, key=key)
        return [] if best is missing else [best]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        return None
    if n >= size:
        return sorted(iterable, key=key, reverse=largest)[:n]
    return None


def _extremes(n, iterable, key, largest):
    """The n smallest (or largest) items, kept in a heap of n entries
    (sort key, running number, item): the number breaks ties so that
    earlier items win and the items themselves are never compared. The
    smallest are kept in a max-heap, the largest in a min-heap with numbers
    counting down, so that the reversed sort still puts earlier items
    first."""
    found = _few_or_all(n, iterable, key, largest)
    if found is not None:
        return found
    source = iter(iterable)
    step = -1 if largest else 1
    build, replace = (heapify, heapreplace) if largest else (_max_heap_build, _max_heap_replace)
    kept = []
    for number, item in zip(range(0, step * n, step), source):
        kept.append((item if key is None else key(item), number, item))
    if not kept:
        return kept
    build(kept)
    edge = kept[0][0]
    number = step * n
    for item in source:
        k = item if key is None else key(item)
        if (edge < k) if largest else (k < edge):
            replace(kept, (k, number, item))
            edge = kept[0][0]
            number += step
    kept.sort(reverse=largest)
    return [entry[2] for entry in kept]


def nsmallest(n, iterable, key=None):
    """The n smallest items of iterable: sorted(iterable, key=key)[:n]."""
    return _extremes(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """The n largest items of iterable: sorted(iterable, key=key,
    reverse=True)[:n]."""
    return _extremes(n, iterable, key, True)
