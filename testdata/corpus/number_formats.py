"""Number crunching: big ints, bit ops, float formatting, divmod, pow."""
import math
import sys


def primes(n):
    sieve = bytearray([1]) * (n + 1)
    sieve[0:2] = b"\x00\x00"
    for i in range(2, math.isqrt(n) + 1):
        if sieve[i]:
            sieve[i * i::i] = bytes(len(range(i * i, n + 1, i)))
    return [i for i, v in enumerate(sieve) if v]


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def human(n):
    for unit in ("B", "KiB", "MiB", "GiB", "TiB"):
        if abs(n) < 1024:
            return f"{n:.1f} {unit}" if unit != "B" else f"{n} B"
        n /= 1024
    return f"{n:.1f} PiB"


def main():
    ps = primes(100)
    print(len(ps), ps[-5:], sum(ps))
    f = fib()
    fibs = [next(f) for _ in range(90)]
    print(fibs[-1], fibs[-1].bit_length(), f"{fibs[-1]:,}", f"{fibs[-1]:_x}")
    big = 2 ** 200 - 1
    print(big, len(str(big)), big % 97, big // 10**50, -big // 7, -big % 7)
    print(pow(3, 10**6, 10**9 + 7), pow(2, -1, 7), pow(-2, 3), pow(2, 0.5), (-8) ** (1 / 3) if False else 0)
    print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), -17 // 5, -17 % 5, 17 % -5, 7.5 % 2)
    x = 0b1011_0110
    print(x, bin(x), oct(x), hex(x), x & 0xF, x | 1, x ^ 0xFF, ~x, x << 3, x >> 2, f"{x:08b}", f"{x:#o}")
    print(int("ff", 16), int("0x1F", 0), int("0b101", 0), int(" 42 "), int("1_000"), int(-3.9), int("-0"))
    print((255).to_bytes(2, "little"), int.from_bytes(b"\xff\x00", "big", signed=True), (10).bit_count())
    for v in [0.1, 1 / 3, 2 / 3, 1e16, 1e-5, 123456.789, 1.0, -0.0, 5e-324, 1.7976931348623157e308, 100.0, 1e22]:
        print(f"{v!r:>24} {v:>12.4g} {v:e} {str(v):>24}")
    print(0.1 + 0.2, 0.1 * 3, 1 / 3 * 3, 2 ** 0.5, 10 / 4, 10 // 4, 7 / -2, float("1e500"), -float("inf"))
    print(round(123.456, -1), round(123.456, 1), round(-1.5), round(1234, -2), round(0.125, 2), round(5, 2))
    print(f"{3.14159:08.3f}|{-2:+05d}|{42:^9}|{1e6:,.0f}|{0.5:.0%}|{12345.678:>12,.2f}|{7:#x}|{255:X}")
    print(float.fromhex("0x1.8p1"), (1.5).hex(), (0.1).as_integer_ratio(), (2.0).is_integer(), 3.7 // 1)
    print(abs(-7), abs(-2.5), abs(3 + 4j), complex(1, 2) * 1j, (1 + 2j).conjugate(), complex("3-4j"))
    print(sum(range(10**6)), max(range(5), key=lambda v: -v), min([], default="empty"), sorted([3, 1, 2], reverse=True))
    print(human(500), human(2048), human(5 * 1024 ** 3), human(10 ** 18))
    print(int(1e20), int(2.5e-3), float(2 ** 63), 2 ** 63 == float(2 ** 63), 10 ** 18 + 1 == 1e18 + 1)
    print(hash(1) == hash(1.0), 1 == 1.0 == True, {1: "a", 1.0: "b"}, 0.1 + 0.2 == 0.3, (0.1 + 0.2).__round__(2))
    print(math.nan == math.nan, float("nan") in [float("nan")], sorted([3, float("nan"), 1])[1:] is not None)
    print(bool(0.0), bool(-0.0), 5 / 2 * 2, 2 ** 10 ** 1, (-2) ** 2, -2 ** 2, 2 ** -1, 0 ** 0)
    try:
        1 / 0
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        math.sqrt(-1)
    except ValueError as e:
        print("ValueError:", e)
    try:
        int("12a")
    except ValueError as e:
        print("ValueError:", e)
    try:
        10.0 ** 400
    except OverflowError as e:
        print("OverflowError:", e)
    return 0


if __name__ == "__main__":
    sys.exit(main())
