#!/bin/sh
# The cost of the verified-open gate. Prints numbers only; nothing here
# passes or fails on a figure.
#   bench/gate.sh [COUNT]     COUNT: runs of the Go benchmark (default 5)
#
# 1. BenchmarkImport200 (interp): one interp.Run of a script importing 200
#    small modules, with a bare gate (manifest=off), with a manifest of
#    every file (manifest=on), and with every check of the default policy
#    and the manifest (gate=default); then the overhead of manifest=on over
#    manifest=off, from the best ns/op of COUNT runs of each.
# 2. Hashing: `spython manifest build` of one 64 MiB file against
#    `sha256sum` of the same file, best wall time of 5 runs each (the file
#    read once first, so both read from the page cache), and the ratio.
set -eu
cd "$(dirname "$0")/.."
count=${1:-5}

go build -o bin/spython ./cmd/spython

echo "BenchmarkImport200: one run importing 200 modules of 20 lines (go test -bench ./interp, -count $count)"
out=$(go test -run '^$' -bench '^BenchmarkImport200$' -benchmem -count "$count" ./interp | grep -E '^Benchmark')
echo "$out"

# best NAME: the lowest ns/op of the sub-benchmark NAME in $out.
best() {
	echo "$out" | awk -v name="$1" '{
		n = split($1, part, "/"); sub(/-[0-9]+$/, "", part[n])
		if (part[n] == name && (min == "" || $3 + 0 < min + 0)) min = $3
	} END { print min }'
}
off=$(best manifest=off)
on=$(best manifest=on)
full=$(best gate=default)
awk -v off="$off" -v on="$on" -v full="$full" 'BEGIN {
	printf "best of %s: manifest=off %.2f ms/run, manifest=on %.2f ms/run, gate=default %.2f ms/run\n", '"$count"', off / 1e6, on / 1e6, full / 1e6
	printf "manifest overhead (on vs off): %+.1f%%  (target: at most +10%%)\n", (on - off) / off * 100
	printf "default-policy gate overhead (gate=default vs off): %+.1f%%\n", (full - off) / off * 100
}'

echo
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
big=$tmp/big.py
head -c 67108864 /dev/urandom >"$big"
cat "$big" >/dev/null

# best_ns CMD...: the lowest wall time of 5 runs of CMD, in nanoseconds.
best_ns() {
	b=
	for _ in 1 2 3 4 5; do
		t0=$(date +%s%N)
		"$@" >/dev/null
		t1=$(date +%s%N)
		t=$((t1 - t0))
		if [ -z "$b" ] || [ "$t" -lt "$b" ]; then b=$t; fi
	done
	echo "$b"
}

echo "hashing one 64 MiB file, best of 5 runs each (wall time, process start included)"
if ! command -v sha256sum >/dev/null 2>&1; then
	sp=$(best_ns bin/spython manifest build "$big")
	awk -v s="$sp" 'BEGIN { printf "spython manifest build: %.1f ms (%.0f MiB/s)\nsha256sum: not installed, skipped\n", s / 1e6, 64 / (s / 1e9) }'
	exit 0
fi
sp=$(best_ns bin/spython manifest build "$big")
ss=$(best_ns sha256sum "$big")
awk -v s="$sp" -v c="$ss" 'BEGIN {
	printf "spython manifest build: %7.1f ms (%5.0f MiB/s)\n", s / 1e6, 64 / (s / 1e9)
	printf "sha256sum:              %7.1f ms (%5.0f MiB/s)\n", c / 1e6, 64 / (c / 1e9)
	printf "ratio: manifest build is %.2fx as fast as sha256sum (target: at least 3x)\n", c / s
}'
