/// A walk through an `IndexedGraph`: the vertices in order and the edge taken at each hop.
///
/// `edges[i]` joins `vertices[i]` and `vertices[i + 1]` (in either direction when the search
/// treated the graph as undirected), so `edges.count == vertices.count - 1`.
public struct GraphPath: Hashable, Sendable {
  public var vertices: [Int32]
  public var edges: [Int32]
  /// The summed edge cost (the hop count for unweighted searches).
  public var cost: Double

  public init(vertices: [Int32], edges: [Int32], cost: Double) {
    precondition(edges.count + 1 == vertices.count, "a path has one edge fewer than vertices")
    self.vertices = vertices
    self.edges = edges
    self.cost = cost
  }

  /// Number of edges.
  public var hops: Int { edges.count }
}
