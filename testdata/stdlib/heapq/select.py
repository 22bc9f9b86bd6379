# nlargest, nsmallest and merge.
import heapq

nums = [34, 1, 23, 5, 99, 5, 0, -4, 42, 17, 8, 23]
for n in [0, 1, 2, 3, 5, 12, 20, -1]:
    print(n, heapq.nlargest(n, nums), heapq.nsmallest(n, nums))
print(heapq.nlargest(3, iter(nums)), heapq.nsmallest(3, iter(nums)))
print(heapq.nlargest(2, []), heapq.nsmallest(2, iter([])), heapq.nlargest(1, []))

words = ['delta', 'Alpha', 'charlie', 'bravo', 'echo', 'fox', 'golf']
print(heapq.nsmallest(3, words, key=str.lower))
print(heapq.nlargest(3, words, key=len))
print(heapq.nsmallest(4, words, key=len))
print(heapq.nlargest(1, words, key=len), heapq.nsmallest(1, words, key=len))

# Ties keep the input order.
pairs = [(2, 'a'), (1, 'b'), (2, 'c'), (1, 'd'), (3, 'e'), (2, 'f')]
print(heapq.nsmallest(3, pairs, key=lambda p: p[0]))
print(heapq.nlargest(4, pairs, key=lambda p: p[0]))
print(heapq.nsmallest(3, iter(pairs), key=lambda p: p[0]))
print(heapq.nlargest(3, iter(pairs), key=lambda p: p[0]))

servers = [
    {'host': 'web1', 'load': 0.71},
    {'host': 'web2', 'load': 0.12},
    {'host': 'db1', 'load': 0.93},
    {'host': 'cache', 'load': 0.40},
]
print([s['host'] for s in heapq.nlargest(2, servers, key=lambda s: s['load'])])

print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge()))
print(list(heapq.merge([], [])))
print(list(heapq.merge([3, 1], [4, 2, 0], reverse=True)))
print(list(heapq.merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
print(list(heapq.merge(['kangaroo', 'fish'], ['horse', 'cat'], key=len, reverse=True)))
print(list(heapq.merge([(1, 'x'), (2, 'y')], [(1, 'a'), (3, 'b')], key=lambda p: p[0])))
print(list(heapq.merge(iter([1, 4]), (2, 5), range(3, 7))))

logs_a = ['09:00 a start', '09:05 a work', '09:30 a stop']
logs_b = ['09:01 b start', '09:05 b work', '09:10 b stop']
for line in heapq.merge(logs_a, logs_b, key=lambda s: s[:5]):
    print(line)


def attempt(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)


attempt('nlargest mixed', heapq.nlargest, 2, [1, 'a', 3])
attempt('nsmallest mixed', heapq.nsmallest, 2, [1, 'a', 3, 0])
attempt('nsmallest bad n', heapq.nsmallest, 'x', [1, 2])
attempt('nlargest none', heapq.nlargest, 2, None)
attempt('merge bad', list, heapq.merge([1], 5))
attempt('merge mixed', list, heapq.merge([1, 2], ['a']))
m = heapq.merge([1], 5)
print('merge is lazy', type(m).__name__)
