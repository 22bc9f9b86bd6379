# secrets: shapes of the tokens (their values are random) and errors.
import secrets
import string

print(secrets.DEFAULT_ENTROPY, secrets.__all__)
for n in (None, 0, 1, 16):
    b = secrets.token_bytes(n)
    h = secrets.token_hex(n)
    u = secrets.token_urlsafe(n)
    print(n, type(b).__name__, len(b), len(h), all(c in '0123456789abcdef' for c in h),
          len(u), all(c in string.ascii_letters + string.digits + '-_' for c in u))
print(len({secrets.token_hex(8) for _ in range(50)}))
print(all(0 <= secrets.randbelow(10) < 10 for _ in range(200)), secrets.randbelow(1))
print(all(0 <= secrets.randbits(5) < 32 for _ in range(200)), secrets.randbits(0))
print(secrets.choice('x'), secrets.choice(['only']), secrets.choice('abc') in 'abc')
alphabet = string.ascii_letters + string.digits
password = ''.join(secrets.choice(alphabet) for _ in range(20))
print(len(password), all(c in alphabet for c in password))
rng = secrets.SystemRandom()
print(type(rng).__name__, 0.0 <= rng.random() < 1.0, 1 <= rng.randint(1, 6) <= 6)

print(secrets.compare_digest('abc', 'abc'), secrets.compare_digest('abc', 'abd'), secrets.compare_digest('abc', 'ab'))
print(secrets.compare_digest(b'abc', b'abc'), secrets.compare_digest(b'abc', bytearray(b'abc')),
      secrets.compare_digest(bytearray(b'x'), b'y'), secrets.compare_digest('', ''))


def attempt(label, f, *args, **kwargs):
    try:
        print(label, repr(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__, e)


attempt('randbelow 0', secrets.randbelow, 0)
attempt('randbelow -1', secrets.randbelow, -1)
attempt('randbelow str', secrets.randbelow, 'a')
attempt('randbits -1', secrets.randbits, -1)
attempt('choice empty', secrets.choice, [])
attempt('token_bytes -1', secrets.token_bytes, -1)
attempt('token_bytes str', secrets.token_bytes, 'a')
attempt('token_hex -1', secrets.token_hex, -1)
attempt('str and bytes', secrets.compare_digest, 'abc', b'abc')
attempt('bytes and str', secrets.compare_digest, b'abc', 'abc')
attempt('non-ascii', secrets.compare_digest, 'é', 'é')
attempt('ints', secrets.compare_digest, 1, 1)
attempt('bytes and int', secrets.compare_digest, b'a', 1)
attempt('one argument', secrets.compare_digest, 'a')
attempt('keywords', secrets.compare_digest, a='a', b='a')
