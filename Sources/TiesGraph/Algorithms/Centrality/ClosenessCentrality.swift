extension IndexedGraph {
  /// Closeness centrality as networkx's `closeness_centrality` with `wf_improved=True`.
  ///
  /// For a vertex u reaching r other vertices (itself excluded) at total distance d:
  /// `(r / d) · (r / (V - 1))`, the Wasserman–Faust correction for disconnected graphs;
  /// 0 when it reaches nothing. With `directed: true` distances are measured *to* u along
  /// edge directions (networkx on a digraph); otherwise edges are walked either way.
  /// - Complexity: O(V · (V + E)) time (one BFS per vertex), O(V) space.
  /// - References: S. Wasserman, K. Faust, "Social Network Analysis", 1994.
  public func closenessCentrality(directed: Bool = false, filter: EdgeFilter = .all) -> CentralityScores {
    let n = vertexCount
    var scores = [Double](repeating: 0, count: n)
    if n <= 1 { return CentralityScores(values: scores) }
    let direction: EdgeDirection = directed ? .incoming : .both
    var dist = [Int32](repeating: -1, count: n)
    var queue = [Int32](repeating: 0, count: n)
    withTopology { t in
      dist.withUnsafeMutableBufferPointer { dp in
        queue.withUnsafeMutableBufferPointer { qp in
          for u in 0..<n {
            let reached = IndexedGraph.breadthFirst(
              t, source: Int32(u), direction: direction, filter: filter, maxDepth: Int32.max,
              dist: dp, parent: nil, queue: qp)
            var total = 0
            for i in 0..<reached {
              let v = Int(qp[i])
              total += Int(dp[v])
              dp[v] = -1
            }
            if total > 0 {
              let r = Double(reached - 1)
              scores[u] = (r / Double(total)) * (r / Double(n - 1))
            }
          }
        }
      }
    }
    return CentralityScores(values: scores)
  }
}
