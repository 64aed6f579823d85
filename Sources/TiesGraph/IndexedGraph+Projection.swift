/// A one-mode projection: a graph on some of the vertices of another, and the way back.
public struct Projection: Sendable {
  /// The projected graph; edge `u → v` has `u < v` and is meant to be read as undirected.
  /// Its weight is the number of shared intermediaries; its label is 0.
  public var graph: IndexedGraph
  /// `original[v]` is the vertex of the source graph that projected vertex `v` stands for.
  public var original: [Int32]
  /// `projected[v]` is the projected vertex of source vertex `v`, or `-1` if not kept.
  public var projected: [Int32]
}

extension IndexedGraph {
  /// The one-mode projection onto the vertices `keep` accepts (people, say): two kept
  /// vertices are joined when they share at least one neighbour that is *not* kept (an
  /// organization or an event), with weight the number of such shared neighbours
  /// (networkx's `bipartite.weighted_projected_graph`). Edges are followed either way, and
  /// only those that pass `filter`; edges between two kept vertices are ignored.
  ///
  /// Memory of the result: as any `IndexedGraph`, plus 4 bytes per source and per kept
  /// vertex for the two maps.
  /// - Complexity: O(V + E + Σ_m deg(m)²) time over the intermediaries m (a very large
  ///   organization makes the projection quadratic in its size); O(V + P) space for P
  ///   projected edges.
  public func projection(filter: EdgeFilter = .all, keeping keep: (Int32) -> Bool) -> Projection {
    let n = vertexCount
    var projected = [Int32](repeating: -1, count: n)
    var original: [Int32] = []
    for v in 0..<n where keep(Int32(v)) {
      projected[v] = Int32(original.count)
      original.append(Int32(v))
    }
    var builder = GraphBuilder(vertexCount: original.count)
    var shared = [Double](repeating: 0, count: original.count)
    var stamp = [Int32](repeating: -1, count: original.count)
    var touched: [Int32] = []
    // Parallel edges must not count an intermediary twice: `seenVia[m] == p` marks an
    // intermediary already used for p, `lastVia[q] == ticket` a neighbour already counted
    // for this (p, m) visit.
    var seenVia = [Int32](repeating: -1, count: n)
    var lastVia = [Int](repeating: -1, count: original.count)
    var ticket = 0
    withTopology { t in
      for (pi, p) in original.enumerated() {
        touched.removeAll(keepingCapacity: true)
        t.forEachNeighbor(p, .both, filter) { m, _ in
          if projected[Int(m)] >= 0 || seenVia[Int(m)] == p { return }
          seenVia[Int(m)] = p
          ticket += 1
          t.forEachNeighbor(m, .both, filter) { q, _ in
            let qi = Int(projected[Int(q)])
            if qi <= pi { return }  // not kept, p itself, or counted from the other end
            if lastVia[qi] == ticket { return }
            lastVia[qi] = ticket
            if stamp[qi] != Int32(pi) {
              stamp[qi] = Int32(pi)
              shared[qi] = 0
              touched.append(Int32(qi))
            }
            shared[qi] += 1
          }
        }
        touched.sort()
        for q in touched {
          builder.addEdge(from: Int32(pi), to: q, weight: shared[Int(q)], label: 0)
        }
      }
    }
    return Projection(graph: builder.build(), original: original, projected: projected)
  }
}
