# Money amounts stored as integer cents in an int subclass, used to
# split bills, apply tax and print an invoice.
import sys


class Cents(int):
    def __new__(cls, value):
        if isinstance(value, str):
            sign = -1 if value.startswith("-") else 1
            whole, _, frac = value.lstrip("-$").partition(".")
            value = sign * (int(whole or "0") * 100 + int((frac + "00")[:2]))
        return super().__new__(cls, value)

    def __add__(self, other):
        return Cents(int(self) + int(other))

    __radd__ = __add__

    def __sub__(self, other):
        return Cents(int(self) - int(other))

    def __mul__(self, factor):
        return Cents(round(int(self) * factor))

    def split(self, n):
        share, rest = divmod(int(self), n)
        return [Cents(share + (1 if i < rest else 0)) for i in range(n)]

    def __str__(self):
        sign = "-" if self < 0 else ""
        whole, frac = divmod(abs(int(self)), 100)
        return "%s$%s.%02d" % (sign, "{:,}".format(whole), frac)

    def __repr__(self):
        return "Cents(%d)" % self


lines = [("Hosting (monthly)", "49.99", 3), ("Domain renewal", "12.5", 1),
         ("Support hours", "85", 4), ("Discount", "-25.00", 1), ("SSL cert", "$0.99", 2)]
invoice = []
for desc, price, qty in lines:
    unit = Cents(price)
    invoice.append((desc, unit, qty, unit * qty))

print("%-20s %10s %4s %12s" % ("item", "unit", "qty", "amount"))
for desc, unit, qty, amount in invoice:
    print("%-20s %10s %4d %12s" % (desc, unit, qty, amount))
subtotal = sum(a for _, _, _, a in invoice)
tax = subtotal * 0.0825
total = subtotal + tax
print("-" * 49)
for label, value in (("subtotal", subtotal), ("tax 8.25%", tax), ("total", total)):
    print("%-36s %12s" % (label, value))
print(type(subtotal).__name__, repr(subtotal), repr(tax), int(total), total > 50000)

shares = total.split(3)
print("split 3 ways:", [str(s) for s in shares], "sum ok:", sum(shares) == total)
print("split 7 ways:", shares[0].split(7))
print(Cents("1234567.8"), Cents("-0.05"), Cents(-12345), Cents(0), Cents("7"))
print(Cents(150) == 150, Cents(150) < Cents(151), hash(Cents(5)) == hash(5), Cents(3) // 2, type(Cents(3) // 2).__name__)
print(sorted([Cents(500), Cents("3.5"), Cents(-1), 42]), max(Cents(1), Cents(2)))
print("rounding:", Cents(1) * 0.5, Cents(3) * 0.5, Cents(5) * 0.5, round(2.675, 2), round(0.125, 2), round(-1.5))
totals = {}
for desc, unit, qty, amount in invoice:
    key = "credit" if amount < 0 else "charge"
    totals[key] = totals.get(key, Cents(0)) + amount
print({k: str(v) for k, v in totals.items()})
