import struct, random
r = random.Random(2024)
codes = 'xcbB?hHiIlLqQnNPefdsp'
vals = [0, 1, -1, 127, 128, -129, 255, 256, 32767, 32768, -32769, 65535, 65536, 2**31-1, 2**31, -2**31-1, 2**32, 2**63-1, 2**63, -2**63-1, 2**64, 0.5, 1.5, -0.0, 1e-8, 65504.0, 65520.0, 1e39, 3.4e38, True, b'a', b'abc', b'', bytearray(b'xy'), 'a', None, 1e308, 2.5e-324, 6e-8, 1/3]
def t(f):
    try: return repr(f())
    except Exception as e: return type(e).__name__ + ' ' + str(e)
for i in range(500):
    order = r.choice(['', '@', '=', '<', '>', '!'])
    n = r.randint(1, 4)
    fmt = order
    for _ in range(n):
        c = r.choice(codes)
        if r.random() < 0.3:
            fmt += str(r.randint(0, 5))
        fmt += c
        if r.random() < 0.1: fmt += ' '
    try:
        cnt = len(struct.unpack(fmt, bytes(struct.calcsize(fmt))))
    except Exception:
        cnt = r.randint(0, 3)
    args = [r.choice(vals) for _ in range(cnt)]
    res = t(lambda: struct.pack(fmt, *args))
    print(i, repr(fmt), t(lambda: struct.calcsize(fmt)), res)
    data = bytes(r.randrange(256) for _ in range(r.choice([0, 1, 2, 4, 8, 16, 24, 40])))
    print('  u', t(lambda: struct.unpack(fmt, data)), t(lambda: struct.unpack_from(fmt, data, r.randint(-5, 5))))
