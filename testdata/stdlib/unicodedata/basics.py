# unicodedata: names both ways, categories, normal forms, digits, widths.
import unicodedata as u
for ch in "Aa1٣é•中가각힣\u0301 \t€½²😀":
    print(repr(ch), u.name(ch, "?"), u.category(ch), u.combining(ch), u.decimal(ch, None), u.digit(ch, None), u.numeric(ch, None), u.east_asian_width(ch), u.bidirectional(ch))
print(u.lookup("bullet"), u.lookup("LATIN SMALL LETTER E WITH ACUTE"), u.lookup("CJK UNIFIED IDEOGRAPH-4E2D"), u.lookup("HANGUL SYLLABLE GAG"))
for form in ["NFC", "NFD", "NFKC", "NFKD"]:
    s = u.normalize(form, "Café ﬁ ①")
    print(form, ascii(s), u.is_normalized(form, s), u.is_normalized(form, "e\u0301"))
def slugify(t):
    return "".join(c for c in u.normalize("NFKD", t) if not u.combining(c)).lower()
print(slugify("Crème Brûlée à la Mode"))
for bad in [lambda: u.lookup("NO SUCH THING"), lambda: u.name("\x00"), lambda: u.normalize("XX", "a"), lambda: u.decimal("a"), lambda: u.category("ab")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print([u.numeric(c) for c in "½⅓¾⑤₇"], [u.digit(c) for c in "⑤₇¹"])
