import struct, random
r = random.Random(5)
out = []
for i in range(3000):
    k = r.random()
    if k < 0.3: x = r.uniform(-70000, 70000)
    elif k < 0.6: x = r.uniform(-1, 1) * 10 ** r.randint(-9, 5)
    elif k < 0.8: x = struct.unpack('<e', bytes([r.randrange(256), r.randrange(256)]))[0] + r.choice([0, 1e-12, -1e-12, 2**-25, 2**-24])
    else: x = float(r.randint(-70000, 70000)) / r.choice([1, 2, 4, 1024, 2048, 4096])
    try: out.append(struct.pack('<e', x).hex())
    except OverflowError: out.append('OV')
    out.append(repr(struct.unpack('<f', struct.pack('<f', x))[0]) if abs(x) < 3e38 else '')
print(hash(tuple(out)) if False else len(out))
print('\n'.join(out))
