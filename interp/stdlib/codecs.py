"""The codecs module: the registry of text encodings by name."""

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_UTF16_LE = BOM_LE = b'\xff\xfe'
BOM_UTF16_BE = BOM_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
BOM_UTF16 = BOM = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE


class CodecInfo:
    """An encoding found by lookup(): its name, encode and decode."""

    def __init__(self, encode, decode, name=None):
        self.encode = encode
        self.decode = decode
        self.name = name

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))


def lookup(encoding):
    """The CodecInfo of an encoding name; LookupError when it is unknown."""
    name = _canonical(encoding)

    def encode(input, errors='strict'):
        return input.encode(name, errors), len(input)

    def decode(input, errors='strict'):
        return bytes(input).decode(name, errors), len(input)

    return CodecInfo(encode, decode, name)


def encode(obj, encoding='utf-8', errors='strict'):
    """obj encoded with encoding."""
    return lookup(encoding).encode(obj, errors)[0]


def decode(obj, encoding='utf-8', errors='strict'):
    """obj decoded with encoding."""
    return lookup(encoding).decode(obj, errors)[0]


def getencoder(encoding):
    """The encode function of an encoding."""
    return lookup(encoding).encode


def getdecoder(encoding):
    """The decode function of an encoding."""
    return lookup(encoding).decode
