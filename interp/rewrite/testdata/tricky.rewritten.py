# Corner cases of f-strings and unpacking.
x = "it's"
n = 42
d = {"k": "v", "a:b": 1}
print(__spython_fstring__('raw \\', ((n), '', ''), ' \\\\', ((n), '', ''), ' \\d\\n', ((x), 'r', '')))
print(__spython_fstring__(((n), '', ''), '\\\'', '\\"', ((n), '', '')))
print(__spython_fstring__('\N{EM DASH}', ((n), '', ''), '\N{BULLET}'))
print(__spython_fstring__('triple \'quoted\' "inside" ', ((x), '', '')))
print(__spython_fstring__(((x), '', ''), '\'\'\''))
print(__spython_fstring__(((d["k"]), '', ''), ((d["a:b"]), '', ''), ((d['k']), 'r', '>5')))
print(__spython_fstring__('n = ', ((n ), 'r', '>6'), '|'))
print(__spython_fstring__((((n,
   n + 1)), '', '')))
print(__spython_fstring__('\n    n\n    =', ((
    n
    ), 'r', '')))
print(__spython_fstring__(((n), '', __spython_fstring__((('>'), '', ''), ((10), '', ''))), '|', ((n), '', __spython_fstring__((('^'), '', ''), (('8'), '', ''))), '|'))
print(__spython_fstring__((('{'), '', ''), (('}'), '', ''), '{}'))
print(__spython_fstring__(((n), '', '=^9'), '|', ((n), '', ','), '|', ((1234567), '', '_')))
print(__spython_fstring__(((x), 'a', ''), '|', ((x), '', ''), '|', 'x=', ((x), '', '')))
print(__spython_fstring__(((__spython_list__((d), ('ab'))), '', '')))
print(__spython_fstring__((( __spython_dict__((d), {'z': 0})['z'] ), '', '')))
print(__spython_fstring__(((n), 's', __spython_fstring__(((n), '', ''))), '|'))
e = __spython_fstring__('\x41\u00e9\t\'', ((n), '', ''), '\'')
print(e, len(e))
print(*__spython_tuple__(([__spython_fstring__(((i), '', '')) for i in range(3)]), ("xy")))
print(__spython_list__((range(2)), ([__spython_fstring__(((n), '', ''))])), __spython_set__((())), __spython_tuple__((()), [1]))


def g(*args, sep="", **kw):
    return sep.join(map(str, args)) + str(sorted(kw.items()))


print(g(*__spython_tuple__(("ab"), ("cd")), sep=__spython_fstring__((('-'), '', '')), **__spython_kwargs__(({"k": 1}), ({"j": 2}))))
print(g(
    *__spython_tuple__(("ab"),
    [__spython_fstring__(((n), '', ''))],  # comment
    ("cd"))
))
print(g(1, 2, *__spython_tuple__(([3]), ([4]), [5]), z=0))
print(repr(__spython_fstring__('\'\n  = ', (('#' # note
  ), 'r', ''))), repr(__spython_fstring__('\'', (('#'), 'r', ''))), repr(__spython_fstring__('1+2 = \n  ', ((1+2 ), 'r', ''
))), __spython_fstring__(((n), 'r', ''
)))
