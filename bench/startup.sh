#!/bin/sh
# Build ./bin/spython and run the start-up benchmark from the repository root,
# whatever the current directory. Extra arguments go to the benchmark, e.g.
#   bench/startup.sh -n 500 -python python3.13
set -eu
cd "$(dirname "$0")/.."
go build -o bin/spython ./cmd/spython
exec go run ./bench/startup "$@"
