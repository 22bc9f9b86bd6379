"""Checksum verifier with base64, binascii, struct, hashlib."""
import base64
import binascii
import hashlib
import struct
import sys

RECORDS = [b"alpha", b"bravo charlie", b"", bytes(range(16)), "ünïcødé".encode()]


def pack_record(idx: int, payload: bytes) -> bytes:
    crc = binascii.crc32(payload)
    header = struct.pack("<HIQ", idx, len(payload), crc)
    return header + payload


def unpack_records(blob: bytes):
    off = 0
    hsize = struct.calcsize("<HIQ")
    while off < len(blob):
        idx, n, crc = struct.unpack_from("<HIQ", blob, off)
        off += hsize
        payload = blob[off:off + n]
        off += n
        yield idx, payload, crc == binascii.crc32(payload)


def main() -> int:
    blob = b"".join(pack_record(i, r) for i, r in enumerate(RECORDS))
    print(len(blob), struct.calcsize("<HIQ"), struct.calcsize("HIQ"), struct.calcsize("!BHd"))
    corrupted = bytearray(blob)
    corrupted[16] ^= 0xFF
    bad = 0
    for label, data in (("clean", blob), ("corrupt", bytes(corrupted))):
        for idx, payload, ok in unpack_records(data):
            print(f"{label:<8} #{idx} len={len(payload):>2} ok={ok} {payload[:8]!r}")
            bad += not ok
    for algo in ("md5", "sha1", "sha256", "sha512"):
        h = hashlib.new(algo, RECORDS[1])
        print(f"{algo:<8} {h.hexdigest()[:32]} size={h.digest_size} block={h.block_size}")
    print(hashlib.sha256(b"abc").hexdigest())
    print(hashlib.sha224(b"x").hexdigest()[:16], hashlib.sha3_256(b"").hexdigest()[:16])
    mac = hashlib.sha256(b"secret" + b"message")
    print(mac.hexdigest(), mac.digest() == mac.digest())
    data = RECORDS[4]
    for enc in (base64.b64encode, base64.urlsafe_b64encode, base64.b32encode, base64.b16encode):
        print(f"{enc.__name__:<20} {enc(data).decode()}")
    print(base64.b64decode("aGVsbG8gd29ybGQ="), base64.b64decode(b"aGk", validate=False) if False else "")
    try:
        base64.b64decode("abc")
    except binascii.Error as e:
        print("binascii.Error:", e)
    print(binascii.hexlify(b"\x00\xffab"), binascii.hexlify(b"\x01\x02\x03", "-"), binascii.unhexlify("cafe"))
    print(bytes.fromhex("de ad be ef").hex(":"), b"\xde\xad".hex(), binascii.crc32(b"hello"), hex(binascii.crc32(b"")))
    print(struct.pack(">i", -2), struct.unpack(">f", struct.pack(">f", 1.5)), struct.pack("3s", b"abcdef"))
    print(struct.pack("<?h", True, -1), list(struct.iter_unpack("<H", b"\x01\x00\x02\x00")))
    try:
        struct.pack("B", 256)
    except struct.error as e:
        print("struct.error:", e)
    print(int.from_bytes(b"\x01\x00", "little"), (1024).to_bytes(4, "big"), (-1).to_bytes(2, "big", signed=True))
    print(base64.encodebytes(b"x" * 60))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
