# PEP 448: unpacking in displays and calls.
a = [1, 2]
b = (3, 4)
d1 = {"x": 1}
d2 = {"y": 2}


def show(*args, **kwargs):
    print(args, sorted(kwargs.items()))


print(__spython_list__((a), [0], (b)))
print(__spython_tuple__((a), (b)))
print(sorted(__spython_set__((a), (b), [5])))
print(sorted(__spython_dict__((d1), {"z": 3}, (d2)).items()))
t = __spython_tuple__((a), [9])
print(t)
show(*__spython_tuple__((a), (b), [5]), k=1, **__spython_kwargs__((d1), (d2)))
show(*__spython_tuple__((a), [7]))
show(*__spython_tuple__((b), (a)), k=0)
show(**__spython_kwargs__((d1), {'j': 5}))
show(*a)
first, *rest = __spython_list__((b), (a))
print(first, rest)
for x in __spython_tuple__((a), (b)):
    print(x, end=" ")
print()
print(*__spython_tuple__((a), (b)), sep="-")
