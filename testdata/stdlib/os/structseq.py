# Making os.stat_result, os.terminal_size and os.uname_result from
# sequences, as CPython's struct sequences allow.
import os
import time

s = os.stat_result((0,) * 10)
print(s, s.st_size, s.st_atime, s.st_mtime_ns, s.st_blksize, len(s), s[7])
s = os.stat_result(tuple(range(10)))
print(s.st_atime, s.st_ctime, s.st_atime_ns)
s = os.stat_result(tuple(range(10)), {'st_atime': 1.5, 'st_blksize': 9})
print(s.st_atime, s.st_mtime, s.st_blksize)
s = os.stat_result(tuple(range(19)))
print(s.st_rdev, s.st_atime, s.st_ctime_ns)
print(os.stat_result(range(10)) == tuple(range(10)), os.stat_result(sequence=[1] * 10)[0])
for t in [os.stat_result, os.terminal_size, os.uname_result]:
    print(t, t.__name__, t.n_fields, t.n_sequence_fields, t.n_unnamed_fields, t.__match_args__)
print(os.terminal_size((80, 24)), os.terminal_size([80, 24], {}).columns)
print(os.uname_result(('a', 'b', 'c', 'd', 'e')))
tests = [
    lambda: os.stat_result((0,) * 9),
    lambda: os.stat_result((0,) * 20),
    lambda: os.stat_result(5),
    lambda: os.stat_result((0,) * 10, 5),
    lambda: os.stat_result((0,) * 10, {'st_xxx': 1}),
    lambda: os.stat_result(),
    lambda: os.stat_result((0,) * 10, {}, 3),
    lambda: os.terminal_size((80,)),
    lambda: os.terminal_size((80, 24), {'columns': 1}),
    lambda: os.uname_result((1,)),
    lambda: time.struct_time((1,)),
    lambda: time.struct_time((0,) * 9, {'tm_zone': 'UTC'}).tm_zone,
    lambda: time.struct_time((0,) * 9, {'tm_x': 1}),
    lambda: time.struct_time((0,) * 9, 1),
    lambda: time.struct_time.__match_args__,
]
for t in tests:
    try:
        print(t())
    except TypeError as e:
        print('TypeError:', e)
