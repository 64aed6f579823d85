"""Times igraph, networkit (and optionally networkx) on the edge list Ties benchmarked.

Usage: python3 .ci/bench_compare.py EDGELIST [SEED] [--only igraph|networkit|networkx] [--networkx]
(--only LIB runs one library; networkx runs only with --networkx.)
EDGELIST: first line the vertex count, then "source target weight" per edge (directed).
The 1,000 shortest-path pairs are the very pairs GraphBenchmark draws (same SplitMix64).
Prints one "tool<TAB>operation<TAB>seconds" line per measurement.
"""
import statistics
import sys
import time

import numpy as np

from splitmix import M, SplitMix64  # noqa: E402  (TiesGraph's generator, mirrored)


def rss_mb():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def report(tool, op, value):
    print(f"{tool}\t{op}\t{value:.6g}", flush=True)


def timed(fn):
    t = time.perf_counter()
    r = fn()
    return time.perf_counter() - t, r


path = sys.argv[1]
seed = int(sys.argv[2]) if len(sys.argv) > 2 and not sys.argv[2].startswith("-") else 1
with open(path) as f:
    n = int(f.readline())
data = np.loadtxt(path, skiprows=1, dtype=np.float64)
src = data[:, 0].astype(np.int64)
dst = data[:, 1].astype(np.int64)
wts = np.ascontiguousarray(data[:, 2])
rng = SplitMix64(seed)
pairs = [(rng.below(n), rng.below(n)) for _ in range(1000)]

only = sys.argv[sys.argv.index("--only") + 1] if "--only" in sys.argv else None

# ---- igraph
if only in (None, "igraph"):
    import igraph as ig

    before = rss_mb()
    t, g = timed(lambda: ig.Graph(n=n, edges=np.column_stack([src, dst]).tolist(), directed=True))
    report("igraph", "index", t)
    report("igraph", "index_mb", rss_mb() - before)
    g.es["weight"] = wts.tolist()
    times = []
    for s, d in pairs:
        t0 = time.perf_counter()
        g.get_shortest_path(s, d, mode="all")
        times.append(time.perf_counter() - t0)
    times.sort()
    report("igraph", "shortest_path_median", times[500])
    report("igraph", "shortest_path_p99", times[990])
    report("igraph", "bfs", timed(lambda: g.distances(source=[pairs[0][0]], mode="all"))[0])
    report("igraph", "bfs_tree", timed(lambda: g.bfs(pairs[0][0], mode="all"))[0])
    report("igraph", "pagerank", timed(lambda: g.pagerank(directed=True))[0])
    report("igraph", "components", timed(lambda: g.connected_components(mode="weak"))[0])
    srng = SplitMix64(seed + 1)
    sources = sorted({srng.below(n) for _ in range(256)})
    report("igraph", "betweenness_sampled",
           timed(lambda: g.betweenness(directed=False, sources=sources))[0])
    gu = g.as_undirected(mode="collapse", combine_edges="sum")
    t, comm = timed(lambda: gu.community_multilevel(weights="weight"))
    report("igraph", "louvain", t)
    report("igraph", "louvain_modularity", gu.modularity(comm.membership, weights="weight"))
    del gu


# ---- networkit
if only in (None, "networkit"):
    import networkit as nk

    before = rss_mb()
    t, G = timed(lambda: nk.GraphFromCoo((wts, (src.astype(np.uint64), dst.astype(np.uint64))), n=n, directed=True, weighted=True))
    report("networkit", "index", t)
    report("networkit", "index_mb", rss_mb() - before)
    Gu = nk.graphtools.toUndirected(G)
    times = []
    for s, d in pairs:
        t0 = time.perf_counter()
        nk.distance.BidirectionalBFS(Gu, s, d, storePred=True).run()
        times.append(time.perf_counter() - t0)
    times.sort()
    report("networkit", "shortest_path_median", times[500])
    report("networkit", "shortest_path_p99", times[990])
    report("networkit", "bfs", timed(lambda: nk.distance.BFS(Gu, pairs[0][0], storePaths=False).run())[0])
    Gun = nk.graphtools.toUnweighted(G)
    report("networkit", "pagerank", timed(lambda: nk.centrality.PageRank(Gun, 0.85, 1e-6).run())[0])
    report("networkit", "components", timed(lambda: nk.components.ConnectedComponents(Gu).run())[0])
    report("networkit", "betweenness_sampled",
           timed(lambda: nk.centrality.EstimateBetweenness(Gu, 256, True, True).run())[0])
    plm = nk.community.PLM(Gu, refine=False, gamma=1.0)
    t, _ = timed(lambda: plm.run())
    report("networkit", "louvain", t)
    report("networkit", "louvain_modularity", nk.community.Modularity().getQuality(plm.getPartition(), Gu))
    report("networkit", "threads", nk.getMaxNumberOfThreads())


# ---- networkx (slow: a subset, some extrapolated)
if "--networkx" in sys.argv:
    import networkx as nx

    t, X = timed(lambda: nx.MultiDiGraph())
    t0 = time.perf_counter()
    X.add_nodes_from(range(n))
    X.add_weighted_edges_from(zip(src.tolist(), dst.tolist(), wts.tolist()))
    report("networkx", "index", time.perf_counter() - t0)
    XU = nx.Graph(X.to_undirected(as_view=True))
    times = []
    # The same 1,000 pairs as the other tools: a p99 over 100 pairs would be their maximum.
    for s, d in pairs:
        t0 = time.perf_counter()
        try:
            nx.bidirectional_shortest_path(XU, s, d)
        except nx.NetworkXNoPath:
            pass
        times.append(time.perf_counter() - t0)
    times.sort()
    report("networkx", "shortest_path_median", times[500])
    report("networkx", "shortest_path_p99", times[990])
    report("networkx", "bfs", timed(lambda: nx.single_source_shortest_path_length(XU, pairs[0][0]))[0])
    XD = nx.DiGraph(X)
    report("networkx", "pagerank", timed(lambda: nx.pagerank(XD, weight=None))[0])
    report("networkx", "components", timed(lambda: sum(1 for _ in nx.connected_components(XU)))[0])
    t, _ = timed(lambda: nx.betweenness_centrality(XU, k=4, seed=1))
    report("networkx", "betweenness_sampled(4 sources x64)", t * 64)
    t, c = timed(lambda: nx.community.louvain_communities(XU, seed=1))
    report("networkx", "louvain", t)
