extension IndexedGraph {
  /// Eigenvector centrality by power iteration, as networkx's `eigenvector_centrality`.
  ///
  /// Starts from 1/V everywhere and iterates x ← (A + I)·x normalized to unit Euclidean
  /// length, where a vertex collects the scores of the vertices with edges into it (networkx
  /// on a digraph: the left eigenvector) or of all its neighbours with `directed: false`;
  /// stops when the L1 change drops below `V · tolerance`.
  /// - Parameters:
  ///   - weighted: use edge weights (networkx's `weight="weight"`); default false, as
  ///     networkx's `weight=None`.
  /// - Throws: `GraphError.didNotConverge` (networkx's `PowerIterationFailedConvergence`);
  ///   `GraphError.invalidArgument` for an empty graph.
  /// - Complexity: O(V + E) time per iteration, O(V) extra space.
  /// - References: P. Bonacich, "Power and centrality: a family of measures", 1987.
  public func eigenvectorCentrality(
    directed: Bool = false, weighted: Bool = false, filter: EdgeFilter = .all,
    tolerance: Double = 1e-6, maxIterations: Int = 100
  ) throws -> CentralityScores {
    let n = vertexCount
    guard n > 0 else { throw GraphError.invalidArgument("eigenvector centrality of an empty graph") }
    let pullFrom: EdgeDirection = directed ? .incoming : .both
    var x = [Double](repeating: 1 / Double(n), count: n)
    var next = [Double](repeating: 0, count: n)
    var iterations = 0
    let converged: Bool = withTopology { t in
      while iterations < maxIterations {
        iterations += 1
        var norm2 = 0.0
        x.withUnsafeBufferPointer { xp in
          next.withUnsafeMutableBufferPointer { np in
            for v in 0..<n {
              var s = xp[v]
              t.forEachNeighbor(Int32(v), pullFrom, filter) { u, e in
                s += xp[Int(u)] * (weighted ? t.weight(e) : 1)
              }
              np[v] = s
              norm2 += s * s
            }
          }
        }
        let norm = norm2 > 0 ? norm2.squareRoot() : 1
        var err = 0.0
        for v in 0..<n {
          next[v] /= norm
          err += abs(next[v] - x[v])
        }
        swap(&x, &next)
        if err < Double(n) * tolerance { return true }
      }
      return false
    }
    if !converged { throw GraphError.didNotConverge(iterations: maxIterations) }
    return CentralityScores(values: x, iterations: iterations)
  }
}
