extension IndexedGraph {
  /// Betweenness centrality by Brandes' algorithm, with networkx's normalization
  /// (`betweenness_centrality`, `endpoints=False`, unweighted).
  ///
  /// Counts shortest paths between vertices, not edges: parallel edges (and the two edges of
  /// a reciprocal pair in the undirected view) give one path, as networkx's graphs do.
  /// Exact when `samples` is `nil`; otherwise paths from `samples` source vertices drawn
  /// without replacement with `seed` are counted and scaled as networkx's `k`-sample
  /// estimate scales them (source and non-source vertices differently).
  /// - Parameters:
  ///   - normalized: divide by the number of pairs, `(V-1)(V-2)`, as networkx; otherwise
  ///     unordered pairs are counted once on undirected graphs.
  ///   - directed: follow edge directions (networkx on a digraph), or not.
  ///   - samples: the number of sources `k`, or `nil` for all (exact).
  ///   - seed: the seed of the source sample; same seed, same sources, same scores.
  /// - Throws: `GraphError.invalidArgument` for `samples < 1`.
  /// - Complexity: O(S · (V + E)) time for S sources (S = V when exact), O(V) space.
  /// - References: U. Brandes, "A faster algorithm for betweenness centrality", 2001;
  ///   U. Brandes, C. Pich, "Centrality estimation in large networks", 2007.
  public func betweennessCentrality(
    normalized: Bool = true, directed: Bool = false, samples: Int? = nil, seed: UInt64 = 0,
    filter: EdgeFilter = .all
  ) throws -> CentralityScores {
    let n = vertexCount
    var sources: [Int32]
    var sampled = false
    if let k = samples, k < n {
      guard k >= 1 else { throw GraphError.invalidArgument("samples must be at least 1, got \(k)") }
      var all = (0..<Int32(n)).map { $0 }
      var rng = SplitMix64(seed: seed)
      for i in 0..<k { all.swapAt(i, i + rng.below(n - i)) }
      sources = Array(all[0..<k])
      sampled = true
    } else {
      sources = (0..<Int32(n)).map { $0 }
    }
    var scores = [Double](repeating: 0, count: n)
    let direction: EdgeDirection = directed ? .outgoing : .both
    withTopology { t in
      var dist = [Int32](repeating: -1, count: n)
      var sigma = [Double](repeating: 0, count: n)
      var delta = [Double](repeating: 0, count: n)
      var order = [Int32](repeating: 0, count: n)
      var lastSeen = [Int32](repeating: -1, count: n)
      scores.withUnsafeMutableBufferPointer { bc in
        dist.withUnsafeMutableBufferPointer { dp in
          sigma.withUnsafeMutableBufferPointer { sg in
            delta.withUnsafeMutableBufferPointer { dl in
              order.withUnsafeMutableBufferPointer { q in
                lastSeen.withUnsafeMutableBufferPointer { seen in
                  for s in sources {
                    IndexedGraph.brandesSource(
                      t, s, direction, filter, bc: bc, dist: dp, sigma: sg, delta: dl, order: q,
                      seen: seen)
                  }
                }
              }
            }
          }
        }
      }
    }
    rescaleBetweenness(&scores, normalized: normalized, directed: directed, sampled: sampled ? sources : nil)
    return CentralityScores(values: scores)
  }

  /// One source of Brandes' algorithm: BFS counting shortest paths, then dependencies
  /// accumulated in reverse BFS order. Leaves `dist`, `sigma`, `delta` and `seen` reset.
  @inline(__always)
  static func brandesSource(
    _ t: Topology, _ s: Int32, _ direction: EdgeDirection, _ filter: EdgeFilter,
    bc: UnsafeMutableBufferPointer<Double>, dist: UnsafeMutableBufferPointer<Int32>,
    sigma: UnsafeMutableBufferPointer<Double>, delta: UnsafeMutableBufferPointer<Double>,
    order: UnsafeMutableBufferPointer<Int32>, seen: UnsafeMutableBufferPointer<Int32>
  ) {
    dist[Int(s)] = 0
    sigma[Int(s)] = 1
    order[0] = s
    var head = 0
    var tail = 1
    while head < tail {
      let v = order[head]
      head &+= 1
      let dv = dist[Int(v)]
      let sv = sigma[Int(v)]
      t.forEachNeighbor(v, direction, filter) { w, _ in
        let wi = Int(w)
        if seen[wi] == v { return }  // a parallel edge: same path
        seen[wi] = v
        if dist[wi] < 0 {
          dist[wi] = dv &+ 1
          order[tail] = w
          tail &+= 1
        }
        if dist[wi] == dv &+ 1 { sigma[wi] += sv }
      }
    }
    // `seen` now holds parents; clear it for the backward pass, which uses it likewise.
    for i in 0..<tail { seen[Int(order[i])] = -1 }
    let back = direction.reversed
    var i = tail - 1
    while i > 0 {
      let w = order[i]
      i -= 1
      let wi = Int(w)
      let dw = dist[wi]
      let coeff = (1 + delta[wi]) / sigma[wi]
      t.forEachNeighbor(w, back, filter) { v, _ in
        let vi = Int(v)
        if dist[vi] != dw &- 1 || dw == 0 { return }
        if seen[vi] == w { return }
        seen[vi] = w
        delta[vi] += sigma[vi] * coeff
      }
      bc[wi] += delta[wi]
    }
    for k in 0..<tail {
      let v = Int(order[k])
      dist[v] = -1
      sigma[v] = 0
      delta[v] = 0
      seen[v] = -1
    }
  }

  /// networkx's `_rescale` with `endpoints=False`.
  func rescaleBetweenness(_ bc: inout [Double], normalized: Bool, directed: Bool, sampled: [Int32]?) {
    let n = vertexCount
    let bigN = n - 1
    if bigN < 2 { return }
    let correction = directed ? 1.0 : 2.0
    guard let sampled else {
      let scale = normalized ? 1 / (Double(bigN) * Double(bigN - 1)) : 1 / correction
      if scale != 1 { for v in 0..<n { bc[v] *= scale } }
      return
    }
    let k = Double(sampled.count)
    let scaleSource: Double
    let scaleOther: Double
    if normalized {
      scaleSource = k > 1 ? 1 / ((k - 1) * Double(bigN - 1)) : .nan
      scaleOther = 1 / (k * Double(bigN - 1))
    } else {
      scaleSource = k > 1 ? Double(bigN) / ((k - 1) * correction) : .nan
      scaleOther = Double(bigN) / (k * correction)
    }
    var isSource = [Bool](repeating: false, count: n)
    for s in sampled { isSource[Int(s)] = true }
    for v in 0..<n { bc[v] *= isSource[v] ? scaleSource : scaleOther }
  }
}
