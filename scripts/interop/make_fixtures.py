#!/usr/bin/env python3
"""Regenerates the networkx- and igraph-written GraphML fixtures of TiesFormatsTests.

Usage: python3 scripts/interop/make_fixtures.py Tests/TiesFormatsTests/Fixtures
Needs networkx (3.6.1 used) and igraph (1.0.0 used).
"""
import sys

import igraph as ig
import networkx as nx

out = sys.argv[1] if len(sys.argv) > 1 else "Tests/TiesFormatsTests/Fixtures"

# networkx: a multigraph with parallel edges and mixed attribute types.
G = nx.MultiDiGraph()
G.add_node("ann", label="Ann \"A\" Müller", type="person", mentions=3, score=0.5, active=True)
G.add_node("acme", label="ACME & Co <x>", type="company", mentions=1, score=1.5, active=False)
G.add_node("김윤", label="김윤", type="person", mentions=1, score=2.0, active=True)
G.add_edge("ann", "acme", key="k1", predicate="affiliated_with", role="chair", weight=2, confidence=0.9)
G.add_edge("ann", "acme", key="k2", predicate="affiliated_with", role="adviser", weight=1, confidence=0.5)
G.add_edge("김윤", "acme", predicate="attended", weight=3, confidence=0.75)
nx.write_graphml(G, f"{out}/networkx-multigraph.graphml")

# igraph: v_/e_ key ids, numbers as double, an undirected graph.
g = ig.Graph(directed=False)
g.add_vertices(3)
g.vs["name"] = ["a", "b", "c"]
g.vs["label"] = ["Alpha", "Beta", "トヨタ"]
g.vs["rank"] = [1, 2, 3]
g.vs["flag"] = [True, False, True]
g.add_edges([(0, 1), (1, 2), (0, 1)])
g.es["predicate"] = ["knows", "knows", "met"]
g.es["weight"] = [0.5, 1.25, 2.0]
g.write_graphml(f"{out}/igraph-undirected.graphml")
