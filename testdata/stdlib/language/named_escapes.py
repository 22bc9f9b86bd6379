# \N{name} escapes in str literals and f-strings; raw strings keep them.
print("\N{BULLET} x", "\N{bullet}", '\N{GRINNING FACE}', f"{1}\N{EM DASH}{2}", "\\N{BULLET}", r"\N{BULLET}", """\N{LATIN SMALL LETTER E WITH ACUTE}""")
print(len("\N{DIGIT ONE}\N{QUOTATION MARK}"), "\N{QUOTATION MARK}")
try:
    exec('x = "ab\\N{NO SUCH NAME}"')
except SyntaxError as e:
    print(e.msg)
