#!/bin/sh
# The cost of one audit event in spython (Go benchmarks) beside CPython with
# one no-op Python hook, measured in the same run. Prints numbers only.
#   bench/audit.sh [PYTHON]      PYTHON defaults to python3.13, else python3
set -eu
cd "$(dirname "$0")/.."
py=${1:-}
if [ -z "$py" ]; then
	for cand in python3.13 /root/.pyenv/versions/3.13.0/bin/python3.13 python3; do
		if "$cand" -c 'import sys' >/dev/null 2>&1; then py=$cand; break; fi
	done
fi
echo "spython: one 'open' event raised from Go"
go test -run '^$' -bench 'AuditEvent' -benchmem ./interp | grep -E '^Benchmark'
if [ -n "$py" ]; then
	echo
	echo "$("$py" -c 'import sys; print(sys.version.split()[0])') $py: sys.audit('open', path, 'r', flags) with one no-op Python hook"
	"$py" -m timeit -s 'import sys; sys.addaudithook(lambda e, a: None); p = "/srv/app/data.txt"' "sys.audit('open', p, 'r', 524288)"
	echo "$("$py" -c 'import sys; print(sys.version.split()[0])') $py: sys.audit with no hook"
	"$py" -m timeit -s 'import sys; p = "/srv/app/data.txt"' "sys.audit('open', p, 'r', 524288)"
else
	echo "no CPython found: skipped"
fi
