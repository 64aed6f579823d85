#!/bin/sh
# One phase (read, or write) of Ties, networkx and igraph in turn, ROUNDS times, so that every
# ratio compares runs minutes apart: this VM's speed drifts by up to 2x from one quarter of an
# hour to the next, and a single run of each tool can land in different phases.
#   scripts/bench/formats-throughput/paired.sh FILE [ROUNDS] [read|write NODES EDGES]
# read: each tool reads FILE. write: Ties generates and writes a graph of NODES and EDGES (the
# one FILE holds, made by run.sh) to FILE.ties.graphml; networkx and igraph load FILE untimed
# and write it. Prints each run's JSON line (as run.sh does), then each round's ratios and
# their median.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
file=$1
rounds=${2:-3}
phase=${3:-read}
(cd "$here" && swift build -c release >/dev/null)
bin="$here/.build/release/formats-throughput"
log=$(mktemp)
trap 'rm -f "$log" "$file.ties.graphml" "$file.networkx.graphml" "$file.igraph.graphml"' EXIT
for round in $(seq "$rounds"); do
  for tool in ties networkx igraph; do
    if [ "$tool" != ties ]; then
      line=$(python3 "$here/python_throughput.py" "$file" "$tool" "$phase")
    elif [ "$phase" = write ]; then
      line=$("$bin" write "$file.ties.graphml" "$4" "$5")
    else
      line=$("$bin" read "$file")
    fi
    echo "$line"
    echo "$round $tool $line" >>"$log"
  done
done
python3 - "$log" "$phase" <<'PY'
import json, statistics, sys
runs = {}
for line in open(sys.argv[1]):
    round_, tool, text = line.split(" ", 2)
    runs.setdefault(int(round_), {})[tool] = json.loads(text)["seconds"]
ratios = {"networkx": [], "igraph": []}
for round_, seconds in sorted(runs.items()):
    parts = []
    for tool in ratios:
        ratios[tool].append(seconds[tool] / seconds["ties"])
        parts.append(f"{tool} {seconds[tool]:.2f} s = {ratios[tool][-1]:.2f}x")
    print(f"round {round_}: ties {seconds['ties']:.2f} s; " + "; ".join(parts))
for tool, values in ratios.items():
    print(f"median {sys.argv[2]} speed-up over {tool}: {statistics.median(values):.2f}x (min {min(values):.2f}x)")
PY
