# bisect: searches, insertions, lo/hi/key, errors.
import bisect

a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 3, 4, 8, 9]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 2, lo=4, hi=6))
print(bisect.bisect_left(a, 2, 0, -1), bisect.bisect_left(a, 5, 0, -5), bisect.bisect_right(a, 5, hi=None))
print(bisect.bisect_left(a, 2, True), bisect.bisect_left(a, 9, 10, 10))
print(bisect.bisect_left((1, 3, 5), 4), bisect.bisect_right('acegi', 'f'), bisect.bisect_left(range(0, 100, 5), 42))

grades = [60, 70, 80, 90]


def grade(score):
    return 'FDCBA'[bisect.bisect(grades, score)]


print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])

people = [('alice', 31), ('bob', 25), ('carol', 47), ('dave', 38)]
people.sort(key=lambda p: p[1])
ages = [p[1] for p in people]
print(bisect.bisect_left(people, 38, key=lambda p: p[1]), bisect.bisect_right(people, 38, key=lambda p: p[1]))
bisect.insort(people, ('erin', 30), key=lambda p: p[1])
bisect.insort_left(people, ('frank', 25), key=lambda p: p[1])
bisect.insort_right(people, ('gina', 25), key=lambda p: p[1])
print(people)

b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 5)
bisect.insort_right(b, 5, 0, 3)
bisect.insort(b, 0, lo=0, hi=0)
print(b)
c = [1.5, 2.5]
bisect.insort(c, 2)
bisect.insort(c, True)
print(c)


class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split('.'))

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return 'V' + '.'.join(map(str, self.parts))


versions = [Version(v) for v in ['1.0', '1.2', '1.10', '2.0']]
print(bisect.bisect(versions, Version('1.9')), bisect.bisect_left(versions, Version('1.10')))
bisect.insort(versions, Version('1.2.1'))
print(versions)


class Seq:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        print('  probe', i)
        return self.items[i]


print(bisect.bisect_left(Seq([10, 20, 30, 40, 50]), 35))


class Log(list):
    def insert(self, i, x):
        print('  insert', i, x)
        list.insert(self, i, x)


log = Log([1, 3])
bisect.insort(log, 2)
print(log)


def attempt(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)


attempt('lo negative', bisect.bisect_left, a, 1, -1)
attempt('insort lo negative', bisect.insort, [1], 1, -2)
attempt('lo str', bisect.bisect_right, a, 1, 'a')
attempt('lo float', bisect.bisect_right, a, 1, 1.5)
attempt('lo none', bisect.bisect_right, a, 1, None)
attempt('hi str', bisect.bisect_right, a, 1, 0, 'a')
attempt('hi float', bisect.bisect_left, a, 1, hi=1.0)
attempt('hi huge', bisect.bisect_left, a, 1, hi=2 ** 70)
attempt('lo huge', bisect.bisect_left, a, 1, lo=2 ** 70)
attempt('hi past end', bisect.bisect_left, [1, 2], 5, 0, 10)
attempt('not sequence', bisect.bisect_left, 5, 1)
attempt('dict', bisect.bisect, {1: 1}, 1)
attempt('mixed', bisect.bisect_left, [1, 2], 'a')
attempt('mixed right', bisect.bisect_right, [1, 2], 'a')
attempt('bad key', bisect.bisect_left, [1, 2], 1, key=5)
attempt('tuple insort', bisect.insort, (1, 2), 1)
attempt('missing x', bisect.bisect_left, [1, 2])
attempt('missing a', bisect.bisect_left)
attempt('missing x insort', bisect.insort_left, [1])
attempt('too many', bisect.bisect_left, [1], 1, 0, 1, None)
attempt('twice', bisect.bisect_left, [1], 1, a=[1])
attempt('unknown kw', bisect.bisect_left, [1, 2], 1, foo=1)
print(bisect.bisect is bisect.bisect_right, bisect.insort is bisect.insort_right)
