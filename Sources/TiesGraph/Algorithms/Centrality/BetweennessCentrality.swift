import Dispatch

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
    let direction: EdgeDirection = directed ? .outgoing : .both
    let dedupe = hasParallelEdges(direction: direction, filter: filter)
    // Sources are split into a fixed number of chunks (not one per core), so the summation
    // order, and hence the result, is the same on every machine.
    let chunks = sources.count >= 32 && n >= 4_096 ? 2 : 1
    var partial = [[Double]](repeating: [], count: chunks)
    let chosen = sources
    withTopology { t in
      partial.withUnsafeMutableBufferPointer { buffer in
        // Each chunk writes only its own element; the graph is only read.
        let out = SharedBuffer(buffer)
        let topology = SharedTopology(t)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
          let lo = chosen.count * chunk / chunks
          let hi = chosen.count * (chunk + 1) / chunks
          out.buffer[chunk] = IndexedGraph.brandes(
            topology.t, sources: chosen[lo..<hi], direction: direction, filter: filter, dedupe: dedupe)
        }
      }
    }
    var scores = partial[0]
    for chunk in 1..<chunks {
      for v in 0..<n { scores[v] += partial[chunk][v] }
    }
    rescaleBetweenness(&scores, normalized: normalized, directed: directed, sampled: sampled ? sources : nil)
    return CentralityScores(values: scores)
  }

  /// Brandes' accumulation from each of `sources`, with its own scratch space.
  static func brandes(
    _ t: Topology, sources: ArraySlice<Int32>, direction: EdgeDirection, filter: EdgeFilter, dedupe: Bool
  ) -> [Double] {
    let n = t.vertexCount
    var scores = [Double](repeating: 0, count: n)
    var dist = [Int32](repeating: -1, count: n)
    var sigma = [Double](repeating: 0, count: n)
    var delta = [Double](repeating: 0, count: n)
    var order = [Int32](repeating: 0, count: n)
    var lastSeen = [Int32](repeating: -1, count: dedupe ? n : 0)
    scores.withUnsafeMutableBufferPointer { bc in
      dist.withUnsafeMutableBufferPointer { dp in
        sigma.withUnsafeMutableBufferPointer { sg in
          delta.withUnsafeMutableBufferPointer { dl in
            order.withUnsafeMutableBufferPointer { q in
              lastSeen.withUnsafeMutableBufferPointer { seen in
                for s in sources {
                  brandesSource(
                    t, s, direction, filter, bc: bc, dist: dp, sigma: sg, delta: dl, order: q,
                    seen: dedupe ? seen : nil)
                }
              }
            }
          }
        }
      }
    }
    return scores
  }

  /// Whether some vertex reaches some neighbour through two edges (parallel edges, or a
  /// reciprocal pair seen undirected); loops do not count.
  /// - Complexity: O(V + E).
  func hasParallelEdges(direction: EdgeDirection, filter: EdgeFilter) -> Bool {
    var seen = [Int32](repeating: -1, count: vertexCount)
    return withTopology { t in
      seen.withUnsafeMutableBufferPointer { mark in
        for v in 0..<Int32(vertexCount) {
          var found = false
          t.forEachNeighbor(v, direction, filter) { w, _ in
            if w == v { return }
            if mark[Int(w)] == v { found = true }
            mark[Int(w)] = v
          }
          if found { return true }
        }
        return false
      }
    }
  }

  /// One source of Brandes' algorithm: BFS counting shortest paths, then dependencies
  /// accumulated in reverse BFS order. Leaves `dist`, `sigma`, `delta` and `seen` reset.
  @inline(__always)
  static func brandesSource(
    _ t: Topology, _ s: Int32, _ direction: EdgeDirection, _ filter: EdgeFilter,
    bc: UnsafeMutableBufferPointer<Double>, dist: UnsafeMutableBufferPointer<Int32>,
    sigma: UnsafeMutableBufferPointer<Double>, delta: UnsafeMutableBufferPointer<Double>,
    order: UnsafeMutableBufferPointer<Int32>, seen: UnsafeMutableBufferPointer<Int32>?
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
        if let seen {
          if seen[wi] == v { return }  // a parallel edge: same path
          seen[wi] = v
        }
        if dist[wi] < 0 {
          dist[wi] = dv &+ 1
          order[tail] = w
          tail &+= 1
        }
        if dist[wi] == dv &+ 1 { sigma[wi] += sv }
      }
    }
    // `seen` now holds parents; clear it for the backward pass, which uses it likewise.
    if let seen { for i in 0..<tail { seen[Int(order[i])] = -1 } }
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
        if let seen {
          if seen[vi] == w { return }
          seen[vi] = w
        }
        delta[vi] += sigma[vi] * coeff
      }
      bc[wi] += delta[wi]
    }
    for k in 0..<tail {
      let v = Int(order[k])
      dist[v] = -1
      sigma[v] = 0
      delta[v] = 0
      seen?[v] = -1
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

/// A buffer shared by worker threads that each write distinct elements; valid only within
/// the `withUnsafe…` call that produced it.
struct SharedBuffer<Element>: @unchecked Sendable {
  let buffer: UnsafeMutableBufferPointer<Element>
  init(_ buffer: UnsafeMutableBufferPointer<Element>) { self.buffer = buffer }
}

/// The graph's read-only pointers, shared by worker threads inside `withTopology`.
struct SharedTopology: @unchecked Sendable {
  let t: Topology
  init(_ t: Topology) { self.t = t }
}
