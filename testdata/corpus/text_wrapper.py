"""Text wrapper / indenter CLI-ish tool."""
import sys
import textwrap

TEXT = """\
The quick brown fox jumps over the lazy dog. Pack my box with five dozen liquor jugs!  How vexingly quick daft zebras jump.
    Indented continuation line that is rather long and should be wrapped by the wrapper nicely.

Second paragraph: supercalifragilisticexpialidocious-is-a-very-long-word-that-must-break somewhere.
"""


def paragraphs(text):
    para = []
    for line in text.splitlines():
        if line.strip():
            para.append(line.strip())
        elif para:
            yield " ".join(para)
            para = []
    if para:
        yield " ".join(para)


def boxed(lines, pad=1):
    width = max(map(len, lines))
    top = "+" + "-" * (width + 2 * pad) + "+"
    out = [top]
    for l in lines:
        out.append("|" + " " * pad + l.ljust(width) + " " * pad + "|")
    out.append(top)
    return "\n".join(out)


def main():
    for width in (30, 45):
        print(f"--- width {width} ---")
        for p in paragraphs(TEXT):
            print(textwrap.fill(p, width=width, initial_indent="* ", subsequent_indent="  "))
    w = textwrap.TextWrapper(width=25, break_long_words=False, break_on_hyphens=True)
    print(w.wrap("supercalifragilisticexpialidocious-is-a-very-long-word ok"))
    w2 = textwrap.TextWrapper(width=12, max_lines=2, placeholder=" [...]")
    print(w2.wrap("one two three four five six seven eight"))
    print(textwrap.shorten("Hello   world, this is a long sentence", width=20))
    print(textwrap.shorten("Hello world", width=11))
    print(repr(textwrap.dedent("    a\n      b\n    c\n")))
    print(repr(textwrap.dedent("  x\n\n  y")))
    print(textwrap.indent("a\n\nb\n", "> "))
    print(textwrap.indent("a\n\nb", "# ", predicate=lambda l: True))
    print(boxed(textwrap.wrap("Box me up in a nice frame please", 12)))
    print(textwrap.wrap("a\tb\tc", width=10, expand_tabs=True, tabsize=4))
    print(textwrap.wrap("  leading and trailing   ", width=8, drop_whitespace=False))
    print(textwrap.fill("Dr. Smith arrived. He sat.", width=80, fix_sentence_endings=True))
    print("centre".center(20, "*"), "|", "r".rjust(5, "."), "|", "x".zfill(4), "-5".zfill(4))
    s = "Tab\tSeparated\tValues"
    print(s.expandtabs(), s.expandtabs(4), repr(s.partition("\t")), s.rpartition("\t")[2])
    print("a,b,,c".split(","), "a b  c ".split(), "  x  ".strip(), "xxhixx".strip("x"))
    print("line1\nline2\r\nline3".splitlines(), "line1\nline2\n".splitlines(keepends=True))
    print("hello world".title(), "HeLLo".swapcase(), "straße".casefold(), "ab".removeprefix("a"))
    print(" ".join(reversed("one two three".split())), "abc".translate(str.maketrans("ab", "xy", "c")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
