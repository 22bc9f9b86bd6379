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
    """Hash the contents of a file-like object opened for reading in binary mode."""
    if isinstance(digest, str):
        digestobj = new(digest)
    else:
        digestobj = digest()
    if hasattr(fileobj, 'getbuffer'):
        digestobj.update(fileobj.getbuffer())
        return digestobj
    if not (hasattr(fileobj, 'read') and hasattr(fileobj, 'readable')
            and fileobj.readable()):
        raise ValueError(
            f"'{fileobj!r}' is not a file object in binary mode.")
    while True:
        data = fileobj.read(_bufsize)
        if data == b'' or data == '':
            break
        if isinstance(data, str):
            raise ValueError(
                f"'{fileobj!r}' is not a file object in binary mode.")
        digestobj.update(data)
    return digestobj
