from collections import *
P = namedtuple('P', 'x y')
P3 = namedtuple('P3', ['a', 'b', 'c'], defaults=[0])

