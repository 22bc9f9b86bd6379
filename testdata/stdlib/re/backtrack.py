# Patterns that need a backtracking engine: backreferences, lookaround,
# conditional and atomic groups, possessive repeats.
import re


def show(label, m):
    if m is None:
        print(label, None)
        return
    print(label, repr(m.group()), m.span(), m.groups(), m.groupdict(), m.lastindex, m.lastgroup)


# Backreferences, numbered and named.
show("doubled", re.search(r"(\w)\1", "abccd"))
show("named", re.search(r"(?P<q>['\"])(?P<body>.*?)(?P=q)", "say 'it' now"))
show("two refs", re.fullmatch(r"(a+)(b+)\2\1", "aabbbbaa"))
show("ref after alt", re.search(r"(?:(x)|(y))\2", "xyy"))
show("ref to unset", re.search(r"(a)?b\1", "b"))
show("ten groups", re.search(r"(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10", "abcdefghijj"))
show("octal not ref", re.search(r"(a)\101", "aA"))
print("html tags", re.findall(r"<(\w+)>.*?</\1>", "<b>x</b><i>y</b></i>"))
print("words", [m.group(1) for m in re.finditer(r"\b(\w+) \1\b", "the the cat sat sat on on the mat")])

# Named groups take numbers left to right, with the unnamed ones.
p = re.compile(r"(?P<a>x)(y)(?P<b>z)\2(?P=a)")
print("groupindex", dict(p.groupindex), p.groups)
show("mixed", p.search("--xyzyx--"))

# Backreferences in replacement templates and functions.
print("sub template", re.sub(r"(\w)\1", r"[\1\g<1>]", "aabbcd"))
print("sub named", re.sub(r"(?P<c>\w)(?P=c)", r"<\g<c>>", "xxyzz"))
print("sub func", re.sub(r"(\d)\1+", lambda m: "%s*%d" % (m.group(1), len(m.group())), "1112333345"))
print("subn", re.subn(r"(?<=\d)(?=(\d\d\d)+\b)", ",", "1234567 and 1000"))

# Lookahead.
print("lookahead", re.findall(r"\w+(?=!)", "hey! you there!"))
print("neg lookahead", re.findall(r"\b(?!un)\w+", "undo redo unzip zip"))
show("password", re.match(r"(?=.*\d)(?=.*[a-z])\w{6,}$", "abc123"))
show("password bad", re.match(r"(?=.*\d)(?=.*[a-z])\w{6,}$", "abcdef"))
print("overlapping", [m.group(1) for m in re.finditer(r"(?=(aa))", "aaaa")])
show("group in lookahead", re.search(r"(?=(\d+))\d", "ab123"))

# Lookbehind, also from pos > 0: the text before pos is seen.
print("lookbehind", re.findall(r"(?<=\$)\d+", "cost $30 or $45, not 50"))
print("neg lookbehind", re.findall(r"(?<!\$)\b\d+", "cost $30 or 50"))
p = re.compile(r"(?<=a)b")
show("pos 1", p.search("ab", 1))
show("match pos 1", p.match("ab", 1))
show("neg pos 1", re.compile(r"(?<!a)b").match("ab", 1))
show("endpos", re.compile(r"a(?=b)").search("ab", 0, 1))
show("endpos dollar", re.compile(r"(?<=a)b$").search("abc", 0, 2))
show("fullmatch pos", re.compile(r"(?<=x)(y)\1").fullmatch("xyyz", 1, 3))
show("lookbehind ref", re.search(r"(\w)x(?<=\1x)", "abxbx"))
show("alternation same width", re.search(r"(?<=ab|cd)e", "cde"))
show("caret at pos", re.compile(r"^(?=a)a").search("ba", 1))
show("multiline", re.compile(r"(?m)^(?=a)a").search("b\na", 1))
print("split", re.split(r"(?<=[.!?]) +", "One. Two! Three? Four"))
print("split groups", re.split(r"(?<=,)(\s*)", "a, b,c"))
print("split empty", re.split(r"(?=[A-Z])", "HelloWorldFoo"))
print("finditer empty", [(m.span(), m.group()) for m in re.finditer(r"(?<=a)", "abaa")])
print("findall pos", re.compile(r"(?<=-)\w").findall("a-b-c-d", 3, 6))

# Conditional groups.
p = re.compile(r"(<)?\w+(?(1)>|$)")
print("cond", [bool(p.fullmatch(s)) for s in ["<a>", "a", "<a", "a>"]])
show("cond named", re.match(r"(?P<q>\()?\d+(?(q)\))", "(12)"))
show("cond no else", re.match(r"(a)?b(?(1)c)", "bc"))
show("cond forward", re.match(r"(?(1)x|y)(z)?", "y"))

# Atomic groups and possessive repeats.
show("atomic", re.match(r"(?>a+)b", "aaab"))
show("atomic fails", re.match(r"(?>a+)a", "aaa"))
show("possessive", re.match(r"a*+a", "aaa"))
show("possessive ok", re.match(r"\d++-", "123-"))
show("possessive opt", re.match(r"x?+x", "x"))
show("possessive count", re.match(r"(?:ab){1,3}+ab", "ababab"))

# Flags.
show("ignorecase ref", re.search(r"(?i)(ab)\1", "xAbaBy"))
show("ignorecase flag", re.search(r"(a)\1", "aA", re.I))
show("ignorecase lookbehind", re.search(r"(?<=X)y", "xy", re.IGNORECASE))
show("dotall", re.search(r"(?<=a.)b", "a\nb", re.S))
show("no dotall", re.search(r"(?<=a.)b", "a\nb"))
show("verbose", re.search(r"""(?x) (\w)   # a character
                                  \1       # again""", "xyzz"))
show("dollar newline", re.search(r"(a)\1$", "aa\n"))
print("dollar multiline", re.findall(r"(?m)(\w)\1$", "aa\nbb\ncd"))
show("Z", re.search(r"(a)\1\Z", "aa\n"))
show("ascii word", re.search(r"(?a)(?<=\w)é", "aé"))
show("unicode word", re.search(r"(?<=\w)(é)\1", "xéé"))
print("unicode b", re.findall(r"\b(\w)\1\b", "éé ab cc"))
print("ascii b", re.findall(r"(?a)\b(\w)\1\b", "ééx cc"))
show("B", re.search(r"\B(?=a)", "aa"))
show("B empty", re.search(r"\B(?!x)", ""))
show("big U", re.search(r"(\U0001F600)\1", "x\U0001F600\U0001F600"))
show("astral span", re.search(r"(?<=\U0001F600)(b)", "\U0001F600\U0001F600b"))
show("class", re.search(r"([^\W\d])\1", "11aa"))
show("big repeat", re.search(r"(a)\1{1200}", "a" * 1300))

# Bytes patterns.
show("bytes ref", re.search(rb"(\w)\1", b"xyy"))
show("bytes high", re.search(rb"(.)\1(?<=\xe9\xe9)", b"a\xe9\xe9"))
show("bytes word", re.search(rb"(?<=\w)(\xe9)", b"a\xe9"))
show("bytes nocase", re.search(rb"(?i)(a)\1", b"aA"))
print("bytes sub", re.sub(rb"(?<=a)(b)\1", rb"[\1]", b"abbcbb"))
print("bytes split", re.split(rb"(?=,)", b"a,b"))

# Match objects.
m = re.search(r"(?P<first>\w+) (?P<last>\w+)(?= \1)?", "Ada Lovelace")
print("expand", m.expand(r"\g<last>, \g<first>"), m.start("last"), m.end(1), m.span(2))
m = re.match(r"((a)|(b))+\1", "abb")
print("lastindex", m.lastindex, m.groups(), m.regs)
print("repr", re.compile(r"(?<=a)b", re.I), re.compile(rb"(a)\1"))
