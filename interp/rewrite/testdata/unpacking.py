# PEP 448: unpacking in displays and calls.
a = [1, 2]
b = (3, 4)
d1 = {"x": 1}
d2 = {"y": 2}


def show(*args, **kwargs):
    print(args, sorted(kwargs.items()))


print([*a, 0, *b])
print((*a, *b))
print(sorted({*a, *b, 5}))
print(sorted({**d1, "z": 3, **d2}.items()))
t = *a, 9
print(t)
show(*a, *b, 5, k=1, **d1, **d2)
show(*a, 7)
show(k=0, *b, *a)
show(**d1, j=5)
show(*a,)
first, *rest = [*b, *a]
print(first, rest)
for x in *a, *b:
    print(x, end=" ")
print()
print(*a, *b, sep="-")
