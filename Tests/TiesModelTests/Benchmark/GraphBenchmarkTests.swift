import Testing

@testable import TiesModel

@Suite struct GraphBenchmarkTests {
  @Test func reportsEveryKeyTiesBenchPrints() throws {
    var collector = KnowledgeGraphCollector()
    try SyntheticKnowledgeGraph.generate(people: 1_000, seed: 2, into: &collector)
    let r = try GraphBenchmark.run(graph: collector.graph, seed: 2)
    for key in [
      "index", "shortest_path_median", "shortest_path_p99", "shortest_path_setup", "bfs", "bfs_tree",
      "pagerank", "components", "betweenness_sampled", "louvain",
    ] {
      let value = try #require(r[key], "missing \(key)")
      #expect(value >= 0 && value < 60, "\(key) = \(value)")
    }
    #expect(r["shortest_path_median", default: 1] <= r["shortest_path_p99", default: 0])
    #expect(r["vertices"] == Double(SyntheticKnowledgeGraph.counts(people: 1_000).nodes))
    #expect(r["louvain_modularity", default: 0] > 0.3)
    #expect(r["path_finder_mb", default: 0] > 0)
    #if os(Linux)
      #expect(r["peak_rss_mb", default: 0] > 1)
    #endif
  }
}
