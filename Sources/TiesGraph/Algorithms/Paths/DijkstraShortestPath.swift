import HeapModule

/// What a weighted search adds up along a path.
public enum PathCost: Sendable, Hashable {
  /// Every edge costs 1 (the hop count).
  case hops
  /// An edge costs its weight (networkx's `weight="weight"`).
  case weight
  /// An edge costs 1 / weight, so stronger edges are cheaper; a zero weight makes the edge
  /// unusable.
  case reciprocalWeight
}

/// A vertex waiting in Dijkstra's heap, ordered by tentative distance, then by index.
struct HeapEntry: Comparable {
  var distance: Double
  var vertex: Int32
  static func < (a: HeapEntry, b: HeapEntry) -> Bool {
    a.distance < b.distance || (a.distance == b.distance && a.vertex < b.vertex)
  }
}

extension IndexedGraph {
  /// The cost of edge `e` under `cost`, or `nil` when the edge cannot be used.
  /// - Throws: `GraphError.negativeWeight` for a negative or NaN cost.
  @inline(__always)
  static func edgeCost(_ t: Topology, _ e: Int32, _ cost: PathCost) throws -> Double? {
    let c: Double
    switch cost {
    case .hops: return 1
    case .weight: c = t.weight(e)
    case .reciprocalWeight: c = 1 / t.weight(e)
    }
    if c.isNaN || c < 0 { throw GraphError.negativeWeight(edge: e) }
    return c.isInfinite ? nil : c
  }

  /// Dijkstra from `source` until `target` is settled, skipping blocked vertices and, from
  /// `source` only, the first hops in `bannedFirstHops` (what Yen's algorithm needs).
  /// Returns `nil` when `target` is unreachable.
  func dijkstra(
    _ t: Topology, from source: Int32, to target: Int32, cost: PathCost, filter: EdgeFilter,
    direction: EdgeDirection, blocked: [Bool]? = nil, bannedFirstHops: Set<Int32> = []
  ) throws -> GraphPath? {
    var dist = [Double](repeating: .infinity, count: vertexCount)
    var parent = [Int32](repeating: -1, count: vertexCount)
    var settled = [Bool](repeating: false, count: vertexCount)
    var heap = Heap<HeapEntry>()
    dist[Int(source)] = 0
    heap.insert(HeapEntry(distance: 0, vertex: source))
    var failure: GraphError?
    while let top = heap.popMin() {
      let v = top.vertex
      if settled[Int(v)] { continue }
      settled[Int(v)] = true
      if v == target { break }
      t.forEachNeighbor(v, direction, filter) { w, e in
        if failure != nil || settled[Int(w)] { return }
        if let blocked, blocked[Int(w)] { return }
        if v == source && bannedFirstHops.contains(w) { return }
        do {
          guard let c = try IndexedGraph.edgeCost(t, e, cost) else { return }
          let nd = top.distance + c
          if nd < dist[Int(w)] {
            dist[Int(w)] = nd
            parent[Int(w)] = e
            heap.insert(HeapEntry(distance: nd, vertex: w))
          }
        } catch {
          failure = error as? GraphError ?? .negativeWeight(edge: e)
        }
      }
      if let failure { throw failure }
    }
    guard settled[Int(target)] else { return nil }
    var vertices: [Int32] = [target]
    var edges: [Int32] = []
    var v = target
    while v != source {
      let e = parent[Int(v)]
      edges.append(e)
      v = t.otherEnd(e, v)
      vertices.append(v)
    }
    return GraphPath(vertices: vertices.reversed(), edges: edges.reversed(), cost: dist[Int(target)])
  }

  /// A least-cost path from `source` to `target` by Dijkstra's algorithm with a binary heap.
  ///
  /// Edge costs come from `weight` (see `PathCost`); ties between equal-cost paths are broken
  /// by vertex index, so the result is deterministic.
  /// - Parameters:
  ///   - weight: how an edge's cost is derived from its weight.
  ///   - filter: the edges that may be used.
  ///   - direction: `.both` (default) walks edges either way.
  /// - Returns: the path, with `cost` its summed edge cost.
  /// - Throws: `GraphError.vertexNotFound`, `GraphError.noPath`, `GraphError.negativeWeight`.
  /// - Complexity: O((V + E) log V) time, O(V) space.
  /// - References: E. W. Dijkstra, "A note on two problems in connexion with graphs", 1959.
  public func shortestPath(
    from source: Int32, to target: Int32, weight: PathCost, filter: EdgeFilter = .all,
    direction: EdgeDirection = .both
  ) throws -> GraphPath {
    try check(source)
    try check(target)
    let path = try withTopology { t in
      try dijkstra(t, from: source, to: target, cost: weight, filter: filter, direction: direction)
    }
    guard let path else { throw GraphError.noPath(from: source, to: target) }
    return path
  }
}
