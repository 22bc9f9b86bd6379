# A small warehouse inventory: items with properties, subclasses with
# their own pricing rules, and a stock report.
import sys


class Item:
    tax_rate = 0.2

    def __init__(self, sku, name, price, qty=0):
        self.sku = sku
        self.name = name
        self._price = price
        self.qty = qty

    @property
    def price(self):
        return self._price

    @price.setter
    def price(self, value):
        if value < 0:
            raise ValueError("price of %s cannot be negative: %r" % (self.sku, value))
        self._price = value

    @property
    def gross(self):
        return round(self.price * (1 + self.tax_rate), 2)

    def value(self):
        return self.price * self.qty

    def __repr__(self):
        return "%s(%r, %r, price=%r, qty=%r)" % (type(self).__name__, self.sku, self.name, self.price, self.qty)


class FoodItem(Item):
    tax_rate = 0.05

    def __init__(self, sku, name, price, qty=0, days_left=30):
        super().__init__(sku, name, price, qty)
        self.days_left = days_left

    @property
    def price(self):
        base = self._price
        if self.days_left <= 3:
            return round(base * 0.5, 2)
        return base


class BulkItem(Item):
    def __init__(self, sku, name, price, qty=0, pack=10):
        super().__init__(sku, name, price, qty)
        self.pack = pack

    def value(self):
        packs, loose = divmod(self.qty, self.pack)
        return packs * self.pack * self.price * 0.9 + loose * self.price


stock = [
    Item("A-100", "desk lamp", 24.99, 12),
    FoodItem("F-001", "coffee beans", 11.5, 40, days_left=200),
    FoodItem("F-002", "croissant", 1.2, 30, days_left=1),
    BulkItem("B-010", "screws (box)", 0.35, 1234, pack=100),
    Item("A-200", "office chair", 149.0, 3),
    BulkItem("B-020", "cable ties", 0.05, 95, pack=50),
]

for item in stock:
    print(item)

print()
print("%-8s %-15s %9s %9s %5s %10s" % ("sku", "name", "price", "gross", "qty", "value"))
for item in sorted(stock, key=lambda i: i.value(), reverse=True):
    print("%-8s %-15s %9.2f %9.2f %5d %10.2f" % (item.sku, item.name, item.price, item.gross, item.qty, item.value()))
total = sum(i.value() for i in stock)
print("total stock value: %.2f" % total)

kinds = {}
for item in stock:
    kinds.setdefault(type(item).__name__, []).append(item.sku)
print(kinds)
print("food:", [i.name for i in stock if isinstance(i, FoodItem)])
print("is BulkItem an Item:", issubclass(BulkItem, Item), "tax:", BulkItem.tax_rate, FoodItem.tax_rate)

try:
    stock[0].price = -5
except ValueError as e:
    print("rejected:", e)
stock[0].price = 19.99
print("new price", stock[0].price, "gross", stock[0].gross)
cheapest = min(stock, key=lambda i: i.gross)
print("cheapest gross: %s at %.2f" % (cheapest.name, cheapest.gross))
low = [i.sku for i in stock if i.qty < 20]
print("reorder:", low or "nothing")
