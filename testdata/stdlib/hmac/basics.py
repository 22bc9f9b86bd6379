# hmac: webhook-style signatures, the one-shot digest, compare_digest.
import hashlib
import hmac

secret = b"s3cret-key"
body = b'{"event": "push", "ref": "main"}'
sig = hmac.new(secret, body, hashlib.sha256).hexdigest()
print(sig)
print(hmac.new(secret, body, "sha1").hexdigest(), hmac.new(secret, digestmod="md5").hexdigest())
print(hmac.digest(secret, body, "sha512").hex()[:32])
h = hmac.new(b"k" * 200, digestmod=hashlib.sha256)
h.update(b"part one ")
c = h.copy()
h.update(b"part two")
print(h.hexdigest(), c.hexdigest(), h.name, h.digest_size, h.block_size)
print(hmac.compare_digest(sig, hmac.new(secret, body, hashlib.sha256).hexdigest()), hmac.compare_digest(b"a", b"b"), hmac.compare_digest(b"ab", b"a"))
for bad in [lambda: hmac.new(secret, body), lambda: hmac.compare_digest("a", b"a"), lambda: hmac.compare_digest("é", "é"), lambda: hmac.new("str key", digestmod="sha256"), lambda: hmac.new(secret, digestmod="nope")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(hmac.digest_size)
