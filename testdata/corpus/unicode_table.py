"""Unicode-aware table formatting using east_asian_width."""
import sys
import unicodedata

ROWS = [
    ("id", "name", "city", "score"),
    (1, "Ünïcödé Ann", "München", 93.5),
    (2, "山田太郎", "東京", 88.0),
    (3, "Jürgen", "Zürich", 71.25),
    (4, "김민준", "서울", 100.0),
    (5, "Zoë ½", "Ａｎｙ", 5.0),
    (6, "emoji 🎉", "Paris", 42.0),
]


def width(s: str) -> int:
    w = 0
    for ch in s:
        if unicodedata.combining(ch):
            continue
        w += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return w


def pad(s: str, n: int, align: str = "<") -> str:
    gap = n - width(s)
    if align == ">":
        return " " * gap + s
    if align == "^":
        return " " * (gap // 2) + s + " " * (gap - gap // 2)
    return s + " " * gap


def render(rows):
    cells = [[f"{c:.2f}" if isinstance(c, float) else str(c) for c in r] for r in rows]
    widths = [max(width(r[i]) for r in cells) for i in range(len(cells[0]))]
    aligns = [">" if isinstance(v, (int, float)) else "<" for v in rows[1]]
    sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    lines = [sep]
    for n, r in enumerate(cells):
        al = ["^"] * len(r) if n == 0 else aligns
        lines.append("| " + " | ".join(pad(c, w, a) for c, w, a in zip(r, widths, al)) + " |")
        if n == 0:
            lines.append(sep.replace("-", "="))
    lines.append(sep)
    return "\n".join(lines)


def main():
    print(render(ROWS))
    for ch in "aÄ東ｱ½🎉\u0301ﬁ":
        print(f"U+{ord(ch):04X} {unicodedata.name(ch, '?'):<40} cat={unicodedata.category(ch)} "
              f"eaw={unicodedata.east_asian_width(ch)} comb={unicodedata.combining(ch)}")
    s = "Cafe\u0301"
    print(len(s), len(unicodedata.normalize("NFC", s)), unicodedata.normalize("NFD", "é") == "e\u0301")
    print(unicodedata.normalize("NFKC", "ﬁ½Ａ"), unicodedata.lookup("SNOWMAN"), unicodedata.numeric("½"))
    print(unicodedata.decimal("7"), unicodedata.digit("٣"), "٣".isdigit(), "½".isnumeric(), "½".isdigit())
    print("straße".upper(), "İ".lower(), len("İ".lower()), "ǅ".title(), "ß".casefold())
    print("東京".encode("utf-8"), "東京".encode("utf-16-le"), "é".encode("latin-1"))
    print(b"\xe6\x9d\xb1".decode(), b"caf\xe9".decode("latin-1"), b"\xff".decode("utf-8", "replace"))
    print("a\u00e9\u4e2d\U0001f600".encode("ascii", "backslashreplace"), "ä".encode("ascii", "ignore"))
    print(ascii("naïve 東"), repr("tab\tnew\nnul\x00é"), "é".isalpha(), "東".isidentifier())
    print(f"{'東京':>6}|{'東京':*^8}|{'ab':^5}|")
    print(sorted(["b", "Ä", "a", "東", "Z"]), max("hello"), ord("€"), chr(0x1F600))
    print([c for c in "a-b_c.d" if not c.isalnum()], "ǆ".isupper(), "Ǆ".istitle(), "abc".isascii())
    return 0


if __name__ == "__main__":
    sys.exit(main())
