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


def nsmallest(n, iterable, key=None):
    """The n smallest items of iterable: sorted(iterable, key=key)[:n]."""
    if n == 1:
        missing = object()
        best = min(iter(iterable), default=missing, key=key)
        return [] if best is missing else [best]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        size = None
    if size is not None and n >= size:
        everything = sorted(iterable, key=key)
        return everything[:n]
    source = iter(iterable)
    # A max-heap of the n smallest seen so far; the running number breaks
    # ties so that earlier items win and the items are never compared.
    if key is None:
        kept = []
        for number, item in zip(range(n), source):
            kept.append((item, number))
        if not kept:
            return kept
        _max_heap_build(kept)
        worst = kept[0][0]
        number = n
        for item in source:
            if item < worst:
                _max_heap_replace(kept, (item, number))
                worst = kept[0][0]
                number += 1
        kept.sort()
        return [entry[0] for entry in kept]
    kept = []
    for number, item in zip(range(n), source):
        kept.append((key(item), number, item))
    if not kept:
        return kept
    _max_heap_build(kept)
    worst = kept[0][0]
    number = n
    for item in source:
        k = key(item)
        if k < worst:
            _max_heap_replace(kept, (k, number, item))
            worst = kept[0][0]
            number += 1
    kept.sort()
    return [entry[2] for entry in kept]


def nlargest(n, iterable, key=None):
    """The n largest items of iterable: sorted(iterable, key=key,
    reverse=True)[:n]."""
    if n == 1:
        missing = object()
        best = max(iter(iterable), default=missing, key=key)
        return [] if best is missing else [best]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        size = None
    if size is not None and n >= size:
        everything = sorted(iterable, key=key, reverse=True)
        return everything[:n]
    source = iter(iterable)
    # A min-heap of the n largest seen so far; the numbers count down so
    # that, in the reversed sort, earlier items still come first.
    if key is None:
        kept = []
        for number, item in zip(range(0, -n, -1), source):
            kept.append((item, number))
        if not kept:
            return kept
        heapify(kept)
        least = kept[0][0]
        number = -n
        for item in source:
            if least < item:
                heapreplace(kept, (item, number))
                least = kept[0][0]
                number -= 1
        kept.sort(reverse=True)
        return [entry[0] for entry in kept]
    kept = []
    for number, item in zip(range(0, -n, -1), source):
        kept.append((key(item), number, item))
    if not kept:
        return kept
    heapify(kept)
    least = kept[0][0]
    number = -n
    for item in source:
        k = key(item)
        if least < k:
            heapreplace(kept, (k, number, item))
            least = kept[0][0]
            number -= 1
    kept.sort(reverse=True)
    return [entry[2] for entry in kept]
