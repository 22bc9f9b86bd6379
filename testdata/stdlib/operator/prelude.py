from operator import *

