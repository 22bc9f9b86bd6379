"""Pretty-printing of Python data structures.

A value whose repr fits in the room left on its line is written as that
repr. One that does not, if it is a container this module knows, is
broken over several lines, each element laid out by the same rule; a
long str or bytes value becomes a run of literals that Python joins back.
"""

import sys as _sys

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False,
           sort_dicts=True, underscore_numbers=False):
    """Writes the pretty form of object and a newline to stream (sys.stdout)."""
    printer = PrettyPrinter(stream=stream, indent=indent, width=width,
                            depth=depth, compact=compact, sort_dicts=sort_dicts,
                            underscore_numbers=underscore_numbers)
    printer.pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False,
            sort_dicts=True, underscore_numbers=False):
    """The pretty form of object, as a string."""
    printer = PrettyPrinter(indent=indent, width=width, depth=depth,
                            compact=compact, sort_dicts=sort_dicts,
                            underscore_numbers=underscore_numbers)
    return printer.pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint, keeping dicts in their own order by default."""
    kwargs["sort_dicts"] = sort_dicts
    pprint(object, *args, **kwargs)


def saferepr(object):
    """repr of object, with recursive containers shown as <Recursion ...>."""
    return PrettyPrinter().format(object, {}, None, 0)[0]


def isreadable(object):
    """Whether the repr of object can be read back by eval."""
    return PrettyPrinter().format(object, {}, None, 0)[1]


def isrecursive(object):
    """Whether object contains itself."""
    return PrettyPrinter().format(object, {}, None, 0)[2]


# ---------------------------------------------------------------------------
# Ordering of dict keys and set members: values of one type compare as
# usual; when they cannot be compared, by type name, then by id.

class _Rank:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        a, b = self.v, other.v
        try:
            return a < b
        except TypeError:
            pass
        return (str(type(a)), id(a)) < (str(type(b)), id(b))


def _rank_entry(entry):
    return (_Rank(entry[0]), _Rank(entry[1]))


def _cycle_note(obj):
    return "<Recursion on %s with id=%s>" % (type(obj).__name__, id(obj))


# Types whose repr is always taken as is.
_PLAIN = frozenset([str, bytes, bytearray, float, complex, bool, type(None)])

# Built-in classes count as defining their own __repr__.
_NATIVE = frozenset([dict, list, tuple, set, frozenset, str, bytes, bytearray,
                     int, float, complex, bool, object])


def _repr_source(cls):
    """The class of cls's MRO whose __repr__ its instances get."""
    for klass in cls.__mro__:
        if klass in _NATIVE:
            return klass
        try:
            found = "__repr__" in klass.__dict__
        except Exception:
            found = False
        if found:
            return klass
    return object


# ---------------------------------------------------------------------------
# Public printer.

class PrettyPrinter:
    """Pretty-prints with the given settings: indent spaces per level of
    nesting, width columns, depth levels at most (deeper ones shown as
    ...), compact (several short items on a line), sort_dicts and
    underscore_numbers."""

    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False,
                 sort_dicts=True, underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError("indent must be >= 0")
        if depth is not None and depth <= 0:
            raise ValueError("depth must be > 0")
        if not width:
            raise ValueError("width must be != 0")
        self._opts = _Options(indent, width, depth, bool(compact),
                              sort_dicts, underscore_numbers)
        self._out = _sys.stdout if stream is None else stream

    def pprint(self, object):
        if self._out is None:
            return
        self._out.write(self.pformat(object))
        self._out.write("\n")

    def pformat(self, object):
        return _Layout(self).block(object, 0, 0, 0)

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        _, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """(repr, readable, recursive) of object written on one line;
        context holds the ids of the containers being written, maxlevels
        the depth limit (0 or None: none), level the current depth."""
        return _one_line(self, object, context, maxlevels, level)


class _Options:
    __slots__ = ("step", "width", "depth", "compact", "sort", "underscores")

    def __init__(self, step, width, depth, compact, sort, underscores):
        self.step = step
        self.width = width
        self.depth = depth
        self.compact = compact
        self.sort = sort
        self.underscores = underscores


def _entries(opts, mapping):
    pairs = list(mapping.items())
    if opts.sort:
        pairs.sort(key=_rank_entry)
    return pairs


# ---------------------------------------------------------------------------
# One-line form. Nested values go back through printer.format so that a
# subclass overriding it sees each of them.

def _one_line(printer, obj, seen, limit, level):
    cls = type(obj)
    if cls in _PLAIN:
        return repr(obj), True, False
    source = _repr_source(cls)
    if source is int and issubclass(cls, int):
        if printer._opts.underscores:
            return format(obj, "_d"), True, False
        return repr(obj), True, False
    if source is dict and issubclass(cls, dict):
        if not obj:
            return "{}", True, False
        return _joined(printer, obj, seen, limit, level, "{", "}", True)
    if source is list and issubclass(cls, list):
        if not obj:
            return "[]", True, False
        return _joined(printer, obj, seen, limit, level, "[", "]", False)
    if source is tuple and issubclass(cls, tuple):
        if not obj:
            return "()", True, False
        close = ",)" if len(obj) == 1 else ")"
        return _joined(printer, obj, seen, limit, level, "(", close, False)
    text = repr(obj)
    return text, bool(text) and text[0] != "<", False


def _joined(printer, obj, seen, limit, level, open_, close, mapping):
    marker = id(obj)
    if limit and level >= limit:
        return open_ + "..." + close, False, marker in seen
    if marker in seen:
        return _cycle_note(obj), False, True
    seen[marker] = 1
    ok, loops = True, False
    texts = []
    below = level + 1
    if mapping:
        for k, v in _entries(printer._opts, obj):
            kt, kr, kl = printer.format(k, seen, limit, below)
            vt, vr, vl = printer.format(v, seen, limit, below)
            texts.append("%s: %s" % (kt, vt))
            ok = ok and kr and vr
            loops = loops or kl or vl
    else:
        for item in obj:
            t, r, l = printer.format(item, seen, limit, below)
            texts.append(t)
            ok = ok and r
            loops = loops or l
    del seen[marker]
    return open_ + ", ".join(texts) + close, ok, loops


# ---------------------------------------------------------------------------
# Multi-line form. Every method returns the text of a value that starts
# at column `col` (the caller has already written what comes before it on
# that line) and is followed on its last line by `tail` more characters;
# lines after the first carry their own leading spaces.

class _Layout:

    def __init__(self, printer):
        self.printer = printer
        self.opts = printer._opts
        self.open = {}      # ids of the containers being laid out

    def flat(self, obj, level):
        return self.printer.format(obj, dict(self.open), self.opts.depth, level)[0]

    def block(self, obj, col, tail, level):
        marker = id(obj)
        if marker in self.open:
            return _cycle_note(obj)
        text = self.flat(obj, level)
        if len(text) <= self.opts.width - col - tail:
            return text
        shape = _shape_of(obj)
        if shape is None:
            return text
        self.open[marker] = 1
        try:
            return shape(self, obj, col, tail, level + 1)
        finally:
            del self.open[marker]

    # -- building blocks --

    def bracket(self, head, items, foot, col, tail, level):
        """head, the items one per line (or packed, in compact mode) and
        foot; items line up just after head's last character."""
        inner = col + len(head) - 1 + self.opts.step
        body = self.column(items, inner, tail + len(foot), level)
        return head + " " * (self.opts.step - 1) + body + foot

    def column(self, items, col, tail, level):
        items = list(items)
        if self.opts.compact:
            rows = self.packed(items, col, tail, level)
        else:
            last = len(items) - 1
            rows = [self.block(item, col, tail if i == last else 1, level)
                    for i, item in enumerate(items)]
        return (",\n" + " " * col).join(rows)

    def packed(self, items, col, tail, level):
        # Short items share a line while they fit (each is counted with
        # the ", " that follows it); one that fits on no line gets its
        # own block.
        full = self.opts.width - col + 1
        free = full
        rows = []
        shared = None       # the items of the line still being filled
        last = len(items) - 1
        for i, item in enumerate(items):
            text = self.flat(item, level)
            need = len(text) + 2 + (tail if i == last else 0)
            if free < need:
                shared = None
                free = full
            if free >= need:
                free -= need
                if shared is None:
                    shared = []
                    rows.append(shared)
                shared.append(text)
            else:
                rows.append(self.block(item, col, tail if i == last else 1, level))
        return [", ".join(r) if isinstance(r, list) else r for r in rows]

    def pairs(self, entries, col, tail, level):
        """key: value lines, each value laid out after its key."""
        rows = []
        last = len(entries) - 1
        for i, (key, value) in enumerate(entries):
            label = self.flat(key, level) + ": "
            rows.append(label + self.block(value, col + len(label),
                                           tail if i == last else 1, level))
        return (",\n" + " " * col).join(rows)

    def fields(self, entries, col, tail, level):
        """name=value lines, as in a dataclass or namespace repr."""
        rows = []
        last = len(entries) - 1
        for i, (name, value) in enumerate(entries):
            label = name + "="
            if id(value) in self.open:
                rows.append(label + "...")
            else:
                rows.append(label + self.block(value, col + len(label),
                                               tail if i == last else 1, level))
        return (",\n" + " " * col).join(rows)

    def mapping(self, head, entries, foot, col, tail, level):
        inner = col + len(head) - 1 + self.opts.step
        body = self.pairs(entries, inner, tail + len(foot), level)
        return head + " " * (self.opts.step - 1) + body + foot


# ---------------------------------------------------------------------------
# Shapes: one function per kind of container, each taking the layout,
# the value, col, tail and the level of the value's elements.

def _list_shape(lay, obj, col, tail, level):
    return lay.bracket("[", obj, "]", col, tail, level)


def _tuple_shape(lay, obj, col, tail, level):
    return lay.bracket("(", obj, ",)" if len(obj) == 1 else ")", col, tail, level)


def _set_shape(lay, obj, col, tail, level):
    if not obj:
        return repr(obj)
    members = sorted(obj, key=_Rank)
    if type(obj) is set:
        return lay.bracket("{", members, "}", col, tail, level)
    return lay.bracket(type(obj).__name__ + "({", members, "})", col, tail, level)


def _dict_shape(lay, obj, col, tail, level):
    return lay.mapping("{", _entries(lay.opts, obj), "}", col, tail, level)


def _split_words(line):
    # Runs of non-blank characters, each keeping the blanks after it;
    # leading blanks make a run of their own.
    runs = []
    start = 0
    for i in range(1, len(line)):
        if line[i - 1].isspace() and not line[i].isspace():
            runs.append(line[start:i])
            start = i
    if start < len(line):
        runs.append(line[start:])
    return runs


def _fill(chunks, room, last_room):
    """Greedily joins chunks into literals whose repr fits in room (the
    last chunk must fit in last_room); returns their reprs."""
    out = []
    acc = chunks[0][:0]
    final = len(chunks) - 1
    for i, chunk in enumerate(chunks):
        limit = last_room if i == final else room
        grown = acc + chunk
        if len(repr(grown)) > limit:
            if acc:
                out.append(repr(acc))
            acc = chunk
        else:
            acc = grown
    if acc:
        out.append(repr(acc))
    return out


def _str_shape(lay, obj, col, tail, level):
    if not obj:
        return repr(obj)
    top = level == 1
    if top:
        col += 1
        tail += 1
    room = lay.opts.width - col
    lines = obj.splitlines(True)
    literals = []
    for n, line in enumerate(lines):
        end = tail if n == len(lines) - 1 else 0
        whole = repr(line)
        if len(whole) <= room - end:
            literals.append(whole)
        else:
            literals.extend(_fill(_split_words(line), room, room - end))
    if len(literals) == 1:
        return literals[0]
    text = ("\n" + " " * col).join(literals)
    return "(" + text + ")" if top else text


def _byte_literals(data, col, tail, lay):
    # Four-byte groups; the one starting at the last multiple of four
    # (when the length is not one) must leave room for tail.
    groups = [data[i:i + 4] for i in range(0, len(data), 4)]
    room = lay.opts.width - col
    if len(data) % 4:
        return _fill(groups, room, room - tail)
    return _fill(groups, room, room)


def _bytes_shape(lay, obj, col, tail, level):
    if len(obj) <= 4:
        return repr(obj)
    if level == 1:
        col += 1
        return "(" + ("\n" + " " * col).join(_byte_literals(obj, col, tail + 1, lay)) + ")"
    return ("\n" + " " * col).join(_byte_literals(obj, col, tail, lay))


def _bytearray_shape(lay, obj, col, tail, level):
    data = bytes(obj)
    col += len("bytearray(")
    if len(data) <= 4:
        inner = repr(data)
    else:
        inner = ("\n" + " " * col).join(_byte_literals(data, col, tail + 1, lay))
    return "bytearray(" + inner + ")"


def _proxy_shape(lay, obj, col, tail, level):
    head = "mappingproxy("
    return head + lay.block(obj.copy(), col + len(head), tail + 1, level) + ")"


def _namespace_shape(lay, obj, col, tail, level):
    cls = type(obj)
    if (cls.__module__, cls.__qualname__) == ("types", "SimpleNamespace"):
        name = "namespace"
    else:
        name = cls.__name__
    entries = list(obj.__dict__.items())
    return name + "(" + lay.fields(entries, col + len(name) + 1, tail, level) + ")"


def _dataclass_shape(lay, obj, col, tail, level):
    name = type(obj).__name__
    entries = [(f.name, getattr(obj, f.name))
               for f in type(obj).__dataclass_fields__.values()
               if getattr(f, "repr", True) and _plain_field(f)]
    return name + "(" + lay.fields(entries, col + len(name) + 1, tail, level) + ")"


def _odict_shape(lay, obj, col, tail, level):
    if not obj:
        return repr(obj)
    head = type(obj).__name__ + "("
    return head + lay.block(list(obj.items()), col + len(head), tail + 1, level) + ")"


def _defaultdict_shape(lay, obj, col, tail, level):
    if not obj:
        return repr(obj)
    name = type(obj).__name__
    col += len(name) + 1
    first = "%s(%s,\n" % (name, lay.flat(obj.default_factory, level))
    body = lay.mapping("{", _entries(lay.opts, obj), "}", col, tail + 1, level)
    return first + " " * col + body + ")"


def _counter_shape(lay, obj, col, tail, level):
    if not obj:
        return repr(obj)
    return lay.mapping(type(obj).__name__ + "({", obj.most_common(), "})",
                       col, tail, level)


def _chainmap_shape(lay, obj, col, tail, level):
    if not obj.maps:
        return repr(obj)
    head = type(obj).__name__ + "("
    col += len(head)
    last = len(obj.maps) - 1
    parts = [lay.block(m, col, tail + 1 if i == last else 1, level)
             for i, m in enumerate(obj.maps)]
    return head + (",\n" + " " * col).join(parts) + ")"


def _deque_shape(lay, obj, col, tail, level):
    if not obj:
        return repr(obj)
    head = type(obj).__name__ + "(["
    if obj.maxlen is None:
        return lay.bracket(head, obj, "])", col, tail, level)
    # The items leave room for "]," whatever follows the maxlen line.
    text = lay.bracket(head, obj, "]", col, 1, level)
    pad = " " * (col + len(head) - 1)
    return "%s,\n%smaxlen=%s)" % (text, pad, lay.flat(obj.maxlen, level))


def _wrapper_shape(lay, obj, col, tail, level):
    # UserDict, UserList and UserString print as what they wrap.
    return lay.block(obj.data, col, tail, level - 1)


def _plain_field(f):
    # ClassVar and InitVar pseudo-fields are left out.
    kind = getattr(f, "_field_type", None)
    if kind is None or kind == "_FIELD":
        return True
    return getattr(kind, "name", "_FIELD") == "_FIELD"


def _dataclass_repr(owner):
    """Whether owner's __repr__ is the one @dataclass generated."""
    fn = getattr(owner, "__dict__", {}).get("__repr__")
    if fn is None:
        return False
    inner = getattr(fn, "__wrapped__", None)
    if inner is not None and "__create_fn__" in getattr(inner, "__qualname__", ""):
        return True
    return getattr(fn, "__module__", None) == "dataclasses"


_BY_CLASS = {
    list: _list_shape, tuple: _tuple_shape, dict: _dict_shape,
    set: _set_shape, frozenset: _set_shape, str: _str_shape,
    bytes: _bytes_shape, bytearray: _bytearray_shape,
}

# Classes written in Python, known by module and name so that printing
# imports nothing.
_BY_NAME = {
    "builtins.mappingproxy": _proxy_shape,
    "types.SimpleNamespace": _namespace_shape,
    "collections.OrderedDict": _odict_shape,
    "collections.defaultdict": _defaultdict_shape,
    "collections.Counter": _counter_shape,
    "collections.ChainMap": _chainmap_shape,
    "collections.deque": _deque_shape,
    "collections.UserDict": _wrapper_shape,
    "collections.UserList": _wrapper_shape,
    "collections.UserString": _wrapper_shape,
}


def _shape_of(obj):
    """How obj is broken over lines, or None when it is not."""
    cls = type(obj)
    source = _repr_source(cls)
    shape = _BY_CLASS.get(source)
    if shape is not None:
        return shape
    name = "%s.%s" % (getattr(source, "__module__", None),
                      getattr(source, "__qualname__", None))
    shape = _BY_NAME.get(name)
    if shape is not None or isinstance(obj, type):
        return shape
    params = getattr(cls, "__dataclass_params__", None)
    if params is None or not hasattr(cls, "__dataclass_fields__"):
        return None
    if isinstance(params, tuple):
        wanted = params[1]
    else:
        wanted = getattr(params, "repr", False)
    if wanted and _dataclass_repr(source):
        return _dataclass_shape
    return None
