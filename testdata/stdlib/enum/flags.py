# Flag and IntFlag: combinations, canonical members, boundaries.
from enum import Flag, IntFlag, auto, STRICT, CONFORM, EJECT, KEEP


def show(label, fn):
    try:
        result = fn()
    except Exception as e:
        result = f"{type(e).__name__}: {e}"
    print(label, repr(result))


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
show("intflag value", lambda: (int(rw), rw == 6, "%d" % rw, rw & 4 == 4, f"{rw:d}", rw.value))
show("intflag repr", lambda: (repr(rw), str(rw), format(rw), f"{rw}", rw.name))
show("intflag ops", lambda: (Perm.R | 1, 3 & Perm.W, Perm.X ^ 3, ~Perm.R, ~Perm(8), Perm.R + 1))
show("intflag keep", lambda: (Perm(8), Perm(13), Perm(13).name, Perm(0), str(Perm(0)), Perm(-1)))
show("intflag members", lambda: (list(rw), len(rw), Perm.W in rw, Perm.X in rw, bool(Perm(0))))


class P(Flag):
    R = 1
    W = 2
    RW = 3
    X = 4


show("canonical", lambda: (list(P), list(P.__members__), P(3), P(3) is P.RW, len(P)))
show("zero", lambda: (P(0), str(P(0)), repr(P(0)), P(0).name, bool(P(0)), list(P(0))))
show("combine", lambda: (P.R | P.X, str(P.R | P.X), (P.R | P.X).name, P.R | P.X is P(5)))
show("invert", lambda: (~P.R, ~P.RW, ~P(0), ~P(7)))
show("xor and", lambda: (P.R ^ P.W, P.RW ^ P.R, P.R ^ P.R, P.RW & P.W))
show("len iter", lambda: (len(P.RW), list(P.RW), len(P(7)), list(P(7))))
show("contains", lambda: (P.R in P.RW, P.X in P.RW, P.R in P, 3 in P, 8 in P))
show("strict", lambda: P(8))
show("strict many", lambda: P(64))
show("strict negative", lambda: P(-9))
show("negative", lambda: (P(-1), P(-2)))
show("not int", lambda: P("a"))
show("mix int", lambda: P.R | 1)
show("in int", lambda: 1 in P.R)


class A(Flag):
    R = auto()
    W = auto()
    RW = R | W
    X = auto()


show("auto", lambda: ([(m.name, m.value) for m in A], A.RW, A.X.value, list(A.__members__)))


class Empty(Flag):
    pass


show("empty", lambda: Empty(0))
show("boundaries", lambda: (Perm._boundary_, P._boundary_, str(STRICT), repr(KEEP)))


class Keep(Flag, boundary=KEEP):
    A = 1


class Conform(Flag, boundary=CONFORM):
    A = 1


class Eject(Flag, boundary=EJECT):
    A = 1


show("keep", lambda: (Keep(3), Keep(2), Keep(2).name))
show("conform", lambda: (Conform(3), Conform(2)))
show("eject", lambda: (Eject(3), Eject(1)))
