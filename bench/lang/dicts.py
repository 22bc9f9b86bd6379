# Dict work: counting words, string keys built from ints, get and
# item iteration, about 200,000 operations in all.
text = "the quick brown fox jumps over the lazy dog and the cat sat on the mat"
words = text.split()
counts = {}
for i in range(3000):
    for w in words:
        counts[w] = counts.get(w, 0) + 1
squares = {}
for i in range(20000):
    squares["k" + str(i % 5000)] = i * i
total = 0
for key, value in squares.items():
    total += value % 1000
buckets = {}
for i in range(20000):
    key = "b" + str(i % 97)
    if key in buckets:
        buckets[key] += 1
    else:
        buckets[key] = 1
best = ""
for w in sorted(counts.keys()):
    if counts[w] > counts.get(best, 0):
        best = w
print(len(counts), counts["the"], best)
print(len(squares), total)
print(len(buckets), buckets["b0"], buckets["b96"])
