/// A partition of the vertices into connected components.
public struct ComponentLabels: Sendable, Hashable {
  /// `labels[v]` is the component of `v`, numbered `0..<count` in order of each component's
  /// smallest vertex (the order networkx's `connected_components` yields them).
  public var labels: [Int32]
  /// Vertices per component, indexed by label.
  public var sizes: [Int]

  /// Number of components.
  public var count: Int { sizes.count }

  /// The label of the largest component (the lowest label among equals), `nil` when empty.
  public var largest: Int32? {
    guard let best = sizes.indices.max(by: { sizes[$0] < sizes[$1] || (sizes[$0] == sizes[$1] && $0 > $1) })
    else { return nil }
    return Int32(best)
  }

  /// The vertices of each component, ascending, components in label order.
  /// - Complexity: O(V).
  public func members() -> [[Int32]] {
    var out = sizes.map { s -> [Int32] in
      var a: [Int32] = []
      a.reserveCapacity(s)
      return a
    }
    for (v, c) in labels.enumerated() { out[Int(c)].append(Int32(v)) }
    return out
  }
}
