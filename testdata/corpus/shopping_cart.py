# A shopping cart with line items, coupons and shipping rules; the cart
# supports len(), bool(), iteration, membership and equality.
import sys


class LineItem:
    __slots__ = ("sku", "price", "qty")

    def __init__(self, sku, price, qty=1):
        self.sku, self.price, self.qty = sku, price, qty

    @property
    def total(self):
        return self.price * self.qty

    def __eq__(self, other):
        return isinstance(other, LineItem) and (self.sku, self.price, self.qty) == (other.sku, other.price, other.qty)

    def __repr__(self):
        return "%s x%d @ %.2f" % (self.sku, self.qty, self.price)


class Cart:
    FREE_SHIPPING = 50.0

    def __init__(self, owner):
        self.owner = owner
        self.items = {}
        self.coupons = []

    def add(self, sku, price, qty=1):
        if sku in self.items:
            self.items[sku].qty += qty
        else:
            self.items[sku] = LineItem(sku, price, qty)
        return self

    def remove(self, sku, qty=None):
        item = self.items[sku]
        if qty is None or qty >= item.qty:
            return self.items.pop(sku)
        item.qty -= qty
        return item

    def __len__(self):
        return sum(i.qty for i in self.items.values())

    def __bool__(self):
        return bool(self.items)

    def __iter__(self):
        return iter(self.items.values())

    def __contains__(self, sku):
        return sku in self.items

    def __eq__(self, other):
        return list(self) == list(other)

    __hash__ = None

    @property
    def subtotal(self):
        return sum(i.total for i in self)

    def discount(self):
        best = 0.0
        for code in self.coupons:
            kind, _, amount = code.partition("-")
            value = float(amount)
            off = self.subtotal * value / 100 if kind == "PCT" else min(value, self.subtotal)
            best = max(best, off)
        return round(best, 2)

    def shipping(self):
        return 0.0 if self.subtotal - self.discount() >= self.FREE_SHIPPING or not self else 4.95

    def receipt(self):
        print("cart of %s: %d items, %d lines" % (self.owner, len(self), len(self.items)))
        for item in sorted(self, key=lambda i: -i.total):
            print("  %-10s %3d x %7.2f = %8.2f" % (item.sku, item.qty, item.price, item.total))
        total = self.subtotal - self.discount() + self.shipping()
        for label, value in [("subtotal", self.subtotal), ("discount", -self.discount()),
                             ("shipping", self.shipping()), ("total", total)]:
            print("  %-27s %8.2f" % (label, value))


cart = Cart("ana").add("mug", 8.5, 2).add("tea", 4.25, 3).add("kettle", 29.0)
cart.add("mug", 8.5)
cart.receipt()
cart.coupons += ["PCT-10", "ABS-5"]
cart.receipt()
print("removed:", cart.remove("tea", 2), "| left:", cart.items["tea"], "| gone:", cart.remove("kettle"))
cart.receipt()
print("mug" in cart, "kettle" in cart, bool(cart), len(cart))
other = Cart("bo").add("mug", 8.5, 3).add("tea", 4.25)
print("same contents:", cart == other, "| unhashable:", Cart.__hash__ is None)
empty = Cart("cy")
print("empty:", bool(empty), len(empty), empty.shipping(), list(empty))
try:
    {cart: 1}
except TypeError as e:
    print("TypeError:", e)
try:
    cart.remove("socks")
except KeyError as e:
    print("KeyError:", e)
try:
    LineItem("x", 1).color = "red"
except AttributeError as e:
    print("AttributeError:", e)
