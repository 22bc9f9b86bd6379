# Text statistics for a README-like document: word frequencies,
# bigrams, sentence lengths and a keyword index with line numbers.
import sys

TEXT = """\
Deploying the service is simple. Build the image, push the image,
and run the deploy script. The deploy script checks the image
signature before it starts anything.

If the signature check fails, the script stops and prints the reason.
Logs are written to the journal; read them with the usual tools.
The service restarts itself when the configuration changes!
Questions? Ask the platform team.
"""

STOP = {"the", "and", "is", "it", "to", "are", "with", "a", "if", "when", "them", "before"}


def words(text):
    for raw in text.split():
        w = raw.strip(".,;:!?").lower()
        if w:
            yield w


all_words = list(words(TEXT))
freq = {}
for w in all_words:
    freq[w] = freq.get(w, 0) + 1
content = {w: n for w, n in freq.items() if w not in STOP}
print("words: %d, distinct: %d, content words: %d" % (len(all_words), len(freq), len(content)))
top = sorted(content.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
width = max(len(w) for w, _ in top)
for w, n in top:
    print("  %s %s %d" % (w.ljust(width), "#" * n, n))

bigrams = {}
for a, b in zip(all_words, all_words[1:]):
    if a not in STOP and b not in STOP:
        bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
repeated = sorted(((n, pair) for pair, n in bigrams.items() if n > 1), reverse=True)
print("repeated bigrams:", [" ".join(p) + "=%d" % n for n, p in repeated])

sentences, current = [], []
for token in TEXT.split():
    current.append(token)
    if token[-1] in ".!?":
        sentences.append(" ".join(current))
        current = []
lengths = [len(s.split()) for s in sentences]
print("sentences:", len(sentences), "lengths:", lengths, "avg %.1f" % (sum(lengths) / len(lengths)))
longest = max(sentences, key=len)
print("longest: %r" % longest[:50])
enders = {}
for s in sentences:
    enders[s[-1]] = enders.get(s[-1], 0) + 1
print("endings:", enders)

index = {}
for lineno, line in enumerate(TEXT.splitlines(), 1):
    for w in set(words(line)):
        if w in ("image", "script", "signature", "service", "deploy"):
            index.setdefault(w, []).append(lineno)
for w in sorted(index):
    print("  %-10s lines %s" % (w, ", ".join(map(str, index[w]))))
letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
common = sorted(letters, key=lambda c: (-letters[c], c))[:5]
print("common letters:", "".join(common), [letters[c] for c in common])
print("capitalised:", sorted({w.strip(".,?!") for w in TEXT.split() if w[0].isupper()}))
print("vowel share: %.3f" % (sum(letters.get(v, 0) for v in "aeiou") / sum(letters.values())))
