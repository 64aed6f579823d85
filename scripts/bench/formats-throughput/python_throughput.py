#!/usr/bin/env python3
"""networkx and igraph reading and writing the same GraphML file, one phase per process.

Usage: python3 python_throughput.py FILE.graphml TOOL PHASE
  TOOL  networkx | igraph
  PHASE read  (time to load FILE)
        write (load FILE untimed, then time writing it to FILE.TOOL.graphml)
Prints one JSON line like formats-throughput: seconds, MB/s, edges/s, peak RSS of the process.
"""
import json
import os
import resource
import sys
import time

path, tool, phase = sys.argv[1], sys.argv[2], sys.argv[3]


def load():
    if tool == "networkx":
        import networkx as nx
        return nx.read_graphml(path)
    import igraph as ig
    return ig.Graph.Read_GraphML(path)


start = time.perf_counter()
cpu_start = time.process_time()
graph = load()
elapsed = time.perf_counter() - start
cpu = time.process_time() - cpu_start
target = path
if phase == "write":
    target = f"{path}.{tool}.graphml"
    start = time.perf_counter()
    cpu_start = time.process_time()
    if tool == "networkx":
        import networkx as nx
        nx.write_graphml(graph, target)
    else:
        graph.write_graphml(target)
    elapsed = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
if tool == "networkx":
    nodes, edges = graph.number_of_nodes(), graph.number_of_edges()
else:
    nodes, edges = graph.vcount(), graph.ecount()
size = os.path.getsize(target)
print(json.dumps({
    "tool": tool, "phase": phase, "seconds": round(elapsed, 2), "cpu_seconds": round(cpu, 2), "bytes": size,
    "MB_per_s": round(size / 1e6 / elapsed, 1), "nodes": nodes, "edges": edges,
    "edges_per_s": int(edges / elapsed),
    "peak_rss_MiB": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
}))
