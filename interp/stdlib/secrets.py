"""Random numbers, tokens and comparisons fit for secrets: passwords,
account recovery links, API keys. Everything comes from os.urandom."""

import os
import base64
from random import SystemRandom

__all__ = ['choice', 'randbelow', 'randbits', 'SystemRandom', 'token_bytes',
           'token_hex', 'token_urlsafe', 'compare_digest']

# compare_digest is a Go function, set before this source runs.

DEFAULT_ENTROPY = 32  # bytes in a token when no size is given

_system = SystemRandom()

randbits = _system.getrandbits
choice = _system.choice


def randbelow(exclusive_upper_bound):
    """A random int in range(exclusive_upper_bound)."""
    if exclusive_upper_bound <= 0:
        raise ValueError('Upper bound must be positive.')
    return _system._below(exclusive_upper_bound)


def token_bytes(nbytes=None):
    """nbytes random bytes (DEFAULT_ENTROPY when None)."""
    return os.urandom(DEFAULT_ENTROPY if nbytes is None else nbytes)


def token_hex(nbytes=None):
    """nbytes random bytes as a string of 2 * nbytes hex digits."""
    return token_bytes(nbytes).hex()


def token_urlsafe(nbytes=None):
    """nbytes random bytes in unpadded URL-safe Base64."""
    text = base64.urlsafe_b64encode(token_bytes(nbytes))
    return text.rstrip(b'=').decode('ascii')
