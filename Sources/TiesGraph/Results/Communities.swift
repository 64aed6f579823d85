/// A partition of the vertices into communities, with its modularity.
public struct Communities: Sendable, Hashable {
  /// `labels[v]` is the community of `v`, numbered `0..<count` in order of each
  /// community's smallest vertex.
  public var labels: [Int32]
  /// Number of communities.
  public var count: Int
  /// Newman's modularity of the partition, as networkx's `community.modularity` computes it.
  public var modularity: Double
  /// Aggregation levels performed.
  public var levels: Int

  /// The vertices of each community, ascending, in label order.
  /// - Complexity: O(V).
  public func members() -> [[Int32]] {
    var out = [[Int32]](repeating: [], count: count)
    for (v, c) in labels.enumerated() { out[Int(c)].append(Int32(v)) }
    return out
  }
}
