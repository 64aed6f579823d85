/// The vertices within some hops of a centre: an ego network's vertex set.
public struct Neighborhood: Sendable, Hashable {
  public var center: Int32
  public var radius: Int
  /// Reached vertices in BFS order, the centre first.
  public var vertices: [Int32]
  /// `distances[i]` is the hop distance of `vertices[i]` from the centre.
  public var distances: [Int32]
}

extension IndexedGraph {
  /// Every vertex within `radius` hops of `center` (networkx's `ego_graph` vertex set).
  /// - Parameters:
  ///   - radius: at least 0.
  ///   - direction: `.both` (default) ignores edge direction.
  /// - Throws: `GraphError.vertexNotFound`, `GraphError.invalidArgument` for a negative radius.
  /// - Complexity: O(V) space, and time O(V) plus the edges of the vertices reached.
  public func neighborhood(
    of center: Int32, radius: Int, filter: EdgeFilter = .all, direction: EdgeDirection = .both
  ) throws -> Neighborhood {
    guard radius >= 0 else { throw GraphError.invalidArgument("radius must be at least 0") }
    let r = try bfs(from: center, direction: direction, filter: filter, maxDepth: radius)
    return Neighborhood(
      center: center, radius: radius, vertices: r.order, distances: r.order.map { r.distances[Int($0)] })
  }
}
