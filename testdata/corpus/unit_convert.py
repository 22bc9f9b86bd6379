# Converts measurements between units with classmethod constructors,
# staticmethod helpers and comparison between quantities.
import sys


class Quantity:
    units = {}

    def __init__(self, value, unit):
        if unit not in self.units:
            raise ValueError("unknown %s unit %r" % (type(self).__name__.lower(), unit))
        self.value = value
        self.unit = unit

    @classmethod
    def parse(cls, text):
        letters = "abcdefghijklmnopqrstuvwxyz"
        number = text.rstrip(letters + letters.upper() + " ")
        unit = text[len(number):].strip()
        return cls(float(number), unit)

    @staticmethod
    def fmt(value):
        return ("%.3f" % value).rstrip("0").rstrip(".")

    def base(self):
        return self.value * self.units[self.unit]

    def to(self, unit):
        return type(self)(self.base() / self.units[unit], unit)

    def __eq__(self, other):
        return type(self) is type(other) and abs(self.base() - other.base()) < 1e-9

    def __lt__(self, other):
        return self.base() < other.base()

    def __add__(self, other):
        return type(self)(self.value + other.to(self.unit).value, self.unit)

    def __repr__(self):
        return "%s %s" % (self.fmt(self.value), self.unit)


class Length(Quantity):
    units = {"mm": 0.001, "cm": 0.01, "m": 1.0, "km": 1000.0, "in": 0.0254, "ft": 0.3048, "mi": 1609.344}


class Size(Quantity):
    units = {"B": 1, "KB": 1000, "KiB": 1024, "MB": 10 ** 6, "MiB": 2 ** 20, "GB": 10 ** 9, "GiB": 2 ** 30}

    @classmethod
    def human(cls, nbytes):
        for unit in ("GiB", "MiB", "KiB"):
            if nbytes >= cls.units[unit]:
                return cls(nbytes, "B").to(unit)
        return cls(nbytes, "B")


class Temperature:
    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32

    @classmethod
    def table(cls, start, stop, step):
        return [(c, round(cls.c_to_f(c), 1)) for c in range(start, stop + 1, step)]


print(Length.parse("5km").to("mi"), Length.parse("12 in").to("cm"), Length(6, "ft").to("m"))
runs = [Length.parse(t) for t in ("5km", "3.1mi", "5000m", "16404ft", "400m")]
print(sorted(runs))
print("longest:", max(runs), "shortest:", min(runs), "total:", sum(runs[1:], runs[0]).to("km"))
print("5km == 5000m:", runs[0] == runs[2], "5km == 3.1mi:", runs[0] == runs[1], runs[0] < runs[1])
for n in (512, 2048, 5 * 2 ** 20 + 1, 3 * 10 ** 9, 2 ** 40):
    print("%15d bytes = %s" % (n, Size.human(n)))
print(Size.parse("1.5GB").to("GiB"), Size.parse("700 MiB").to("MB"), Size(1, "KiB") == Size(1024, "B"))
for c, f in Temperature.table(-20, 40, 15):
    print("%4d C = %6.1f F" % (c, f))
print(Quantity.fmt(2.50), Length.fmt(3.0), Temperature.c_to_f(37))
for bad in ("12 parsecs", "abc m"):
    try:
        Length.parse(bad)
    except ValueError as e:
        print("error:", e)
print(type(Length.parse("1m")).__name__, Length.units is Quantity.units, len(Size.units))
