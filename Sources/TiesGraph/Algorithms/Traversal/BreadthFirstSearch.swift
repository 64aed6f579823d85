/// What a breadth-first search from one vertex found.
public struct BFSResult: Sendable, Hashable {
  /// The source vertex.
  public var source: Int32
  /// Vertices in the order they were reached (the source first).
  public var order: [Int32]
  /// Hop distance from the source per vertex, `-1` where unreached.
  public var distances: [Int32]
  /// The edge through which each vertex was first reached, `-1` for the source and unreached.
  public var parentEdges: [Int32]

  /// Whether `v` was reached.
  public func reached(_ v: Int32) -> Bool { distances[Int(v)] >= 0 }
}

extension IndexedGraph {
  /// Breadth-first search from `source`, visiting neighbours in storage order.
  /// - Parameters:
  ///   - direction: `.outgoing` (default, networkx's `bfs_tree` on a digraph), `.incoming`,
  ///     or `.both` for the undirected view.
  ///   - filter: the edges that may be followed.
  ///   - maxDepth: stop at this many hops (`nil`: no limit).
  /// - Throws: `GraphError.vertexNotFound`.
  /// - Complexity: O(V + E) time, O(V) space.
  public func bfs(
    from source: Int32, direction: EdgeDirection = .outgoing, filter: EdgeFilter = .all,
    maxDepth: Int? = nil
  ) throws -> BFSResult {
    try check(source)
    var distances = [Int32](repeating: -1, count: vertexCount)
    var parents = [Int32](repeating: -1, count: vertexCount)
    var order = [Int32](repeating: 0, count: vertexCount)
    let count = withTopology { t in
      distances.withUnsafeMutableBufferPointer { dist in
        parents.withUnsafeMutableBufferPointer { par in
          order.withUnsafeMutableBufferPointer { queue in
            IndexedGraph.breadthFirst(
              t, source: source, direction: direction, filter: filter,
              maxDepth: Int32(clamping: maxDepth ?? Int(Int32.max)), dist: dist, parent: par, queue: queue)
          }
        }
      }
    }
    order.removeLast(order.count - count)
    return BFSResult(source: source, order: order, distances: distances, parentEdges: parents)
  }

  /// The BFS kernel: fills `dist` (which must hold -1 for unvisited vertices), `parent` and
  /// `queue`, and returns how many vertices it reached.
  /// - Complexity: O(reached vertices + their edges).
  @inline(__always)
  static func breadthFirst(
    _ t: Topology, source: Int32, direction: EdgeDirection, filter: EdgeFilter, maxDepth: Int32,
    dist: UnsafeMutableBufferPointer<Int32>, parent: UnsafeMutableBufferPointer<Int32>?,
    queue: UnsafeMutableBufferPointer<Int32>
  ) -> Int {
    dist[Int(source)] = 0
    queue[0] = source
    var head = 0
    var tail = 1
    let all = filter.admitsAll
    while head < tail {
      let v = Int(queue[head])
      head &+= 1
      let dv = dist[v]
      if dv >= maxDepth { continue }
      let dn = dv &+ 1
      if direction != .incoming {
        var k = Int(t.outOffsets[v])
        let stop = Int(t.outOffsets[v + 1])
        while k < stop {
          let w = Int(t.outTargets[k])
          if dist[w] < 0 && (all || filter.allows(t.labels[k])) {
            dist[w] = dn
            parent?[w] = Int32(truncatingIfNeeded: k)
            queue[tail] = Int32(truncatingIfNeeded: w)
            tail &+= 1
          }
          k &+= 1
        }
      }
      if direction != .outgoing {
        var k = Int(t.inOffsets[v])
        let stop = Int(t.inOffsets[v + 1])
        while k < stop {
          let w = Int(t.inSources[k])
          if dist[w] < 0 && (all || filter.allows(t.labels[Int(t.inEdges[k])])) {
            dist[w] = dn
            parent?[w] = t.inEdges[k]
            queue[tail] = Int32(truncatingIfNeeded: w)
            tail &+= 1
          }
          k &+= 1
        }
      }
    }
    return tail
  }
}
