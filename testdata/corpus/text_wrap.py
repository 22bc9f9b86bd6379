# Formats release notes for a terminal: word wrapping, justification,
# centred titles, bullet indentation and title-casing headings.
import sys

NOTES = """the new scheduler is faster and fairer: jobs with the same priority now run in the order they were submitted, and long jobs no longer starve short ones.
configuration files may now include other files with an "include" line; relative paths are resolved against the including file.
the --dry-run flag prints what would happen without touching anything.
fixed: a crash when the log folder was missing."""


def wrap(text, width):
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = line + " " + word if line else word
    if line:
        lines.append(line)
    return lines


def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    each, extra = divmod(spaces, gaps)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (each + (1 if i < extra else 0))
    return out + words[-1]


def box(title, width):
    print("+" + "-" * (width + 2) + "+")
    print("| " + title.title().center(width) + " |")
    print("+" + "-" * (width + 2) + "+")


width = 44
box("release notes for version 3.2", width)
for n, para in enumerate(NOTES.split("\n"), 1):
    para = para[0].upper() + para[1:]
    lines = wrap(para, width - 4)
    for i, line in enumerate(lines):
        bullet = "%d. " % n if i == 0 else "   "
        text = justify(line, width - 4) if i < len(lines) - 1 else line
        print("| " + (bullet + text).ljust(width) + " |")
print("+" + "-" * (width + 2) + "+")

words = NOTES.replace("\n", " ").split()
clean = [w.strip('.,:;"()').lower() for w in words]
print("words:", len(words), "unique:", len(set(clean)), "longest:", max(clean, key=len))
print("avg length: %.2f" % (sum(map(len, clean)) / len(clean)))
for w in (10, 20, 30):
    lines = wrap(NOTES.split("\n")[1], w)
    print("width %d -> %d lines, fullest %d" % (w, len(lines), max(map(len, lines))))
print("|" + "right".rjust(12) + "|" + "left".ljust(12) + "|" + "mid".center(12, "~") + "|")
print("hello world".title(), "HELLO".capitalize(), "o'neil's bar".title(), "MiXeD".swapcase(), "ß".upper())
print(repr("  padded\t\n".strip()), repr("xxhixx".strip("x")), repr("--a--".lstrip("-")), repr("--a--".rstrip("-")))
print("a-b-c".split("-", 1), "a-b-c".rsplit("-", 1), "  a  b ".split(), "a,,b".split(","), "".split(","))
print("line1\nline2\r\nline3".splitlines(), "x".join("abc"), "-".join(["2024", "05", "01"]))
