#!/usr/bin/env bash
# Instructions executed by spython and by plain gpython v0.2.0 for each
# program of bench/lang, counted by valgrind's callgrind: a figure that
# does not move with the machine's load, unlike wall-clock time.
#   bench/instructions.sh
# The garbage collector is off (GOGC=off) and one thread runs Go code
# (GOMAXPROCS=1), so the count is the interpreter's own work and its
# allocations, the same from one run to the next; collection costs are
# left to bench/lang.sh's timings.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "instructions.sh: valgrind is not installed" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

go build -o "$tmp/spython" ./cmd/spython
dir=$(go list -m -f '{{.Dir}}' github.com/go-python/gpython)
(cd "$dir" && go build -o "$tmp/gpython" .)
printf 'apiVersion: spython/v1\ndefault: allow\nlaunch: [file]\nlog:\n  sinks: [{type: file, path: %s/audit.jsonl}]\n' "$tmp" >"$tmp/policy.yaml"
chmod 644 "$tmp/policy.yaml"

count() { # count COMMAND...: instructions executed
	GOGC=off GOMAXPROCS=1 GODEBUG=asyncpreemptoff=1 \
		valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null |
		sed -n 's/.*refs: *\([0-9,]*\).*/\1/p' | tr -d ,
}

printf '%-12s %16s %16s %16s\n' program spython gpython spython/gpython
for prog in bench/lang/*.py; do
	s=$(count "$tmp/spython" --policy "$tmp/policy.yaml" "$prog")
	g=$(count "$tmp/gpython" "$prog")
	printf '%-12s %16s %16s %16s\n' "$(basename "$prog" .py)" "$s" "$g" \
		"$(awk -v s="$s" -v g="$g" 'BEGIN {printf "%.3f", s / g}')"
done
