# A for loop over a list sees the list change under it, as in CPython.
a = [1, 2]
for v in a:
    print(v)
    if v == 1:
        a.append(3)
a = [1, 2, 3]
for v in a:
    print(v)
    if v == 1:
        a.remove(v)
a = [1, 2, 3]
it = iter(a)
next(it)
a.append(4)
print(list(it), type(it).__name__)
q = ["start"]
for job in q:
    if len(q) < 5:
        q.append(job + "+")
print(q)
it = iter([1])
print(next(it), next(it, "done"))
l = [1]
it = iter(l)
print(list(it)); l.append(2); print(list(it))
print(it.__length_hint__() if hasattr(it, "__length_hint__") else "nohint")
