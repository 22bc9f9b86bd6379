# hashlib: the constructors are written in Go; this part adds the
# algorithm sets and file_digest.

algorithms_guaranteed = {'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
                         'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
                         'shake_128', 'shake_256'}
algorithms_available = algorithms_guaranteed | {'sha512_224', 'sha512_256'}

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
           'sha3_224', 'sha3_256', 'sha3_384', 'sha3_512',
           'shake_128', 'shake_256', 'new', 'algorithms_guaranteed',
           'algorithms_available', 'file_digest')


def file_digest(fileobj, digest, *, _bufsize=2**18):
    """The hash object of everything fileobj yields: a file opened for
    reading in binary mode, or a BytesIO. digest is an algorithm name or a
    constructor such as sha256."""
    h = new(digest) if isinstance(digest, str) else digest()
    getbuffer = getattr(fileobj, 'getbuffer', None)
    if getbuffer is not None:
        h.update(getbuffer())
        return h
    readable = getattr(fileobj, 'readable', None)
    if not hasattr(fileobj, 'read') or readable is None or not readable():
        raise ValueError(f"'{fileobj!r}' is not a file object in binary mode.")
    for chunk in iter(lambda: fileobj.read(_bufsize), b''):
        if not isinstance(chunk, (bytes, bytearray)):
            raise ValueError(f"'{fileobj!r}' is not a file object in binary mode.")
        h.update(chunk)
    return h
