"""Command-line parsing: options, positional arguments, sub-commands.

spython's argparse follows the behaviour of CPython 3.13's module for the
parts scripts use: the same help and usage text, the same error messages
and exit status 2 on a usage error.
"""

import sys as _sys
import os as _os

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'

_INF = 1 << 30


# The order attributes were set in, for each Namespace by id: the repr
# lists them in that order.
_namespace_order = {}


class Namespace(object):
    """Simple object for storing attributes."""

    def __init__(self, **kwargs):
        _namespace_order[id(self)] = []
        for name in kwargs:
            setattr(self, name, kwargs[name])

    def __setattr__(self, name, value):
        order = _namespace_order.setdefault(id(self), [])
        if name not in order:
            order.append(name)
        self.__dict__[name] = value

    def __delattr__(self, name):
        try:
            del self.__dict__[name]
        except KeyError:
            raise AttributeError(name)
        order = _namespace_order.get(id(self), [])
        if name in order:
            order.remove(name)

    def _items(self):
        d = vars(self)
        order = [n for n in _namespace_order.get(id(self), []) if n in d]
        rest = sorted([n for n in d if n not in order])
        return [(n, d[n]) for n in order + rest]

    def __repr__(self):
        parts = []
        star = {}
        for name, value in self._items():
            if name.isidentifier():
                parts.append('%s=%r' % (name, value))
            else:
                star[name] = value
        if star:
            parts.append('**%s' % repr(star))
        return '%s(%s)' % (type(self).__name__, ', '.join(parts))

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __ne__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) != vars(other)

    def __contains__(self, key):
        return key in vars(self)


class ArgumentError(Exception):
    """An error from creating or using an argument."""

    def __init__(self, argument, message):
        Exception.__init__(self, argument, message)
        self.argument_name = _action_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return '%s' % self.message
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """An error from a type conversion."""
    pass


def _action_name(action):
    if action is None:
        return None
    if action.option_strings:
        return '/'.join(action.option_strings)
    if action.metavar not in (None, SUPPRESS):
        if isinstance(action.metavar, tuple):
            return '/'.join(action.metavar)
        return action.metavar
    if action.dest not in (None, SUPPRESS):
        return action.dest
    if action.choices:
        return '{' + ','.join([str(c) for c in action.choices]) + '}'
    return None


def _has(seq, obj):
    for item in seq:
        if item is obj:
            return True
    return False


def _remove(seq, obj):
    for i, item in enumerate(seq):
        if item is obj:
            del seq[i]
            return
    raise ValueError('list.remove(x): x not in list')


def _collapse(text):
    return ' '.join(text.split())


def _letter(ch):
    return ch.isalpha() or ch == '_'


def _word_chunks(word):
    """Split a word around dashes ("--" between words) and after the
    hyphens where text may break: after two letters and before a letter,
    as in "long-running"."""
    out = []
    start = 0
    i = 1
    n = len(word)
    while i < n:
        if word[i] == '-' and word[i - 1] != '-':
            j = i
            while j < n and word[j] == '-':
                j += 1
            prev = word[i - 1]
            if (j - i >= 2 and j < n and (word[j].isalnum() or word[j] == '_')
                    and (prev.isalnum() or prev in '_!"\'&.,?')):
                out.extend(_hyphen_chunks(word[start:i]))
                out.append(word[i:j])
                start = j
            i = j
        else:
            i += 1
    out.extend(_hyphen_chunks(word[start:]))
    return out


def _hyphen_chunks(word):
    out = []
    start = 0
    n = len(word)
    for i in range(n):
        if word[i] != '-' or i + 1 >= n:
            continue
        before = (i >= 2 and _letter(word[i - 1]) and _letter(word[i - 2])) or (
            i >= 3 and _letter(word[i - 1]) and word[i - 2] == '-' and _letter(word[i - 3]))
        after = _letter(word[i + 1]) and i + 2 < n and (
            _letter(word[i + 2]) or (word[i + 2] == '-' and i + 3 < n and _letter(word[i + 3])))
        if before and after:
            out.append(word[start:i + 1])
            start = i + 1
    if word[start:]:
        out.append(word[start:])
    return out


def _wrap(text, width):
    """Word-wrap text, already collapsed to single spaces, to lines of at
    most width, breaking after hyphens and inside words too long for a
    line."""
    chunks = []
    for k, word in enumerate(text.split(' ')):
        if k:
            chunks.append(' ')
        if word:
            chunks.extend(_word_chunks(word))
    chunks.reverse()
    lines = []
    while chunks:
        cur = []
        cur_len = 0
        if lines and chunks[-1] == ' ':
            del chunks[-1]
        while chunks:
            size = len(chunks[-1])
            if cur_len + size <= width:
                cur.append(chunks.pop())
                cur_len += size
            else:
                break
        if chunks and len(chunks[-1]) > width:
            space_left = width - cur_len if width >= 1 else 1
            chunk = chunks[-1]
            end = space_left
            hyphen = chunk.rfind('-', 0, space_left)
            if hyphen > 0 and chunk[:hyphen].strip('-'):
                end = hyphen + 1
            cur.append(chunk[:end])
            cur_len += end
            chunks[-1] = chunk[end:]
        if cur and cur[-1] == ' ':
            cur_len -= 1
            del cur[-1]
        if cur:
            lines.append(''.join(cur))
    return lines


def _terminal_columns():
    value = _os.environ.get('COLUMNS')
    if value:
        try:
            n = int(value)
            if n > 0:
                return n
        except ValueError:
            pass
    return _columns()


# ---------------------------------------------------------------- formatting

class HelpFormatter(object):
    """Formats usage and help text."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            width = _terminal_columns() - 2
        self._prog = prog
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position, max(width - 20, indent_increment * 2))
        self._width = width
        self._current_indent = 0
        self._action_max_length = 0
        self._items = []
        self._section = None

    # sections ----------------------------------------------------------
    def start_section(self, heading):
        self._current_indent += self._indent_increment
        self._section = [heading, []]
        self._items.append(('section', self._section))

    def end_section(self):
        self._current_indent -= self._indent_increment
        self._section = None

    def _add(self, item):
        if self._section is not None:
            self._section[1].append(item)
        else:
            self._items.append(item)

    def add_text(self, text):
        if text is not SUPPRESS and text is not None:
            self._add(('text', text))

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._add(('usage', (usage, actions, groups, prefix)))

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        lengths = [len(self._format_action_invocation(action)) + self._current_indent]
        indent = self._current_indent + self._indent_increment
        for sub in self._iter_indented_subactions(action):
            lengths.append(len(self._format_action_invocation(sub)) + indent)
        for length in lengths:
            if length > self._action_max_length:
                self._action_max_length = length
        self._add(('action', (action, self._current_indent)))

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    def _iter_indented_subactions(self, action):
        get = getattr(action, '_get_subactions', None)
        if get is None:
            return []
        return get()

    def format_help(self):
        text = self._render(self._items)
        if text:
            text = text.strip('\n') + '\n'
        # runs of blank lines collapse to one
        while '\n\n\n' in text:
            text = text.replace('\n\n\n', '\n\n')
        return text

    def _render(self, items, indent=0):
        out = []
        for kind, value in items:
            if kind == 'section':
                heading, sub = value
                body = self._render(sub, indent + self._indent_increment)
                if not body:
                    continue
                if heading is not SUPPRESS and heading is not None:
                    out.append('%*s%s:\n' % (indent, '', heading))
                out.append(body)
                out.append('\n')
            elif kind == 'text':
                out.append(self._format_text(value, indent))
            elif kind == 'usage':
                out.append(self._format_usage(*value))
            elif kind == 'action':
                out.append(self._format_action(value[0], value[1]))
        return ''.join(out)

    def _format_text(self, text, indent=0):
        if '%(prog)' in text:
            text = text % dict(prog=self._prog)
        text_width = max(self._width - indent, 11)
        return self._fill_text(text, text_width, ' ' * indent) + '\n\n'

    def _fill_text(self, text, width, indent):
        text = _collapse(text)
        return '\n'.join([indent + line for line in _wrap(text, width)])

    def _split_lines(self, text, width):
        return _wrap(_collapse(text), width)

    # usage -------------------------------------------------------------
    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = 'usage: '
        if usage is not None:
            usage = usage % dict(prog=self._prog)
        elif usage is None and not actions:
            usage = '%(prog)s' % dict(prog=self._prog)
        else:
            prog = '%(prog)s' % dict(prog=self._prog)
            optionals = [a for a in actions if a.option_strings]
            positionals = [a for a in actions if not a.option_strings]
            opt_parts = self._get_actions_usage_parts(optionals, groups)
            pos_parts = self._get_actions_usage_parts(positionals, groups)
            usage = ' '.join([s for s in [prog] + opt_parts + pos_parts if s])
            text_width = self._width - self._current_indent
            if len(prefix) + len(usage) > text_width:
                def get_lines(parts, indent, prefix=None):
                    lines = []
                    line = []
                    indent_length = len(indent)
                    if prefix is not None:
                        line_len = len(prefix) - 1
                    else:
                        line_len = indent_length - 1
                    for part in parts:
                        if line_len + 1 + len(part) > text_width and line:
                            lines.append(indent + ' '.join(line))
                            line = []
                            line_len = indent_length - 1
                        line.append(part)
                        line_len += len(part) + 1
                    if line:
                        lines.append(indent + ' '.join(line))
                    if prefix is not None:
                        lines[0] = lines[0][len(indent):]
                    return lines

                if len(prefix) + len(prog) <= 0.75 * text_width:
                    indent = ' ' * (len(prefix) + len(prog) + 1)
                    if opt_parts:
                        lines = get_lines([prog] + opt_parts, indent, prefix)
                        lines.extend(get_lines(pos_parts, indent))
                    elif pos_parts:
                        lines = get_lines([prog] + pos_parts, indent, prefix)
                    else:
                        lines = [prog]
                else:
                    indent = ' ' * len(prefix)
                    parts = opt_parts + pos_parts
                    lines = get_lines(parts, indent)
                    if len(lines) > 1:
                        lines = []
                        lines.extend(get_lines(opt_parts, indent))
                        lines.extend(get_lines(pos_parts, indent))
                    lines = [prog] + lines
                usage = '\n'.join(lines)
        return '%s%s\n\n' % (prefix, usage)

    def _get_actions_usage_parts(self, actions, groups):
        # which actions start, are inside or end a mutually exclusive group
        group_of = {}
        for group in groups:
            if not group._group_actions:
                continue
            ok = True
            for a in group._group_actions:
                if not _has(actions, a):
                    ok = False
            if ok:
                for a in group._group_actions:
                    group_of[id(a)] = group
        parts = []
        done = set()
        for action in actions:
            group = group_of.get(id(action))
            if group is not None:
                if id(group) in done:
                    continue
                done.add(id(group))
                inner = []
                for a in group._group_actions:
                    if a.help is SUPPRESS:
                        continue
                    inner.append(self._action_usage(a, True))
                if not inner:
                    continue
                if len(inner) == 1 and group.required:
                    parts.append(inner[0])
                elif group.required:
                    parts.append('(' + ' | '.join(inner) + ')')
                else:
                    parts.append('[' + ' | '.join(inner) + ']')
                continue
            if action.help is SUPPRESS:
                continue
            part = self._action_usage(action, False)
            if part:
                parts.append(part)
        return parts

    def _action_usage(self, action, in_group):
        if not action.option_strings:
            default = self._get_default_metavar_for_positional(action)
            part = self._format_args(action, default)
            if in_group and part[:1] == '[' and part[-1:] == ']':
                part = part[1:-1]
            return part
        option_string = action.option_strings[0]
        if action.nargs == 0:
            part = action.format_usage()
        else:
            default = self._get_default_metavar_for_optional(action)
            part = '%s %s' % (option_string, self._format_args(action, default))
        if not action.required and not in_group:
            part = '[%s]' % part
        return part

    # actions -----------------------------------------------------------
    def _format_action(self, action, current_indent):
        help_position = min(self._action_max_length + 2, self._max_help_position)
        help_width = max(self._width - help_position, 11)
        action_width = help_position - current_indent - 2
        header = self._format_action_invocation(action)
        if not action.help:
            parts = ['%*s%s\n' % (current_indent, '', header)]
        elif len(header) <= action_width:
            parts = ['%*s%-*s  ' % (current_indent, '', action_width, header)]
            first = True
        else:
            parts = ['%*s%s\n' % (current_indent, '', header)]
            first = False
        if action.help and action.help.strip():
            lines = self._split_lines(self._expand_help(action), help_width)
            if lines:
                if len(header) <= action_width:
                    parts.append('%s\n' % lines[0])
                    lines = lines[1:]
                for line in lines:
                    parts.append('%*s%s\n' % (help_position, '', line))
        elif not parts[0].endswith('\n'):
            parts.append('\n')
        for sub in self._iter_indented_subactions(action):
            parts.append(self._format_action(sub, current_indent + self._indent_increment))
        return ''.join(parts)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            default = self._get_default_metavar_for_positional(action)
            return ' '.join(self._metavar_formatter(action, default)(1))
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        default = self._get_default_metavar_for_optional(action)
        args_string = self._format_args(action, default)
        return ', '.join(action.option_strings) + ' ' + args_string

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            result = action.metavar
        elif action.choices is not None:
            result = '{%s}' % ','.join([str(c) for c in action.choices])
        else:
            result = default_metavar

        def format(tuple_size):
            if isinstance(result, tuple):
                return result
            return (result,) * tuple_size
        return format

    def _format_args(self, action, default_metavar):
        get_metavar = self._metavar_formatter(action, default_metavar)
        nargs = action.nargs
        if nargs is None:
            return '%s' % get_metavar(1)
        if nargs == OPTIONAL:
            return '[%s]' % get_metavar(1)
        if nargs == ZERO_OR_MORE:
            metavar = get_metavar(1)
            if len(metavar) == 2:
                return '[%s [%s ...]]' % metavar
            return '[%s ...]' % metavar
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % get_metavar(2)
        if nargs == REMAINDER:
            return '...'
        if nargs == PARSER:
            return '%s ...' % get_metavar(1)
        if nargs == SUPPRESS:
            return ''
        try:
            formats = ['%s' for _ in range(nargs)]
        except TypeError:
            raise ValueError('invalid nargs value')
        return ' '.join(formats) % get_metavar(nargs)

    def _expand_help(self, action):
        params = {}
        for name, value in vars(action).items():
            if value is not SUPPRESS:
                params[name] = value
        for name in list(params):
            if hasattr(params[name], '__name__'):
                params[name] = params[name].__name__
        if params.get('choices') is not None:
            params['choices'] = ', '.join([str(c) for c in params['choices']])
        params['prog'] = self._prog
        return self._get_help_string(action) % params

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the description and epilog as written."""

    def _fill_text(self, text, width, indent):
        return ''.join([indent + line for line in text.splitlines(True)])


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps every help text as written."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Adds the default value to each argument's help."""

    def _get_help_string(self, action):
        help = action.help
        if help is None:
            help = ''
        if '%(default)' not in help:
            if action.default is not SUPPRESS:
                if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
                    help += ' (default: %(default)s)'
        return help


class MetavarTypeHelpFormatter(HelpFormatter):
    """Uses the type's name as the default metavar."""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


# ------------------------------------------------------------------- actions

class Action(object):
    """One argument: how it is parsed and stored."""

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

    def _get_kwargs(self):
        names = ['option_strings', 'dest', 'nargs', 'const', 'default', 'type',
                 'choices', 'required', 'help', 'metavar', 'deprecated']
        return [(name, getattr(self, name)) for name in names]

    def __repr__(self):
        return '%s(%s)' % (type(self).__name__,
                           ', '.join(['%s=%r' % kv for kv in self._get_kwargs()]))

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


class BooleanOptionalAction(Action):
    def __init__(self, option_strings, dest, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None, deprecated=False):
        strings = []
        for option_string in option_strings:
            strings.append(option_string)
            if option_string.startswith('--'):
                if option_string.startswith('--no-'):
                    raise ValueError('invalid option name %r for BooleanOptionalAction' % option_string)
                strings.append('--no-' + option_string[2:])
        Action.__init__(self, strings, dest, nargs=0, default=default, type=type,
                        choices=choices, required=required, help=help, metavar=metavar,
                        deprecated=deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith('--no-'))

    def format_usage(self):
        return ' | '.join(self.option_strings)


class _StoreAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None,
                 deprecated=False):
        if nargs == 0:
            raise ValueError('nargs for store actions must be != 0; if you have nothing to store, actions such as store true or store const may be more appropriate')
        if const is not None and nargs != OPTIONAL:
            raise ValueError('nargs must be %r to supply const' % OPTIONAL)
        Action.__init__(self, option_strings, dest, nargs, const, default, type,
                        choices, required, help, metavar, deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None, deprecated=False):
        Action.__init__(self, option_strings, dest, 0, const, default, None, None,
                        required, help, None, deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False, help=None,
                 deprecated=False):
        _StoreConstAction.__init__(self, option_strings, dest, True, default, required,
                                   help, None, deprecated)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False, help=None,
                 deprecated=False):
        _StoreConstAction.__init__(self, option_strings, dest, False, default, required,
                                   help, None, deprecated)


class _AppendAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None,
                 deprecated=False):
        if nargs == 0:
            raise ValueError('nargs for append actions must be != 0; if arg strings are not supplying the value to append, the append const action may be more appropriate')
        if const is not None and nargs != OPTIONAL:
            raise ValueError('nargs must be %r to supply const' % OPTIONAL)
        Action.__init__(self, option_strings, dest, nargs, const, default, type,
                        choices, required, help, metavar, deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        items = getattr(namespace, self.dest, None)
        items = [] if items is None else list(items)
        items.append(values)
        setattr(namespace, self.dest, items)


class _AppendConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None, deprecated=False):
        Action.__init__(self, option_strings, dest, 0, const, default, None, None,
                        required, help, metavar, deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        items = getattr(namespace, self.dest, None)
        items = [] if items is None else list(items)
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _ExtendAction(_AppendAction):
    def __call__(self, parser, namespace, values, option_string=None):
        items = getattr(namespace, self.dest, None)
        items = [] if items is None else list(items)
        items.extend(values)
        setattr(namespace, self.dest, items)


class _CountAction(Action):
    def __init__(self, option_strings, dest, default=None, required=False, help=None,
                 deprecated=False):
        Action.__init__(self, option_strings, dest, 0, None, default, None, None,
                        required, help, None, deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        count = getattr(namespace, self.dest, None)
        if count is None:
            count = 0
        setattr(namespace, self.dest, count + 1)


class _HelpAction(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None,
                 deprecated=False):
        Action.__init__(self, option_strings, dest, 0, None, default, None, None,
                        False, help, None, deprecated)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help=None, deprecated=False):
        if help is None:
            help = "show program's version number and exit"
        Action.__init__(self, option_strings, dest, 0, None, default, None, None,
                        False, help, None, deprecated)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        version = self.version
        if version is None:
            version = parser.version
        formatter = parser._get_formatter()
        formatter.add_text(version)
        parser._print_message(formatter.format_help(), _sys.stdout)
        parser.exit()


class _ChoicesPseudoAction(Action):
    def __init__(self, name, aliases, help):
        metavar = dest = name
        if aliases:
            metavar += ' (%s)' % ', '.join(aliases)
        Action.__init__(self, [], dest, help=help, metavar=metavar)


class _SubParsersAction(Action):
    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False,
                 help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        Action.__init__(self, option_strings, dest, PARSER, None, None, None,
                        self._name_parser_map, required, help, metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get('prog') is None:
            kwargs['prog'] = '%s %s' % (self._prog_prefix, name)
        aliases = kwargs.pop('aliases', ())
        if name in self._name_parser_map:
            raise ArgumentError(self, 'conflicting subparser: %s' % name)
        for alias in aliases:
            if alias in self._name_parser_map:
                raise ArgumentError(self, 'conflicting subparser alias: %s' % alias)
        if 'help' in kwargs:
            help = kwargs.pop('help')
            self._choices_actions.append(_ChoicesPseudoAction(name, aliases, help))
        kwargs.pop('deprecated', None)
        parser = self._parser_class(**kwargs)
        self._name_parser_map[name] = parser
        for alias in aliases:
            self._name_parser_map[alias] = parser
        return parser

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        parser_name = values[0]
        arg_strings = values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, parser_name)
        try:
            subparser = self._name_parser_map[parser_name]
        except KeyError:
            choices = ', '.join([repr(c) for c in self._name_parser_map])
            raise ArgumentError(self, 'unknown parser %r (choices: %s)' % (parser_name, choices))
        subnamespace, arg_strings = subparser.parse_known_args(arg_strings, None)
        for key, value in vars(subnamespace).items():
            setattr(namespace, key, value)
        if arg_strings:
            if not hasattr(namespace, '_UNRECOGNIZED_ARGS_ATTR'):
                setattr(namespace, '_UNRECOGNIZED_ARGS_ATTR', [])
            getattr(namespace, '_UNRECOGNIZED_ARGS_ATTR').extend(arg_strings)


class FileType(object):
    """Opens the argument as a file ('-' is standard input or output)."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._bufsize = bufsize
        self._encoding = encoding
        self._errors = errors

    def __call__(self, string):
        if string == '-':
            if 'r' in self._mode:
                return _sys.stdin
            if 'w' in self._mode or 'a' in self._mode or 'x' in self._mode:
                return _sys.stdout
            raise ValueError('argument "-" with mode %r' % self._mode)
        try:
            return open(string, self._mode, self._bufsize, self._encoding, self._errors)
        except OSError as e:
            raise ArgumentTypeError("can't open '%s': %s" % (string, e))

    def __repr__(self):
        return 'FileType(%r)' % self._mode


_ACTIONS = {
    None: _StoreAction,
    'store': _StoreAction,
    'store_const': _StoreConstAction,
    'store_true': _StoreTrueAction,
    'store_false': _StoreFalseAction,
    'append': _AppendAction,
    'append_const': _AppendConstAction,
    'count': _CountAction,
    'help': _HelpAction,
    'version': _VersionAction,
    'parsers': _SubParsersAction,
    'extend': _ExtendAction,
}


# ------------------------------------------------------------------ matching

def _nargs_atoms(nargs, optional):
    """The pattern an argument's nargs accepts, as atoms (chars, min, max)
    over the classes of the argument strings: 'A' an argument, 'O' an
    option, '-' the '--' separator."""
    dash = [] if optional else [('-', 0, _INF)]
    if nargs is None:
        atoms = dash + [('A', 1, 1)] + dash
    elif nargs == OPTIONAL:
        atoms = dash + [('A', 0, 1)] + dash
    elif nargs == ZERO_OR_MORE:
        atoms = dash + [('A' if optional else 'A-', 0, _INF)]
    elif nargs == ONE_OR_MORE:
        atoms = dash + [('A', 1, 1), ('A' if optional else 'A-', 0, _INF)]
    elif nargs == REMAINDER:
        atoms = [('-AO', 0, _INF)]
    elif nargs == PARSER:
        atoms = dash + [('A', 1, 1), ('-AO', 0, _INF)]
    elif nargs == SUPPRESS:
        atoms = dash + [('-', 0, _INF)]
    else:
        atoms = []
        for _ in range(nargs):
            atoms = atoms + dash + [('A', 1, 1)] + dash
    return atoms


def _match_groups(groups, pattern):
    """Match the groups of atoms in turn at the start of pattern, greedily
    with backtracking; return the length of each group, or None."""
    flat = []
    for gi, atoms in enumerate(groups):
        for atom in atoms:
            flat.append((gi, atom[0], atom[1], atom[2]))
    lengths = [0] * len(groups)

    def match(i, pos):
        if i == len(flat):
            return True
        gi, chars, lo, hi = flat[i]
        n = 0
        while n < hi and pos + n < len(pattern) and pattern[pos + n] in chars:
            n += 1
        while n >= lo:
            lengths[gi] += n
            if match(i + 1, pos + n):
                return True
            lengths[gi] -= n
            n -= 1
        return False

    if match(0, 0):
        return lengths
    return None


# ------------------------------------------------------------------- parsers

class _ActionsContainer(object):

    def __init__(self, description, prefix_chars, argument_default, conflict_handler):
        self.description = description
        self.argument_default = argument_default
        self.prefix_chars = prefix_chars
        self.conflict_handler = conflict_handler
        self._registries = {}
        self._actions = []
        self._option_string_actions = {}
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._defaults = {}
        self._has_negative_number_optionals = []

    def register(self, registry_name, value, object):
        self._registries.setdefault(registry_name, {})[value] = object

    def _registry_get(self, registry_name, value, default=None):
        return self._registries.get(registry_name, {}).get(value, default)

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    def add_argument(self, *args, **kwargs):
        chars = self.prefix_chars
        if not args or len(args) == 1 and args[0][:1] not in chars:
            if args and 'dest' in kwargs:
                raise TypeError('dest supplied twice for positional argument,'
                                ' did you mean metavar?')
            kwargs = self._get_positional_kwargs(*args, **kwargs)
        else:
            kwargs = self._get_optional_kwargs(*args, **kwargs)
        if 'default' not in kwargs:
            dest = kwargs['dest']
            if dest in self._defaults:
                kwargs['default'] = self._defaults[dest]
            elif self.argument_default is not None:
                kwargs['default'] = self.argument_default
        action_class = self._pop_action_class(kwargs)
        if not callable(action_class):
            raise ValueError('unknown action "%s"' % (action_class,))
        action = action_class(**kwargs)
        type_func = self._registry_get('type', action.type, action.type)
        if not callable(type_func):
            raise ValueError('%r is not callable' % (type_func,))
        if type_func is FileType:
            raise ValueError('%r is a FileType class object, instance of it must be passed' % (type_func,))
        if hasattr(self, '_get_formatter'):
            try:
                self._get_formatter()._format_args(action, None)
            except TypeError:
                raise ValueError('length of metavar tuple does not match nargs')
        return self._add_action(action)

    def add_argument_group(self, *args, **kwargs):
        group = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, **kwargs):
        group = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(group)
        return group

    def _add_action(self, action):
        self._check_conflict(action)
        self._actions.append(action)
        action.container = self
        for option_string in action.option_strings:
            self._option_string_actions[option_string] = action
        for option_string in action.option_strings:
            if _looks_negative(option_string):
                if not self._has_negative_number_optionals:
                    self._has_negative_number_optionals.append(True)
        return action

    def _remove_action(self, action):
        _remove(self._actions, action)

    def _get_positional_kwargs(self, dest, **kwargs):
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        if kwargs.get('nargs') not in (OPTIONAL, ZERO_OR_MORE, REMAINDER, SUPPRESS, 0):
            kwargs['required'] = True
        if kwargs.get('nargs') == ZERO_OR_MORE and 'default' not in kwargs:
            kwargs['required'] = True
        kwargs['dest'] = dest
        kwargs['option_strings'] = []
        return kwargs

    def _get_optional_kwargs(self, *args, **kwargs):
        option_strings = []
        long_option_strings = []
        for option_string in args:
            if not option_string[:1] or option_string[0] not in self.prefix_chars:
                raise ValueError('invalid option string %r: must start with a character %r'
                                 % (option_string, self.prefix_chars))
            option_strings.append(option_string)
            if len(option_string) > 1 and option_string[1] in self.prefix_chars:
                long_option_strings.append(option_string)
        dest = kwargs.pop('dest', None)
        if dest is None:
            if long_option_strings:
                dest_option_string = long_option_strings[0]
            else:
                dest_option_string = option_strings[0]
            dest = dest_option_string.lstrip(self.prefix_chars)
            if not dest:
                raise ValueError('dest= is required for options like %r' % option_strings[0])
            dest = dest.replace('-', '_')
        kwargs['dest'] = dest
        kwargs['option_strings'] = option_strings
        return kwargs

    def _pop_action_class(self, kwargs, default=None):
        action = kwargs.pop('action', default)
        return self._registry_get('action', action, action)

    def _check_conflict(self, action):
        conflicts = []
        for option_string in action.option_strings:
            if option_string in self._option_string_actions:
                conflicts.append((option_string, self._option_string_actions[option_string]))
        if not conflicts:
            return
        if self.conflict_handler == 'resolve':
            for option_string, other in conflicts:
                other.option_strings.remove(option_string)
                self._option_string_actions.pop(option_string, None)
                if not other.option_strings:
                    other.container._remove_action(other)
            return
        names = ', '.join([s for s, _ in conflicts])
        raise ArgumentError(action, 'conflicting option string%s: %s'
                            % ('s' if len(conflicts) > 1 else '', names))


def _looks_negative(s):
    if len(s) < 2 or s[0] != '-':
        return False
    body = s[1:]
    if body.count('.') > 1:
        return False
    digits = body.replace('.', '', 1)
    return digits.isdigit() or (body.startswith('.') and body[1:].isdigit())


class _ArgumentGroup(_ActionsContainer):

    def __init__(self, container, title=None, description=None, **kwargs):
        kwargs.setdefault('conflict_handler', container.conflict_handler)
        kwargs.setdefault('prefix_chars', container.prefix_chars)
        kwargs.setdefault('argument_default', container.argument_default)
        _ActionsContainer.__init__(self, description, kwargs['prefix_chars'],
                                   kwargs['argument_default'], kwargs['conflict_handler'])
        self.title = title
        self._group_actions = []
        self._registries = container._registries
        self._actions = container._actions
        self._option_string_actions = container._option_string_actions
        self._defaults = container._defaults
        self._has_negative_number_optionals = container._has_negative_number_optionals
        self._mutually_exclusive_groups = container._mutually_exclusive_groups

    def _add_action(self, action):
        action = _ActionsContainer._add_action(self, action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        _ActionsContainer._remove_action(self, action)
        _remove(self._group_actions, action)


class _MutuallyExclusiveGroup(_ArgumentGroup):

    def __init__(self, container, required=False):
        _ArgumentGroup.__init__(self, container)
        self.required = required
        self._container = container

    def _add_action(self, action):
        if action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        action = self._container._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        self._container._remove_action(action)
        _remove(self._group_actions, action)

    def add_mutually_exclusive_group(self, **kwargs):
        raise ValueError('mutually exclusive groups cannot be nested')


class ArgumentParser(_ActionsContainer):
    """Parses command-line strings into a Namespace."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[],
                 formatter_class=HelpFormatter, prefix_chars='-', fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler='error', add_help=True,
                 allow_abbrev=True, exit_on_error=True):
        _ActionsContainer.__init__(self, description, prefix_chars, argument_default,
                                   conflict_handler)
        if prog is None:
            prog = _prog_name()
        self.prog = prog
        self.usage = usage
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error
        for name, cls in _ACTIONS.items():
            self.register('action', name, cls)
        self.register('type', None, _identity)
        self._positionals = self.add_argument_group('positional arguments')
        self._optionals = self.add_argument_group('options')
        self._subparsers = None
        default_prefix = '-' if '-' in prefix_chars else prefix_chars[0]
        if self.add_help:
            self.add_argument(default_prefix + 'h', default_prefix * 2 + 'help',
                              action='help', default=SUPPRESS,
                              help='show this help message and exit')
        for parent in parents:
            self._add_container_actions(parent)
            self._defaults.update(parent._defaults)

    def __repr__(self):
        names = ['prog', 'usage', 'description', 'formatter_class', 'conflict_handler', 'add_help']
        return '%s(%s)' % (type(self).__name__,
                           ', '.join(['%s=%r' % (n, getattr(self, n)) for n in names]))

    def _add_container_actions(self, container):
        group_map = {}
        for group in container._action_groups:
            if group.title in ('positional arguments', 'options'):
                continue
            group_map[id(group)] = self.add_argument_group(group.title, group.description)
        for group in container._mutually_exclusive_groups:
            group_map[id(group)] = self.add_mutually_exclusive_group(required=group.required)
        for group in container._action_groups + container._mutually_exclusive_groups:
            for action in group._group_actions:
                target = group_map.get(id(group))
                if target is None:
                    self._add_action(action)
                else:
                    target._add_action(action)

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error('cannot have multiple subparser arguments')
        kwargs.setdefault('parser_class', type(self))
        if 'title' in kwargs or 'description' in kwargs:
            title = kwargs.pop('title', 'subcommands')
            description = kwargs.pop('description', None)
            self._subparsers = self.add_argument_group(title, description)
        else:
            self._subparsers = self._positionals
        if kwargs.get('prog') is None:
            formatter = self._get_formatter()
            positionals = self._get_positional_actions()
            groups = self._mutually_exclusive_groups
            formatter.add_usage(self.usage, positionals, groups, '')
            kwargs['prog'] = formatter.format_help().strip()
        parsers_class = self._pop_action_class(kwargs, 'parsers')
        action = parsers_class(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    def _add_action(self, action):
        if action.option_strings:
            self._optionals._add_action(action)
        else:
            self._positionals._add_action(action)
        return action

    def _get_optional_actions(self):
        return [a for a in self._actions if a.option_strings]

    def _get_positional_actions(self):
        return [a for a in self._actions if not a.option_strings]

    # parsing -----------------------------------------------------------
    def parse_args(self, args=None, namespace=None):
        args, argv = self.parse_known_args(args, namespace)
        if argv:
            self.error('unrecognized arguments: %s' % ' '.join(argv))
        return args

    def parse_known_args(self, args=None, namespace=None):
        if args is None:
            args = _sys.argv[1:]
        else:
            args = list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS and not hasattr(namespace, action.dest):
                if action.default is not SUPPRESS:
                    setattr(namespace, action.dest, action.default)
        for dest in self._defaults:
            if not hasattr(namespace, dest):
                setattr(namespace, dest, self._defaults[dest])
        if self.exit_on_error:
            try:
                namespace, args = self._parse_known_args(args, namespace)
            except ArgumentError as err:
                self.error(str(err))
        else:
            namespace, args = self._parse_known_args(args, namespace)
        if hasattr(namespace, '_UNRECOGNIZED_ARGS_ATTR'):
            args.extend(getattr(namespace, '_UNRECOGNIZED_ARGS_ATTR'))
            delattr(namespace, '_UNRECOGNIZED_ARGS_ATTR')
        return namespace, args

    def _parse_known_args(self, arg_strings, namespace):
        if self.fromfile_prefix_chars is not None:
            arg_strings = self._read_args_from_files(arg_strings)

        conflicts = {}
        for group in self._mutually_exclusive_groups:
            actions = group._group_actions
            for i, action in enumerate(actions):
                conflicts.setdefault(id(action), []).extend(actions[:i] + actions[i + 1:])

        option_string_indices = {}
        pattern = []
        it = iter(arg_strings)
        i = 0
        for arg_string in it:
            if arg_string == '--':
                pattern.append('-')
                for rest in it:
                    pattern.append('A')
                break
            option_tuples = self._parse_optional(arg_string)
            if option_tuples is None:
                pattern.append('A')
            else:
                option_string_indices[i] = option_tuples
                pattern.append('O')
            i += 1
        arg_strings_pattern = ''.join(pattern)

        seen_actions = set()
        seen_non_default_actions = set()
        extras = []
        state = {'stop': None}

        def take_action(action, argument_strings, option_string=None):
            seen_actions.add(id(action))
            argument_values = self._get_values(action, argument_strings)
            if argument_values is not action.default:
                seen_non_default_actions.add(id(action))
                for conflict in conflicts.get(id(action), []):
                    if id(conflict) in seen_non_default_actions:
                        raise ArgumentError(action, 'not allowed with argument %s'
                                            % _action_name(conflict))
            if argument_values is not SUPPRESS:
                action(self, namespace, argument_values, option_string)

        def consume_optional(start_index):
            action, option_string, sep, explicit_arg = option_string_indices[start_index]
            action_tuples = []
            while True:
                if action is None:
                    extras.append(arg_strings[start_index])
                    return start_index + 1
                if explicit_arg is not None:
                    arg_count = self._match_argument(action, 'A')
                    chars = self.prefix_chars
                    if (arg_count == 0 and option_string[1] not in chars
                            and explicit_arg != ''):
                        if sep or explicit_arg[0] in chars:
                            raise ArgumentError(action, 'ignored explicit argument %r' % explicit_arg)
                        action_tuples.append((action, [], option_string))
                        char = option_string[0]
                        option_string = char + explicit_arg[0]
                        if option_string in self._option_string_actions:
                            action = self._option_string_actions[option_string]
                            explicit_arg = explicit_arg[1:]
                            if not explicit_arg:
                                sep = explicit_arg = None
                            elif explicit_arg[0] == '=':
                                sep = '='
                                explicit_arg = explicit_arg[1:]
                            else:
                                sep = ''
                        else:
                            raise ArgumentError(action, 'ignored explicit argument %r' % explicit_arg)
                    elif arg_count == 1:
                        stop = start_index + 1
                        action_tuples.append((action, [explicit_arg], option_string))
                        break
                    else:
                        raise ArgumentError(action, 'ignored explicit argument %r' % explicit_arg)
                else:
                    start = start_index + 1
                    selected = arg_strings_pattern[start:]
                    arg_count = self._match_argument(action, selected)
                    stop = start + arg_count
                    action_tuples.append((action, arg_strings[start:stop], option_string))
                    break
            for action, args, option_string in action_tuples:
                take_action(action, args, option_string)
            return stop

        positionals = self._get_positional_actions()

        def consume_positionals(start_index):
            selected = arg_strings_pattern[start_index:]
            arg_counts = self._match_arguments_partial(positionals, selected)
            for action, arg_count in zip(positionals[:], arg_counts):
                args = arg_strings[start_index:start_index + arg_count]
                if action.nargs not in (PARSER, REMAINDER):
                    if '--' in args and arg_strings_pattern[start_index:start_index + arg_count].count('-'):
                        args = list(args)
                        args.remove('--')
                start_index += arg_count
                if args and action.deprecated:
                    pass
                take_action(action, args)
                positionals.pop(0)
            return start_index

        start_index = 0
        if option_string_indices:
            max_option_string_index = max(option_string_indices)
        else:
            max_option_string_index = -1
        while start_index <= max_option_string_index:
            next_option_string_index = start_index
            while next_option_string_index <= max_option_string_index:
                if next_option_string_index in option_string_indices:
                    break
                next_option_string_index += 1
            if start_index != next_option_string_index:
                positionals_end_index = consume_positionals(start_index)
                if positionals_end_index > start_index:
                    start_index = positionals_end_index
                    continue
                else:
                    start_index = positionals_end_index
            if start_index not in option_string_indices:
                strings = arg_strings[start_index:next_option_string_index]
                extras.extend(strings)
                start_index = next_option_string_index
            start_index = consume_optional(start_index)

        stop_index = consume_positionals(start_index)
        extras.extend(arg_strings[stop_index:])

        required_actions = []
        for action in self._actions:
            if id(action) not in seen_actions:
                if action.required:
                    required_actions.append(_action_name(action))
                else:
                    if (action.default is not None and isinstance(action.default, str)
                            and hasattr(namespace, action.dest)
                            and action.default is getattr(namespace, action.dest)):
                        setattr(namespace, action.dest, self._get_value(action, action.default))
        if required_actions:
            raise ArgumentError(None, 'the following arguments are required: %s'
                                % ', '.join(required_actions))

        for group in self._mutually_exclusive_groups:
            if group.required:
                found = False
                for action in group._group_actions:
                    if id(action) in seen_non_default_actions:
                        found = True
                        break
                if not found:
                    names = [_action_name(a) for a in group._group_actions if a.help is not SUPPRESS]
                    raise ArgumentError(None, 'one of the arguments %s is required' % ' '.join(names))
        return namespace, extras

    def _read_args_from_files(self, arg_strings):
        new_arg_strings = []
        for arg_string in arg_strings:
            if not arg_string or arg_string[0] not in self.fromfile_prefix_chars:
                new_arg_strings.append(arg_string)
            else:
                try:
                    with open(arg_string[1:]) as args_file:
                        arg_strings = []
                        for arg_line in args_file.read().splitlines():
                            arg_strings.extend(self.convert_arg_line_to_args(arg_line))
                        arg_strings = self._read_args_from_files(arg_strings)
                        new_arg_strings.extend(arg_strings)
                except OSError as err:
                    raise ArgumentError(None, str(err))
        return new_arg_strings

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _match_argument(self, action, arg_strings_pattern):
        atoms = _nargs_atoms(action.nargs, bool(action.option_strings) and
                             action.nargs not in (PARSER, REMAINDER))
        lengths = _match_groups([atoms], arg_strings_pattern)
        if lengths is None:
            nargs = action.nargs
            if nargs is None:
                msg = 'expected one argument'
            elif nargs == OPTIONAL:
                msg = 'expected at most one argument'
            elif nargs == ONE_OR_MORE:
                msg = 'expected at least one argument'
            else:
                if nargs == 1:
                    msg = 'expected %s argument' % nargs
                else:
                    msg = 'expected %s arguments' % nargs
            raise ArgumentError(action, msg)
        return lengths[0]

    def _match_arguments_partial(self, actions, arg_strings_pattern):
        for i in range(len(actions), 0, -1):
            groups = [_nargs_atoms(a.nargs, False) for a in actions[:i]]
            lengths = _match_groups(groups, arg_strings_pattern)
            if lengths is not None:
                return lengths
        return []

    def _parse_optional(self, arg_string):
        if not arg_string:
            return None
        if arg_string[0] not in self.prefix_chars:
            return None
        if arg_string in self._option_string_actions:
            return (self._option_string_actions[arg_string], arg_string, None, None)
        if len(arg_string) == 1:
            return None
        if '=' in arg_string:
            option_string, explicit_arg = arg_string.split('=', 1)
            if option_string in self._option_string_actions:
                return (self._option_string_actions[option_string], option_string, '=', explicit_arg)
        option_tuples = self._get_option_tuples(arg_string)
        if len(option_tuples) > 1:
            options = ', '.join([t[1] for t in option_tuples])
            self.error('ambiguous option: %s could match %s' % (arg_string, options))
        elif len(option_tuples) == 1:
            return option_tuples[0]
        if _looks_negative(arg_string):
            if not self._has_negative_number_optionals:
                return None
        if ' ' in arg_string:
            return None
        return (None, arg_string, None, None)

    def _get_option_tuples(self, option_string):
        result = []
        chars = self.prefix_chars
        if option_string[0] in chars and option_string[1] in chars:
            if self.allow_abbrev:
                if '=' in option_string:
                    option_prefix, explicit_arg = option_string.split('=', 1)
                    sep = '='
                else:
                    option_prefix = option_string
                    sep = explicit_arg = None
                for name in self._option_string_actions:
                    if name.startswith(option_prefix):
                        result.append((self._option_string_actions[name], name, sep, explicit_arg))
        elif option_string[0] in chars and option_string[1] not in chars:
            option_prefix = option_string
            short_option_prefix = option_string[:2]
            short_explicit_arg = option_string[2:]
            for name in self._option_string_actions:
                action = self._option_string_actions[name]
                if name == short_option_prefix:
                    result.append((action, name, '', short_explicit_arg))
                elif self.allow_abbrev and name.startswith(option_prefix):
                    result.append((action, name, None, None))
        else:
            self.error('unexpected option string: %s' % option_string)
        return result

    def _get_values(self, action, arg_strings):
        if action.nargs not in (PARSER, REMAINDER) and not action.option_strings:
            pass
        if not arg_strings and action.nargs == OPTIONAL:
            if action.option_strings:
                value = action.const
            else:
                value = action.default
            if isinstance(value, str) and value is not SUPPRESS:
                value = self._get_value(action, value)
        elif (not arg_strings and action.nargs == ZERO_OR_MORE
              and not action.option_strings):
            if action.default is not None:
                value = action.default
            else:
                value = []
        elif len(arg_strings) == 1 and action.nargs in (None, OPTIONAL):
            arg_string, = arg_strings
            value = self._get_value(action, arg_string)
            self._check_value(action, value)
        elif action.nargs == REMAINDER:
            value = [self._get_value(action, v) for v in arg_strings]
        elif action.nargs == PARSER:
            value = [self._get_value(action, v) for v in arg_strings]
            self._check_value(action, value[0])
        elif action.nargs == SUPPRESS:
            value = SUPPRESS
        else:
            value = [self._get_value(action, v) for v in arg_strings]
            for v in value:
                self._check_value(action, v)
        return value

    def _get_value(self, action, arg_string):
        type_func = self._registry_get('type', action.type, action.type)
        if not callable(type_func):
            raise ArgumentError(action, '%r is not callable' % (type_func,))
        try:
            result = type_func(arg_string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, 'invalid %s value: %r' % (name, arg_string))
        return result

    def _check_value(self, action, value):
        choices = action.choices
        if choices is not None:
            if isinstance(choices, str):
                ok = value in choices
            else:
                ok = False
                for c in choices:
                    if c == value:
                        ok = True
                        break
            if not ok:
                args = ', '.join([repr(c) for c in choices])
                raise ArgumentError(action, 'invalid choice: %r (choose from %s)' % (value, args))

    # help --------------------------------------------------------------
    def format_usage(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return formatter.format_help()

    def format_help(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        formatter.add_text(self.description)
        for group in self._action_groups:
            formatter.start_section(group.title)
            formatter.add_text(group.description)
            formatter.add_arguments(group._group_actions)
            formatter.end_section()
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def print_usage(self, file=None):
        if file is None:
            file = _sys.stdout
        self._print_message(self.format_usage(), file)

    def print_help(self, file=None):
        if file is None:
            file = _sys.stdout
        self._print_message(self.format_help(), file)

    def _print_message(self, message, file=None):
        if message:
            if file is None:
                file = _sys.stderr
            file.write(message)

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        self.print_usage(_sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.prog, message))


def _identity(value):
    return value


def _prog_name():
    argv0 = _sys.argv[0] if _sys.argv else ''
    return argv0.split('/')[-1]
