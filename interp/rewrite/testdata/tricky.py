# Corner cases of f-strings and unpacking.
x = "it's"
n = 42
d = {"k": "v", "a:b": 1}
print(rf"raw \{n} \\{n} \d\n{x!r}")
print(Rf'{n}\'' fR"\"{n}")
print(f"\N{EM DASH}{n}\N{BULLET}")
print(f'''triple 'quoted' "inside" {x}''')
print(f"""{x}'''""")
print(f'{d["k"]}{d["a:b"]}' f"{d['k']!r:>5}")
print(f"{n = !r:>6}|")
print(f"{(n,
   n + 1)}")
print(f"""{
    n
    =}""")
print(f"{n:{'>'}{10}}|{n:{'^'}{'8'}}|")
print(f"{'{'}{'}'}{{}}")
print(f"{n:=^9}|{n:,}|{1234567:_}")
print(f"{x!a:}|{x:}|{x=:}")
print(f"{[*d, *'ab']}")
print(f"{ {**d, 'z': 0}['z'] }")
print(f"{n!s:{n}}|")
e = f'\x41\u00e9\t\'{n}\''
print(e, len(e))
print(*[f"{i}" for i in range(3)], *"xy")
print([*range(2), *[f"{n}"]], {*()}, (*(), 1))


def g(*args, sep="", **kw):
    return sep.join(map(str, args)) + str(sorted(kw.items()))


print(g(*"ab", *"cd", sep=f"{'-'}", **{"k": 1}, **{"j": 2}))
print(g(
    *"ab",
    f"{n}",  # comment
    *"cd",
))
print(g(1, 2, *[3], *[4], 5, z=0))
print(repr(f'''{'#' # note
  = }'''), repr(f"{'#'=}"), repr(f'''{1+2 = # note
  }'''), f'''{n!r
}''')
