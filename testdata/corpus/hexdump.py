# A hexdump utility for short messages plus the reverse: parse a hex
# dump back and check what came out, with checksums.
import sys

MESSAGES = [
    "GET / HTTP/1.1\r\nHost: example\r\n\r\n",
    "Ünïcödé ✓ text",
    "\x00\x01\x02binary\xff tail",
]


def to_bytes(text):
    return text.encode("utf-8")


def dump(data, width=8):
    lines = []
    for offset in range(0, len(data), width):
        chunk = data[offset:offset + width]
        hexes = " ".join("%02x" % b for b in chunk)
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        lines.append("%08x  %-*s  |%s|" % (offset, width * 3 - 1, hexes, text))
    return lines


def undump(lines):
    out = []
    for line in lines:
        offset, _, rest = line.partition("  ")
        hexpart = rest.split("  |")[0]
        assert int(offset, 16) == len(out), (offset, len(out))
        out.extend(int(h, 16) for h in hexpart.split())
    return bytes(out)


def checksum(data):
    s1, s2 = 1, 0
    for b in data:
        s1 = (s1 + b) % 65521
        s2 = (s2 + s1) % 65521
    return (s2 << 16) | s1


for msg in MESSAGES:
    data = to_bytes(msg)
    print("message %r: %d chars, %d bytes" % (msg, len(msg), len(data)))
    lines = dump(data)
    for line in lines:
        print("  " + line)
    back = undump(lines)
    print("  roundtrip:", back == data, "text:", back.decode("utf-8") == msg)
    c = checksum(data)
    print("  adler-ish: %d 0x%08X %s" % (c, c, hex(c)))

print(int("ff", 16), int("0xff", 16), int("0b101", 0), int("777", 8), int("z", 36), int(" 42 "))
print(hex(0), hex(-255), oct(8), bin(5), "%x %X %o %#x" % (255, 255, 8, 255))
print(format(3054, "x"), format(3054, "#010x"), "{:04X}".format(171))
for n in (0, 1, 255, 256, 65535, 2 ** 32, -1):
    print("%12d -> %-12s bits=%d bytes=%d" % (n, hex(n), n.bit_length(), (n.bit_length() + 7) // 8))
print(ord("A"), chr(9731), [ord(c) for c in "ok!"], "".join(chr(c) for c in range(97, 103)))
print(bytes([72, 105]), bytes.fromhex("48 65 6c 6c 6f"), b"abc".hex(), list(b"hi"))
try:
    int("12g", 16)
except ValueError as e:
    print("error:", e)
