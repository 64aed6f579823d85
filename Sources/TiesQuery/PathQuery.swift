import TiesGraph
import TiesModel

/// A question "how are these two entities connected?", as `ties path` and the explorer's path
/// page ask it: which paths, through which predicates, how many, how long.
///
/// Edges are walked either way. By default one shortest path (fewest hops, bidirectional
/// search); `weighted` prefers strong ties (cost 1/weight, Dijkstra); `k` > 1 lists the k
/// shortest simple paths (Yen); `all` lists every shortest path, at most `maxPaths`.
public struct PathQuery: Sendable, Hashable {
  /// Use only these predicates; empty uses all.
  public var via: [Predicate]
  /// How many shortest simple paths to list.
  public var k: Int
  /// List every shortest path (fewest hops), at most `maxPaths`.
  public var all: Bool
  /// Prefer strong ties: an edge costs 1/weight.
  public var weighted: Bool
  /// Drop paths longer than this many hops.
  public var maxHops: Int?
  /// The most paths `all` lists.
  public var maxPaths: Int

  public init(
    via: [Predicate] = [], k: Int = 1, all: Bool = false, weighted: Bool = false, maxHops: Int? = nil,
    maxPaths: Int = 1_000
  ) {
    self.via = via
    self.k = k
    self.all = all
    self.weighted = weighted
    self.maxHops = maxHops
    self.maxPaths = maxPaths
  }

  /// The requested paths from `a` to `b`; empty when there is none (within `maxHops`).
  /// - Parameter finder: a `PathFinder` of `index.graph` to search with; nil makes one, which
  ///   costs O(V + E) (a server answering many questions keeps its finders).
  /// - Throws: `GraphError.vertexNotFound`, or `.invalidArgument` for a predicate code a filter
  ///   cannot select or a `k` below 1.
  /// - Complexity: O(V + E) for one shortest path; O((V + E) log V) weighted; Yen's k paths
  ///   cost k · L such searches for paths of L hops; `all` O(V + E) plus the paths listed.
  public func paths(
    in index: KnowledgeGraphIndex, from a: Int32, to b: Int32, finder: PathFinder? = nil
  ) throws -> [GraphPath] {
    let filter = via.isEmpty ? EdgeFilter.all : try index.filter(via)
    let g = index.graph
    var paths: [GraphPath]
    do {
      if all {
        paths = try g.allShortestPaths(from: a, to: b, filter: filter, maxPaths: maxPaths)
      } else if k > 1 {
        paths = try g.kShortestPaths(
          from: a, to: b, k: k, weight: weighted ? .reciprocalWeight : .hops, filter: filter)
      } else if weighted {
        paths = [try g.shortestPath(from: a, to: b, weight: .reciprocalWeight, filter: filter)]
      } else {
        let finder = finder ?? PathFinder(graph: g)
        paths = [try finder.shortestPath(from: a, to: b, filter: filter, maxHops: maxHops)]
      }
    } catch GraphError.noPath {
      return []
    }
    if let maxHops { paths.removeAll { $0.hops > maxHops } }
    return paths
  }
}
