# A recursive pretty printer for nested API responses (dicts, lists,
# tuples, scalars) plus path lookups like "a.b[2].c" and flattening.
import sys

RESPONSE = {
    "status": "ok",
    "page": {"number": 2, "size": 3, "total": 11},
    "items": [
        {"id": 4, "name": "alpha", "tags": ["x", "y"], "meta": {"score": 0.5, "active": True}},
        {"id": 5, "name": "beta", "tags": [], "meta": {"score": None, "active": False}},
        {"id": 6, "name": "gamma \"quoted\"", "tags": ["z"], "meta": {}},
    ],
    "limits": (100, 60),
    "warnings": None,
}


def render(value, indent=0, step=2):
    pad = " " * indent
    inner = " " * (indent + step)
    if isinstance(value, dict):
        if not value:
            return "{}"
        parts = ["%s%r: %s" % (inner, k, render(v, indent + step)) for k, v in value.items()]
        return "{\n" + ",\n".join(parts) + "\n" + pad + "}"
    if isinstance(value, (list, tuple)):
        open_, close = ("[", "]") if isinstance(value, list) else ("(", ")")
        if not value:
            return open_ + close
        if all(not isinstance(v, (dict, list, tuple)) for v in value):
            body = ", ".join(repr(v) for v in value)
            if isinstance(value, tuple) and len(value) == 1:
                body += ","
            return open_ + body + close
        parts = [inner + render(v, indent + step) for v in value]
        return open_ + "\n" + ",\n".join(parts) + "\n" + pad + close
    return repr(value)


def lookup(data, path):
    for part in path.replace("]", "").replace("[", ".").split("."):
        if isinstance(data, (list, tuple)):
            data = data[int(part)]
        else:
            data = data[part]
    return data


def flatten(value, prefix=""):
    if isinstance(value, dict):
        for k, v in value.items():
            yield from flatten(v, prefix + "." + k if prefix else k)
    elif isinstance(value, (list, tuple)) and value:
        for i, v in enumerate(value):
            yield from flatten(v, "%s[%d]" % (prefix, i))
    else:
        yield prefix, value


print(render(RESPONSE))
print(render([1, (2,), ("a", [3, {"k": ()}])], step=4))
for path in ["status", "page.total", "items[1].name", "items[0].tags[1]", "limits[0]",
             "items[2].meta.score", "items[5].id", "page.missing"]:
    try:
        print("%-20s = %r" % (path, lookup(RESPONSE, path)))
    except (KeyError, IndexError) as e:
        print("%-20s ! %s: %s" % (path, type(e).__name__, e))

flat = dict(flatten(RESPONSE))
print(len(flat), "leaves")
for key in sorted(flat)[:8]:
    print("  %s=%r" % (key, flat[key]))
types = {}
for v in flat.values():
    types[type(v).__name__] = types.get(type(v).__name__, 0) + 1
print(sorted(types.items()))
print(repr("tab\there"), repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\\"), repr("\n"))
