"""Text wrapping and filling."""

__all__ = ['TextWrapper', 'wrap', 'fill', 'shorten', 'dedent', 'indent']

# Every ASCII whitespace character becomes a plain space.
_to_space = dict((ord(c), ' ') for c in '\t\n\x0b\x0c\r ')

_OPTIONS = ('width', 'initial_indent', 'subsequent_indent', 'expand_tabs',
            'replace_whitespace', 'fix_sentence_endings', 'break_long_words',
            'drop_whitespace', 'break_on_hyphens', 'tabsize', 'max_lines',
            'placeholder')


def _blank_piece(piece):
    return not piece.strip()


class TextWrapper:
    """Wraps paragraphs to a width; the options are the keyword arguments
    of the constructor, kept as attributes of the same names."""

    unicode_whitespace_trans = _to_space

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=' [...]'):
        given = (width, initial_indent, subsequent_indent, expand_tabs,
                 replace_whitespace, fix_sentence_endings, break_long_words,
                 drop_whitespace, break_on_hyphens, tabsize, max_lines,
                 placeholder)
        for name, value in zip(_OPTIONS, given):
            setattr(self, name, value)

    # Text to pieces: words, runs of whitespace and, with
    # break_on_hyphens, the parts of hyphenated words.

    def _split(self, text):
        return _split_words(text, bool(self.break_on_hyphens))

    def _pieces(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            table = self.unicode_whitespace_trans
            text = text.translate(table)
        pieces = self._split(text)
        if self.fix_sentence_endings:
            for i in range(1, len(pieces)):
                if pieces[i] == ' ' and _ends_sentence(pieces[i - 1]):
                    pieces[i] = '  '
        return pieces

    # Pieces to lines.

    def _check_sizes(self):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is None:
            return
        # The placeholder may end up alone on the first or a later line.
        lead = self.initial_indent if self.max_lines <= 1 else self.subsequent_indent
        needed = len(lead) + len(self.placeholder.lstrip())
        if needed > self.width:
            raise ValueError("placeholder too large for max width")

    def _cut_at(self, word, space):
        # Where a word too long for any line is cut to fill space columns:
        # after the last hyphen that fits, unless only hyphens precede it.
        if self.break_on_hyphens and space < len(word):
            dash = word.rfind('-', 0, space)
            if dash > 0 and word[:dash].strip('-'):
                return dash + 1
        return space

    def _take_line(self, pieces, pos, room):
        # The pieces, from pos on, that go on a line of room columns, and
        # the position after them. A piece too long for any line is cut
        # (its rest stays at pos) or, when it may not be cut, put alone
        # on a line of its own.
        parts = []
        used = 0
        while pos < len(pieces) and used + len(pieces[pos]) <= room:
            used += len(pieces[pos])
            parts.append(pieces[pos])
            pos += 1
        if pos < len(pieces) and len(pieces[pos]) > room:
            word = pieces[pos]
            if self.break_long_words:
                cut = self._cut_at(word, room - used if room >= 1 else 1)
                parts.append(word[:cut])
                pieces[pos] = word[cut:]
            elif not parts:
                parts.append(word)
                pos += 1
        return parts, pos

    def _may_continue(self, done, rest, used, room):
        # Whether this line can be emitted as it is under max_lines.
        if self.max_lines is None or done + 1 < self.max_lines:
            return True
        if rest and not (self.drop_whitespace and len(rest) == 1 and _blank_piece(rest[0])):
            return False
        return used <= room

    def _end_with_placeholder(self, lines, parts, used, lead, room):
        mark = self.placeholder
        while parts:
            if not _blank_piece(parts[-1]) and used + len(mark) <= room:
                lines.append(lead + ''.join(parts) + mark)
                return
            used -= len(parts.pop())
        if lines:
            previous = lines[-1].rstrip()
            if len(previous) + len(mark) <= self.width:
                lines[-1] = previous + mark
                return
        lines.append(lead + mark.lstrip())

    def _lines(self, pieces):
        self._check_sizes()
        lines = []
        pos = 0
        while pos < len(pieces):
            lead = self.subsequent_indent if lines else self.initial_indent
            room = self.width - len(lead)
            if lines and self.drop_whitespace and _blank_piece(pieces[pos]):
                pos += 1
            parts, pos = self._take_line(pieces, pos, room)
            if parts and self.drop_whitespace and _blank_piece(parts[-1]):
                parts.pop()
            if not parts:
                continue
            used = 0
            for p in parts:
                used += len(p)
            if self._may_continue(len(lines), pieces[pos:], used, room):
                lines.append(lead + ''.join(parts))
                continue
            self._end_with_placeholder(lines, parts, used, lead, room)
            break
        return lines

    def wrap(self, text):
        """The lines, none wider than width when it can be helped, that
        text fills."""
        return self._lines(self._pieces(text))

    def fill(self, text):
        """The wrapped lines of text as one string, newline-separated."""
        return "\n".join(self.wrap(text))


def _ends_sentence(chunk):
    # A lowercase letter, then . ! or ?, then an optional quote, at the
    # end of the chunk.
    n = len(chunk)
    if n >= 1 and chunk[-1] in '"\'':
        n -= 1
    return n >= 2 and chunk[n - 1] in '.!?' and 'a' <= chunk[n - 2] <= 'z'


def wrap(text, width=70, **kwargs):
    """Wrap the paragraph text to width columns; return its lines."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Wrap the paragraph text to width columns; return one string."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """text with its whitespace collapsed, cut to one line of width
    columns (ending with the placeholder when something was cut)."""
    collapsed = ' '.join(text.split())
    return TextWrapper(width=width, max_lines=1, **kwargs).fill(collapsed)


def _blank(line):
    for c in line:
        if c != ' ' and c != '\t':
            return False
    return True


def dedent(text):
    """Remove any common leading whitespace from every line of text."""
    lines = text.split('\n')
    margin = None
    for k in range(len(lines)):
        line = lines[k]
        if line and _blank(line):
            lines[k] = ''
            continue
        if not line:
            continue
        n = 0
        while n < len(line) and line[n] in ' \t':
            n += 1
        lead = line[:n]
        if margin is None:
            margin = lead
        elif lead.startswith(margin):
            pass
        elif margin.startswith(lead):
            margin = lead
        else:
            common = 0
            for a, b in zip(margin, lead):
                if a != b:
                    break
                common += 1
            margin = margin[:common]
    if margin:
        m = len(margin)
        for k in range(len(lines)):
            if lines[k].startswith(margin):
                lines[k] = lines[k][m:]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Add prefix to the lines of text for which predicate is true (by
    default, the lines that are not only whitespace)."""
    out = []
    for line in text.splitlines(True):
        if predicate is None:
            ok = line.strip()
        else:
            ok = predicate(line)
        if ok:
            out.append(prefix + line)
        else:
            out.append(line)
    return ''.join(out)
