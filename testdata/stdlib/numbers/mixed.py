# Comparisons of ints with floats, exact as CPython's, and the reflected
# operators of a class tried when an int, float, str or list is on the left.
def t(label, fn):
    try:
        r = fn()
        print(label, '->', repr(r))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
# 1
t('big>f', lambda: 10**400 > 1e308)
t('big<f', lambda: 10**400 < 1e308)
t('big==inf', lambda: 10**400 == float('inf'))
t('big<inf', lambda: 10**400 < float('inf'))
t('nbig>-inf', lambda: -10**400 > float('-inf'))
t('f>big', lambda: 1e308 > 10**400)
t('2**53+1==f', lambda: 2**53+1 == float(2**53+1))
t('2**53+1!=f', lambda: 2**53+1 != float(2**53+1))
t('f==2**53+1', lambda: float(2**53+1) == 2**53+1)
t('2**53+1>f', lambda: 2**53+1 > float(2**53+1))
t('2**53+1>=f', lambda: 2**53+1 >= float(2**53+1))
t('f<2**53+1', lambda: float(2**53+1) < 2**53+1)
t('nan', lambda: 10**400 < float('nan'))
t('nan2', lambda: 1 == float('nan'))
t('2**63', lambda: 2**63 == float(2**63))
t('2**63-1', lambda: 2**63-1 == float(2**63))
t('2**63-1<', lambda: 2**63-1 < float(2**63))
t('hash', lambda: hash(2**53) == hash(float(2**53)))
t('hash2', lambda: hash(2**64) == hash(float(2**64)))
t('hash3', lambda: (hash(2**64), hash(float(2**64)), hash(1.5), hash(-1.0), hash(10**30)))
t('bool', lambda: True == 1.0)
t('bool<', lambda: True < 1.5)
t('1<1.5', lambda: 1 < 1.5)
t('3==3.0', lambda: 3 == 3.0)
t('-1<-0.5', lambda: -1 < -0.5)
# 2
class V:
    def __rtruediv__(s, o): return "rdiv"
    def __rfloordiv__(s, o): return "rfloordiv"
    def __rmod__(s, o): return "rmod"
    def __rpow__(s, o): return "rpow"
    def __rsub__(s, o): return "rsub"
    def __radd__(s, o): return "radd"
    def __rmul__(s, o): return "rmul"
    def __rand__(s, o): return "rand"
    def __ror__(s, o): return "ror"
    def __rxor__(s, o): return "rxor"
    def __rlshift__(s, o): return "rlshift"
    def __rrshift__(s, o): return "rrshift"
    def __rdivmod__(s, o): return "rdivmod"
    def __rmatmul__(s, o): return "rmatmul"
import operator
for left in (1, 1.5, True, 10**30, "s", [1], (1,), b"x", {1}, {1:2}):
    res = []
    for name, fn in [('/', operator.truediv), ('//', operator.floordiv), ('%', operator.mod), ('**', operator.pow),
                     ('-', operator.sub), ('+', operator.add), ('*', operator.mul), ('&', operator.and_),
                     ('|', operator.or_), ('^', operator.xor), ('<<', operator.lshift), ('>>', operator.rshift),
                     ('divmod', divmod)]:
        try:
            res.append(fn(left, V()))
        except Exception as e:
            res.append(type(e).__name__)
    print(repr(left), res)
for left in (1, 1.5, True, 10**30, "s", [1], (1,), b"x"):
    res = []
    v = V()
    for name, src in [('/', 'x/=v'), ('//', 'x//=v'), ('%', 'x%=v'), ('**', 'x**=v'),
                     ('-', 'x-=v'), ('+', 'x+=v'), ('*', 'x*=v'), ('&', 'x&=v'),
                     ('|', 'x|=v'), ('^', 'x^=v'), ('<<', 'x<<=v'), ('>>', 'x>>=v')]:
        ns = {'x': left, 'v': v}
        try:
            exec(src, ns)
            res.append(ns['x'])
        except Exception as e:
            res.append(type(e).__name__)
    print('inplace', repr(left), res)
# direct operator syntax
v = V()
t('1/V', lambda: 1 / v)
t('1//V', lambda: 1 // v)
t('1%V', lambda: 1 % v)
t('1**V', lambda: 1 ** v)
t('1.5**V', lambda: 1.5 ** v)
t('1-V', lambda: 1 - v)
t('1.5-V', lambda: 1.5 - v)
t('1<<V', lambda: 1 << v)
t('"s"%V', lambda: "s" % v)
t('divmod', lambda: divmod(1, v))
t('pow3', lambda: pow(1, v))
