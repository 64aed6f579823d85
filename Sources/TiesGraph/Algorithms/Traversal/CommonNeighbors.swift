extension IndexedGraph {
  /// The vertices adjacent to both `u` and `v` (networkx's `common_neighbors`), ascending,
  /// each once; `u` and `v` themselves are left out.
  /// - Throws: `GraphError.vertexNotFound`.
  /// - Complexity: O(d log d) where d = deg(u) + deg(v).
  public func commonNeighbors(
    _ u: Int32, _ v: Int32, filter: EdgeFilter = .all, direction: EdgeDirection = .both
  ) throws -> [Int32] {
    try check(u)
    try check(v)
    let a = Set(neighbors(of: u, direction: direction, filter: filter).map(\.vertex))
    let b = Set(neighbors(of: v, direction: direction, filter: filter).map(\.vertex))
    return a.intersection(b).subtracting([u, v]).sorted()
  }
}
