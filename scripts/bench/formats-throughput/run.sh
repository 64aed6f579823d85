#!/bin/sh
# Streaming throughput of Ties' GraphML writer and reader next to networkx and igraph, on the
# same file, in the same run. Usage: scripts/bench/formats-throughput/run.sh [NODES] [EDGES] [DIR]
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
for tool in igraph networkx; do
  python3 "$here/python_throughput.py" "$file" "$tool" read
  python3 "$here/python_throughput.py" "$file" "$tool" write
done
