#!/usr/bin/env bash
# Language speed of spython beside plain gpython v0.2.0 and CPython: runs
# each program of bench/lang N times on each interpreter, interleaved,
# and prints the median wall-clock time in milliseconds (process start
# included) and the ratio spython/gpython.
#   bench/lang.sh [N]        N defaults to 5
# PYTHON selects CPython (default /root/.pyenv/versions/3.13.0/bin/python3.13
# when present, else python3). spython runs with a policy that allows
# everything and logs every event to a file, as a permissive site would.
# A program whose output differs from CPython's is flagged with "!".
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-5}
python=${PYTHON:-}
if [ -z "$python" ]; then
	python=/root/.pyenv/versions/3.13.0/bin/python3.13
	[ -x "$python" ] || python=python3
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

go build -o "$tmp/spython" ./cmd/spython
if ! go build -o "$tmp/gpython" github.com/go-python/gpython 2>/dev/null; then
	# The repository's go.sum lacks gpython's command-line dependencies:
	# build it inside its own module in the module cache instead.
	dir=$(go list -m -f '{{.Dir}}' github.com/go-python/gpython)
	(cd "$dir" && go build -o "$tmp/gpython" .)
fi
printf 'apiVersion: spython/v1\ndefault: allow\nlaunch: [file]\nlog:\n  sinks: [{type: file, path: %s/audit.jsonl}]\n' "$tmp" >"$tmp/policy.yaml"
chmod 644 "$tmp/policy.yaml"

interps=(spython gpython cpython)
run() { # run INTERP PROGRAM: the program's output on stdout
	case $1 in
	spython) "$tmp/spython" --policy "$tmp/policy.yaml" "$2" ;;
	gpython) "$tmp/gpython" "$2" ;;
	cpython) "$python" "$2" ;;
	esac
}
median() { # median of the arguments, numerically
	printf '%s\n' "$@" | sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}

echo "$("$python" -c 'import sys; print(sys.version.split()[0])') = $python; gpython v0.2.0; $n runs each; median ms"
printf '%-12s %10s %10s %10s %16s\n' program spython gpython cpython spython/gpython
for prog in bench/lang/*.py; do
	name=$(basename "$prog" .py)
	want=$("$python" "$prog" 2>&1 || true)
	declare -A times=() flag=()
	for ((i = 0; i < n; i++)); do
		for interp in "${interps[@]}"; do
			start=$EPOCHREALTIME
			got=$(run "$interp" "$prog" 2>&1 || true)
			end=$EPOCHREALTIME
			ms=$(awk -v a="$start" -v b="$end" 'BEGIN {printf "%.1f", (b - a) * 1000}')
			times[$interp]+="$ms "
			[ "$got" = "$want" ] || flag[$interp]="!"
		done
	done
	declare -A med=()
	for interp in "${interps[@]}"; do
		# shellcheck disable=SC2086
		med[$interp]=$(median ${times[$interp]})
	done
	ratio=$(awk -v s="${med[spython]}" -v g="${med[gpython]}" 'BEGIN {printf "%.2f", (g > 0) ? s / g : 0}')
	printf '%-12s %10s %10s %10s %16s\n' "$name" "${med[spython]}${flag[spython]:-}" \
		"${med[gpython]}${flag[gpython]:-}" "${med[cpython]}${flag[cpython]:-}" "$ratio"
	unset times flag med
done
