#!/bin/sh
# Streaming throughput of Ties' GraphML writer and reader next to igraph and networkx, on the
# same file, in the same run.
#   scripts/bench/formats-throughput/run.sh [NODES] [EDGES] [DIR]
# NETWORKX=0 skips networkx: its ElementTree reader held 14 GB and was still parsing when
# stopped on the 1,000,000-node / 3,000,000-edge file, so run it on a smaller graph there.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
nodes=${1:-1000000}
edges=${2:-3000000}
dir=${3:-$(mktemp -d)}
file="$dir/synthetic.graphml"
(cd "$here" && swift build -c release >/dev/null)
bin="$here/.build/release/formats-throughput"
"$bin" write "$file" "$nodes" "$edges"
"$bin" read "$file"
"$bin" read "$file" 1
"$bin" load "$file"
# The floor under the reader: libxml2's xmlTextReader loop alone, in C (skipped without cc).
if command -v cc >/dev/null && pkg-config --exists libxml-2.0; then
  mkdir -p "$here/.build"
  # shellcheck disable=SC2046  # pkg-config's flags are meant to be split
  cc -O2 "$here/reader_floor.c" $(pkg-config --cflags --libs libxml-2.0) -o "$here/.build/reader_floor"
  "$here/.build/reader_floor" "$file" 0
  "$here/.build/reader_floor" "$file" 1
fi
tools="igraph"
if [ "${NETWORKX:-1}" != 0 ]; then tools="igraph networkx"; fi
for tool in $tools; do
  python3 "$here/python_throughput.py" "$file" "$tool" read
  python3 "$here/python_throughput.py" "$file" "$tool" write
  rm -f "$file.$tool.graphml"
done
