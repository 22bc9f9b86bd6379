# f-strings: conversions, format specs, nested fields, debug fields.
name = "spam"
width = 8
price = 3.14159
items = {"a": 1, "b:c": 2}

print(__spython_fstring__('hello ', ((name), '', ''), '!'))
print(__spython_fstring__(((name), 'r', ''), ' ', ((name), 's', ''), ' ', ((name), 'a', '')))
print(__spython_fstring__('[', ((name), '', __spython_fstring__('>', ((width), '', ''))), '] [', ((name), '', '<8'), '] [', ((name), '', __spython_fstring__('^', ((width), '', ''), '.2')), ']'))
print(__spython_fstring__(((price), '', '.2f'), ' ', ((price), '', '10.3f'), ' ', ((price), 'r', '>12')))
print(__spython_fstring__(((items['a']), '', ''), ' ', ((items['b:c']), '', ''), ' ', ((items["a"]), '', '')))
print(__spython_fstring__('{literal} {', ((name), '', ''), '} }{'))
print(__spython_fstring__('name = ', ((name ), 'r', '')), __spython_fstring__('price=', ((price), '', '.1f')), __spython_fstring__('width=', ((width), 's', '')))
print(__spython_fstring__(((1 != 2), '', ''), ' ', ((1 == 1), '', ''), ' ', (('x' if width > 3 else 'y'), '', '')))
print(__spython_fstring__((((lambda v: v * 2)(width)), '', '')))
print(__spython_fstring__("a", ((name), '', ''), 'b', '\\d', ((width), '', ''), '\\n'))
print(__spython_fstring__('tab:\t| newline escape:\\n | quote: \" ', ((name), '', '')))
print(__spython_fstring__('''multi
line ''', ((name
), '', ''), ' end'))
print(__spython_fstring__(((__spython_fstring__(((name), '', ''), '-', ((width), '', ''))), '', '')))
print(__spython_fstring__(((width), '', '#x'), ' ', ((width), '', '08b'), ' ', ((-width), '', '+d')))
print(__spython_fstring__())
