extension IndexedGraph {
  /// PageRank with networkx's semantics (`nx.pagerank`).
  ///
  /// Start from 1/V everywhere; each iteration, every vertex passes `alpha` of its score
  /// along its out-edges in proportion to their weight, the score of dangling vertices (no
  /// usable out-edge) is spread uniformly, and `1 - alpha` is spread uniformly too. Stops
  /// when the L1 change drops below `V · tolerance`, returning that iterate as networkx does.
  /// With `directed: false` every edge is followed both ways (networkx on an undirected
  /// graph). Parallel edges add their weights, as in a networkx multigraph.
  ///
  /// On graphs of 65,536 vertices or more, the vertices are split into two fixed halves
  /// computed on two threads; each half sums its own change and dangling score, and the two
  /// sums are added in order, so the result does not depend on thread timing.
  /// - Parameters:
  ///   - alpha: damping factor, in (0, 1].
  ///   - weighted: use edge weights (networkx's default `weight="weight"`), or count every
  ///     edge as 1.
  ///   - tolerance: networkx's `tol`.
  ///   - maxIterations: networkx's `max_iter`.
  /// - Throws: `GraphError.didNotConverge` after `maxIterations` (networkx's
  ///   `PowerIterationFailedConvergence`); `GraphError.invalidArgument` for alpha outside
  ///   (0, 1].
  /// - Complexity: O(V + E) time per iteration, O(V) extra space (32 bytes per vertex).
  /// - References: L. Page, S. Brin, R. Motwani, T. Winograd, "The PageRank citation ranking:
  ///   bringing order to the web", 1999.
  public func pageRank(
    alpha: Double = 0.85, weighted: Bool = true, directed: Bool = true, filter: EdgeFilter = .all,
    tolerance: Double = 1e-6, maxIterations: Int = 100
  ) throws -> CentralityScores {
    guard alpha > 0 && alpha <= 1 else { throw GraphError.invalidArgument("alpha must be in (0, 1]") }
    let n = vertexCount
    if n == 0 { return CentralityScores(values: []) }
    let chunks = n >= 65_536 ? 2 : 1
    // The scores, updated in place (a vertex's old score is read only when computing its
    // new one); 1 / out-strength (0 for dangling vertices); and what each vertex passes
    // along per unit of weight (score · inverse), for the current iterate and the next.
    var x = [Double](repeating: 0, count: n)
    var inverse = [Double](repeating: 0, count: n)
    var share = [Double](repeating: 0, count: n)
    var nextShare = [Double](repeating: 0, count: n)
    var iterations = 0
    var dangling = 0.0
    let converged: Bool = withTopology { t in
      // Per chunk: the L1 change and the dangling score of the new iterate.
      var sums = [PageRankSums](repeating: PageRankSums(), count: chunks)
      func run(starting: Bool) {
        x.withUnsafeMutableBufferPointer { xp in
          inverse.withUnsafeMutableBufferPointer { ip in
            share.withUnsafeMutableBufferPointer { sp in
              nextShare.withUnsafeMutableBufferPointer { nsp in
                sums.withUnsafeMutableBufferPointer { sb in
                  let state = PageRankPass(
                    t: t, x: xp, inverse: ip, share: sp, nextShare: nsp, alpha: alpha,
                    base: (1 - alpha) / Double(n) + alpha * dangling / Double(n), weighted: weighted,
                    directed: directed, filter: filter)
                  let out = SharedBuffer(sb)
                  Parallel.forEachChunk(chunks) { chunk in
                    let range = n * chunk / chunks..<n * (chunk + 1) / chunks
                    out.buffer[chunk] = starting ? state.start(range) : state.pull(range)
                  }
                }
              }
            }
          }
        }
      }
      run(starting: true)
      dangling = sums.reduce(0) { $0 + $1.dangling }
      while iterations < maxIterations {
        iterations += 1
        run(starting: false)
        swap(&share, &nextShare)
        var err = 0.0
        dangling = 0
        for s in sums {
          err += s.change
          dangling += s.dangling
        }
        if err < Double(n) * tolerance { return true }
      }
      return false
    }
    if !converged { throw GraphError.didNotConverge(iterations: maxIterations) }
    return CentralityScores(values: x, iterations: iterations)
  }
}

/// What one chunk of a PageRank pass returns.
private struct PageRankSums {
  var change = 0.0
  var dangling = 0.0
}

/// The arrays of one PageRank pass, shared by the threads that each handle a distinct range
/// of vertices; valid only inside the `withUnsafe…` calls that made it.
private struct PageRankPass: @unchecked Sendable {
  let t: Topology
  let x: UnsafeMutableBufferPointer<Double>
  let inverse: UnsafeMutableBufferPointer<Double>
  let share: UnsafeMutableBufferPointer<Double>
  let nextShare: UnsafeMutableBufferPointer<Double>
  let alpha: Double
  let base: Double
  let weighted: Bool
  let directed: Bool
  let filter: EdgeFilter

  /// The starting point over `range`: scores 1/V, inverse out-strengths, shares; returns
  /// the dangling score.
  func start(_ range: Range<Int>) -> PageRankSums {
    let uniform = 1 / Double(t.vertexCount)
    let fast = !weighted && filter.admitsAll
    var sums = PageRankSums()
    for v in range {
      var strength = 0.0
      if fast {
        strength = Double(t.outOffsets[v + 1] &- t.outOffsets[v])
        if !directed { strength += Double(t.inOffsets[v + 1] &- t.inOffsets[v]) }
      } else {
        t.forEachNeighbor(Int32(truncatingIfNeeded: v), directed ? .outgoing : .both, filter) { _, e in
          strength += weighted ? t.weight(e) : 1
        }
      }
      let inv = strength > 0 ? 1 / strength : 0
      inverse[v] = inv
      x[v] = uniform
      share[v] = uniform * inv
      if inv == 0 { sums.dangling += uniform }
    }
    return sums
  }

  /// One iteration over `range`: new scores pulled along in-edges (and out-edges when
  /// undirected) from the current shares, and the shares of the new scores; returns the L1
  /// change and the dangling score over the range.
  func pull(_ range: Range<Int>) -> PageRankSums {
    var sums = PageRankSums()
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
        t.forEachNeighbor(Int32(truncatingIfNeeded: v), pullFrom, filter) { u, e in
          s += sp[Int(u)] * (weighted ? t.weight(e) : 1)
        }
      }
      let value = alpha * s + base
      sums.change += abs(value - x[v])
      x[v] = value
      let inv = inverse[v]
      nextShare[v] = value * inv
      if inv == 0 { sums.dangling += value }
    }
    return sums
  }
}
