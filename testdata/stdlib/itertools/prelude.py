from itertools import *
import operator

