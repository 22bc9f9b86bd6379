# Converts between integers and Roman numerals for chapter numbering,
# validates input strictly and checks round trips.
import sys

PAIRS = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
VALUES = {sym: val for val, sym in PAIRS if len(sym) == 1}


class RomanError(ValueError):
    pass


def to_roman(n):
    if not isinstance(n, int) or isinstance(n, bool):
        raise TypeError("expected int, got %s" % type(n).__name__)
    if not 0 < n < 4000:
        raise RomanError("%d is out of range (1..3999)" % n)
    out = []
    for value, symbol in PAIRS:
        count, n = divmod(n, value)
        out.append(symbol * count)
    return "".join(out)


def from_roman(text):
    text = text.strip().upper()
    if not text or any(ch not in VALUES for ch in text):
        raise RomanError("not a Roman numeral: %r" % text)
    total = 0
    for here, nxt in zip(text, text[1:] + " "):
        v = VALUES[here]
        total += -v if nxt != " " and VALUES[nxt] > v else v
    if to_roman(total) != text:
        raise RomanError("non-canonical numeral %r (did you mean %s?)" % (text, to_roman(total)))
    return total


samples = [1, 4, 9, 14, 40, 90, 400, 1987, 2024, 3999, 444, 1666]
for n in samples:
    r = to_roman(n)
    print("%5d  %-14s back=%d" % (n, r, from_roman(r)))

for text in ["mmxxiv", " XLII ", "IIII", "IC", "VX", "ABC", "", "MMMM"]:
    try:
        print("%-8r -> %d" % (text, from_roman(text)))
    except RomanError as e:
        print("%-8r -> error: %s" % (text, e))

for bad in (0, 4000, -5, 2.5, True):
    try:
        to_roman(bad)
    except (TypeError, RomanError) as e:
        print("to_roman(%r): %s %s" % (bad, type(e).__name__, e))

ok = all(from_roman(to_roman(n)) == n for n in range(1, 4000))
print("round trip 1..3999:", ok)
lengths = {}
for n in range(1, 4000):
    lengths.setdefault(len(to_roman(n)), []).append(n)
longest = max(lengths)
print("longest numeral: %d chars, first %d = %s" % (longest, lengths[longest][0], to_roman(lengths[longest][0])))
print("counts by length:", {k: len(v) for k, v in sorted(lengths.items())})
chapters = ["Chapter %s" % to_roman(i).rjust(6, ".") for i in range(1, 6)]
print("\n".join(chapters))
print(sorted(["X", "IX", "IV", "XL", "C"], key=from_roman), issubclass(RomanError, ValueError))
