# Builds a service status report with f-strings: nested format specs,
# the = specifier, conversions and computed widths.
import sys

services = [
    {"name": "api-gateway", "uptime": 0.99971, "p95": 123.456, "errors": 12, "owner": "platform"},
    {"name": "billing", "uptime": 0.998, "p95": 845.0, "errors": 0, "owner": "payments"},
    {"name": "search", "uptime": 0.9, "p95": 1999.5, "errors": 1043, "owner": "discovery"},
    {"name": "auth", "uptime": 1.0, "p95": 15.25, "errors": 3, "owner": "platform"},
]

name_w = max(len(s["name"]) for s in services) + 2
num_w = 10
prec = 2
print(f"{'service':<{name_w}}{'uptime':>{num_w}}{'p95 ms':>{num_w}}{'errors':>{num_w}}  owner")
print(f"{'':-<{name_w + 3 * num_w + 7}}")
for s in services:
    status = "OK" if s["uptime"] >= 0.999 else "DEGRADED" if s["uptime"] >= 0.99 else "DOWN"
    print(f"{s['name']:<{name_w}}{s['uptime']:>{num_w}.{prec + 1}%}{s['p95']:>{num_w},.{prec}f}"
          f"{s['errors']:>{num_w},}  {s['owner']!s:<10}[{status}]")

total_errors = sum(s["errors"] for s in services)
worst = min(services, key=lambda s: s["uptime"])
print(f"{total_errors=}")
print(f"{worst['name']=!s:>12}|")
print(f"{len(services) = }")
avg = sum(s["p95"] for s in services) / len(services)
print(f"average p95: {avg:.3f} ms ~ {avg:.0f} ms ~ {avg:e} ~ {avg:g}")
print(f"as percent of 1s: {avg / 1000:.1%}, hex errors: {total_errors:#x} {total_errors:#o} {total_errors:b}")
print(f"padded: [{total_errors:08d}] [{-total_errors:+08,d}] [{total_errors:^12}] [{'x':*^7}]")
print(f"repr/str/ascii: {'café'!r} {'café'!s} {'café'!a}")

owners = {}
for s in services:
    owners.setdefault(s["owner"], []).append(s["name"])
for owner, names in sorted(owners.items()):
    print(f"{owner:>10}: {', '.join(names)} ({len(names)} service{'s' if len(names) != 1 else ''})")

widths = [6, 10, 14]
for w in widths:
    print(f"|{'center':^{w}}|{3.14159:{w}.{w // 4}f}|")
line = f"{'summary':=^40}"
print(line)
print(f"{'{'}literal braces{'}'} and {{doubled}} and {{{total_errors}}}")
healthy = [s["name"] for s in services if s["uptime"] >= 0.999]
print(f"healthy: {healthy!r:>40}")
print(f"{'nested':>{name_w + len(str(total_errors))}}| {3:{'>'}{5}}|")
print("done: %d services, %s" % (len(services), ", ".join(f"{s['name'][:3]}={s['errors']}" for s in services)))
