"""Pretty-printing of Python data structures.

A value whose repr fits in the space left on the line is written as its
repr; a container that does not fit is written one item per line, each
item laid out the same way, and a long string or bytes value is broken
into pieces that Python concatenates back.
"""

import sys as _sys

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Writes the pretty form of object and a newline to stream (sys.stdout)."""
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth,
                  compact=compact, sort_dicts=sort_dicts,
                  underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *,
            compact=False, sort_dicts=True, underscore_numbers=False):
    """The pretty form of object, as a string."""
    return PrettyPrinter(indent=indent, width=width, depth=depth,
                         compact=compact, sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint, keeping dicts in their own order by default."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """repr of object, with recursive containers shown as <Recursion ...>."""
    return PrettyPrinter()._flat(object, {}, None, 0)[0]


def isreadable(object):
    """Whether the repr of object can be read back by eval."""
    return PrettyPrinter()._flat(object, {}, None, 0)[1]


def isrecursive(object):
    """Whether object contains itself."""
    return PrettyPrinter()._flat(object, {}, None, 0)[2]


class _Ordered:
    """Sort key that orders values of types that cannot be compared by
    their type's name, then their id."""

    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        try:
            return self.value < other.value
        except TypeError:
            return ((str(type(self.value)), id(self.value)) <
                    (str(type(other.value)), id(other.value)))


def _pair_key(pair):
    return _Ordered(pair[0]), _Ordered(pair[1])


def _recursion(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__, id(object))


_SCALARS = (str, bytes, bytearray, float, complex, bool, type(None))


def _repr_owner(cls):
    """The class whose __repr__ instances of cls use: the first class of
    the MRO that defines one (a built-in type counts as defining it)."""
    for klass in cls.__mro__:
        if klass in _BUILTIN_OWNERS:
            return klass
        try:
            if "__repr__" in klass.__dict__:
                return klass
        except Exception:
            pass
    return object


_BUILTIN_OWNERS = {dict, list, tuple, set, frozenset, str, bytes, bytearray,
                   int, float, complex, bool, object}


class _Buffer:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def getvalue(self):
        return "".join(self.parts)


class PrettyPrinter:
    """Pretty-prints with the given settings: indent spaces per level of
    nesting, width columns, depth levels at most (deeper ones shown as
    ...), compact (several short items on a line), sort_dicts and
    underscore_numbers."""

    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError("indent must be >= 0")
        if depth is not None and depth <= 0:
            raise ValueError("depth must be > 0")
        if not width:
            raise ValueError("width must be != 0")
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream if stream is not None else _sys.stdout
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers
        self._readable = True
        self._recursive = False

    def pprint(self, object):
        if self._stream is not None:
            self._format(object, self._stream, 0, 0, {}, 0)
            self._stream.write("\n")

    def pformat(self, object):
        out = _Buffer()
        self._format(object, out, 0, 0, {}, 0)
        return out.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        text, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """(repr, readable, recursive) of object on one line."""
        return self._flat(object, context, maxlevels, level)

    # One-line forms.

    def _repr(self, object, context, level):
        text, readable, recursive = self.format(object, dict(context), self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return text

    def _flat(self, object, context, maxlevels, level):
        cls = type(object)
        if cls in _SCALARS:
            return repr(object), True, False
        owner = _repr_owner(cls)
        if owner is int and issubclass(cls, int):
            if self._underscore_numbers:
                return format(object, "_d"), True, False
            return repr(object), True, False
        if owner is dict and issubclass(cls, dict):
            return self._flat_dict(object, context, maxlevels, level)
        if (owner is list and issubclass(cls, list)) or (owner is tuple and issubclass(cls, tuple)):
            return self._flat_sequence(object, context, maxlevels, level)
        text = repr(object)
        return text, bool(text) and not text.startswith("<"), False

    def _flat_dict(self, object, context, maxlevels, level):
        if not object:
            return "{}", True, False
        key = id(object)
        if maxlevels and level >= maxlevels:
            return "{...}", False, key in context
        if key in context:
            return _recursion(object), False, True
        context[key] = 1
        readable, recursive = True, False
        parts = []
        for k, v in self._dict_items(object):
            ktext, kread, krec = self.format(k, context, maxlevels, level + 1)
            vtext, vread, vrec = self.format(v, context, maxlevels, level + 1)
            parts.append(ktext + ": " + vtext)
            readable = readable and kread and vread
            recursive = recursive or krec or vrec
        del context[key]
        return "{" + ", ".join(parts) + "}", readable, recursive

    def _flat_sequence(self, object, context, maxlevels, level):
        if isinstance(object, list):
            if not object:
                return "[]", True, False
            opening, closing = "[", "]"
        elif len(object) == 1:
            opening, closing = "(", ",)"
        else:
            if not object:
                return "()", True, False
            opening, closing = "(", ")"
        key = id(object)
        if maxlevels and level >= maxlevels:
            return opening + "..." + closing, False, key in context
        if key in context:
            return _recursion(object), False, True
        context[key] = 1
        readable, recursive = True, False
        parts = []
        for item in object:
            text, read, rec = self.format(item, context, maxlevels, level + 1)
            parts.append(text)
            readable = readable and read
            recursive = recursive or rec
        del context[key]
        return opening + ", ".join(parts) + closing, readable, recursive

    def _dict_items(self, mapping):
        if self._sort_dicts:
            return sorted(mapping.items(), key=_pair_key)
        return list(mapping.items())

    # Multi-line forms.

    def _format(self, object, stream, indent, allowance, context, level):
        key = id(object)
        if key in context:
            stream.write(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        text = self._repr(object, context, level)
        if len(text) > self._width - indent - allowance:
            layout = self._layout_for(object)
            if layout is not None:
                context[key] = 1
                layout(self, object, stream, indent, allowance, context, level + 1)
                del context[key]
                return
        stream.write(text)

    def _layout_for(self, object):
        cls = type(object)
        owner = _repr_owner(cls)
        layout = _LAYOUTS.get(owner)
        if layout is not None:
            return layout
        name = (getattr(owner, "__module__", None), getattr(owner, "__qualname__", None))
        layout = _NAMED_LAYOUTS.get(name)
        if layout is not None:
            return layout
        if isinstance(object, type):
            return None
        params = getattr(cls, "__dataclass_params__", None)
        if params is None or not hasattr(cls, "__dataclass_fields__"):
            return None
        wants_repr = params[1] if isinstance(params, tuple) else getattr(params, "repr", False)
        if wants_repr and _generated_repr(owner):
            return PrettyPrinter._layout_dataclass
        return None

    def _write_items(self, items, stream, indent, allowance, context, level):
        write = stream.write
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            write(" " * (self._indent_per_level - 1))
        newline = ",\n" + " " * indent
        sep = ""
        room = limit = self._width - indent + 1
        items = list(items)
        for i, item in enumerate(items):
            last = i == len(items) - 1
            if last:
                limit -= allowance
                room -= allowance
            if self._compact:
                text = self._repr(item, context, level)
                need = len(text) + 2
                if room < need:
                    room = limit
                    if sep:
                        sep = newline
                if room >= need:
                    room -= need
                    write(sep)
                    sep = ", "
                    write(text)
                    continue
            write(sep)
            sep = newline
            self._format(item, stream, indent, allowance if last else 1, context, level)

    def _write_dict_items(self, items, stream, indent, allowance, context, level):
        write = stream.write
        indent += self._indent_per_level
        newline = ",\n" + " " * indent
        items = list(items)
        for i, (key, value) in enumerate(items):
            last = i == len(items) - 1
            text = self._repr(key, context, level)
            write(text)
            write(": ")
            self._format(value, stream, indent + len(text) + 2,
                         allowance if last else 1, context, level)
            if not last:
                write(newline)

    def _write_named_items(self, items, stream, indent, allowance, context, level):
        write = stream.write
        newline = ",\n" + " " * indent
        items = list(items)
        for i, (name, value) in enumerate(items):
            last = i == len(items) - 1
            write(name)
            write("=")
            if id(value) in context:
                write("...")
            else:
                self._format(value, stream, indent + len(name) + 1,
                             allowance if last else 1, context, level)
            if not last:
                write(newline)

    def _layout_dict(self, object, stream, indent, allowance, context, level):
        stream.write("{")
        if self._indent_per_level > 1:
            stream.write(" " * (self._indent_per_level - 1))
        if len(object):
            self._write_dict_items(self._dict_items(object), stream, indent,
                                   allowance + 1, context, level)
        stream.write("}")

    def _layout_list(self, object, stream, indent, allowance, context, level):
        stream.write("[")
        self._write_items(object, stream, indent, allowance + 1, context, level)
        stream.write("]")

    def _layout_tuple(self, object, stream, indent, allowance, context, level):
        closing = ",)" if len(object) == 1 else ")"
        stream.write("(")
        self._write_items(object, stream, indent, allowance + len(closing), context, level)
        stream.write(closing)

    def _layout_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        cls = type(object)
        if cls is set:
            stream.write("{")
            closing = "}"
        else:
            stream.write(cls.__name__ + "({")
            closing = "})"
            indent += len(cls.__name__) + 1
        items = sorted(object, key=_Ordered)
        self._write_items(items, stream, indent, allowance + len(closing), context, level)
        stream.write(closing)

    def _layout_str(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        if level == 1:
            indent += 1
            allowance += 1
        pieces = []
        lines = object.splitlines(True)
        first_limit = limit = self._width - indent
        text = ""
        for i, line in enumerate(lines):
            text = repr(line)
            last_line = i == len(lines) - 1
            if last_line:
                first_limit -= allowance
            if len(text) <= first_limit:
                pieces.append(text)
                continue
            words = _words(line)
            word_limit = limit
            current = ""
            for j, word in enumerate(words):
                candidate = current + word
                if last_line and j == len(words) - 1:
                    word_limit -= allowance
                if len(repr(candidate)) > word_limit:
                    if current:
                        pieces.append(repr(current))
                    current = word
                else:
                    current = candidate
            if current:
                pieces.append(repr(current))
        if len(pieces) == 1:
            stream.write(text)
            return
        if level == 1:
            stream.write("(")
        stream.write(("\n" + " " * indent).join(pieces))
        if level == 1:
            stream.write(")")

    def _layout_bytes(self, object, stream, indent, allowance, context, level):
        if len(object) <= 4:
            stream.write(repr(object))
            return
        parens = level == 1
        if parens:
            indent += 1
            allowance += 1
            stream.write("(")
        stream.write(("\n" + " " * indent).join(_bytes_pieces(object, self._width - indent, allowance)))
        if parens:
            stream.write(")")

    def _layout_bytearray(self, object, stream, indent, allowance, context, level):
        stream.write("bytearray(")
        self._layout_bytes(bytes(object), stream, indent + 10, allowance + 1, context, level + 1)
        stream.write(")")

    def _layout_mappingproxy(self, object, stream, indent, allowance, context, level):
        stream.write("mappingproxy(")
        self._format(object.copy(), stream, indent + 13, allowance + 1, context, level)
        stream.write(")")

    def _layout_namespace(self, object, stream, indent, allowance, context, level):
        cls = type(object)
        if cls.__module__ == "types" and cls.__qualname__ == "SimpleNamespace":
            name = "namespace"
        else:
            name = cls.__name__
        stream.write(name + "(")
        self._write_named_items(object.__dict__.items(), stream, indent + len(name) + 1,
                                allowance, context, level)
        stream.write(")")

    def _layout_dataclass(self, object, stream, indent, allowance, context, level):
        name = type(object).__name__
        fields = type(object).__dataclass_fields__.values()
        items = [(f.name, getattr(object, f.name)) for f in fields
                 if getattr(f, "repr", True) and _is_field(f)]
        stream.write(name + "(")
        self._write_named_items(items, stream, indent + len(name) + 1, allowance, context, level)
        stream.write(")")

    def _layout_ordered_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + "(")
        self._format(list(object.items()), stream, indent + len(name) + 1,
                     allowance + 1, context, level)
        stream.write(")")

    def _layout_defaultdict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        factory = self._repr(object.default_factory, context, level)
        name = type(object).__name__
        indent += len(name) + 1
        stream.write("%s(%s,\n%s" % (name, factory, " " * indent))
        self._layout_dict(object, stream, indent, allowance + 1, context, level)
        stream.write(")")

    def _layout_counter(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + "({")
        if self._indent_per_level > 1:
            stream.write(" " * (self._indent_per_level - 1))
        self._write_dict_items(object.most_common(), stream, indent + len(name) + 1,
                               allowance + 2, context, level)
        stream.write("})")

    def _layout_chain_map(self, object, stream, indent, allowance, context, level):
        maps = object.maps
        if not len(maps):
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + "(")
        indent += len(name) + 1
        for i, m in enumerate(maps):
            if i == len(maps) - 1:
                self._format(m, stream, indent, allowance + 1, context, level)
                stream.write(")")
            else:
                self._format(m, stream, indent, 1, context, level)
                stream.write(",\n" + " " * indent)

    def _layout_deque(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + "([")
        indent += len(name) + 1
        if object.maxlen is None:
            self._write_items(object, stream, indent, allowance + 2, context, level)
            stream.write("])")
        else:
            self._write_items(object, stream, indent, 2, context, level)
            maxlen = self._repr(object.maxlen, context, level)
            stream.write("],\n%smaxlen=%s)" % (" " * indent, maxlen))

    def _layout_user_data(self, object, stream, indent, allowance, context, level):
        self._format(object.data, stream, indent, allowance, context, level - 1)


def _is_field(f):
    # Class variables and init-only pseudo-fields are not shown.
    kind = getattr(f, "_field_type", None)
    return kind is None or getattr(kind, "name", "_FIELD") == "_FIELD" or kind == "_FIELD"


def _generated_repr(owner):
    """Whether owner's __repr__ is the one @dataclass wrote."""
    fn = owner.__dict__.get("__repr__") if hasattr(owner, "__dict__") else None
    if fn is None:
        return False
    wrapped = getattr(fn, "__wrapped__", None)
    if wrapped is not None and "__create_fn__" in getattr(wrapped, "__qualname__", ""):
        return True
    return getattr(fn, "__module__", None) == "dataclasses"


def _words(line):
    """line cut into runs of non-space characters, each with the spaces
    that follow it."""
    words = []
    current = ""
    in_space = False
    for ch in line:
        if ch.isspace():
            in_space = True
        elif in_space:
            words.append(current)
            current = ""
            in_space = False
        current += ch
    if current:
        words.append(current)
    return words


def _bytes_pieces(object, width, allowance):
    """The reprs of the pieces a bytes value is written in: groups of four
    bytes, as many as fit in width."""
    pieces = []
    current = b""
    last = len(object) // 4 * 4
    for i in range(0, len(object), 4):
        part = object[i:i + 4]
        candidate = current + part
        if i == last:
            width -= allowance
        if len(repr(candidate)) > width:
            if current:
                pieces.append(repr(current))
            current = part
        else:
            current = candidate
    if current:
        pieces.append(repr(current))
    return pieces


_LAYOUTS = {
    dict: PrettyPrinter._layout_dict,
    list: PrettyPrinter._layout_list,
    tuple: PrettyPrinter._layout_tuple,
    set: PrettyPrinter._layout_set,
    frozenset: PrettyPrinter._layout_set,
    str: PrettyPrinter._layout_str,
    bytes: PrettyPrinter._layout_bytes,
    bytearray: PrettyPrinter._layout_bytearray,
}

# Classes written in Python, found by module and name so that printing
# does not import them.
_NAMED_LAYOUTS = {
    ("builtins", "mappingproxy"): PrettyPrinter._layout_mappingproxy,
    ("types", "SimpleNamespace"): PrettyPrinter._layout_namespace,
    ("collections", "OrderedDict"): PrettyPrinter._layout_ordered_dict,
    ("collections", "defaultdict"): PrettyPrinter._layout_defaultdict,
    ("collections", "Counter"): PrettyPrinter._layout_counter,
    ("collections", "ChainMap"): PrettyPrinter._layout_chain_map,
    ("collections", "deque"): PrettyPrinter._layout_deque,
    ("collections", "UserDict"): PrettyPrinter._layout_user_data,
    ("collections", "UserList"): PrettyPrinter._layout_user_data,
    ("collections", "UserString"): PrettyPrinter._layout_user_data,
}
