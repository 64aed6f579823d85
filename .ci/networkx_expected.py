"""Prints Tests/TiesGraphTests/Fixtures/NetworkxExpected.swift: known answers from networkx.

Run: python3 .ci/networkx_expected.py > Tests/TiesGraphTests/Fixtures/NetworkxExpected.swift
(networkx 3.6.1). SplitMix64 mirrors TiesGraph's, so sampled betweenness uses the same sources.
"""
import itertools
import random

import networkx as nx

from splitmix import M, SplitMix64  # noqa: E402  (TiesGraph's generator, mirrored)


def our_sample(n, k, seed):
    a = list(range(n))
    r = SplitMix64(seed)
    for i in range(k):
        j = i + r.below(n - i)
        a[i], a[j] = a[j], a[i]
    return a[:k]


class Fixed(random.Random):
    """Makes networkx sample exactly the given sources."""

    def __init__(self, nodes):
        super().__init__(0)
        self.nodes = nodes

    def sample(self, population, k):
        return list(self.nodes)


out = []


def emit(name, value):
    out.append(f"  static let {name}: {swift_type(value)} = {swift(value)}")


def swift_type(v):
    if isinstance(v, list):
        if v and isinstance(v[0], list):
            return "[[Int32]]"
        if v and isinstance(v[0], tuple):
            return "[(Int32, Int32)]" if len(v[0]) == 2 else "[(Int32, Int32, Double)]"
        if v and isinstance(v[0], float):
            return "[Double]"
        return "[Int32]"
    return "Double"


def swift(v):
    if isinstance(v, list):
        return "[" + ", ".join(swift(x) for x in v) + "]"
    if isinstance(v, tuple):
        return "(" + ", ".join(swift(x) for x in v) + ")"
    if isinstance(v, float):
        return repr(v)
    return str(v)


def scores(d, n):
    return [float(d[i]) for i in range(n)]


karate = nx.karate_club_graph()
kedges = sorted((min(u, v), max(u, v)) for u, v in karate.edges())
kweighted = [(u, v, float(karate[u][v]["weight"])) for u, v in kedges]
K = nx.Graph()
K.add_nodes_from(range(34))
K.add_edges_from(kedges)
n = 34
emit("karateEdges", kedges)
emit("karateWeightedEdges", kweighted)
emit("karateBetweenness", scores(nx.betweenness_centrality(K), n))
emit("karateBetweennessRaw", scores(nx.betweenness_centrality(K, normalized=False), n))
emit("karateCloseness", scores(nx.closeness_centrality(K), n))
emit("karateEigenvector", scores(nx.eigenvector_centrality(K), n))
emit("karatePageRank", scores(nx.pagerank(K), n))
emit("karateDegree", scores(nx.degree_centrality(K), n))
emit("karateDistancesFrom0", [nx.shortest_path_length(K, 0, j) for j in range(n)])
emit("karateAllShortest0to33", sorted(nx.all_shortest_paths(K, 0, 33)))
emit("karateAllShortest16to25", sorted(nx.all_shortest_paths(K, 16, 25)))
emit("karateYenHops0to33",
     [len(p) - 1 for p in itertools.islice(nx.shortest_simple_paths(K, 0, 33), 12)])
emit("karateYenHops16to25",
     [len(p) - 1 for p in itertools.islice(nx.shortest_simple_paths(K, 16, 25), 12)])
src = our_sample(34, 10, 7)
emit("karateSampleSources10Seed7", src)
emit("karateSampled10Seed7", scores(nx.betweenness_centrality(K, k=10, seed=Fixed(src)), n))
emit("karateSampled10Seed7Raw",
     scores(nx.betweenness_centrality(K, k=10, normalized=False, seed=Fixed(src)), n))
mods = [nx.community.modularity(K, nx.community.louvain_communities(K, seed=s)) for s in range(5)]
emit("karateLouvainModularityBest", max(mods))
emit("karateLouvainModularityWorst", min(mods))
clubs = [0 if karate.nodes[v]["club"] == "Mr. Hi" else 1 for v in range(n)]
emit("karateClubs", clubs)
emit("karateClubModularity", nx.community.modularity(K, [{v for v in range(n) if clubs[v] == c} for c in (0, 1)]))
WK = nx.Graph()
WK.add_weighted_edges_from(kweighted)
emit("karateClubModularityWeighted",
     nx.community.modularity(WK, [{v for v in range(n) if clubs[v] == c} for c in (0, 1)], weight="weight"))
emit("karateClubModularityWeightedGamma2",
     nx.community.modularity(WK, [{v for v in range(n) if clubs[v] == c} for c in (0, 1)],
                             weight="weight", resolution=2))
emit("karatePageRankWeighted", scores(nx.pagerank(WK), n))

T = nx.Graph([(0, 1), (1, 2), (0, 2), (2, 3), (3, 4), (4, 5), (3, 5)])
emit("bridgeBetweenness", scores(nx.betweenness_centrality(T), 6))
emit("bridgeCloseness", scores(nx.closeness_centrality(T), 6))
emit("bridgeModularity", nx.community.modularity(T, [{0, 1, 2}, {3, 4, 5}]))
P = nx.path_graph(5)
emit("pathBetweenness", scores(nx.betweenness_centrality(P), 5))
emit("pathCloseness", scores(nx.closeness_centrality(P), 5))
emit("pathEigenvector", scores(nx.eigenvector_centrality(P), 5))
S = nx.star_graph(4)
emit("starBetweenness", scores(nx.betweenness_centrality(S), 5))
emit("starCloseness", scores(nx.closeness_centrality(S), 5))
emit("starPageRank", scores(nx.pagerank(S), 5))
emit("starDegree", scores(nx.degree_centrality(S), 5))
K5 = nx.complete_graph(5)
emit("k5Eigenvector", scores(nx.eigenvector_centrality(K5), 5))
emit("k5PageRank", scores(nx.pagerank(K5), 5))

D = nx.gnp_random_graph(30, 0.08, seed=42, directed=True)
dedges = sorted(D.edges())
rnd = random.Random(3)
wedges = [(u, v, round(rnd.uniform(0.5, 3.0), 3)) for u, v in dedges]
W = nx.DiGraph()
W.add_nodes_from(range(30))
W.add_weighted_edges_from(wedges)
emit("directedWeightedEdges", wedges)
emit("directedPageRank", scores(nx.pagerank(D), 30))
emit("directedPageRankWeighted", scores(nx.pagerank(W), 30))
emit("directedPageRankAlpha09", scores(nx.pagerank(D, alpha=0.9), 30))
emit("directedBetweenness", scores(nx.betweenness_centrality(D), 30))
emit("directedBetweennessRaw", scores(nx.betweenness_centrality(D, normalized=False), 30))
emit("directedCloseness", scores(nx.closeness_centrality(D), 30))
emit("directedInDegree", scores(nx.in_degree_centrality(D), 30))
emit("directedOutDegree", scores(nx.out_degree_centrality(D), 30))
emit("directedDegree", scores(nx.degree_centrality(D), 30))
emit("directedComponents", [sorted(c) for c in sorted(nx.weakly_connected_components(D), key=min)])
emit("directedHopsFrom0",
     [nx.shortest_path_length(D, 0, j) if nx.has_path(D, 0, j) else -1 for j in range(30)])
U = nx.MultiGraph(W)  # both directions kept; Dijkstra uses the cheaper parallel edge
emit("undirectedDijkstraFrom0",
     [float(nx.dijkstra_path_length(U, 0, j)) if nx.has_path(U, 0, j) else -1.0 for j in range(30)])
emit("directedDijkstraFrom0",
     [float(nx.dijkstra_path_length(W, 0, j)) if nx.has_path(W, 0, j) else -1.0 for j in range(30)])

print("// Generated by .ci/networkx_expected.py with networkx " + nx.__version__ + "; do not edit.")
print("// Every value below is networkx's answer, pasted as a literal so the tests can fail.")
print("// swift-format-ignore-file")
print("enum NX {")
print("\n".join(out))
print("}")
