# Subclasses of int and float: their numbers in arithmetic and comparisons,
# and whose reflected methods CPython calls first.
def t(label, fn):
    try:
        print(label, '->', repr(fn()))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
class I(int):
    def __radd__(s, o): return 'I.radd'
    def __rtruediv__(s, o): return 'I.rtruediv'
    def __rsub__(s, o): return 'I.rsub'
class F(float):
    def __radd__(s, o): return 'F.radd'
    def __rmul__(s, o): return 'F.rmul'
class P(int): pass
t('1+I', lambda: 1 + I(2))
t('1.5+I', lambda: 1.5 + I(2))
t('1/I', lambda: 1 / I(2))
t('1.5/I', lambda: 1.5 / I(2))
t('1-I', lambda: 1 - I(2))
t('1+F', lambda: 1 + F(2))
t('1.5+F', lambda: 1.5 + F(2))
t('2*F', lambda: 2 * F(2))
t('P/2', lambda: P(7) / 2)
t('2/P', lambda: 2 / P(7))
t('P//2.0', lambda: P(7) // 2.0)
t('P%2.0', lambda: P(7) % 2.0)
t('P**0.5', lambda: P(4) ** 0.5)
t('F**2', lambda: F(1.5) ** 2)
t('P<2.5', lambda: P(7) < 2.5)
t('P==7.0', lambda: P(7) == 7.0)
t('bigP', lambda: P(2**53+1) == float(2**53+1))
t('F%2', lambda: F(5) % -2.5)
t('divmod F', lambda: divmod(F(5), -2.5))
t('pow3', lambda: pow(2.0, 0.5))
t('__rpow__', lambda: (2.0).__rpow__(3))
t('__truediv__', lambda: (1).__truediv__(3))
t('hex sub', lambda: F(2.5).hex())
t('fromhex sub', lambda: F.fromhex('0x1p1'))
t('round', lambda: round(2.675, 2))
t('float str', lambda: float(' -nan '))
t('float inf', lambda: float('-Infinity'))
t('math pow', lambda: __import__('math').pow(1.1, 2.5))
t('1.1**2.5', lambda: 1.1 ** 2.5)
t('sum', lambda: sum([0.1]*10))

import enum


class Color(enum.IntEnum):
    RED = 1
    GREEN = 2


t('enum < float', lambda: Color.GREEN < 2.5)
t('enum * float', lambda: Color.GREEN * 1.5)
t('enum / int', lambda: Color.GREEN / 4)
t('enum // float', lambda: Color.GREEN // 0.5)
t('enum == float', lambda: Color.RED == 1.0)
t('enum ** float', lambda: Color.GREEN ** 0.5)
t('seq * enum', lambda: 'ab' * Color.GREEN)
