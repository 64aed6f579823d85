extension IndexedGraph {
  /// Newman's modularity of a partition of the undirected, weighted view, exactly as
  /// networkx's `community.modularity(G, communities, weight="weight", resolution=γ)`:
  /// Q = Σ_c [ L_c / m − γ (d_c / 2m)² ], where m is the total edge weight, L_c the weight of
  /// edges inside c (a self-loop once) and d_c the summed weighted degree of c's vertices
  /// (a self-loop twice). Parallel edges add their weights, as in a networkx multigraph.
  /// - Parameters:
  ///   - communities: a label per vertex (any non-negative `Int32`s).
  ///   - weighted: use edge weights, or count every edge as 1.
  /// - Returns: Q, or 0 when the graph has no edge weight (networkx raises there).
  /// - Complexity: O(V + E) time, O(V) space.
  /// - References: M. E. J. Newman, "Networks: An Introduction", 2010, §7.7.
  public func modularity(
    of communities: [Int32], resolution: Double = 1, weighted: Bool = true, filter: EdgeFilter = .all
  ) -> Double {
    precondition(communities.count == vertexCount, "one label per vertex")
    let size = (communities.max().map { Int($0) } ?? -1) + 1
    var inside = [Double](repeating: 0, count: size)
    var degree = [Double](repeating: 0, count: size)
    var m = 0.0
    for u in 0..<vertexCount {
      for e in Int(outOffsets[u])..<Int(outOffsets[u + 1]) where filter.allows(labels[e]) {
        let w = weighted ? weight(of: Int32(e)) : 1
        let cu = Int(communities[u])
        let cv = Int(communities[Int(outTargets[e])])
        m += w
        degree[cu] += w
        degree[cv] += w
        if cu == cv { inside[cu] += w }
      }
    }
    if m == 0 { return 0 }
    var q = 0.0
    for c in 0..<size {
      let share = degree[c] / (2 * m)
      q += inside[c] / m - resolution * share * share
    }
    return q
  }
}
