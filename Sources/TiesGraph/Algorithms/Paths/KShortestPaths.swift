extension IndexedGraph {
  /// The `k` least-cost simple paths from `source` to `target`, by Yen's algorithm.
  ///
  /// Paths are sequences of distinct vertices; between two adjacent vertices the cheapest
  /// (then lowest-id) edge is used, so parallel edges never yield two paths. Paths come in
  /// increasing cost, ties broken by vertex sequence. Fewer than `k` are returned when fewer
  /// exist.
  /// - Parameters:
  ///   - k: how many paths, at least 1.
  ///   - weight: `.hops` (default) for fewest edges, or a weighted cost.
  /// - Throws: `GraphError.vertexNotFound`, `GraphError.noPath` when none exists,
  ///   `GraphError.invalidArgument` when `k < 1`, `GraphError.negativeWeight`.
  /// - Complexity: O(k · V · (V + E) log V) time in the worst case, O(V + k · V) space.
  /// - References: J. Y. Yen, "Finding the k shortest loopless paths in a network", 1971.
  public func kShortestPaths(
    from source: Int32, to target: Int32, k: Int, weight: PathCost = .hops,
    filter: EdgeFilter = .all, direction: EdgeDirection = .both
  ) throws -> [GraphPath] {
    try check(source)
    try check(target)
    guard k >= 1 else { throw GraphError.invalidArgument("k must be at least 1, got \(k)") }
    return try withTopology { t in
      guard
        let first = try dijkstra(
          t, from: source, to: target, cost: weight, filter: filter, direction: direction)
      else { throw GraphError.noPath(from: source, to: target) }
      var accepted: [GraphPath] = [first]
      var candidates: [GraphPath] = []
      var seen: Set<[Int32]> = [first.vertices]
      var blocked = [Bool](repeating: false, count: vertexCount)
      while accepted.count < k {
        let previous = accepted[accepted.count - 1]
        for j in 0..<(previous.vertices.count - 1) {
          let spur = previous.vertices[j]
          let root = previous.vertices[0...j]
          var bans: Set<Int32> = []
          for p in accepted where p.vertices.count > j + 1 && p.vertices[0...j] == root {
            bans.insert(p.vertices[j + 1])
          }
          for v in root.dropLast() { blocked[Int(v)] = true }
          defer { for v in root.dropLast() { blocked[Int(v)] = false } }
          guard
            let spurPath = try dijkstra(
              t, from: spur, to: target, cost: weight, filter: filter, direction: direction,
              blocked: blocked, bannedFirstHops: bans)
          else { continue }
          var rootCost = 0.0
          for e in previous.edges[0..<j] { rootCost += try IndexedGraph.edgeCost(t, e, weight) ?? 0 }
          let vertices = Array(root) + spurPath.vertices.dropFirst()
          if seen.contains(vertices) { continue }
          seen.insert(vertices)
          candidates.append(
            GraphPath(
              vertices: vertices, edges: Array(previous.edges[0..<j]) + spurPath.edges,
              cost: rootCost + spurPath.cost))
        }
        guard
          let bestIndex = candidates.indices.min(by: { a, b in
            let x = candidates[a]
            let y = candidates[b]
            return x.cost < y.cost || (x.cost == y.cost && x.vertices.lexicographicallyPrecedes(y.vertices))
          })
        else { break }
        accepted.append(candidates.remove(at: bestIndex))
      }
      return accepted
    }
  }
}
