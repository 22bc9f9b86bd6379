#!/bin/sh
# Remakes the golden files of testdata/stdlib/MODULE/*.py with CPython 3.13:
#   PYTHON=/path/to/python3.13 testdata/stdlib/regen.sh MODULE...
# Each script runs in its folder with COLUMNS=80 and a scratch folder as its
# first argument; the folder and the scratch folder are written DIR and TMP.
# prelude.py and regen.py, which make other golden files, are not run.
set -e
PYTHON=${PYTHON:-python3.13}
case "$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')" in
3.13) ;;
*) echo "regen.sh: $PYTHON is not Python 3.13" >&2; exit 1 ;;
esac
cd "$(dirname "$0")"
for module in "$@"; do
	dir=$(cd "$module" && pwd)
	for script in "$dir"/*.py; do
		case "${script##*/}" in
		prelude.py | regen.py) continue ;; # helpers, not golden scripts
		esac
		name=${script%.py}
		tmp=$(mktemp -d)
		status=0
		COLUMNS=80 "$PYTHON" "$script" "$tmp" >"$name.out" 2>&1 || status=$?
		sed -i "s#$tmp#TMP#g; s#$dir#DIR#g" "$name.out"
		rm -rf "$tmp" "$name.exit"
		if [ "$status" != 0 ]; then echo "$status" >"$name.exit"; fi
	done
done
