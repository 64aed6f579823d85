import Dispatch

extension IndexedGraph {
  /// PageRank with networkx's semantics (`nx.pagerank`).
  ///
  /// Start from 1/V everywhere; each iteration, every vertex passes `alpha` of its score
  /// along its out-edges in proportion to their weight, the score of dangling vertices (no
  /// usable out-edge) is spread uniformly, and `1 - alpha` is spread uniformly too. Stops
  /// when the L1 change drops below `V · tolerance`, returning that iterate as networkx does.
  /// With `directed: false` every edge is followed both ways (networkx on an undirected
  /// graph). Parallel edges add their weights, as in a networkx multigraph.
  /// - Parameters:
  ///   - alpha: damping factor, in (0, 1].
  ///   - weighted: use edge weights (networkx's default `weight="weight"`), or count every
  ///     edge as 1.
  ///   - tolerance: networkx's `tol`.
  ///   - maxIterations: networkx's `max_iter`.
  /// - Throws: `GraphError.didNotConverge` after `maxIterations` (networkx's
  ///   `PowerIterationFailedConvergence`); `GraphError.invalidArgument` for alpha outside
  ///   (0, 1].
  /// - Complexity: O(V + E) time per iteration, O(V) extra space.
  /// - References: L. Page, S. Brin, R. Motwani, T. Winograd, "The PageRank citation ranking:
  ///   bringing order to the web", 1999.
  public func pageRank(
    alpha: Double = 0.85, weighted: Bool = true, directed: Bool = true, filter: EdgeFilter = .all,
    tolerance: Double = 1e-6, maxIterations: Int = 100
  ) throws -> CentralityScores {
    guard alpha > 0 && alpha <= 1 else { throw GraphError.invalidArgument("alpha must be in (0, 1]") }
    let n = vertexCount
    if n == 0 { return CentralityScores(values: []) }
    // Out-strength per vertex.
    var strength = [Double](repeating: 0, count: n)
    for e in 0..<edgeCount where filter.allows(labels[e]) {
      let w = weighted ? weights[e] : 1
      strength[Int(edgeSources[e])] += w
      if !directed { strength[Int(edgeTargets[e])] += w }
    }
    var inverse = strength.map { $0 > 0 ? 1 / $0 : 0 }
    var x = [Double](repeating: 1 / Double(n), count: n)
    var next = [Double](repeating: 0, count: n)
    var share = [Double](repeating: 0, count: n)
    let uniform = 1 / Double(n)
    var iterations = 0
    let converged: Bool = withTopology { t in
      while iterations < maxIterations {
        iterations += 1
        var dangling = 0.0
        x.withUnsafeBufferPointer { xp in
          share.withUnsafeMutableBufferPointer { sp in
            inverse.withUnsafeMutableBufferPointer { ip in
              for v in 0..<n {
                if strength[v] == 0 { dangling += xp[v] }
                sp[v] = xp[v] * ip[v]
              }
            }
          }
        }
        let base = (1 - alpha) * uniform + alpha * dangling * uniform
        var err = 0.0
        share.withUnsafeBufferPointer { sp in
          next.withUnsafeMutableBufferPointer { np in
            x.withUnsafeBufferPointer { xp in
              // Vertices are split into a fixed number of chunks, each summing its own error;
              // the sum over chunks runs in chunk order, so the result never depends on threads.
              let chunks = n >= 65_536 ? 2 : 1
              var errors = [Double](repeating: 0, count: chunks)
              errors.withUnsafeMutableBufferPointer { eb in
                let shared = SharedPageRankState(
                  t: t, share: sp, next: np, x: xp, errors: eb, alpha: alpha, base: base,
                  weighted: weighted, directed: directed, filter: filter)
                DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                  shared.errors[chunk] = shared.pull(n * chunk / chunks..<n * (chunk + 1) / chunks)
                }
              }
              for e in errors { err += e }
            }
          }
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

/// What one PageRank iteration reads and writes, shared by the threads that each compute a
/// distinct range of vertices; valid only inside the `withUnsafe…` calls that made it.
private struct SharedPageRankState: @unchecked Sendable {
  let t: Topology
  let share: UnsafeBufferPointer<Double>
  let next: UnsafeMutableBufferPointer<Double>
  let x: UnsafeBufferPointer<Double>
  let errors: UnsafeMutableBufferPointer<Double>
  let alpha: Double
  let base: Double
  let weighted: Bool
  let directed: Bool
  let filter: EdgeFilter

  /// Computes the new scores of `range` by pulling along in-edges (and out-edges when
  /// undirected); returns the L1 change over the range.
  func pull(_ range: Range<Int>) -> Double {
    var err = 0.0
    let sp = share
    let fast = !weighted && filter.admitsAll
    let pullFrom: EdgeDirection = directed ? .incoming : .both
    for v in range {
      var s = 0.0
      if fast {
        var k = Int(t.inOffsets[v])
        let stop = Int(t.inOffsets[v + 1])
        while k < stop {
          s += sp[Int(t.inSources[k])]
          k &+= 1
        }
        if !directed {
          var k = Int(t.outOffsets[v])
          let stop = Int(t.outOffsets[v + 1])
          while k < stop {
            s += sp[Int(t.outTargets[k])]
            k &+= 1
          }
        }
      } else {
        t.forEachNeighbor(Int32(v), pullFrom, filter) { u, e in
          s += sp[Int(u)] * (weighted ? t.weights[Int(e)] : 1)
        }
      }
      let value = alpha * s + base
      next[v] = value
      err += abs(value - x[v])
    }
    return err
  }
}
