# Computes course grades from weighted assessments, ranks students and
# prints per-assessment statistics.
import sys

WEIGHTS = {"hw": 0.25, "midterm": 0.3, "project": 0.15, "final": 0.3}
SCORES = {
    "ana":   {"hw": [90, 85, 100, 95], "midterm": 78, "project": 92, "final": 88},
    "ben":   {"hw": [70, 65, 80, 0], "midterm": 82, "project": 75, "final": 71},
    "chloe": {"hw": [100, 100, 95, 98], "midterm": 95, "project": 99, "final": 97},
    "dmitri": {"hw": [60, 72, 68, 75], "midterm": 55, "project": 80, "final": 62},
    "emma":  {"hw": [88, 92, 85, 90], "midterm": 91, "project": 85, "final": 93},
    "femi":  {"hw": [95, 0, 0, 90], "midterm": 70, "project": 88, "final": 79},
}
CUTOFFS = [(93, "A"), (90, "A-"), (87, "B+"), (83, "B"), (80, "B-"), (77, "C+"), (70, "C"), (60, "D")]


def homework_average(marks, drop_lowest=1):
    kept = sorted(marks)[drop_lowest:]
    return sum(kept) / len(kept)


def course_score(record):
    parts = {"hw": homework_average(record["hw"])}
    parts.update((k, v) for k, v in record.items() if k != "hw")
    return sum(WEIGHTS[k] * v for k, v in parts.items()), parts


def letter(score):
    for cutoff, grade in CUTOFFS:
        if score >= cutoff:
            return grade
    return "F"


results = {}
for name, record in SCORES.items():
    score, parts = course_score(record)
    results[name] = (round(score, 2), letter(score), parts)

ranked = sorted(results, key=lambda n: results[n][0], reverse=True)
print("%-4s %-8s %6s %5s  %s" % ("rank", "student", "score", "grade", "hw avg"))
for rank, name in enumerate(ranked, 1):
    score, grade, parts = results[name]
    print("%-4d %-8s %6.2f %5s  %.1f" % (rank, name.capitalize(), score, grade, parts["hw"]))

for item in WEIGHTS:
    values = [course_score(r)[1][item] for r in SCORES.values()]
    mean = sum(values) / len(values)
    var = sum((v - mean) ** 2 for v in values) / len(values)
    best = max(SCORES, key=lambda n: course_score(SCORES[n])[1][item])
    print("%-8s mean %6.2f sd %5.2f min %6.2f max %6.2f best %s" % (
        item, mean, var ** 0.5, min(values), max(values), best))

distribution = {}
for name, (score, grade, _) in results.items():
    distribution.setdefault(grade, []).append(name)
for grade in sorted(distribution, key=lambda g: (g[0], g[1:] == "+", g[1:] == "")):
    print(grade.ljust(3), ", ".join(sorted(distribution[grade])))
missing = {n: r["hw"].count(0) for n, r in SCORES.items() if 0 in r["hw"]}
print("missing homework:", missing)
top, bottom = ranked[0], ranked[-1]
print("spread: %.2f points between %s and %s" % (results[top][0] - results[bottom][0], top, bottom))
print("rounding:", round(86.125, 2), round(86.135, 2), round(2.5), round(3.5), round(-0.5), round(1234.5678, -2))
curve = {n: min(100, round(s * 1.05, 1)) for n, (s, _, _) in results.items()}
print("curved:", curve)
print("passing:", all(s >= 60 for s in curve.values()), "any A:", any(letter(s) == "A" for s in curve.values()))
