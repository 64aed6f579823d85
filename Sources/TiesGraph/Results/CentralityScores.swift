/// One score per vertex, from a centrality measure.
public struct CentralityScores: Sendable, Hashable {
  /// `values[v]` is the score of vertex `v`.
  public var values: [Double]
  /// Iterations used, for power-iteration measures (PageRank, eigenvector); 0 otherwise.
  public var iterations: Int

  public init(values: [Double], iterations: Int = 0) {
    self.values = values
    self.iterations = iterations
  }

  public subscript(v: Int32) -> Double { values[Int(v)] }

  /// The `n` highest-scoring vertices, best first, ties broken by vertex index; restricted
  /// to the vertices `include` accepts (for example one entity type).
  /// - Complexity: O(V log V).
  public func top(_ n: Int, where include: (Int32) -> Bool = { _ in true }) -> [RankedVertex] {
    var ranked: [RankedVertex] = []
    for (v, s) in values.enumerated() where include(Int32(v)) {
      ranked.append(RankedVertex(vertex: Int32(v), score: s))
    }
    ranked.sort { $0.score > $1.score || ($0.score == $1.score && $0.vertex < $1.vertex) }
    return Array(ranked.prefix(max(n, 0)))
  }
}

/// A vertex with its score.
public struct RankedVertex: Sendable, Hashable {
  public var vertex: Int32
  public var score: Double
}
