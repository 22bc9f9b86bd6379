# Decide which CI jobs a change needs from the files it touches, and the
# next version from its conventional commit messages.
import fnmatch
import re

CHANGED = [
    "src/api/handlers.py",
    "src/api/handlers_test.py",
    "docs/guide/install.md",
    "deploy/helm/values.yaml",
    "README.md",
    "tools/lint.sh",
    "src/ui/App.TSX",
]

JOBS = {
    "unit-tests": ["src/*.py", "tests/*"],
    "docs": ["docs/*", "*.md"],
    "helm-lint": ["deploy/helm/*.yaml", "deploy/helm/*.tpl"],
    "frontend": ["src/ui/*.[jt]s", "src/ui/*.[jt]sx"],
    "shellcheck": ["*.sh"],
}
IGNORE = ["*_test.py", "*.lock"]

needed = {}
for job, globs in JOBS.items():
    for g in globs:
        for path in fnmatch.filter(CHANGED, g):
            if any(fnmatch.fnmatch(path, ig) for ig in IGNORE):
                continue
            needed.setdefault(job, []).append(path)
for job in sorted(needed):
    print(f"{job}: {', '.join(sorted(set(needed[job])))}")
print("case-sensitive miss:", fnmatch.fnmatchcase("src/ui/App.TSX", "src/ui/*.tsx"))
print("regex for *.[jt]sx:", fnmatch.translate("*.[jt]sx"))

COMMITS = """\
feat(api): add pagination to /users
fix: handle empty payloads
docs: describe the install steps
feat!: drop the v1 endpoints
chore(deps): bump requests from 2.31.0 to 2.32.3
not a conventional message
fix(ui)!: rename the theme option
"""
CC = re.compile(r"^(?P<type>\w+)(?:\((?P<scope>[\w-]+)\))?(?P<bang>!)?: (?P<desc>.+)$")

bump = 0
kinds = {}
for line in COMMITS.splitlines():
    m = CC.match(line)
    if m is None:
        print("skipped:", line)
        continue
    kinds[m["type"]] = kinds.get(m["type"], 0) + 1
    level = 2 if m["bang"] else 1 if m["type"] == "feat" else 0
    bump = max(bump, level)
    scope = m.group("scope") or "-"
    print(f"{m.lastgroup:>5} {m['type']:<6} {scope:<5} {m['desc']}")
print("kinds:", sorted(kinds.items()))

version = "1.4.9"
major, minor, patch = map(int, re.fullmatch(r"(\d+)\.(\d+)\.(\d+)", version).groups())
if bump == 2:
    major, minor, patch = major + 1, 0, 0
elif bump == 1:
    minor, patch = minor + 1, 0
else:
    patch += 1
print("next version:", f"{major}.{minor}.{patch}")
deps = re.findall(r"bump (\S+) from (\S+) to (\S+)", COMMITS)
print("dependency updates:", deps)
tag = re.sub(r"(\d+)\.(\d+)\.(\d+)", r"v\1.\2.\3", version)
print("tag:", tag, "| words:", re.split(r"[\s:()!]+", COMMITS.splitlines()[0]))
