import TiesGraph
import TiesModel

/// The centrality measures `ties rank` and the explorer's `/api/rank` offer, computed as
/// networkx computes them: degree counts every relation; PageRank follows relations in their
/// direction (alpha 0.85, every relation counted once unless weighted); betweenness
/// (normalized, exact unless sampled), closeness and eigenvector walk relations either way.
public enum CentralityMeasure: String, Sendable, Hashable, CaseIterable {
  case degree, pagerank, betweenness, closeness, eigenvector

  /// Whether the measure visits every vertex from every vertex (O(V · E)), too slow to answer
  /// on a large graph while someone waits.
  public var isQuadratic: Bool { self == .betweenness || self == .closeness }

  /// The scores of every vertex of `index`.
  /// - Parameters:
  ///   - weighted: PageRank and eigenvector: use relation weights.
  ///   - samples: betweenness: estimate from this many sampled sources (exact when nil).
  ///   - seed: the seed of that sample.
  /// - Throws: `GraphError.noConvergence` (PageRank, eigenvector), `.invalidArgument`.
  /// - Complexity: O(V + E) degree; O(I · (V + E)) PageRank and eigenvector for I iterations;
  ///   O(V · E) betweenness (O(s · E) sampled) and closeness.
  public func scores(
    _ index: KnowledgeGraphIndex, weighted: Bool = false, samples: Int? = nil, seed: UInt64 = 1
  ) throws -> CentralityScores {
    let g = index.graph
    switch self {
    case .degree: return g.degreeCentrality()
    case .pagerank: return try g.pageRank(weighted: weighted, directed: index.directed)
    case .betweenness: return try g.betweennessCentrality(samples: samples, seed: seed)
    case .closeness: return g.closenessCentrality()
    case .eigenvector: return try g.eigenvectorCentrality(weighted: weighted)
    }
  }
}
