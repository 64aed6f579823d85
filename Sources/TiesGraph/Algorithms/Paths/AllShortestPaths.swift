extension IndexedGraph {
  /// Every shortest path (fewest edges) from `source` to `target`, as networkx's
  /// `all_shortest_paths`, in lexicographic order of their vertex sequences.
  ///
  /// Paths are vertex sequences; parallel edges between two consecutive vertices give one
  /// path, using the lowest edge id.
  /// - Parameters:
  ///   - direction: `.both` (default) ignores edge direction.
  ///   - maxPaths: stop after this many paths (`nil`: all of them; their number can grow
  ///     exponentially with the distance).
  /// - Throws: `GraphError.vertexNotFound`, `GraphError.noPath`.
  /// - Complexity: O(V + E) for the distances, plus O(L · p · d) to list p paths of length L
  ///   with maximum degree d.
  public func allShortestPaths(
    from source: Int32, to target: Int32, filter: EdgeFilter = .all,
    direction: EdgeDirection = .both, maxPaths: Int? = nil
  ) throws -> [GraphPath] {
    try check(source)
    try check(target)
    let ds = try bfs(from: source, direction: direction, filter: filter).distances
    let length = ds[Int(target)]
    if length < 0 { throw GraphError.noPath(from: source, to: target) }
    let dt = try bfs(
      from: target, direction: direction.reversed, filter: filter, maxDepth: Int(length)
    ).distances
    let limit = maxPaths ?? Int.max
    var result: [GraphPath] = []
    var vertices: [Int32] = [source]
    var edges: [Int32] = []
    func extend(_ v: Int32) {
      if result.count >= limit { return }
      if v == target {
        result.append(GraphPath(vertices: vertices, edges: edges, cost: Double(edges.count)))
        return
      }
      // The next vertices on a shortest path, each with its lowest edge id, ascending.
      var next: [Int32: Int32] = [:]
      let step = ds[Int(v)] + 1
      for (w, e) in neighbors(of: v, direction: direction, filter: filter)
      where ds[Int(w)] == step && dt[Int(w)] >= 0 && step + dt[Int(w)] == length {
        if let old = next[w], old < e { continue }
        next[w] = e
      }
      for (w, e) in next.sorted(by: { $0.key < $1.key }) {
        vertices.append(w)
        edges.append(e)
        extend(w)
        vertices.removeLast()
        edges.removeLast()
      }
    }
    extend(source)
    return result
  }
}
