# String work: building, splitting, joining, replacing and formatting,
# about 200,000 operations in all. Only the str methods plain gpython
# has (split, replace, strip, find, startswith, endswith) are used, so
# joining is a loop of concatenations.
def join(sep, parts):
    out = parts[0]
    for p in parts[1:]:
        out = out + sep + p
    return out


words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
total = 0
last = ""
for i in range(10000):
    line = "%d:%s,%s,%s " % (i, words[i % 8], words[(i * 3) % 8], words[(i * 5) % 8])
    head, rest = line.split(":")
    parts = rest.strip().split(",")
    joined = join("-", parts)
    joined = joined.replace("a", "A").replace("e", "E")
    padded = "[" + joined + "]" + str(len(parts))
    total += len(padded) + len(head) + joined.find("-")
    if joined.startswith("bEtA") or padded.endswith("3"):
        total += 1
    last = "%s/%05d|%-8s|%8.3f" % (joined, i, head, i / 7.0)
print(total)
print(last)
