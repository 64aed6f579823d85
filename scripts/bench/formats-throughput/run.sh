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
"$bin" load "$file"
tools="igraph"
if [ "${NETWORKX:-1}" != 0 ]; then tools="igraph networkx"; fi
for tool in $tools; do
  python3 "$here/python_throughput.py" "$file" "$tool" read
  python3 "$here/python_throughput.py" "$file" "$tool" write
  rm -f "$file.$tool.graphml"
done
