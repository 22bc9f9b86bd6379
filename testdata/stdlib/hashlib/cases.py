import hashlib
for n in sorted(hashlib.algorithms_guaranteed - {'blake2b', 'blake2s'}):
    h = hashlib.new(n, b'abc')
    if n.startswith('shake'):
        print(n, h.name, h.digest_size, h.block_size, h.hexdigest(20), h.digest(4))
    else:
        print(n, h.name, h.digest_size, h.block_size, h.hexdigest())
h = hashlib.sha256()
h.update(b'hello ')
c = h.copy()
h.update(b'world')
print(h.hexdigest(), c.hexdigest(), c.digest().hex())
print(hashlib.md5(b'x', usedforsecurity=False).hexdigest(), hashlib.new('SHA1', data=b'x').hexdigest(), hashlib.md5(string=b'a').hexdigest())
print(repr(h)[:25], type(h).__name__, type(h).__module__)
for f in [lambda: hashlib.md5(1), lambda: hashlib.md5('x'), lambda: hashlib.new('foo'), lambda: hashlib.sha1().update('s'),
          lambda: hashlib.md5(b'a', b'b'), lambda: hashlib.md5(strin=b'a'), lambda: hashlib.shake_128().hexdigest(), lambda: hashlib.sha1().hexdigest(3)]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
import sys
path = sys.argv[1] + '/digest.bin'
with open(path, 'wb') as fp:
    fp.write(('spam and eggs\n' * 1000).encode())
with open(path, 'rb') as fp:
    print(hashlib.file_digest(fp, 'sha256').hexdigest())
with open(path, 'rb') as fp:
    print(hashlib.file_digest(fp, hashlib.md5).hexdigest())
with open(path, 'rb') as fp:
    print(hashlib.file_digest(fp, hashlib.md5).name)
