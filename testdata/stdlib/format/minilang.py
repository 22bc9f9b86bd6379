# The format specification mini-language across int, float, bool and str:
# grouping, zero padding, the z flag, and the errors of each type.


def show(spec, values):
    for v in values:
        try:
            r = format(v, spec)
        except Exception as e:
            r = type(e).__name__ + ': ' + str(e)
        print(repr(spec), repr(v), repr(r))


ints = [0, -5, 255, 2**32, -1234567, 10**20, True]
floats = [0.0, -0.0, 5.5, -1234.5678, 1e20, 1e-07, 100.0, 1.5e16, 0.1, 2.675,
          99999.99, 1.7976931348623157e308, float('inf'), float('-inf'), float('nan')]

for spec in ["_b", "_o", "_x", "_X", "#_x", "_d", ",d", "_", ",", "010,", "010_",
             "012_x", "011_x", "#012_x", "#011_b", "08,", "07,", "05,", "04,",
             "0=10,", "0=+9,", "x=10,", "0>10,", "<08", ">08", "^08", "=08",
             "x<08", "0<8", "0^9", "0010", "00", "+08", " 08", "#010,", "c",
             "05c", "n", "%", ".3", "#x", "#o", "#b", "#X", "010n", "<<5",
             "\x00<5", "é^7"]:
    show(spec, ints)
for spec in ["_", ",", "010,", "08,", "07,", "011,.2f", "012,.2e", "012,f",
             "012,%", "_.3f", "_%", ",.2%", "015,.3e", "0=10,", "#010,", "z.1f",
             "z.0f", "z.1e", "z.1g", "z.1%", "z", "z.2", "+z.1f", "z=8.1f",
             "=010.2f", "#.0f", "#.0e", "#.3g", "#g", "#e", "#%", "#", "#.3",
             ".0", ".1", ".2", ".3", ".16", "e", "E", "g", "G", "f", "F", "n",
             "<08", "^9", "+", " ", "10", "=10"]:
    show(spec, floats)
for spec in ["<08", ">08", "08", "0^7", ".1", "10.2", "^9", "s", "x<6"]:
    show(spec, ["ab", "héllo"])

# errors
errors = ["ab", ",,", "_,", ",_", "__", "..2", ".", "1.", ".2,d", "1_000",
          "01_0", "+-", "++", "z+", "z+c", "z#", "#z", "=z", "+#", "#=", "+=",
          "= ", "z.2d", "+.2c", "#.2c", "z#c", "+#c", " c", "-c", ",c", "_c",
          ",x", ",b", ",n", "_n", ",s", "_s", "z,d", "é", ",é", "+ ",
          "10000000000000000000", ".10000000000000000000", "=", "=5", "+",
          " ", "z", "#", "d", "x", "f", "%", "r"]
for spec in errors:
    show(spec, [65, -0.0, True, "ab"])

for v in [-1, 0x110000, 0x10FFFF, 10**20, -10**20]:
    show("c", [v])


class I(int):
    pass


class F(float):
    pass


class S(str):
    pass


class O:
    pass


for spec in ["ab", "x", ">5", "", "z"]:
    show(spec, [I(5), F(2.5), S("x")])
for v in [None, [1], (1,), {}, O(), int]:
    try:
        print(repr(format(v, ">10"))[:12])
    except TypeError as e:
        print("TypeError:", e)
    print(format(v, "")[:10])
try:
    "{:>10}".format(None)
except TypeError as e:
    print("TypeError:", e)
print("{:<08}".format(5), "{:=010.2f}".format(-5.5), "{:z.1f}".format(-0.0))
print(format(10**400, ",")[:20])
try:
    format(10**400, ".3e")
except OverflowError as e:
    print("OverflowError:", e)
