"""Command-line parsing: options, positional arguments, sub-commands.

The parser keeps a table of its arguments (shared with its groups),
turns the command line into a row of classified words, fits the words
to each argument's arity and hands the values to the argument's action.
Help and usage text, error messages and exit status 2 on a usage error
are those of CPython 3.13.
"""

import sys as _sys
import os as _os
import textwrap as _textwrap

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'

# Name of the attribute a sub-command leaves its unparsed words in, on
# the namespace, for the parser above it to collect.
_SPILL = '__argparse_spill__'

_BLANKS = '\t\n\r\x0b\x0c'


# ----------------------------------------------------------------- helpers

def _squeeze(text):
    """text with every run of ASCII white space made one space, and no
    space at either end."""
    for ch in _BLANKS:
        text = text.replace(ch, ' ')
    return ' '.join([word for word in text.split(' ') if word])


def _numeric_flag(text):
    """Whether text reads as a negative number: -5, -1.5, -.5."""
    if len(text) < 2 or text[0] != '-':
        return False
    whole, dot, frac = text[1:].partition('.')
    digits = '0123456789'
    if not dot:
        return all([ch in digits for ch in whole])
    return (frac != '' and all([ch in digits for ch in whole])
            and all([ch in digits for ch in frac]))


def _drop(items, obj):
    for k in range(len(items)):
        if items[k] is obj:
            del items[k]
            return


def _display_name(action):
    """How messages name an argument."""
    if action is None:
        return None
    if action.option_strings:
        return '/'.join(action.option_strings)
    shown = action.metavar
    if shown is not None and shown is not SUPPRESS:
        if isinstance(shown, tuple):
            return '/'.join(shown)
        return shown
    if action.dest is not None and action.dest is not SUPPRESS:
        return action.dest
    if action.choices:
        return '{%s}' % ','.join([str(c) for c in action.choices])
    return None


def _screen_columns():
    spec = _os.environ.get('COLUMNS')
    if spec:
        try:
            n = int(spec)
        except ValueError:
            n = 0
        if n > 0:
            return n
    return _columns()


def _as_is(text):
    return text


# --------------------------------------------------------------- namespace

class Namespace(object):
    """The parsed values, as attributes; equal when the attributes are."""

    def __init__(self, **kwargs):
        for key in kwargs:
            setattr(self, key, kwargs[key])

    def __repr__(self):
        shown = []
        odd = {}
        for key, value in self.__dict__.items():
            if key.isidentifier():
                shown.append('%s=%r' % (key, value))
            else:
                odd[key] = value
        if odd:
            shown.append('**' + repr(odd))
        return type(self).__name__ + '(' + ', '.join(shown) + ')'

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __ne__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return not (vars(self) == vars(other))

    def __contains__(self, key):
        return key in self.__dict__


# ------------------------------------------------------------------ errors

class ArgumentError(Exception):
    """A problem with an argument: its definition or its value."""

    def __init__(self, argument, message):
        Exception.__init__(self, argument, message)
        self.argument_name = _display_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return '%s' % self.message
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """Raised by a type function to reject a value with its own words."""


# ----------------------------------------------------------------- actions

class Action(object):
    """An argument: its option strings, destination and arity, and what
    is done with its values (the __call__ of a subclass)."""

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None,
                 deprecated=False):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar
        self.deprecated = deprecated

    def __repr__(self):
        fields = ('option_strings', 'dest', 'nargs', 'const', 'default', 'type',
                  'choices', 'required', 'help', 'metavar', 'deprecated')
        inner = ', '.join(['%s=%r' % (f, getattr(self, f)) for f in fields])
        return '%s(%s)' % (type(self).__name__, inner)

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


class BooleanOptionalAction(Action):
    """--flag sets True, --no-flag False."""

    def __init__(self, option_strings, dest, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None, deprecated=False):
        flags = []
        for flag in option_strings:
            flags.append(flag)
            if flag.startswith('--'):
                flags.append('--no-' + flag[2:])
        Action.__init__(self, flags, dest, nargs=0, default=default, type=type,
                        choices=choices, required=required, help=help,
                        metavar=metavar, deprecated=deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, option_string[:5] != '--no-')

    def format_usage(self):
        return ' | '.join(self.option_strings)


def _check_valued(kind, nargs, const, alternative):
    if nargs == 0:
        raise ValueError('nargs for %s actions must be != 0; if %s' % (kind, alternative))
    if nargs != OPTIONAL and const is not None:
        raise ValueError('nargs must be %r to supply const' % OPTIONAL)


class _PutValue(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None,
                 deprecated=False):
        _check_valued('store', nargs, const,
                      'you have nothing to store, actions such as store true or '
                      'store const may be more appropriate')
        Action.__init__(self, option_strings, dest, nargs=nargs, const=const,
                        default=default, type=type, choices=choices, required=required,
                        help=help, metavar=metavar, deprecated=deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _PutConst(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None, deprecated=False):
        Action.__init__(self, option_strings, dest, nargs=0, const=const, default=default,
                        required=required, help=help, metavar=metavar,
                        deprecated=deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        _PutValue.__call__(self, parser, namespace, self.const, option_string)


class _PutTrue(_PutConst):
    def __init__(self, option_strings, dest, default=False, required=False, help=None,
                 deprecated=False):
        _PutConst.__init__(self, option_strings, dest, const=True, default=default,
                           required=required, help=help, deprecated=deprecated)


class _PutFalse(_PutConst):
    def __init__(self, option_strings, dest, default=True, required=False, help=None,
                 deprecated=False):
        _PutConst.__init__(self, option_strings, dest, const=False, default=default,
                           required=required, help=help, deprecated=deprecated)


def _grown(namespace, dest):
    """A copy of what namespace.dest holds so far, to add to."""
    held = getattr(namespace, dest, None)
    if held is None:
        return []
    if type(held) is list:
        return held[:]
    duplicate = getattr(held, 'copy', None)
    return held if duplicate is None else duplicate()


class _AddValue(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None,
                 deprecated=False):
        _check_valued('append', nargs, const,
                      'arg strings are not supplying the value to append, the '
                      'append const action may be more appropriate')
        Action.__init__(self, option_strings, dest, nargs=nargs, const=const,
                        default=default, type=type, choices=choices, required=required,
                        help=help, metavar=metavar, deprecated=deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        held = _grown(namespace, self.dest)
        held.append(values)
        setattr(namespace, self.dest, held)


class _AddAll(_AddValue):
    def __call__(self, parser, namespace, values, option_string=None):
        held = _grown(namespace, self.dest)
        held.extend(values)
        setattr(namespace, self.dest, held)


class _AddConst(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None, deprecated=False):
        Action.__init__(self, option_strings, dest, nargs=0, const=const, default=default,
                        required=required, help=help, metavar=metavar,
                        deprecated=deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        held = _grown(namespace, self.dest)
        held.append(self.const)
        setattr(namespace, self.dest, held)


class _Tally(Action):
    def __init__(self, option_strings, dest, default=None, required=False, help=None,
                 deprecated=False):
        Action.__init__(self, option_strings, dest, nargs=0, default=default,
                        required=required, help=help, deprecated=deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        so_far = getattr(namespace, self.dest, None)
        if so_far is None:
            so_far = 0
        setattr(namespace, self.dest, so_far + 1)


class _ShowHelp(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None,
                 deprecated=False):
        Action.__init__(self, option_strings, dest, nargs=0, default=default, help=help,
                        deprecated=deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _ShowVersion(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help=None, deprecated=False):
        if help is None:
            help = "show program's version number and exit"
        Action.__init__(self, option_strings, dest, nargs=0, default=default, help=help,
                        deprecated=deprecated)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        text = self.version
        if text is None:
            text = parser.version
        fmt = parser._new_formatter()
        fmt.add_text(text)
        parser._emit(fmt.format_help(), _sys.stdout)
        parser.exit()


class _CommandRow(Action):
    """A sub-command's line in the help of the command above it."""

    def __init__(self, name, aliases, help):
        shown = name
        if aliases:
            shown = '%s (%s)' % (name, ', '.join(aliases))
        Action.__init__(self, [], name, help=help, metavar=shown)


class _Dispatch(Action):
    """The sub-command argument: its first word picks a parser, which
    parses the remaining words into the same namespace."""

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False,
                 help=None, metavar=None):
        self._stem = prog
        self._factory = parser_class
        self._rows = []
        self._retired = set()
        Action.__init__(self, option_strings, dest, nargs=PARSER, choices={},
                        required=required, help=help, metavar=metavar)

    def add_parser(self, name, **kwargs):
        deprecated = kwargs.pop('deprecated', False)
        if kwargs.get('prog') is None:
            kwargs['prog'] = '%s %s' % (self._stem, name)
        aliases = kwargs.pop('aliases', ())
        if name in self.choices:
            raise ArgumentError(self, 'conflicting subparser: %s' % name)
        for alias in aliases:
            if alias in self.choices:
                raise ArgumentError(self, 'conflicting subparser alias: %s' % alias)
        if 'help' in kwargs:
            self._rows.append(_CommandRow(name, aliases, kwargs.pop('help')))
        parser = self._factory(**kwargs)
        for key in [name] + list(aliases):
            self.choices[key] = parser
            if deprecated:
                self._retired.add(key)
        return parser

    def _listing(self):
        return self._rows

    def __call__(self, parser, namespace, values, option_string=None):
        word = values[0]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, word)
        if word not in self.choices:
            known = ', '.join([repr(k) for k in self.choices])
            raise ArgumentError(self, 'unknown parser %r (choices: %s)' % (word, known))
        if word in self._retired:
            parser._warn("command '%s' is deprecated" % word)
        inner, rest = self.choices[word].parse_known_args(list(values[1:]), None)
        for key, value in vars(inner).items():
            setattr(namespace, key, value)
        if rest:
            if not hasattr(namespace, _SPILL):
                setattr(namespace, _SPILL, [])
            getattr(namespace, _SPILL).extend(rest)


class FileType(object):
    """A type that opens its argument as a file; '-' means standard
    input or output."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._how = (mode, bufsize, encoding, errors)

    def __call__(self, string):
        mode = self._how[0]
        if string == '-':
            if 'r' in mode:
                return _sys.stdin
            for ch in 'wax':
                if ch in mode:
                    return _sys.stdout
            raise ValueError('argument "-" with mode %r' % mode)
        try:
            return open(string, *self._how)
        except OSError as e:
            raise ArgumentTypeError("can't open '%s': %s" % (string, e))

    def __repr__(self):
        mode, bufsize, encoding, errors = self._how
        shown = [repr(mode)]
        if bufsize != -1:
            shown.append(repr(bufsize))
        for key, value in (('encoding', encoding), ('errors', errors)):
            if value is not None:
                shown.append('%s=%r' % (key, value))
        return 'FileType(%s)' % ', '.join(shown)


_BUILTIN_ACTIONS = (
    (None, _PutValue), ('store', _PutValue), ('store_const', _PutConst),
    ('store_true', _PutTrue), ('store_false', _PutFalse), ('append', _AddValue),
    ('append_const', _AddConst), ('extend', _AddAll), ('count', _Tally),
    ('help', _ShowHelp), ('version', _ShowVersion), ('parsers', _Dispatch),
)


# ---------------------------------------------------------------- formatting

def _shape(action, fallback):
    """The names an argument's values go by: a function of how many are
    wanted, giving a tuple of that many."""
    if action.metavar is not None:
        name = action.metavar
    elif action.choices is not None:
        name = '{%s}' % ','.join([str(c) for c in action.choices])
    else:
        name = fallback

    def names(count):
        if isinstance(name, tuple):
            if len(name) != count:
                raise TypeError('metavar tuple of %d for %d values' % (len(name), count))
            return name
        return (name,) * count
    return names


def _arg_text(action, fallback):
    """The placeholder text of an argument's values, as usage shows it."""
    names = _shape(action, fallback)
    nargs = action.nargs
    if nargs is None:
        return '%s' % names(1)
    if nargs == OPTIONAL:
        return '[%s]' % names(1)
    if nargs == ZERO_OR_MORE:
        if isinstance(action.metavar, tuple) and len(action.metavar) == 2:
            return '[%s [%s ...]]' % names(2)
        return '[%s ...]' % names(1)
    if nargs == ONE_OR_MORE:
        return '%s [%s ...]' % names(2)
    if nargs == REMAINDER:
        return '...'
    if nargs == PARSER:
        return '%s ...' % names(1)
    if nargs == SUPPRESS:
        return ''
    if not isinstance(nargs, int) or isinstance(nargs, bool):
        raise ValueError('invalid nargs value')
    return ' '.join(['%s' % name for name in (names(nargs) if nargs > 0 else ())])


def _pack(pieces, limit, start, margin):
    """Lay pieces out on lines no wider than limit, with a space between
    two on a line: the first line begins at column start, the others at
    margin. The lines come back without their leading columns."""
    rows = []
    line = []
    column = start
    for piece in pieces:
        if line and column + len(piece) > limit:
            rows.append(' '.join(line))
            line = []
            column = margin
        line.append(piece)
        column += len(piece) + 1
    if line:
        rows.append(' '.join(line))
    return rows


class HelpFormatter(object):
    """Lays out usage and help: items are collected first, then rendered
    once the widest argument is known."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            width = _screen_columns() - 2
        self._program = prog
        self._step = indent_increment
        self._line_width = width
        self._help_column_cap = min(max_help_position,
                                    max(width - 20, indent_increment * 2))
        self._widest = 0
        self._depth = 0
        self._top = []
        self._open = [self._top]

    # collecting ----------------------------------------------------------
    def start_section(self, heading):
        body = []
        self._open[-1].append(('section', heading, body))
        self._open.append(body)
        self._depth += self._step

    def end_section(self):
        self._open.pop()
        self._depth -= self._step

    def add_text(self, text):
        if text is None or text is SUPPRESS:
            return
        self._open[-1].append(('text', text))

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._open[-1].append(('usage', usage, list(actions), list(groups), prefix))

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        reach = len(self._invocation(action)) + self._depth
        for sub in self._subrows(action):
            reach = max(reach, len(self._invocation(sub)) + self._depth + self._step)
        self._widest = max(self._widest, reach)
        self._open[-1].append(('argument', action))

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    def format_help(self):
        text = self._render(self._top, 0)
        if text:
            while '\n\n\n' in text:
                text = text.replace('\n\n\n', '\n\n')
            text = text.strip('\n') + '\n'
        return text

    # rendering -----------------------------------------------------------
    def _render(self, items, depth):
        out = []
        for item in items:
            kind = item[0]
            if kind == 'section':
                body = self._render(item[2], depth + self._step)
                if body:
                    heading = item[1]
                    title = ''
                    if heading is not SUPPRESS and heading is not None:
                        title = '%s%s:\n' % (' ' * depth, heading)
                    out.append('\n' + title + body + '\n')
            elif kind == 'text':
                out.append(self._paragraph(item[1], depth))
            elif kind == 'usage':
                out.append(self._usage(item[1], item[2], item[3], item[4], depth))
            else:
                out.append(self._row(item[1], depth))
        return ''.join(out)

    def _paragraph(self, text, depth):
        if '%(prog)' in text:
            text = text % {'prog': self._program}
        room = max(self._line_width - depth, 11)
        return self._reflow(text, room, ' ' * depth) + '\n\n'

    def _row(self, action, depth):
        column = min(self._widest + 2, self._help_column_cap)
        room = max(self._line_width - column, 11)
        label_room = column - depth - 2
        label = self._invocation(action)
        pad = ' ' * depth
        if not action.help:
            out = [pad + label + '\n']
            first_pad = ''
        elif len(label) <= label_room:
            out = [pad + label.ljust(label_room) + '  ']
            first_pad = ''
        else:
            out = [pad + label + '\n']
            first_pad = ' ' * column
        if action.help and action.help.strip():
            lines = self._help_lines(self._expand(action), room)
            if lines:
                out.append(first_pad + lines[0] + '\n')
                for line in lines[1:]:
                    out.append(' ' * column + line + '\n')
        elif not out[0].endswith('\n'):
            out.append('\n')
        for sub in self._subrows(action):
            out.append(self._row(sub, depth + self._step))
        return ''.join(out)

    def _subrows(self, action):
        listing = getattr(action, '_listing', None)
        if listing is None:
            return []
        return listing()

    def _invocation(self, action):
        if not action.option_strings:
            name, = _shape(action, self._default_metavar(action, True))(1)
            return name
        flags = ', '.join(action.option_strings)
        if action.nargs == 0:
            return flags
        return flags + ' ' + _arg_text(action, self._default_metavar(action, False))

    def _expand(self, action):
        fields = {}
        for key, value in vars(action).items():
            if value is SUPPRESS:
                continue
            if hasattr(value, '__name__'):
                value = value.__name__
            fields[key] = value
        fields['prog'] = self._program
        if fields.get('choices') is not None:
            fields['choices'] = ', '.join([str(c) for c in action.choices])
        return self._help_template(action) % fields

    # usage ---------------------------------------------------------------
    def _usage(self, usage, actions, groups, prefix, depth):
        if prefix is None:
            prefix = 'usage: '
        prog = self._program
        if usage is not None:
            text = usage % {'prog': prog}
        elif not actions:
            text = prog
        else:
            flagged = [a for a in actions if a.option_strings]
            bare = [a for a in actions if not a.option_strings]
            joined = ' '.join(self._usage_pieces(flagged + bare, groups))
            text = ' '.join([s for s in (prog, joined) if s])
            limit = self._line_width - depth
            if len(prefix) + len(text) > limit:
                text = self._wrapped_usage(prefix, prog, self._usage_pieces(flagged, groups),
                                           self._usage_pieces(bare, groups), limit)
        return prefix + text + '\n\n'

    def _wrapped_usage(self, prefix, prog, opt_pieces, pos_pieces, limit):
        if len(prefix) + len(prog) <= 0.75 * limit:
            margin = len(prefix) + len(prog) + 1
            lead = opt_pieces or pos_pieces
            if lead:
                rows = _pack([prog] + lead, limit, len(prefix), margin)
                if opt_pieces:
                    rows += _pack(pos_pieces, limit, margin, margin)
            else:
                rows = [prog]
            head, tail = rows[0], rows[1:]
        else:
            margin = len(prefix)
            tail = _pack(opt_pieces + pos_pieces, limit, margin, margin)
            if len(tail) > 1:
                tail = (_pack(opt_pieces, limit, margin, margin)
                        + _pack(pos_pieces, limit, margin, margin))
            head = prog
        return '\n'.join([head] + [' ' * margin + row for row in tail])

    def _usage_pieces(self, actions, groups):
        # a mutually exclusive group is shown as one piece when its members
        # stand together, in order, in actions
        bunched = {}
        for group in groups:
            members = group._members
            if not members:
                continue
            for k in range(len(actions)):
                if actions[k] is members[0]:
                    window = actions[k:k + len(members)]
                    if len(window) == len(members) and all(
                            [window[j] is members[j] for j in range(len(members))]):
                        bunched[k] = group
                    break
        pieces = []
        k = 0
        while k < len(actions):
            group = bunched.get(k)
            if group is None:
                action = actions[k]
                k += 1
                if action.help is not SUPPRESS:
                    pieces.append(self._usage_piece(action, False))
                continue
            k += len(group._members)
            inner = [self._usage_piece(a, True) for a in group._members
                     if a.help is not SUPPRESS]
            if not inner:
                continue
            if group.required and len(inner) == 1:
                pieces.append(inner[0])
                continue
            # one piece a member, so that usage may break between them
            opening, closing = '()' if group.required else '[]'
            inner[0] = opening + inner[0]
            for j in range(len(inner) - 1):
                inner[j] += ' |'
            inner[-1] += closing
            pieces.extend(inner)
        return pieces

    def _usage_piece(self, action, grouped):
        if not action.option_strings:
            piece = _arg_text(action, self._default_metavar(action, True))
            if grouped and len(piece) > 1 and piece[0] == '[' and piece[-1] == ']':
                piece = piece[1:-1]
            return piece
        if action.nargs == 0:
            piece = action.format_usage()
        else:
            piece = '%s %s' % (action.option_strings[0],
                               _arg_text(action, self._default_metavar(action, False)))
        if not action.required and not grouped:
            piece = '[%s]' % piece
        return piece

    # what the formatter classes vary -------------------------------------
    def _reflow(self, text, width, indent):
        return _textwrap.fill(_squeeze(text), width, initial_indent=indent,
                              subsequent_indent=indent)

    def _help_lines(self, text, width):
        return _textwrap.wrap(_squeeze(text), width)

    def _help_template(self, action):
        return action.help

    def _default_metavar(self, action, positional):
        if positional:
            return action.dest
        return action.dest.upper()


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the line breaks of the description and epilog."""

    def _reflow(self, text, width, indent):
        return ''.join([indent + line for line in text.splitlines(True)])


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps the line breaks of every help text."""

    def _help_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Adds each argument's default to its help."""

    def _help_template(self, action):
        text = action.help or ''
        if '%(default)' in text or action.default is SUPPRESS:
            return text
        if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
            text += ' (default: %(default)s)'
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    """Names values after their type."""

    def _default_metavar(self, action, positional):
        return action.type.__name__


# ---------------------------------------------------------- argument table

class _ArgTable(object):
    """What a parser and all its groups know about the arguments."""

    def __init__(self):
        self.actions = []
        self.by_flag = {}
        self.defaults = {}
        self.sections = []
        self.exclusive = []
        self.kinds = {'action': {}, 'type': {None: _as_is}}
        self.numeric_flags = False

    def lookup(self, registry, key, fallback=None):
        return self.kinds.get(registry, {}).get(key, fallback)

    def enter(self, action, holder):
        """Adds action, first settling clashes of its option strings."""
        clashes = [(f, self.by_flag[f]) for f in action.option_strings if f in self.by_flag]
        if clashes:
            how = holder.conflict_handler
            if how == 'error':
                flags = ', '.join([f for f, _ in clashes])
                plural = 's' if len(clashes) > 1 else ''
                raise ArgumentError(action, 'conflicting option string%s: %s' % (plural, flags))
            if how != 'resolve':
                raise ValueError('invalid conflict_resolution value: %r' % how)
            for flag, other in clashes:
                if flag in other.option_strings:
                    other.option_strings.remove(flag)
                self.by_flag.pop(flag, None)
                if not other.option_strings:
                    self.withdraw(other)
        self.actions.append(action)
        for flag in action.option_strings:
            self.by_flag[flag] = action
            if _numeric_flag(flag):
                self.numeric_flags = True

    def withdraw(self, action):
        _drop(self.actions, action)
        for holder in self.sections + self.exclusive:
            _drop(holder._members, action)


class _Adder(object):
    """The argument-defining calls parsers and groups share."""

    def register(self, registry_name, value, object):
        self._table.kinds.setdefault(registry_name, {})[value] = object

    def set_defaults(self, **kwargs):
        self._table.defaults.update(kwargs)
        for action in self._table.actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._table.actions:
            if action.dest != dest or action.default is None:
                continue
            return action.default
        return self._table.defaults.get(dest)

    def add_argument(self, *args, **kwargs):
        table = self._table
        if not args or (len(args) == 1 and args[0][:1] not in self.prefix_chars):
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            settings = self._positional_settings(*args, **kwargs)
        else:
            settings = self._optional_settings(args, kwargs)
        if 'default' not in settings:
            dest = settings['dest']
            if dest in table.defaults:
                settings['default'] = table.defaults[dest]
            elif self.argument_default is not None:
                settings['default'] = self.argument_default
        kind = settings.pop('action', None)
        maker = table.lookup('action', kind, kind)
        if not callable(maker):
            raise ValueError('unknown action "%s"' % (maker,))
        action = maker(**settings)
        converter = table.lookup('type', action.type, action.type)
        if not callable(converter):
            raise ValueError('%r is not callable' % (converter,))
        if converter is FileType:
            raise ValueError('%r is a FileType class object, instance of it must be passed'
                             % (converter,))
        try:
            _arg_text(action, None)
        except TypeError:
            raise ValueError('length of metavar tuple does not match nargs')
        return self._place(action)

    def _positional_settings(self, dest, **kwargs):
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        nargs = kwargs.get('nargs')
        if nargs == ZERO_OR_MORE:
            kwargs['required'] = 'default' not in kwargs
        elif nargs not in (OPTIONAL, SUPPRESS, 0):
            kwargs['required'] = True
        kwargs['dest'] = dest
        kwargs['option_strings'] = []
        return kwargs

    def _optional_settings(self, flags, kwargs):
        chars = self.prefix_chars
        longs = []
        for flag in flags:
            if not flag or flag[0] not in chars:
                raise ValueError('invalid option string %r: must start with a character %r'
                                 % (flag, chars))
            if len(flag) > 1 and flag[1] in chars:
                longs.append(flag)
        dest = kwargs.pop('dest', None)
        if dest is None:
            source = (longs or flags)[0]
            dest = source.lstrip(chars)
            if not dest:
                raise ValueError('dest= is required for options like %r' % source)
            dest = dest.replace('-', '_')
        kwargs['dest'] = dest
        kwargs['option_strings'] = list(flags)
        return kwargs

    def add_argument_group(self, *args, **kwargs):
        section = _HelpGroup(self, *args, **kwargs)
        self._table.sections.append(section)
        return section

    def add_mutually_exclusive_group(self, **kwargs):
        group = _OneOf(self, **kwargs)
        self._table.exclusive.append(group)
        return group


class _HelpGroup(_Adder):
    """An argument group: arguments listed under one heading in help."""

    def __init__(self, owner, title=None, description=None, prefix_chars=None,
                 argument_default=None, conflict_handler=None):
        self._table = owner._table
        self._members = []
        self.title = title
        self.description = description
        self.prefix_chars = owner.prefix_chars if prefix_chars is None else prefix_chars
        self.argument_default = (owner.argument_default if argument_default is None
                                 else argument_default)
        self.conflict_handler = (owner.conflict_handler if conflict_handler is None
                                 else conflict_handler)

    def _place(self, action):
        self._table.enter(action, self)
        self._members.append(action)
        return action


class _OneOf(_HelpGroup):
    """A mutually exclusive group; its arguments appear in the help of
    the parser or group it was made from."""

    def __init__(self, owner, required=False):
        _HelpGroup.__init__(self, owner)
        self.required = required
        self._owner = owner

    def _place(self, action):
        if action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        self._owner._place(action)
        self._members.append(action)
        return action

    def add_mutually_exclusive_group(self, **kwargs):
        raise ValueError('mutually exclusive groups cannot be nested')


# ---------------------------------------------------------------- matching

def _arity(nargs, positional):
    """An argument's arity as steps (kinds, least, most) over the kinds
    of words: 'A' a value, 'O' an option, '-' the first '--'. Options
    never take the '--'."""
    many = 1 << 30
    sep = [('-', 0, many)] if positional else []
    value_or_sep = 'A-' if positional else 'A'
    if nargs is None:
        return sep + [('A', 1, 1)] + sep
    if nargs == OPTIONAL:
        return sep + [('A', 0, 1)] + sep
    if nargs == ZERO_OR_MORE:
        return sep + [(value_or_sep, 0, many)]
    if nargs == ONE_OR_MORE:
        return sep + [('A', 1, 1), (value_or_sep, 0, many)]
    if nargs == REMAINDER:
        return [('A-O' if positional else 'AO', 0, many)]
    if nargs == PARSER:
        return sep + [('A', 1, 1), ('A-O' if positional else 'AO', 0, many)]
    if nargs == SUPPRESS:
        return sep + sep
    steps = list(sep)
    for _ in range(nargs):
        steps += [('A', 1, 1)] + sep
    return steps


def _fit(arities, kinds, start):
    """How many words from start each arity takes, all in a row, each as
    many as it can while the later ones still fit; None if they can't."""
    plan = []
    for owner in range(len(arities)):
        for kinds_ok, least, most in arities[owner]:
            plan.append((owner, kinds_ok, least, most))
    taken = [0] * len(arities)
    end = len(kinds)

    def place(step, at):
        if step == len(plan):
            return True
        owner, kinds_ok, least, most = plan[step]
        run = 0
        while run < most and at + run < end and kinds[at + run] in kinds_ok:
            run += 1
        while run >= least:
            if place(step + 1, at + run):
                taken[owner] += run
                return True
            run -= 1
        return False

    if place(0, start):
        return taken
    return None


class _Flag(object):
    """A word read as an option: its action (None when unknown), the
    option string, and a value written in the same word."""

    def __init__(self, action, flag, glue=None, inline=None):
        self.action = action
        self.flag = flag
        self.glue = glue
        self.inline = inline


class _Pass(object):
    """One parse of a list of words into a namespace."""

    def __init__(self, parser, words, namespace):
        self.parser = parser
        self.ns = namespace
        self.words = words
        self.kinds = []
        self.flags = {}
        self.extras = []
        self.seen = set()
        self.changed = set()
        self.warned = set()
        self.rivals = {}
        for group in parser._table.exclusive:
            members = group._members
            for k in range(len(members)):
                lst = self.rivals.setdefault(id(members[k]), [])
                lst.extend(members[:k] + members[k + 1:])
        self.waiting = [a for a in parser._table.actions if not a.option_strings]

    def classify(self):
        after_sep = False
        for k in range(len(self.words)):
            word = self.words[k]
            if after_sep:
                self.kinds.append('A')
            elif word == '--':
                self.kinds.append('-')
                after_sep = True
            else:
                hit = self.parser._read_flag(word)
                if hit is None:
                    self.kinds.append('A')
                else:
                    self.flags[k] = hit
                    self.kinds.append('O')

    def run(self):
        self.classify()
        at = 0
        marks = sorted(self.flags)
        while marks and at <= marks[-1]:
            following = [m for m in marks if m >= at][0]
            if at != following:
                moved = self.feed(at)
                if moved > at:
                    at = moved
                    continue
            if at not in self.flags:
                self.extras.extend(self.words[at:following])
                at = following
            at = self.option(at)
        at = self.feed(at)
        self.extras.extend(self.words[at:])
        self.finish()

    def count(self, action, kinds, start):
        got = _fit([_arity(action.nargs, False)], kinds, start)
        if got is not None:
            return got[0]
        nargs = action.nargs
        if nargs is None:
            why = 'expected one argument'
        elif nargs == OPTIONAL:
            why = 'expected at most one argument'
        elif nargs == ONE_OR_MORE:
            why = 'expected at least one argument'
        elif nargs == 1:
            why = 'expected 1 argument'
        else:
            why = 'expected %s arguments' % nargs
        raise ArgumentError(action, why)

    def option(self, at):
        hit = self.flags[at]
        action, flag, glue, inline = hit.action, hit.flag, hit.glue, hit.inline
        chars = self.parser.prefix_chars
        table = self.parser._table.by_flag
        batch = []
        while True:
            if action is None:
                self.extras.append(self.words[at])
                return at + 1
            if inline is None:
                n = self.count(action, self.kinds, at + 1)
                batch.append((action, self.words[at + 1:at + 1 + n], flag))
                stop = at + 1 + n
                break
            n = self.count(action, ['A'], 0)
            if n == 1:
                batch.append((action, [inline], flag))
                stop = at + 1
                break
            if n == 0 and flag[1] not in chars and inline != '':
                if glue or inline[0] in chars:
                    raise ArgumentError(action, 'ignored explicit argument %r' % inline)
                batch.append((action, [], flag))
                joined = flag[0] + inline[0]
                if joined not in table:
                    self.extras.append(flag[0] + inline)
                    stop = at + 1
                    break
                action, flag, inline = table[joined], joined, inline[1:]
                if not inline:
                    glue = inline = None
                elif inline[0] == '=':
                    glue, inline = '=', inline[1:]
                else:
                    glue = ''
                continue
            raise ArgumentError(action, 'ignored explicit argument %r' % inline)
        for action, values, flag in batch:
            self.take(action, values, flag)
        return stop

    def feed(self, at):
        waiting = self.waiting
        counts = []
        for size in range(len(waiting), 0, -1):
            got = _fit([_arity(a.nargs, True) for a in waiting[:size]], self.kinds, at)
            if got is not None:
                counts = got
                break
        for n in counts:
            action = waiting.pop(0)
            values = self.words[at:at + n]
            if action.nargs not in (PARSER, REMAINDER) and '--' in values:
                values = list(values)
                values.remove('--')
            at += n
            self.take(action, values)
        return at

    def take(self, action, values, flag=None):
        if action.deprecated:
            if flag is not None and flag not in self.warned:
                self.warned.add(flag)
                self.parser._warn("option '%s' is deprecated" % flag)
            elif flag is None and values and action.dest not in self.warned:
                self.warned.add(action.dest)
                self.parser._warn("argument '%s' is deprecated" % action.dest)
        self.seen.add(id(action))
        value = self.parser._values_for(action, values)
        if value is not action.default:
            self.changed.add(id(action))
            for other in self.rivals.get(id(action), ()):
                if id(other) in self.changed:
                    raise ArgumentError(action, 'not allowed with argument %s'
                                        % _display_name(other))
        if value is not SUPPRESS:
            action(self.parser, self.ns, value, flag)

    def finish(self):
        parser = self.parser
        missing = []
        for action in parser._table.actions:
            if id(action) in self.seen:
                continue
            if action.required:
                missing.append(_display_name(action))
                continue
            dflt = action.default
            if (isinstance(dflt, str) and hasattr(self.ns, action.dest)
                    and getattr(self.ns, action.dest) is dflt):
                setattr(self.ns, action.dest, parser._convert(action, dflt))
        if missing:
            raise ArgumentError(None, 'the following arguments are required: %s'
                                % ', '.join(missing))
        for group in parser._table.exclusive:
            if not group.required:
                continue
            if any([id(a) in self.changed for a in group._members]):
                continue
            names = [_display_name(a) for a in group._members if a.help is not SUPPRESS]
            raise ArgumentError(None, 'one of the arguments %s is required' % ' '.join(names))


# ------------------------------------------------------------------ parser

def _program_name():
    if not _sys.argv:
        return ''
    return _os.path.basename(_sys.argv[0])


class ArgumentParser(_Adder):
    """Turns command-line words into a Namespace."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[],
                 formatter_class=HelpFormatter, prefix_chars='-', fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler='error', add_help=True,
                 allow_abbrev=True, exit_on_error=True):
        self._table = _ArgTable()
        if prog is None:
            prog = _program_name()
        # the settings, under their keyword names
        self.__dict__.update(
            prog=prog, usage=usage, description=description, epilog=epilog,
            formatter_class=formatter_class, prefix_chars=prefix_chars,
            fromfile_prefix_chars=fromfile_prefix_chars, argument_default=argument_default,
            conflict_handler=conflict_handler, add_help=add_help, allow_abbrev=allow_abbrev,
            exit_on_error=exit_on_error)
        for key, cls in _BUILTIN_ACTIONS:
            self.register('action', key, cls)
        self._bare_group = self.add_argument_group('positional arguments')
        self._flag_group = self.add_argument_group('options')
        self._commands = None
        if add_help:
            lead = '-' if '-' in prefix_chars else prefix_chars[0]
            self.add_argument(lead + 'h', lead * 2 + 'help', action='help', default=SUPPRESS,
                              help='show this help message and exit')
        for parent in parents:
            self._adopt(parent)

    def __repr__(self):
        fields = ('prog', 'usage', 'description', 'formatter_class', 'conflict_handler',
                  'add_help')
        inner = ', '.join(['%s=%r' % (f, getattr(self, f)) for f in fields])
        return '%s(%s)' % (type(self).__name__, inner)

    def _place(self, action):
        if action.option_strings:
            return self._flag_group._place(action)
        return self._bare_group._place(action)

    def _adopt(self, parent):
        """Takes over a parent parser's arguments, groups and defaults."""
        by_title = {}
        for section in self._table.sections:
            by_title[section.title] = section
        home = {}
        for section in parent._table.sections:
            if section.title not in by_title:
                by_title[section.title] = self.add_argument_group(
                    section.title, section.description,
                    conflict_handler=section.conflict_handler)
            for action in section._members:
                home[id(action)] = by_title[section.title]
        for group in parent._table.exclusive:
            owner = group._owner
            target = self if owner is parent else by_title[owner.title]
            copy = target.add_mutually_exclusive_group(required=group.required)
            for action in group._members:
                home[id(action)] = copy
        for action in parent._table.actions:
            home.get(id(action), self)._place(action)
        self._table.defaults.update(parent._table.defaults)

    def add_subparsers(self, **kwargs):
        if self._commands is not None:
            raise ArgumentError(None, 'cannot have multiple subparser arguments')
        if 'parser_class' not in kwargs:
            kwargs['parser_class'] = type(self)
        holder = self._bare_group
        if set(kwargs) & {'title', 'description'}:
            heading = kwargs.pop('title', 'subcommands')
            holder = self.add_argument_group(heading, kwargs.pop('description', None))
        if kwargs.get('prog') is None:
            fmt = self._new_formatter()
            bare = [a for a in self._table.actions if not a.option_strings]
            fmt.add_usage(self.usage, bare, self._table.exclusive, '')
            kwargs['prog'] = fmt.format_help().strip()
        kind = kwargs.pop('action', 'parsers')
        maker = self._table.lookup('action', kind, kind)
        action = maker(option_strings=[], **kwargs)
        holder._place(action)
        self._commands = action
        return action

    # parsing -------------------------------------------------------------
    def parse_args(self, args=None, namespace=None):
        namespace, rest = self.parse_known_args(args, namespace)
        if rest:
            message = 'unrecognized arguments: %s' % ' '.join(rest)
            if self.exit_on_error:
                self.error(message)
            raise ArgumentError(None, message)
        return namespace

    def parse_known_args(self, args=None, namespace=None):
        words = _sys.argv[1:] if args is None else list(args)
        if namespace is None:
            namespace = Namespace()
        seeds = [(a.dest, a.default) for a in self._table.actions
                 if a.dest is not SUPPRESS and a.default is not SUPPRESS]
        seeds.extend(self._table.defaults.items())
        for dest, value in seeds:
            if not hasattr(namespace, dest):
                setattr(namespace, dest, value)
        if self.exit_on_error:
            try:
                rest = self._parse_into(words, namespace)
            except ArgumentError as err:
                self.error(str(err))
        else:
            rest = self._parse_into(words, namespace)
        if hasattr(namespace, _SPILL):
            rest.extend(getattr(namespace, _SPILL))
            delattr(namespace, _SPILL)
        return namespace, rest

    def _parse_into(self, words, namespace):
        if self.fromfile_prefix_chars:
            words = self._expand_files(words)
        run = _Pass(self, words, namespace)
        run.run()
        return run.extras

    def _expand_files(self, words):
        out = []
        for word in words:
            if not word or word[0] not in self.fromfile_prefix_chars:
                out.append(word)
                continue
            try:
                with open(word[1:]) as f:
                    content = f.read()
            except OSError as err:
                raise ArgumentError(None, str(err))
            found = []
            for line in content.splitlines():
                found.extend(self.convert_arg_line_to_args(line))
            out.extend(self._expand_files(found))
        return out

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _read_flag(self, word):
        """The option word names, or None when it is a plain value."""
        chars = self.prefix_chars
        table = self._table.by_flag
        if not word or word[0] not in chars:
            return None
        if word in table:
            return _Flag(table[word], word)
        if len(word) == 1:
            return None
        if '=' in word:
            head, _, tail = word.partition('=')
            if head in table:
                return _Flag(table[head], head, '=', tail)
        found = self._abbreviations(word)
        if len(found) > 1:
            raise ArgumentError(None, 'ambiguous option: %s could match %s'
                                % (word, ', '.join([h.flag for h in found])))
        if found:
            return found[0]
        if _numeric_flag(word) and not self._table.numeric_flags:
            return None
        if ' ' in word:
            return None
        return _Flag(None, word)

    def _abbreviations(self, word):
        table = self._table.by_flag
        found = []
        if word[1] in self.prefix_chars:
            if not self.allow_abbrev:
                return found
            head, glue, tail = word.partition('=')
            if not glue:
                glue = tail = None
            for flag in table:
                if flag.startswith(head):
                    found.append(_Flag(table[flag], flag, glue, tail))
            return found
        short = word[:2]
        for flag in table:
            if flag == short:
                found.append(_Flag(table[flag], flag, '', word[2:]))
            elif self.allow_abbrev and flag.startswith(word):
                found.append(_Flag(table[flag], flag))
        return found

    def _values_for(self, action, words):
        nargs = action.nargs
        if not words and nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str) and value is not SUPPRESS:
                value = self._convert(action, value)
                self._vet(action, value)
            return value
        if not words and nargs == ZERO_OR_MORE and not action.option_strings:
            if action.default is None:
                return []
            self._vet(action, action.default)
            return action.default
        if len(words) == 1 and nargs in (None, OPTIONAL):
            value = self._convert(action, words[0])
            self._vet(action, value)
            return value
        if nargs == SUPPRESS:
            return SUPPRESS
        values = [self._convert(action, w) for w in words]
        if nargs == PARSER:
            self._vet(action, values[0])
        elif nargs != REMAINDER:
            for value in values:
                self._vet(action, value)
        return values

    def _convert(self, action, word):
        func = self._table.lookup('type', action.type, action.type)
        if not callable(func):
            raise ArgumentError(action, '%r is not callable' % (func,))
        try:
            return func(word)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            try:
                kind = action.type.__name__
            except AttributeError:
                kind = repr(action.type)
            raise ArgumentError(action, 'invalid %s value: %r' % (kind, word))

    def _vet(self, action, value):
        if action.choices is None or value in action.choices:
            return
        listed = ', '.join([repr(c) for c in action.choices])
        raise ArgumentError(action, 'invalid choice: %r (choose from %s)' % (value, listed))

    # help ----------------------------------------------------------------
    def _new_formatter(self):
        make = self.formatter_class
        return make(prog=self.prog)

    def format_usage(self):
        fmt = self._new_formatter()
        fmt.add_usage(self.usage, self._table.actions, self._table.exclusive)
        return fmt.format_help()

    def format_help(self):
        fmt = self._new_formatter()
        fmt.add_usage(self.usage, self._table.actions, self._table.exclusive)
        fmt.add_text(self.description)
        for section in self._table.sections:
            fmt.start_section(section.title)
            fmt.add_text(section.description)
            fmt.add_arguments(section._members)
            fmt.end_section()
        fmt.add_text(self.epilog)
        return fmt.format_help()

    def print_usage(self, file=None):
        self._emit(self.format_usage(), _sys.stdout if file is None else file)

    def print_help(self, file=None):
        self._emit(self.format_help(), _sys.stdout if file is None else file)

    def _emit(self, text, file=None):
        if not text:
            return
        if file is None:
            file = _sys.stderr
        try:
            file.write(text)
        except (AttributeError, OSError):
            pass

    def _warn(self, message):
        self._emit('%s: warning: %s\n' % (self.prog, message), _sys.stderr)

    def exit(self, status=0, message=None):
        if message:
            self._emit(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        self.print_usage(_sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.prog, message))
