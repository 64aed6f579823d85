import TiesGraph

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Times the graph algorithms of `TiesGraph` on one knowledge graph, as `ties bench` reports
/// them: wall seconds per operation, in a release build.
///
/// Keys (seconds unless noted): `index` (building the `KnowledgeGraphIndex`),
/// `shortest_path_median` and `shortest_path_p99` (bidirectional BFS, undirected, over 1,000
/// random vertex pairs drawn with `seed`, one reused `PathFinder`), `shortest_path_setup`
/// (building that `PathFinder`: its renumbered copy of the graph), `dijkstra_median` (100
/// pairs, reciprocal weights), `bfs` (undirected hop distances from a random vertex, as
/// networkx's `single_source_shortest_path_length` and networkit's `BFS`: `hopDistances`),
/// `bfs_tree` (the same search with visiting order and parents, as igraph's `bfs`), `pagerank`
/// (directed, unweighted), `components`, `betweenness_sampled` (256 sources, undirected),
/// `louvain` (weighted); and also `louvain_modularity`, `components_count`, `vertices`,
/// `edges`, `index_mb` (bytes held by the `IndexedGraph`'s arrays / 2^20), `path_finder_mb`
/// (`PathFinder.memoryBytes` / 2^20, besides the index) and `peak_rss_mb`
/// (the process's high-water mark, `VmHWM` of /proc/self/status; absent where unavailable).
public enum GraphBenchmark {
  /// Indexes `graph` (timed) and runs every operation on the index.
  /// - Throws: what indexing or an algorithm throws.
  public static func run(graph: KnowledgeGraph, seed: UInt64) throws -> [String: Double] {
    let clock = ContinuousClock()
    var index: KnowledgeGraphIndex?
    let indexTime = try clock.measure { index = try graph.index(keepEvidence: false) }
    guard let index else { return [:] }
    var results = try run(index: index, seed: seed)
    results["index"] = indexTime.seconds
    return results
  }

  /// Runs every operation on an index already built (the caller times loading and indexing).
  /// - Complexity: dominated by sampled betweenness, O(256 · (V + E)).
  public static func run(index: KnowledgeGraphIndex, seed: UInt64) throws -> [String: Double] {
    let g = index.graph
    var results: [String: Double] = [
      "vertices": Double(g.vertexCount), "edges": Double(g.edgeCount), "index_mb": indexMegabytes(g),
    ]
    guard g.vertexCount > 0 else { return results }
    let clock = ContinuousClock()
    var rng = SplitMix64(seed: seed)

    var finder: PathFinder?
    results["shortest_path_setup"] = clock.measure { finder = PathFinder(graph: g) }.seconds
    guard let finder else { return results }
    results["path_finder_mb"] = Double(finder.memoryBytes) / 1_048_576
    var times: [Double] = []
    times.reserveCapacity(1_000)
    var reachedPairs = 0
    for _ in 0..<1_000 {
      let s = Int32(rng.below(g.vertexCount))
      let t = Int32(rng.below(g.vertexCount))
      let start = clock.now
      let found = (try? finder.shortestPath(from: s, to: t)) != nil
      times.append((clock.now - start).seconds)
      if found { reachedPairs += 1 }
    }
    times.sort()
    results["shortest_path_median"] = times[times.count / 2]
    results["shortest_path_p99"] = times[times.count * 99 / 100]
    results["shortest_path_reached"] = Double(reachedPairs)

    var dijkstra: [Double] = []
    for _ in 0..<100 {
      let s = Int32(rng.below(g.vertexCount))
      let t = Int32(rng.below(g.vertexCount))
      let start = clock.now
      _ = try? g.shortestPath(from: s, to: t, weight: .reciprocalWeight)
      dijkstra.append((clock.now - start).seconds)
    }
    dijkstra.sort()
    results["dijkstra_median"] = dijkstra[dijkstra.count / 2]

    let source = Int32(rng.below(g.vertexCount))
    results["bfs"] = try clock.measure { _ = try g.hopDistances(from: source, direction: .both) }.seconds
    results["bfs_tree"] = try clock.measure { _ = try g.bfs(from: source, direction: .both) }.seconds
    var iterations = 0
    results["pagerank"] = try clock.measure {
      iterations = try g.pageRank(weighted: false).iterations
    }.seconds
    results["pagerank_iterations"] = Double(iterations)
    var components = 0
    results["components"] = clock.measure { components = g.connectedComponents().count }.seconds
    results["components_count"] = Double(components)
    results["betweenness_sampled"] = try clock.measure {
      _ = try g.betweennessCentrality(samples: 256, seed: seed)
    }.seconds
    var modularity = 0.0
    results["louvain"] = try clock.measure {
      modularity = try g.louvainCommunities(seed: seed).modularity
    }.seconds
    results["louvain_modularity"] = modularity
    if let peak = peakResidentMegabytes() { results["peak_rss_mb"] = peak }
    return results
  }

  /// Bytes held by the graph's arrays (`IndexedGraph.indexBytes`), in MiB.
  static func indexMegabytes(_ g: IndexedGraph) -> Double { Double(g.indexBytes) / 1_048_576 }

  /// `VmHWM` of /proc/self/status in MiB, or `nil` where there is no such file.
  public static func peakResidentMegabytes() -> Double? {
    #if os(Linux)
      let fd = open("/proc/self/status", O_RDONLY)
      if fd < 0 { return nil }
      defer { close(fd) }
      var bytes: [UInt8] = []
      var chunk = [UInt8](repeating: 0, count: 4_096)
      while true {
        let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        if n <= 0 { break }
        bytes.append(contentsOf: chunk[0..<n])
      }
      let text = String(decoding: bytes, as: UTF8.self)
      for line in text.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        let digits = line.filter(\.isNumber)
        if let kb = Double(String(digits)) { return kb / 1_024 }
      }
      return nil
    #else
      return nil
    #endif
  }
}

extension Duration {
  /// The duration in seconds.
  fileprivate var seconds: Double {
    let (s, attoseconds) = components
    return Double(s) + Double(attoseconds) * 1e-18
  }
}
