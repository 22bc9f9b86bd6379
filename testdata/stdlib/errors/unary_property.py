# Messages of failed unary operators and of properties without a setter.
class A:
    @property
    def p(self): return 1
for fn in [lambda: -"a", lambda: ~"a", lambda: +[], lambda: setattr(A(), "p", 2), lambda: delattr(A(), "p"), lambda: exec("l = []\nl[0] = 1"), lambda: exec("d = {}\nd |= 1"), lambda: float([]), lambda: int([])]:
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, e)
