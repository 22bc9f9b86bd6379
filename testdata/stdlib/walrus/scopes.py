# Which scope an assignment expression binds in: the function, the
# function around a comprehension, a class body, a global statement.


def f(data):
    out = [y for x in data if (y := x * 2) > 2]
    print(out, y)
    total = 0
    sums = [total := total + x for x in data]
    print(sums, total)
    i = 0
    while (n := data[i]) < 3:
        print("n", n)
        i += 1
    print(n)
    print([last := v for v in data], last)
    return (z := 5) + z


print(f([1, 2, 3, 4]))


class C:
    a = (b := 10) + 1


print(C.a, C.b)

g = 0


def setg():
    global g
    (g := 7)
    return g


print(setg(), g)


def rec(n):
    if (m := n - 1) > 0:
        rec(m)
    print("rec", n, m)


rec(3)


def gen(xs):
    for x in xs:
        if (d := x * 10) > 10:
            yield d


print(list(gen([1, 2, 3])))
exec("if (e := 4): print('exec', e)")
ns = {}
exec("def h():\n    (t := 3)\n    return t\nr = h()", ns)
print(ns["r"], "t" in ns)


def nested():
    return [[(p := i * j) for j in range(3)] for i in range(3)], p


print(nested())


def defaults(a=(dv := 9)):
    return a


print(defaults(), dv)
lam = lambda: (lv := 5) * 2
print(lam())


def tryit():
    try:
        (u := 1) / 0
    except ZeroDivisionError:
        print("caught", u)


tryit()


def other_comp():
    [1 for _ in range(2) if (yy := 4)]
    return [yy + k for k in range(2)]


print(other_comp())


def unbound():
    if False:
        (zz := 1)
    try:
        print(zz)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)


unbound()


def delw():
    (dd := 1)
    del dd
    try:
        dd
    except NameError as e:
        print(type(e).__name__, e)


delw()


def shadow():
    print([sq for sq in range(2)], (sq := 9), sq)


shadow()
print("sq" in globals())
