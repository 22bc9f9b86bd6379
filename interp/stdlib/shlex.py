"""Shell-like lexing: the shlex class, and split, quote and join built on it."""

import sys

__all__ = ['shlex', 'split', 'quote', 'join']


class _StrStream:
    """A read-only stream over a str, for a shlex given text instead of a file."""

    def __init__(self, text):
        self.text = text
        self.at = 0

    def read(self, n=-1):
        begin = self.at
        size = len(self.text)
        if n is not None and n >= 0 and begin + n < size:
            size = begin + n
        self.at = max(begin, size)
        return self.text[begin:self.at]

    def readline(self):
        begin = self.at
        nl = self.text.find('\n', begin)
        self.at = len(self.text) if nl < 0 else nl + 1
        return self.text[begin:self.at]

    def close(self):
        pass


def _latin1_letters():
    # U+00DF..U+00FF, then U+00C0..U+00DE, leaving out the two signs.
    small = [chr(n) for n in range(0xDF, 0x100) if n != 0xF7]
    capital = [chr(n) for n in range(0xC0, 0xDF) if n != 0xD7]
    return ''.join(small + capital)


# The letters keep their historic order ("...dfe...") as wordchars shows it.
_BASE_WORDCHARS = 'abcdfeghijklmnopqrstuvwxyz' + \
    'ABCDEFGHIJKLMNOPQRSTUVWXYZ' + '0123456789' + '_'
_POSIX_WORDCHARS = _BASE_WORDCHARS + _latin1_letters()
_DEFAULT_PUNCTUATION = '();<>|&'
_PUNCTUATION_WORDCHARS = '~-./*?='


class shlex:
    """A lexical analyzer for simple shell-like syntaxes.

    A token is read in two steps: blanks and comments are skipped, then the
    first character decides which reader finishes the token (a word, a run
    of punctuation, a quoted string or a lone character)."""

    def __init__(self, instream=None, infile=None, posix=False,
                 punctuation_chars=False):
        if isinstance(instream, str):
            instream = _StrStream(instream)
        if instream is None:
            instream, infile = sys.stdin, None
        self.instream = instream
        self.infile = infile
        self.posix = posix
        self.eof = None if posix else ''
        self.commenters = '#'
        self.wordchars = _POSIX_WORDCHARS if posix else _BASE_WORDCHARS
        self.whitespace = ' \t\r\n'
        self.whitespace_split = False
        self.quotes = '\'"'
        self.escape = '\\'
        self.escapedquotes = '"'
        self.lineno = 1
        self.debug = 0
        self.token = ''
        self.source = None
        if punctuation_chars is True:
            punctuation_chars = _DEFAULT_PUNCTUATION
        self._puncts = punctuation_chars or ''
        if self._puncts:
            merged = self.wordchars + _PUNCTUATION_WORDCHARS
            self.wordchars = ''.join(
                [ch for ch in merged if ch not in self._puncts])
        self._tokens_back = []   # a stack: push_token and lone characters
        self._chars_back = []    # characters read one too far
        self._outer = []         # (infile, instream, lineno) of the streams push_source hid
        self._exhausted = False  # the current stream has ended
        self._broken = None      # the message of an unfinished quote or escape

    @property
    def punctuation_chars(self):
        return self._puncts

    # Streams

    def push_source(self, newstream, newfile=None):
        """Read from newstream until it ends, then return to the current one."""
        if isinstance(newstream, str):
            newstream = _StrStream(newstream)
        self._outer.append((self.infile, self.instream, self.lineno))
        self.instream = newstream
        self.infile = newfile
        self.lineno = 1

    def pop_source(self):
        """Close the current stream and go back to the one it replaced."""
        self.instream.close()
        if not self._outer:
            raise IndexError("pop from an empty deque")
        self.infile, self.instream, self.lineno = self._outer.pop()
        self._exhausted = False
        self._broken = None

    def sourcehook(self, newfile):
        """Files are not read on a source request: spython opens only
        what the script names."""
        raise NotImplementedError("shlex source inclusion is not supported")

    def _include(self, name):
        opened = self.sourcehook(name)
        if opened:
            self.push_source(opened[1], opened[0])

    # Tokens

    def push_token(self, tok):
        """Make tok the next token get_token returns."""
        self._tokens_back.append(tok)

    def get_token(self):
        """Return the next token: pushed back first, then from the streams."""
        while True:
            if self._tokens_back:
                return self._tokens_back.pop()
            tok = self.read_token()
            if self.source is not None and tok == self.source:
                self._include(self.read_token())
            elif tok == self.eof and self._outer:
                self.pop_source()
            else:
                return tok

    def read_token(self):
        """Read one token from the current stream, ignoring pushed tokens."""
        if self._broken is not None:
            raise ValueError(self._broken)
        text = []
        quoted = False
        first = '' if self._exhausted else self._skip_blanks()
        if first:
            quoted = self._finish(first, text)
        self.token = ''
        tok = ''.join(text)
        if self.posix and not tok and not quoted:
            return None
        return tok

    def _finish(self, first, text):
        """Read the rest of the token that begins with first; tell whether
        it held a quoted part."""
        if self.posix and first in self.escape:
            self._unescape(first, None, text)
            return self._word(text, False)
        if first in self.wordchars:
            text.append(first)
            return self._word(text, False)
        if first in self._puncts:
            text.append(first)
            self._punctuation_run(text)
            return False
        if first in self.quotes:
            if self.posix:
                self._posix_quote(first, text)
                return self._word(text, True)
            text.append(first)
            self._literal_quote(first, text)
            return False
        text.append(first)
        if self.whitespace_split:
            return self._word(text, False)
        return False

    def _char(self):
        if self._chars_back:
            ch = self._chars_back.pop()
        else:
            ch = self.instream.read(1)
        if ch == '\n':
            self.lineno += 1
        return ch

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def _skip_blanks(self):
        """The first character of the next token, or '' at the end."""
        while True:
            ch = self._char()
            if not ch:
                self._exhausted = True
                return ''
            if ch in self.whitespace:
                continue
            if ch in self.commenters:
                self._skip_comment()
                continue
            return ch

    def _at_boundary(self, ch):
        """Whether ch, read inside a word or punctuation run, ends it.  A
        comment ends it only in POSIX mode; otherwise the token goes on
        after the comment's line."""
        if not ch:
            self._exhausted = True
            return True
        if ch in self.whitespace:
            return True
        if ch in self.commenters:
            self._skip_comment()
            return self.posix
        return False

    def _word(self, text, quoted):
        while True:
            ch = self._char()
            if self._at_boundary(ch):
                return quoted
            if ch in self.commenters:
                continue
            if self.posix and ch in self.quotes:
                self._posix_quote(ch, text)
                quoted = True
            elif self.posix and ch in self.escape:
                self._unescape(ch, None, text)
            elif (ch in self.wordchars or ch in self.quotes
                  or (self.whitespace_split and ch not in self._puncts)):
                text.append(ch)
            else:
                if self._puncts:
                    self._chars_back.append(ch)
                else:
                    self._tokens_back.append(ch)
                return quoted

    def _punctuation_run(self, text):
        while True:
            ch = self._char()
            if self._at_boundary(ch):
                return
            if ch in self.commenters:
                continue
            if ch not in self._puncts:
                self._chars_back.append(ch)
                return
            text.append(ch)

    def _stop(self, message, text):
        self.token = ''.join(text)
        self._broken = message
        raise ValueError(message)

    def _posix_quote(self, mark, text):
        """Copy a quoted part up to its closing mark, quotes removed."""
        escapes = mark in self.escapedquotes
        while True:
            ch = self._char()
            if not ch:
                self._stop("No closing quotation", text)
            if ch == mark:
                return
            if escapes and ch in self.escape:
                self._unescape(ch, mark, text)
            else:
                text.append(ch)

    def _literal_quote(self, mark, text):
        """Copy a quoted string as it stands, up to its closing mark."""
        while True:
            ch = self._char()
            if not ch:
                self._stop("No closing quotation", text)
            text.append(ch)
            if ch == mark:
                return

    def _unescape(self, esc, mark, text):
        """The character after esc, taken literally.  Inside quotes only the
        quote and the escape itself are escaped; esc stays before others."""
        ch = self._char()
        if not ch:
            self._stop("No escaped character", text)
        if mark is not None and ch != esc and ch != mark:
            text.append(esc)
        text.append(ch)

    def error_leader(self, infile=None, lineno=None):
        """The start of an error message, as a compiler writes it."""
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return '"%s", line %d: ' % (infile, lineno)

    def __iter__(self):
        return self

    def __next__(self):
        tok = self.get_token()
        if tok == self.eof:
            raise StopIteration
        return tok


def split(s, comments=False, posix=True):
    """Split s into words as a POSIX shell would."""
    if s is None:
        raise ValueError("s argument must not be None")
    lexer = shlex(s, posix=posix)
    lexer.whitespace_split = True
    if not comments:
        lexer.commenters = ''
    return list(lexer)


_UNQUOTED = frozenset('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
                      '0123456789' '@%+=:,./-_')


def quote(s):
    """Return s quoted for a POSIX shell."""
    if not s:
        return "''"
    if not isinstance(s, str):
        if isinstance(s, (bytes, bytearray)):
            raise TypeError("cannot use a string pattern on a bytes-like object")
        raise TypeError("expected string or bytes-like object, got %r"
                        % type(s).__name__)
    if all(ch in _UNQUOTED for ch in s):
        return s
    # Close the quote, write an escaped ', and open a new quote.
    return "'" + "'\"'\"'".join(s.split("'")) + "'"


def join(split_command):
    """Return the words of split_command quoted and joined by spaces."""
    return ' '.join([quote(word) for word in split_command])
