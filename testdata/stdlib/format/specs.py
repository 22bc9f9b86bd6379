vals = [0, 1, -1, 3.14159, -2.5, 1e10, 1.5e-7, 123456789, 2**70, 0.1, 100.0, float("inf"), float("nan"), True]
specs = ["", "10", "<10", "^10", ">10", "+", " ", ",", "_", ".2f", ".0f", "e", ".3e", "g", ".3g", "%", ".1%", "010.2f", "x", "#x", "o", "b", "08b", "n", "=+10", "*^12,.1f", ".5", "#.3g", "E", "G"]
for v in vals:
    out = []
    for s in specs:
        try:
            out.append(format(v, s))
        except (ValueError, TypeError) as e:
            out.append("E:" + str(e)[:30])
    print(repr(v), "|".join(out))
print(f"{'nested'!r:>{12}}", f"{3:{'0'}{4}}", f"{{literal}}", f"{1+1=}", f"{'a' 'b'}", "{0[1]} {1[k]} {2.real}".format([5, 6], {"k": "v"}, 3))
print("{:>{w}.{p}f}".format(3.14159, w=10, p=2), "%(x)5.1f|%(y)-4s|" % {"x": 2.25, "y": "ab"}, "%*d" % (5, 42), "%-*s|" % (6, "ab"))
print(str(0.1 + 0.2), repr(1e-5), str(1e16), str(123456789012345678.0), 1/3, 2/3, 10/3, 1e-4, 0.0001, 1e22, 5e-324, 1.7976931348623157e308)
print(round(3.14159, 3), round(2.5), round(3.5), round(-0.5), round(1234.5678, -2), round(0.125, 2), round(1e20), int(1e20))
