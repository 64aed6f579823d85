/// Which edges an algorithm may use, by edge label (predicate code): a view without copying.
///
/// Labels `0..<64` can be selected one by one; `EdgeFilter.all` admits every edge, whatever its
/// label. A filter is passed to each algorithm as an argument, so one `IndexedGraph` serves
/// every view (affiliations only, attendance only, …).
public struct EdgeFilter: Hashable, Sendable {
  /// Bit `l` set: label `l` is allowed.
  public let mask: UInt64
  /// When set, every edge passes, including labels ≥ 64.
  public let admitsAll: Bool

  /// Every edge.
  public static let all = EdgeFilter(mask: ~0, admitsAll: true)

  private init(mask: UInt64, admitsAll: Bool) {
    self.mask = mask
    self.admitsAll = admitsAll
  }

  /// Only edges whose label is one of `labels`.
  /// - Precondition: every label is below 64.
  public init<S: Sequence>(labels: S) where S.Element == UInt16 {
    var m: UInt64 = 0
    for l in labels {
      precondition(l < 64, "EdgeFilter selects labels 0..<64 only")
      m |= 1 << UInt64(l)
    }
    self.init(mask: m, admitsAll: false)
  }

  /// Whether an edge with `label` passes.
  /// - Complexity: O(1).
  @inlinable
  public func allows(_ label: UInt16) -> Bool {
    admitsAll || (label < 64 && (mask >> UInt64(label)) & 1 == 1)
  }
}

/// Which way edges are followed.
public enum EdgeDirection: Sendable, Hashable {
  /// From source to target only.
  case outgoing
  /// From target to source only.
  case incoming
  /// Both ways: the graph treated as undirected.
  case both

  /// The direction that walks the same edges backwards.
  public var reversed: EdgeDirection {
    switch self {
    case .outgoing: return .incoming
    case .incoming: return .outgoing
    case .both: return .both
    }
  }
}
