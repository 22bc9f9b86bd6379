# Assignment expressions in the places scripts put them: if and while
# headers, comprehension filters, call arguments, f-strings.
import io
import re

lines = ["a=1", "b 2", "c=3"]
for line in lines:
    if (m := re.match(r"(\w)=(\d)", line)):
        print(m.group(1), m.group(2))

buf = io.StringIO("one\ntwo\n\nthree\n")
while (line := buf.readline()):
    print(repr(line.rstrip()))

data = {"a": 1, "b": None}
if (val := data.get("a")) is not None:
    print("val", val)
while (chunk := data.pop("a", None)) is not None:
    print("chunk", chunk)

print([x for x in range(5) if (sq := x * x) > 4], sq)
print(len(s := "hello"), s)
print(f"{(w := 3)} {w * 2}")
print({(kk := "k"): 1}, kk)


def kw(**k):
    return k


print(kw(v=(vv := 3)), vv)
assert (aa := 1) == 1
print(aa)
if any((hit := n) > 2 for n in [1, 3, 5]):
    print("hit", hit)
if all((low := n) < 4 for n in [1, 3, 5]):
    print("unreachable")
print("first failing", low)
x = [(q := i) for i in range(3)]
print(q)
print(sum(v for v in [1, 2] if (last := v)), last)
