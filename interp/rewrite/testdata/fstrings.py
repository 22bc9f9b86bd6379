# f-strings: conversions, format specs, nested fields, debug fields.
name = "spam"
width = 8
price = 3.14159
items = {"a": 1, "b:c": 2}

print(f"hello {name}!")
print(F'{name!r} {name!s} {name!a}')
print(f"[{name:>{width}}] [{name:<8}] [{name:^{width}.2}]")
print(f"{price:.2f} {price:10.3f} {price!r:>12}")
print(f"{items['a']} {items['b:c']} {items["a"]}")
print(f"{{literal}} {{{name}}} }}{{")
print(f"{name = }", f"{price=:.1f}", f"{width=!s}")
print(f"{1 != 2} {1 == 1} {'x' if width > 3 else 'y'}")
print(f"{(lambda v: v * 2)(width)}")
print("a" f"{name}" 'b' rf"\d{width}\n")
print(f"tab:\t| newline escape:\\n | quote: \" {name}")
print(f"""multi
line {name
} end""")
print(f"{f'{name}-{width}'}")
print(f"{width:#x} {width:08b} {-width:+d}")
print(f"")
