extension IndexedGraph {
  /// Degree centrality: each vertex's degree divided by `V - 1`, as networkx's
  /// `degree_centrality` (`.both`), `out_degree_centrality` (`.outgoing`) and
  /// `in_degree_centrality` (`.incoming`). Parallel edges count once each, as in a
  /// networkx multigraph; a graph of one vertex gives it 1.
  /// - Complexity: O(V) unfiltered, O(V + E) with a filter.
  public func degreeCentrality(
    direction: EdgeDirection = .both, filter: EdgeFilter = .all
  ) -> CentralityScores {
    let n = vertexCount
    if n <= 1 { return CentralityScores(values: [Double](repeating: 1, count: n)) }
    var degree = [Double](repeating: 0, count: n)
    for u in 0..<vertexCount {
      for e in Int(outOffsets[u])..<Int(outOffsets[u + 1]) where filter.allows(labels[e]) {
        if direction != .incoming { degree[u] += 1 }
        if direction != .outgoing { degree[Int(outTargets[e])] += 1 }
      }
    }
    let scale = 1 / Double(n - 1)
    return CentralityScores(values: degree.map { $0 * scale })
  }
}
