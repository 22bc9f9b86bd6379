import string
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace), repr(string.printable))
print(string.capwords("  hello   wORLD foo-bar  "), string.capwords("a,b,,c", ","), string.capwords(""))
T = string.Template
print(T("$who likes ${what}; $$5 is $who's").substitute(who="tim", what="kung pao"))
print(T("$a $b").substitute({"a": 1, "b": 2}, b=3))
print(T("$a ${b} $c $$ $ ${").safe_substitute(a="A"))
print(T("$a ${b}x").get_identifiers(), T("$a $").is_valid(), T("$a").is_valid(), T("$1 ${a.b} $_x9").get_identifiers())
for tpl, kw in [("$x", {}), ("hi $", {}), ("line1\n  ${bad", {"bad": 1}), ("$x $1", {"x": 1}), ("a\nb\n$", {})]:
    try: print(T(tpl).substitute(**kw))
    except (KeyError, ValueError) as e: print(type(e).__name__, e)
class P(T):
    delimiter = '%'
print(P("%who %% %{x}").substitute(who=1, x=2))
print(string.Formatter().format("{0} {name!r:>6} {1:.2f} {{x}}", "a", 3.14159, name="n"))
F = string.Formatter()
for s in ["a{{b}}c", "{{", "}}", "a{{{x}b", "{x}}}", "{{}}", "x{0}{{y", "", "{0!r:>{1}}{{", "{{x}}{y}"]:
    print(repr(s), list(F.parse(s)))
print(F.format("a{{b}}c{0}", 1), F.vformat("{x}}}{{", (), {"x": 2}))
