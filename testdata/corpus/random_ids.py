"""Deterministic test-data generator with seeded random."""
import random
import string
import sys
import uuid
from collections import Counter

FIRST = ["ada", "grace", "alan", "linus", "guido", "barbara", "ken", "dennis"]
LAST = ["lovelace", "hopper", "turing", "torvalds", "rossum", "liskov", "thompson", "ritchie"]
DOMAINS = ["example.org", "test.io", "corp.local"]


def make_user(rng, i):
    first, last = rng.choice(FIRST), rng.choice(LAST)
    uid = "".join(rng.choices(string.ascii_lowercase + string.digits, k=6))
    return {
        "id": i,
        "login": f"{first[0]}{last}{rng.randint(1, 99):02d}",
        "email": f"{first}.{last}@{rng.choice(DOMAINS)}",
        "age": rng.randrange(18, 70),
        "score": round(rng.uniform(0, 100), 2),
        "token": uid,
        "active": rng.random() < 0.7,
    }


def main():
    rng = random.Random(1234)
    users = [make_user(rng, i) for i in range(8)]
    for u in users:
        print(f"{u['id']:>2} {u['login']:<14} {u['email']:<28} {u['age']:>3} {u['score']:>6.2f} {u['token']} {u['active']}")
    random.seed(42)
    deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
    random.shuffle(deck)
    print(deck[:10])
    print(random.sample(range(100), 5), random.sample(deck, k=3))
    print(random.choices(["a", "b", "c"], weights=[10, 1, 1], k=10))
    print(random.choices(["x", "y"], cum_weights=[1, 2], k=5))
    print(round(random.gauss(0, 1), 6), round(random.normalvariate(10, 2), 6))
    print(round(random.triangular(0, 10, 3), 6), round(random.expovariate(1.5), 6), round(random.betavariate(2, 3), 6))
    print(random.getrandbits(32), random.randbytes(4).hex(), random.randint(-5, 5))
    state = random.getstate()
    a = [random.random() for _ in range(3)]
    random.setstate(state)
    b = [random.random() for _ in range(3)]
    print(a == b, [round(x, 8) for x in a])
    rolls = Counter(random.randint(1, 6) for _ in range(600))
    print(sorted(rolls.items()))
    r2 = random.Random("string seed")
    print(r2.randint(0, 10**6), random.Random(b"bytes").random(), random.Random(3.5).random())
    u = uuid.UUID("12345678-1234-5678-1234-567812345678")
    print(u, u.hex, u.version, u.int % 1000, uuid.UUID(bytes=u.bytes) == u, repr(u))
    print(uuid.uuid5(uuid.NAMESPACE_DNS, "example.org"), uuid.uuid3(uuid.NAMESPACE_URL, "http://x"))
    print(len(str(uuid.uuid4())), uuid.uuid4().version)
    try:
        rng.choice([])
    except IndexError as e:
        print("IndexError:", e)
    try:
        rng.randrange(5, 5)
    except ValueError as e:
        print("ValueError:", e)
    return 0


if __name__ == "__main__":
    sys.exit(main())
