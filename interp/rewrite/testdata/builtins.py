# Python versions of the builtins the rewritten code calls, so that
# rewritten scripts can be checked against CPython by running them there.
import builtins


def _fstring(*pieces):
    out = []
    for piece in pieces:
        if isinstance(piece, str):
            out.append(piece)
            continue
        value, conversion, spec = piece
        if conversion == "r":
            value = repr(value)
        elif conversion == "s":
            value = str(value)
        elif conversion == "a":
            value = ascii(value)
        out.append(format(value, spec))
    return "".join(out)


def _concat(*iterables):
    out = []
    for it in iterables:
        out.extend(it)
    return out


def _dict(*mappings):
    out = {}
    for m in mappings:
        out.update(m)
    return out


def _kwargs(*mappings):
    out = {}
    for m in mappings:
        for k in m.keys():
            if k in out:
                raise TypeError("got multiple values for keyword argument %r" % k)
            out[k] = m[k]
    return out


builtins.__spython_fstring__ = _fstring
builtins.__spython_list__ = _concat
builtins.__spython_tuple__ = lambda *its: tuple(_concat(*its))
builtins.__spython_set__ = lambda *its: set(_concat(*its))
builtins.__spython_dict__ = _dict
builtins.__spython_kwargs__ = _kwargs
