import textwrap, string
paras = [
    "The quick brown fox jumps over the lazy dog. " * 3,
    "Hello there, how are you this fine day?  I'm glad to hear it!",
    "A well-known self-contained example of long-term, state-of-the-art text-wrapping -- with em--dashes and--more.",
    "supercalifragilisticexpialidocious is a very long word indeed and antidisestablishmentarianism too",
    "tabs\there\tand\tthere, newlines\nin\nthe middle\r\nand\x0bvertical\x0cfeeds",
    "   leading and trailing whitespace   ",
    "x-y a--b --c d-- e-f-g h--i-j abc-123 123-abc ab-cd-ef-gh xx--yy-- -- ---- a-b",
    "Mr. Smith went to Washington. He said \"hi.\" Then left! Did he? Yes.",
    "https://example.com/a/very/long/path/that-does-not-fit-in-the-width/at-all?query=1&b=2",
    "Ünïcödé wörds wïth äccents and 日本語のテキスト mixed with ascii text for good measure.",
    "",
    "   ",
    "one",
    "a b c d e f g h i j k l m n o p q r s t u v w x y z " * 2,
]
for p in paras:
    for w in (1, 5, 10, 12, 20, 33, 40, 70):
        print(w, textwrap.wrap(p, w))
    print(repr(textwrap.fill(p, 25, initial_indent='* ', subsequent_indent='    ')))
    print(textwrap.wrap(p, 15, break_long_words=False))
    print(textwrap.wrap(p, 15, break_on_hyphens=False))
    print(textwrap.wrap(p, 18, drop_whitespace=False))
    print(textwrap.wrap(p, 18, replace_whitespace=False))
    print(textwrap.wrap(p, 18, expand_tabs=False, tabsize=4))
    print(textwrap.wrap(p, 30, fix_sentence_endings=True))
    print(textwrap.wrap(p, 20, max_lines=2))
    print(textwrap.wrap(p, 20, max_lines=3, placeholder='...'))
    print(textwrap.wrap(p, 12, max_lines=1, placeholder=' [more]'))
    for w in (10, 15, 30, 80):
        try: print(repr(textwrap.shorten(p, w)))
        except ValueError as e: print('ValueError', e)
    print(repr(textwrap.shorten(p, 20, placeholder='…')))
print(textwrap.wrap("abc", 0) if False else '')
for bad in [lambda: textwrap.wrap("abc", 0), lambda: textwrap.shorten("hello world", 5), lambda: textwrap.wrap("a b", 5, max_lines=1, initial_indent='    ')]:
    try: print(bad())
    except ValueError as e: print('ValueError', e)
docs = ["    def f():\n        return 1\n", "\thello\n\t  world\n", "  a\n\n    b\n  \n   c", "no indent\n  x", "  \t mixed\n \t other\n", "   \n  x\n   y\n", "x\n"]
for d in docs:
    print(repr(textwrap.dedent(d)))
    print(repr(textwrap.indent(d, '> ')))
    print(repr(textwrap.indent(d, '+ ', lambda line: True)))
tw = textwrap.TextWrapper(width=30, initial_indent="- ", subsequent_indent="  ")
print(tw.fill(paras[0]))
tw.width = 50
print(tw.wrap(paras[2]))
