#!/bin/sh
# Regenerates the golden files of the corpus with CPython:
#   NAME.out   stdout of NAME.py, byte for byte
#   NAME.exit  the exit code and a newline, only when it is not 0
# Usage: testdata/corpus/regen.sh [NAME...]   (default: every NAME.py)
# PYTHON selects the interpreter (default python3.13); it must be 3.13.
set -eu
python=${PYTHON:-python3.13}
here=$(cd "$(dirname "$0")" && pwd)
version=$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
if [ "$version" != "3.13" ]; then
	echo "regen.sh: $python is Python $version, want 3.13" >&2
	exit 2
fi
if [ $# -eq 0 ]; then
	set -- $(cd "$here" && ls *.py | sed 's/\.py$//')
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for name in "$@"; do
	name=${name%.py}
	# Scripts run from a scratch folder, which they also get as their
	# first argument for the files they write, as the test does.
	set +e
	(cd "$work" && "$python" "$here/$name.py" "$work" >"$work/stdout" 2>"$work/stderr")
	code=$?
	set -e
	# The corpus folder, where a traceback names the script, is $CORPUS.
	sed "s|$here/|\$CORPUS/|g" "$work/stdout" >"$here/$name.out"
	rm -f "$here/$name.exit"
	if [ "$code" -ne 0 ]; then
		echo "$code" >"$here/$name.exit"
		echo "$name: exit $code"
	fi
done
