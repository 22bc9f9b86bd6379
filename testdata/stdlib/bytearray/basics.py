ba = bytearray(b"hello world")
print(ba, len(ba), ba[0], ba[-1], ba[1:4], type(ba[1:4]).__name__)
ba[0] = 72
ba[6:11] = b"there"
print(ba, repr(ba), str(ba))
ba.append(33); ba.extend([10, 11]); ba.extend(b"xy")
print(ba)
print(ba.pop(), ba.pop(0), ba)
ba.insert(0, 72); ba.insert(-1, 65); ba.remove(65)
print(ba)
del ba[0]; del ba[::2]
print(ba)
b = bytearray(b"a,b,,c")
print(b.split(b","), b.upper(), b.replace(b",", b";"), b.find(b"c"), b.count(b","), b.startswith(b"a"))
print(b.decode(), b.hex(), bytearray.fromhex("de ad"), bytes(b), bytearray(3), bytearray("é", "utf-8"), bytearray([1, 2]))
print(b == b"a,b,,c", b"a,b,,c" == b, b + b"!", b"!" + b, type(b"!" + b).__name__, b * 2, 2 * b)
print(b"," in b, 44 in b, 99 in b, list(bytearray(b"ab")), sorted(bytearray(b"cab")))
c = bytearray(b"abc"); c += b"def"; c *= 2
print(c, c.copy(), c < b"b", bytearray(b"b") > b"a")
c.reverse(); print(c); c.clear(); print(c, bool(c), bool(bytearray(b"x")))
print(b", ".join([bytearray(b"x"), b"y"]), bytearray(b"-").join([b"p", b"q"]), b.strip(b"ac"))
for bad in ("c[0] = 256", "c[0] = 'x'", "hash(bytearray())", "bytearray().pop()", "bytearray(b'a').remove(9)", "bytearray(b'a')[5]", "bytearray(b'abc')[::2] = b'xyz'", "bytearray(b'a') + 'x'", "bytearray('x')"):
    try:
        c = bytearray(b"abc")
        exec(bad)
    except Exception as e:
        print(type(e).__name__, e)
import hashlib, base64
print(hashlib.sha256(bytearray(b"x")).hexdigest()[:16], base64.b64encode(bytearray(b"hi")))
d = {}
print(isinstance(bytearray(), bytearray), bytearray(b"%d-%s") % (1, b"x"))
m = bytearray(10); m[2:4] = [1, 2]; print(m, len(m))
import io, os, tempfile
buf = io.BytesIO()
buf.write(bytearray(b"abc"))
print(buf.getvalue())
fd, path = tempfile.mkstemp()
os.write(fd, bytearray(b"raw "))
os.close(fd)
with open(path, "ab") as f:
    f.write(bytearray(b"data"))
with open(path, "rb") as f:
    print(f.read())
os.remove(path)
src = bytearray(b"keep")
buf = io.BytesIO()
buf.write(src)
src[0] = 75
print(buf.getvalue(), src)
