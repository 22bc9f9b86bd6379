"""Dataclass-based inventory with multi-key sorting and bisect."""
import bisect
import sys
from dataclasses import dataclass, field, replace, astuple, fields
from enum import Enum, auto, IntEnum
from operator import attrgetter, methodcaller


class Category(Enum):
    TOOL = auto()
    PART = auto()
    KIT = auto()


class Priority(IntEnum):
    LOW = 1
    MID = 2
    HIGH = 3


@dataclass(order=True, frozen=True)
class Item:
    sku: str
    name: str = field(compare=False)
    qty: int = field(default=0, compare=False)
    price: float = field(default=0.0, compare=False)
    category: Category = field(default=Category.PART, compare=False, repr=False)

    @property
    def value(self) -> float:
        return round(self.qty * self.price, 2)

    def label(self, width=20):
        return f"{self.sku}:{self.name}"[:width]


@dataclass
class Inventory:
    items: list = field(default_factory=list)
    reorder_level: int = 5

    def add(self, item):
        bisect.insort(self.items, item)

    def find(self, sku):
        i = bisect.bisect_left(self.items, Item(sku, ""))
        if i < len(self.items) and self.items[i].sku == sku:
            return self.items[i]
        return None

    def low_stock(self):
        return [i for i in self.items if i.qty < self.reorder_level]


def main():
    inv = Inventory()
    for args in [("B-200", "bolt", 500, 0.05, Category.PART),
                 ("A-100", "hammer", 3, 12.5, Category.TOOL),
                 ("C-300", "starter kit", 2, 49.99, Category.KIT),
                 ("A-050", "wrench", 12, 8.25, Category.TOOL),
                 ("B-150", "nut", 4, 0.03, Category.PART)]:
        inv.add(Item(*args))
    print([i.sku for i in inv.items])
    print(inv.find("A-100"))
    print(inv.find("Z-999"))
    for it in sorted(inv.items, key=attrgetter("category.value", "name")):
        print(f"  {it.category.name:<5} {it.label(12):<12} qty={it.qty:>4} value={it.value:>8.2f}")
    by_value = sorted(inv.items, key=lambda i: (-i.value, i.sku))
    print("by value:", [(i.sku, i.value) for i in by_value])
    print("low:", [i.name for i in inv.low_stock()])
    print(list(map(methodcaller("label", 5), inv.items)))
    a = inv.items[0]
    b = replace(a, qty=99)
    print(a == b, a < inv.items[1], b.qty, astuple(a)[:3])
    try:
        a.qty = 1
    except Exception as e:
        print(type(e).__name__, e)
    print([f.name for f in fields(Item)])
    print(hash(a) == hash(replace(a)), len({a, b}))
    grades = [60, 70, 80, 90]
    print([("FDCBA"[bisect.bisect(grades, s)]) for s in (33, 60, 75, 90, 100)])
    print(bisect.bisect_right([1, 2, 2, 3], 2), bisect.bisect_left([1, 2, 2, 3], 2))
    print(bisect.bisect_left(inv.items, "B", key=attrgetter("sku")))
    print(Priority.HIGH > Priority.LOW, Priority(2), Priority.MID + 1, sorted(Priority, reverse=True))
    print(Category.TOOL, Category.KIT.value, list(Category)[1], Category["PART"] is Category.PART)
    print(repr(Category.TOOL), repr(Priority.LOW))
    print(inv)
    total = sum(map(attrgetter("value"), inv.items))
    print(f"total value: {total:,.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
