import binascii
print(binascii.hexlify(b'\x01\x02\x03\x04\x05', '-', 2), binascii.hexlify(b'\x01\x02\x03\x04\x05', b':', -2), binascii.hexlify(b'ab', '-'))
print(binascii.hexlify(b'\x00\xff\x10'), binascii.b2a_hex(b'xyz'), binascii.hexlify(b'abcdef', ' ', 4), binascii.hexlify(b'abcdef', ' ', -4), binascii.hexlify(b'', '-'))
print(binascii.unhexlify('DEADbeef'), binascii.a2b_hex(b'00ff'), binascii.unhexlify(''))
for s in [b'YWJj', b'YWJ', b'YW', b'Y', b'YQ==', b'YQ=', b'YQ', b'Y Q = =', b'YQ==YQ==', b'=YQ==', b'YWJjZA=', b'!!!!', b'YQ==\n', b'Y===', b'YWJjZGVm\nZ2hp\n', 'YWJj', b'YQ=a=']:
    for strict in (False, True):
        try: print(s, strict, binascii.a2b_base64(s, strict_mode=strict))
        except binascii.Error as e: print(s, strict, type(e).__name__, e)
for data in [b'', b'a', b'ab', b'abc', b'abcd', bytes(range(60))]:
    print(binascii.b2a_base64(data), binascii.b2a_base64(data, newline=False), binascii.crc32(data), binascii.crc_hqx(data, 0xffff))
print(binascii.crc32(b'hello'), binascii.crc32(b'hello', 5), binascii.crc32(b'x', -1), binascii.crc32(b' world', binascii.crc32(b'hello')))
for f in [lambda: binascii.unhexlify('abc'), lambda: binascii.unhexlify('zz'), lambda: binascii.hexlify('str'),
          lambda: binascii.unhexlify('é1'), lambda: binascii.b2a_base64('x'), lambda: binascii.a2b_base64(5),
          lambda: binascii.hexlify(b'ab', 'xx'), lambda: binascii.crc32('x')]:
    try: print(f())
    except (binascii.Error, TypeError, ValueError) as e: print(type(e).__name__, e)
print([c.__name__ for c in binascii.Error.__mro__], issubclass(binascii.Incomplete, Exception))
try:
    raise binascii.Error("boom")
except ValueError as e:
    print(type(e).__name__, e)
