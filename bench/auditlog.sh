#!/bin/sh
# The cost of one audit record written to a file: spython's file sink (Go
# benchmarks) beside CPython with a Python audit hook that writes each
# event as a JSON line (json.dumps + write + flush), in the same run.
# Prints numbers only.
#   bench/auditlog.sh [PYTHON] [N]
# PYTHON defaults to python3.13, else /root/.pyenv/versions/3.13.0/bin/python3.13,
# else python3; N (default 100000) is the number of sys.audit calls timed.
set -eu
cd "$(dirname "$0")/.."
py=${1:-}
n=${2:-100000}
if [ -z "$py" ]; then
	for cand in python3.13 /root/.pyenv/versions/3.13.0/bin/python3.13 python3; do
		if "$cand" -c 'import sys' >/dev/null 2>&1; then py=$cand; break; fi
	done
fi

echo "spython: one 'open' record to a file sink (go test -bench ./hooks/sink)"
echo "  LogFile: an allowed event (kept in memory, written in batches of 128 KiB)"
echo "  LogFileSync: a record written before Log returns (deny, would-deny, log)"
echo "  LogFile100k: 100,000 allowed events to a new file, Close included"
go test -run '^$' -bench 'LogFile$|LogFileSync$|LogFile100k$' -benchmem ./hooks/sink | grep -E '^Benchmark'

if [ -z "$py" ]; then
	echo "no CPython found: skipped"
	exit 0
fi
echo
echo "$("$py" -c 'import sys; print(sys.version.split()[0])') $py: sys.audit('open', path, 'r', flags), $n calls,"
echo "with one Python hook writing each event as a JSON line to a file"
"$py" -I -S - "$n" <<'EOF'
import hashlib, json, os, socket, sys, tempfile, time

n = int(sys.argv[1])
pid, uid, host = os.getpid(), os.getuid(), socket.gethostname()
state = {"seq": 0, "prev": ""}

def record(event, args):
    state["seq"] += 1
    return {"v": 1, "ts": time.time(), "seq": state["seq"], "event": event,
            "args": args, "decision": "allow", "rule": "", "mode": "enforce",
            "pid": pid, "uid": uid, "host": host, "script": "bench.py"}

def plain(f):
    def hook(event, args):
        if event == "open" and args[1] == "r":
            f.write(json.dumps(record(event, args)) + "\n")
            f.flush()
    return hook

def chained(f):
    # The same, with spython's hash chain: prev is the line before's sha256.
    def hook(event, args):
        if event == "open" and args[1] == "r":
            rec = record(event, args)
            rec["prev"] = state["prev"]
            line = json.dumps(rec, separators=(",", ":"))
            state["prev"] = hashlib.sha256(line.encode()).hexdigest()
            f.write(line + "\n")
            f.flush()
    return hook

# Audit hooks cannot be removed: one switchable hook serves both runs.
current = [None]
sys.addaudithook(lambda event, args: current[0] and current[0](event, args))
path = "/srv/app/data/input.csv"
with tempfile.TemporaryDirectory() as d:
    for name, make in [("json.dumps + write + flush", plain), ("the same + sha256 chain", chained)]:
        with open(os.path.join(d, name.split()[0] + ".jsonl"), "w") as f:
            current[0] = make(f)
            audit = sys.audit
            for _ in range(1000):  # warm up
                audit("open", path, "r", 524288)
            t0 = time.perf_counter()
            for _ in range(n):
                audit("open", path, "r", 524288)
            dt = time.perf_counter() - t0
            current[0] = None
        print("  %-28s %8.0f ns/event  %10.0f records/s" % (name, dt / n * 1e9, n / dt))
EOF
