"""Mini template engine: string.Template, format_map, re.sub with callables."""
import re
import sys
from string import Template, Formatter


class SafeDict(dict):
    def __missing__(self, key):
        return "{" + key + "}"


class Upper(Template):
    delimiter = "%"
    idpattern = r"[a-z][a-z0-9_]*"


FILTERS = {
    "upper": str.upper,
    "lower": str.lower,
    "title": str.title,
    "len": lambda s: str(len(s)),
    "rev": lambda s: s[::-1],
    "strip": str.strip,
}

TAG = re.compile(r"\{\{\s*(?P<name>[\w.]+)\s*(?P<filters>(?:\|\s*\w+\s*)*)\}\}")
LOOP = re.compile(r"\{%\s*for (\w+) in (\w+)\s*%\}(.*?)\{%\s*endfor\s*%\}", re.S)


def lookup(ctx, dotted):
    cur = ctx
    for part in dotted.split("."):
        if isinstance(cur, dict):
            cur = cur[part]
        else:
            cur = getattr(cur, part)
    return cur


def render(tpl, ctx):
    def loop_sub(m):
        var, seq, body = m.groups()
        return "".join(render(body, {**ctx, var: item}) for item in ctx[seq])

    tpl = LOOP.sub(loop_sub, tpl)

    def tag_sub(m):
        try:
            val = str(lookup(ctx, m["name"]))
        except (KeyError, AttributeError):
            return f"<missing:{m.group('name')}>"
        for f in filter(None, (x.strip() for x in m["filters"].split("|"))):
            val = FILTERS[f](val)
        return val

    return TAG.sub(tag_sub, tpl)


class User:
    def __init__(self, name, email):
        self.name = name
        self.email = email


def main():
    t = Template("Hello $name, you owe $$${amount}. ${missing}")
    print(t.safe_substitute(name="Ann", amount="12.50"))
    try:
        t.substitute(name="Ann")
    except KeyError as e:
        print("KeyError:", e)
    try:
        Template("bad $").substitute()
    except ValueError as e:
        print("ValueError:", e)
    print(Upper("%greeting %who! $notvar").substitute(greeting="hi", who="bob"))
    print("{a} and {b} and {c}".format_map(SafeDict(a=1, c=3)))
    print("{0[x]} {1.real} {2!r:>8}|".format({"x": 5}, 3 + 4j, "s"))
    print(list(Formatter().parse("a{b!r:>3}c{}{0}")))
    ctx = {
        "title": "  report  ",
        "user": User("ada lovelace", "ada@example.org"),
        "items": ["apple", "kiwi", "fig"],
        "n": 3,
    }
    tpl = """\
# {{ title | strip | upper }}
By {{ user.name | title }} <{{user.email}}>
{% for it in items %}- {{ it | upper }} ({{ it|len }}) {{ it | rev }}
{% endfor %}Count: {{ n }} Missing: {{ nope }} {{ user.age }}
"""
    print(render(tpl, ctx), end="")
    print(re.sub(r"(\d+)", lambda m: str(int(m[1]) * 2), "a1 b22 c333"))
    print(re.sub(r"(?P<w>\w+)@(?P<d>\w+)", r"\g<d> at \g<w>", "x@y, foo@bar"))
    print(re.subn(r"\s+", " ", "a  b\t\tc\n d"))
    print(re.split(r"(,)\s*", "a, b,c"))
    print(re.findall(r"(\w)(\d)", "a1 b2 c3"), re.findall(r"\b\w{4}\b", "this is some text"))
    print([m.span() for m in re.finditer(r"o", "foo boo")])
    print(re.escape("a.b*c?"), re.fullmatch(r"[a-z]+", "abc") is not None)
    print("%-6s|%5.1f|%03d|%x|%r" % ("ab", 3.14159, 7, 255, "q"))
    print("%(a)s-%(b)s" % {"a": 1, "b": [2]})
    return 0


if __name__ == "__main__":
    sys.exit(main())
