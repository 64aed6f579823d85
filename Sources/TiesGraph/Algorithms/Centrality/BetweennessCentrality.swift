extension IndexedGraph {
  /// Betweenness centrality by Brandes' algorithm, with networkx's normalization
  /// (`betweenness_centrality`, `endpoints=False`, unweighted).
  ///
  /// Counts shortest paths between vertices, not edges: parallel edges (and the two edges of
  /// a reciprocal pair in the undirected view) give one path, as networkx's graphs do.
  /// Exact when `samples` is `nil`; otherwise paths from `samples` source vertices drawn
  /// without replacement with `seed` are counted and scaled as networkx's `k`-sample
  /// estimate scales them (source and non-source vertices differently).
  ///
  /// The sources are split into two fixed halves, run on two threads, and the halves' sums
  /// are added in order: the result does not depend on thread timing or on the machine.
  /// - Parameters:
  ///   - normalized: divide by the number of pairs, `(V-1)(V-2)`, as networkx; otherwise
  ///     unordered pairs are counted once on undirected graphs.
  ///   - directed: follow edge directions (networkx on a digraph), or not.
  ///   - samples: the number of sources `k`, or `nil` for all (exact).
  ///   - seed: the seed of the source sample; same seed, same sources, same scores.
  /// - Throws: `GraphError.invalidArgument` for `samples < 1`.
  /// - Complexity: O(S · (V + E)) time for S sources (S = V when exact); O(V + E) extra
  ///   space: a simple adjacency (no parallel edges, loops or filtered edges, 4 bytes per
  ///   kept edge) and 36 bytes per vertex per thread.
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
    let adjacency = SimpleAdjacency(self, direction: directed ? .outgoing : .both, filter: filter)
    // Sources are split into a fixed number of chunks (not one per core), so the summation
    // order, and hence the result, is the same on every machine.
    let chunks = sources.count >= 32 && n >= 4_096 ? 2 : 1
    var partial = [[Double]](repeating: [], count: chunks)
    let chosen = sources
    partial.withUnsafeMutableBufferPointer { buffer in
      // Each chunk writes only its own element; the adjacency is only read.
      let out = SharedBuffer(buffer)
      Parallel.forEachChunk(chunks) { chunk in
        let lo = chosen.count * chunk / chunks
        let hi = chosen.count * (chunk + 1) / chunks
        out.buffer[chunk] = adjacency.brandes(sources: chosen[lo..<hi])
      }
    }
    var scores = partial[0]
    for chunk in 1..<chunks {
      for v in 0..<n { scores[v] += partial[chunk][v] }
    }
    rescaleBetweenness(&scores, normalized: normalized, directed: directed, sampled: sampled ? sources : nil)
    return CentralityScores(values: scores)
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
