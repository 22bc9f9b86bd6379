"""Records the iteration order of sets built by random operations, as
CPython 3.13 prints them, for set_order_test.go.

Each line is: operations, a tab, then repr of the resulting set. An
operation is a letter, optionally followed by ':' and comma-separated
ints (an operand, built by adding the ints in order to an empty set):

  a:N  add       r:N  discard    p  pop           c  copy
  S    set(cur)  F    set(frozenset(cur))          C  clear
  u:   cur | o   i:   cur & o    d:   cur - o      x:   cur ^ o
  U:   cur |= o  I:   cur &= o   D:   cur -= o     X:   cur ^= o
  l:   cur.update(list)          k:   cur = set(dict.fromkeys(list))
  m:   cur.symmetric_difference_update(list)
  n:   cur.difference_update(list)   j: cur.intersection_update(list)
  K:   cur.update(dict.fromkeys(list))
  Z:   cur.symmetric_difference_update(dict.fromkeys(list))
  Y:   cur = cur.difference(dict.fromkeys(list))
  W:   cur = cur.intersection(list)  V: cur = cur.union(list)
  R:   cur = cur.symmetric_difference(list)
  T:   cur = set(dict.fromkeys(cur).keys())

Run: python3.13 gen_set_order.py > set_order.txt
"""
import random

import os
rng = random.Random(int(os.environ.get("SEED", "20261127")))


def operand(ints):
    s = set()
    for n in ints:
        s.add(n)
    return s


def rand_ints(spread, big=False):
    k = rng.randint(0, 300 if big else 12)
    mode = rng.random()
    if mode < 0.3:
        return [rng.randint(-5, 40) for _ in range(k)]
    if mode < 0.6:
        step = rng.choice([8, 16, 32, 64, 5])
        return [rng.randint(0, 3) + step * rng.randint(-3, 20) for _ in range(k)]
    return [rng.randint(-spread, spread) for _ in range(k)]


def apply(cur, op, ints):
    o = operand(ints)
    if op == 'a':
        cur.add(ints[0])
    elif op == 'r':
        cur.discard(ints[0])
    elif op == 'p':
        if cur:
            cur.pop()
    elif op == 'c':
        cur = cur.copy()
    elif op == 'S':
        cur = set(cur)
    elif op == 'F':
        cur = set(frozenset(cur))
    elif op == 'C':
        cur.clear()
    elif op == 'u':
        cur = cur | o
    elif op == 'i':
        cur = cur & o
    elif op == 'd':
        cur = cur - o
    elif op == 'x':
        cur = cur ^ o
    elif op == 'U':
        cur |= o
    elif op == 'I':
        cur &= o
    elif op == 'D':
        cur -= o
    elif op == 'X':
        cur ^= o
    elif op == 'l':
        cur.update(list(ints))
    elif op == 'k':
        cur = set(dict.fromkeys(ints))
    elif op == 'm':
        cur.symmetric_difference_update(list(ints))
    elif op == 'n':
        cur.difference_update(list(ints))
    elif op == 'j':
        cur.intersection_update(list(ints))
    elif op == 'K':
        cur.update(dict.fromkeys(ints))
    elif op == 'Z':
        cur.symmetric_difference_update(dict.fromkeys(ints))
    elif op == 'Y':
        cur = cur.difference(dict.fromkeys(ints))
    elif op == 'W':
        cur = cur.intersection(list(ints))
    elif op == 'V':
        cur = cur.union(list(ints))
    elif op == 'R':
        cur = cur.symmetric_difference(list(ints))
    elif op == 'T':
        cur = set(dict.fromkeys(cur).keys())
    return cur


OPS = 'aaaaaaaarrrpcSFCuidxUIDXlkmnjKZYWVRT'
NEEDS_INTS = set('aruidxUIDXlkmnjKZYWVR')

for case in range(480):
    big = case >= 400
    cur = set()
    ops = []
    spread = rng.choice([10, 100, 1000, 100000, 2**40])
    for _ in range(rng.randint(1, 12 if big else 40)):
        op = rng.choice(OPS)
        if op in 'ar':
            ints = [rng.randint(-spread, spread) if rng.random() < 0.5 else rng.randint(-3, 70)]
        elif op in NEEDS_INTS:
            ints = rand_ints(spread, big)
        else:
            ints = []
        if op == 'C' and rng.random() < 0.7:
            continue
        cur = apply(cur, op, ints)
        ops.append(op + (':' + ','.join(map(str, ints)) if op in NEEDS_INTS else ''))
    print(' '.join(ops) + '\t' + repr(cur))
