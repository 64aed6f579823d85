/// A vertex that lies on shortest paths between members of a set.
public struct Broker: Sendable, Hashable {
  public var vertex: Int32
  /// How many unordered pairs of the set have a shortest path through `vertex`.
  public var pairs: Int
}

extension IndexedGraph {
  /// The vertices that connect members of `set`: for every unordered pair of members joined
  /// by some path, each vertex (other than the pair) on any of their shortest paths counts
  /// that pair once. Ranked by pairs connected (descending), then vertex index. With a
  /// directed `direction`, ordered pairs are counted instead (a→b and b→a separately).
  ///
  /// A vertex `w` lies on a shortest path from `a` to `b` exactly when
  /// `d(a, w) + d(w, b) == d(a, b)`; one BFS per member (two when directed) gives every
  /// distance.
  /// - Parameters:
  ///   - set: the members (duplicates ignored); members may be brokers of other pairs.
  ///   - direction: `.both` (default) ignores edge direction.
  /// - Throws: `GraphError.vertexNotFound` for an unknown member.
  /// - Complexity: O(m · (V + E) + m² · V) time and O(m · V) space for m members.
  public func brokers(
    between set: [Int32], filter: EdgeFilter = .all, direction: EdgeDirection = .both
  ) throws -> [Broker] {
    let members = Array(Set(set)).sorted()
    for m in members { try check(m) }
    let from = try members.map {
      try bfs(from: $0, direction: direction, filter: filter).distances
    }
    let to =
      direction == .both
      ? from
      : try members.map { try bfs(from: $0, direction: direction.reversed, filter: filter).distances }
    var counts = [Int](repeating: 0, count: vertexCount)
    for i in 0..<members.count {
      for j in 0..<members.count where j != i && (direction != .both || j > i) {
        let total = from[i][Int(members[j])]
        if total < 0 { continue }
        let a = members[i]
        let b = members[j]
        from[i].withUnsafeBufferPointer { da in
          to[j].withUnsafeBufferPointer { db in
            for w in 0..<vertexCount where da[w] >= 0 && db[w] >= 0 && da[w] + db[w] == total {
              if w != Int(a) && w != Int(b) { counts[w] += 1 }
            }
          }
        }
      }
    }
    var result: [Broker] = []
    for w in 0..<vertexCount where counts[w] > 0 {
      result.append(Broker(vertex: Int32(w), pairs: counts[w]))
    }
    result.sort { $0.pairs > $1.pairs || ($0.pairs == $1.pairs && $0.vertex < $1.vertex) }
    return result
  }
}
