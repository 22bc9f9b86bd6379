cases = [b"hello World", b"Hello World", b"HELLO", b"abc123", b"123", b"", b"  \t\n", b"caf\xc3\xa9", b"Title Case Words", b"-42", b"a\tb\tc", b"one\ntwo\r\nthree\rfour\n"]
for b in cases:
    print(b.isalnum(), b.isalpha(), b.isascii(), b.isdigit(), b.islower(), b.isupper(), b.isspace(), b.istitle(),
          b.title(), b.capitalize(), b.swapcase())
    print(b.ljust(14, b"*"), b.rjust(14), b.center(15, b"."), b.zfill(6), b.expandtabs(4), b.splitlines(), b.splitlines(True))
    print(b.partition(b"o"), b.rpartition(b"o"), b.removeprefix(b"he"), b.removesuffix(b"ld"))
t = bytes.maketrans(b"abc", b"xyz")
print(b"aabbcc".translate(t), b"aabbcc".translate(None, b"b"), b"abc".translate(t, b"a"), len(t))
ba = bytearray(b"key=value")
print(ba.partition(b"="), ba.title(), ba.splitlines(), ba.zfill(12), bytearray.maketrans(b"a", b"b")[97])
for bad in ("b'a'.ljust(5, b'xy')", "b'a'.translate(b'short')", "bytes.maketrans(b'ab', b'c')", "b'a'.partition(b'')", "b'a'.partition('x')"):
    try:
        eval(bad)
    except Exception as e:
        print(type(e).__name__, e)
