# The heap primitives: the list layout after every operation, as CPython.
import heapq
import random

random.seed(20240601)

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 1, 4, 6]:
    heapq.heappush(h, x)
    print('push', x, h)
while h:
    print('pop', heapq.heappop(h), h)

data = [random.randint(0, 99) for _ in range(40)]
heapq.heapify(data)
print('heapify', data)
print('replace', heapq.heapreplace(data, 50), data[:10])
print('pushpop small', heapq.heappushpop(data, -1), data[:10])
print('pushpop big', heapq.heappushpop(data, 77), data[:10])
print('pushpop empty', heapq.heappushpop([], 3))

# Above 2500 items heapify visits the nodes in another order.
big = [random.random() for _ in range(3001)]
heapq.heapify(big)
print('big ok', all(big[i] <= big[c] for i in range(len(big))
                    for c in (2 * i + 1, 2 * i + 2) if c < len(big)))
print('big head', big[:6])
print('big sorted', [heapq.heappop(big) for _ in range(5)])

# Tuples: priority queue with a tie-breaking counter.
tasks = []
for i, (prio, name) in enumerate([(3, 'write'), (1, 'plan'), (2, 'test'), (1, 'coffee')]):
    heapq.heappush(tasks, (prio, i, name))
print(tasks)
print([heapq.heappop(tasks)[2] for _ in range(4)])


class Job:
    def __init__(self, prio, name):
        self.prio = prio
        self.name = name

    def __lt__(self, other):
        return self.prio < other.prio

    def __repr__(self):
        return 'Job(%d, %s)' % (self.prio, self.name)


jobs = [Job(p, 'j%d' % p) for p in [4, 2, 9, 1, 7, 3]]
heapq.heapify(jobs)
print(jobs)
heapq.heappush(jobs, Job(0, 'urgent'))
print(jobs)
print(heapq.heappop(jobs), heapq.heappop(jobs), jobs)


class Rev(list):
    pass


r = Rev([3, 1, 2])
heapq.heapify(r)
print(type(r).__name__, r)

strs = ['pear', 'apple', 'fig', 'kiwi', 'banana']
heapq.heapify(strs)
print(strs)


def attempt(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)


attempt('push int', heapq.heappush, 5, 1)
attempt('push tuple', heapq.heappush, (1,), 1)
attempt('pop int', heapq.heappop, 5)
attempt('heapify tuple', heapq.heapify, (3, 1))
attempt('replace int', heapq.heapreplace, 5, 1)
attempt('pushpop str', heapq.heappushpop, 'abc', 1)
attempt('pop empty', heapq.heappop, [])
attempt('replace empty', heapq.heapreplace, [], 1)
attempt('push mixed', heapq.heappush, [1, 2], 'a')
attempt('heapify mixed', heapq.heapify, [3, 'a', 1])
attempt('pushpop mixed', heapq.heappushpop, [1], 'a')
attempt('push none', heapq.heappush, [None], None)
attempt('push 1 arg', heapq.heappush, [])
attempt('push 3 args', heapq.heappush, [], 1, 2)
attempt('push kwargs', heapq.heappush, heap=[], item=1)
attempt('pop 0 args', heapq.heappop)
attempt('pop 2 args', heapq.heappop, [], 1)
attempt('heapify kwargs', heapq.heapify, heap=[])


class Shrinker:
    def __init__(self, heap):
        self.heap = heap

    def __lt__(self, other):
        self.heap.clear()
        return True


hh = []
hh.append(1)
attempt('mutating lt', heapq.heappush, hh, Shrinker(hh))
print(heapq.__all__)
