# A crawler-style work queue: the loop appends to the list it walks,
# paths are checked with the walrus operator, typed with unions, and the
# script ends with exit() as scripts written for the REPL habit do.
import re

LINKS = {
    "/": ["/docs", "/about", "/docs"],
    "/docs": ["/docs/install", "/docs/api", "/"],
    "/docs/install": ["/docs/api"],
    "/docs/api": ["/docs/api/v2", "/broken"],
    "/about": [],
    "/docs/api/v2": [],
}


def fetch(path: str) -> list[str] | None:
    return LINKS.get(path)


queue = ["/"]
seen = {"/"}
broken: list[str] = []
for path in queue:
    if (links := fetch(path)) is None:
        broken.append(path)
        continue
    for link in links:
        if link not in seen:
            seen.add(link)
            queue.append(link)

print("visited", len(queue), "pages in order:")
for i, path in enumerate(queue, 1):
    depth = path.count("/") if path != "/" else 0
    print(f"{i:>2}. {'  ' * depth}{path}")
versions = [int(m.group(1)) for p in queue if (m := re.search(r"/v(\d+)$", p))]
print("api versions:", versions, "last match:", m)
if broken:
    print("broken links:", ", ".join(broken))
    exit(len(broken) + 1)
print("all links fine")
