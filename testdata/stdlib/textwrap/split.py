import textwrap
w = textwrap.TextWrapper()
samples = ["a-b", "ab-cd", "a-bc-d", "abc-d", "ab-c", "ab--cd", "x--", "--y", "a---b", "ab-cd-ef", "e-mail", "co-op's", "self-\n-made", "1-2-3", "ab1-cd", "ab-1cd", "é-ü-ö", "_a-b_", "re-re-re-re", "ab-c-d", "a.--b", "a!--", "x,--y", "'--'", "ab-'cd'", "a--b--c", "-a-b-", "well--known-ish", "foo - bar", "ab-cd.", "it's-ok", "ab_-cd", "a-b-c-d-e", "αβ-γδ", "ab-cd1", "(ab-cd)"]
for s in samples:
    print(repr(s), w._split(s), textwrap.TextWrapper(break_on_hyphens=False)._split(s))
