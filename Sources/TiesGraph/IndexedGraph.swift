/// A directed multigraph on dense `Int32` vertices, stored igraph-style as compressed sparse
/// rows in both directions, with per-edge weight and label in parallel arrays.
///
/// Vertices are `0..<vertexCount`. Edges are numbered by source vertex, and in the order
/// they were added among the edges of one source: edge `e` is slot `e` of the out-rows, so
/// the outgoing edges of `v` are the edges `outOffsets[v]..<outOffsets[v + 1]`, with far ends
/// in `outTargets`, and no array of edge ids or of edge endpoints is needed for them. The
/// incoming edges of `v` are the slice `inOffsets[v]..<inOffsets[v + 1]` of `inSources` (the
/// far end) and `inEdges` (the edge id). Within a row, edges keep the order they were added
/// in, so every traversal is deterministic. Algorithms follow edges `.outgoing`, `.incoming`
/// or `.both` ways (the latter treats the graph as undirected) and take an `EdgeFilter` on
/// labels: views without copying.
///
/// Memory: 8 bytes per vertex (two `Int32` offsets) and 22 bytes per edge (out-row target,
/// 4; in-row source and edge id, 8; weight, 8, or nothing when every edge has the same
/// weight; label, 2): `indexBytes`. A million vertices with 2.84 million edges take about
/// 67 MiB, 3.5 million edges about 81 MiB.
///
/// Build one with `GraphBuilder`. The graph is immutable: changes happen upstream and the
/// index is rebuilt, not patched.
public struct IndexedGraph: Sendable {
  /// Number of vertices.
  public let vertexCount: Int
  /// Label of each edge (a predicate code), as `EdgeFilter` selects.
  public let labels: [UInt16]
  /// Weight of each edge, or empty when every edge weighs `uniformWeight`.
  let storedWeights: [Double]
  /// The weight of every edge when `storedWeights` is empty.
  let uniformWeight: Double

  /// `vertexCount + 1` offsets into `outTargets`, which are also edge ids.
  public let outOffsets: [Int32]
  /// Target of each edge, in edge order.
  public let outTargets: [Int32]
  /// `vertexCount + 1` offsets into `inSources` / `inEdges`.
  public let inOffsets: [Int32]
  public let inSources: [Int32]
  public let inEdges: [Int32]

  /// Indexes edges given in the order added; `addedOrder[e]` is the position in that order
  /// of what became edge `e`.
  /// - Complexity: O(V + E) time (two counting sorts), O(E) temporary space.
  init(
    vertexCount: Int, sources: [Int32], targets: [Int32], weights: [Double], labels: [UInt16],
    addedOrder: inout [Int32]
  ) {
    let e = sources.count
    self.vertexCount = vertexCount
    var outOffsets = [Int32](repeating: 0, count: vertexCount + 1)
    var inOffsets = [Int32](repeating: 0, count: vertexCount + 1)
    // idOf[i]: the id of the i-th edge added.
    var idOf = [Int32](repeating: 0, count: e)
    var order = [Int32](repeating: 0, count: e)
    var outTargets = [Int32](repeating: 0, count: e)
    var inSources = [Int32](repeating: 0, count: e)
    var inEdges = [Int32](repeating: 0, count: e)
    for i in 0..<e {
      outOffsets[Int(sources[i]) + 1] &+= 1
      inOffsets[Int(targets[i]) + 1] &+= 1
    }
    for v in 0..<vertexCount {
      outOffsets[v + 1] &+= outOffsets[v]
      inOffsets[v + 1] &+= inOffsets[v]
    }
    var cursor = Array(outOffsets.dropLast())
    for i in 0..<e {
      let s = Int(sources[i])
      let id = cursor[s]
      cursor[s] = id &+ 1
      idOf[i] = id
      order[Int(id)] = Int32(truncatingIfNeeded: i)
      outTargets[Int(id)] = targets[i]
    }
    cursor = Array(inOffsets.dropLast())
    for i in 0..<e {
      let t = Int(targets[i])
      let slot = Int(cursor[t])
      cursor[t] &+= 1
      inSources[slot] = sources[i]
      inEdges[slot] = idOf[i]
    }
    let uniform = weights.first ?? 1
    if weights.allSatisfy({ $0 == uniform }) {
      storedWeights = []
    } else {
      storedWeights = order.map { weights[Int($0)] }
    }
    uniformWeight = uniform
    self.labels = order.map { labels[Int($0)] }
    self.outOffsets = outOffsets
    self.outTargets = outTargets
    self.inOffsets = inOffsets
    self.inSources = inSources
    self.inEdges = inEdges
    addedOrder = order
  }

  /// Number of edges.
  public var edgeCount: Int { outTargets.count }

  /// Bytes held by the index's arrays (offsets, rows, weights, labels).
  /// - Complexity: O(1).
  public var indexBytes: Int {
    (outOffsets.count + inOffsets.count + outTargets.count + inSources.count + inEdges.count) * 4
      + storedWeights.count * 8 + labels.count * 2
  }

  /// Whether `v` names a vertex of this graph.
  /// - Complexity: O(1).
  @inlinable
  public func contains(_ v: Int32) -> Bool { v >= 0 && Int(v) < vertexCount }

  /// Throws `GraphError.vertexNotFound` unless `v` is a vertex.
  func check(_ v: Int32) throws(GraphError) {
    if !contains(v) { throw GraphError.vertexNotFound(v) }
  }

  /// The source of edge `e`: the vertex whose out-row holds it, found by binary search.
  /// - Precondition: `e` is an edge.
  /// - Complexity: O(log V).
  public func source(of e: Int32) -> Int32 {
    precondition(e >= 0 && Int(e) < edgeCount, "edge out of range")
    return outOffsets.withUnsafeBufferPointer { IndexedGraph.rowOwner(e, $0) }
  }

  /// The target of edge `e`.
  /// - Precondition: `e` is an edge.
  /// - Complexity: O(1).
  public func target(of e: Int32) -> Int32 { outTargets[Int(e)] }

  /// The weight of edge `e`.
  /// - Precondition: `e` is an edge.
  /// - Complexity: O(1).
  public func weight(of e: Int32) -> Double {
    precondition(e >= 0 && Int(e) < edgeCount, "edge out of range")
    return storedWeights.isEmpty ? uniformWeight : storedWeights[Int(e)]
  }

  /// The vertex `v` with `offsets[v] <= slot < offsets[v + 1]`.
  /// - Complexity: O(log V).
  @inline(__always)
  static func rowOwner(_ slot: Int32, _ offsets: UnsafeBufferPointer<Int32>) -> Int32 {
    // The first offset above `slot`, minus one.
    var lo = 0
    var hi = offsets.count
    while lo < hi {
      let mid = (lo &+ hi) >> 1
      if offsets[mid] <= slot { lo = mid &+ 1 } else { hi = mid }
    }
    return Int32(truncatingIfNeeded: lo &- 1)
  }

  /// Out-degree, in-degree, or their sum for `.both` (parallel edges and loops counted as
  /// igraph and networkx's multigraphs count them).
  /// - Complexity: O(1).
  public func degree(of v: Int32, direction: EdgeDirection = .both) -> Int {
    precondition(contains(v), "vertex out of range")
    let i = Int(v)
    let out = Int(outOffsets[i + 1] - outOffsets[i])
    let inn = Int(inOffsets[i + 1] - inOffsets[i])
    switch direction {
    case .outgoing: return out
    case .incoming: return inn
    case .both: return out + inn
    }
  }

  /// The neighbours of `v` reached through edges that pass `filter`, each with the edge id,
  /// in storage order (out-edges first for `.both`); a neighbour appears once per edge.
  /// - Complexity: O(deg(v)).
  public func neighbors(
    of v: Int32, direction: EdgeDirection = .both, filter: EdgeFilter = .all
  ) -> [(vertex: Int32, edge: Int32)] {
    precondition(contains(v), "vertex out of range")
    var result: [(vertex: Int32, edge: Int32)] = []
    withTopology { t in
      t.forEachNeighbor(v, direction, filter) { w, e in result.append((w, e)) }
    }
    return result
  }
}
