extension IndexedGraph {
  /// Hop distances from `source` to every vertex, `-1` where unreached: networkx's
  /// `single_source_shortest_path_length`, by a direction-optimizing breadth-first search.
  ///
  /// While the frontier is small, each frontier vertex expands its edges (top-down, as `bfs`).
  /// Once the frontier's edges outnumber a fraction of the unexplored ones, each unreached
  /// vertex instead looks for one neighbour in the frontier and stops at the first
  /// (bottom-up), which skips most edges of the few large middle levels of a small-world graph;
  /// when the frontier shrinks again the search goes back to top-down. Distances are those of
  /// any breadth-first search; only the parents found would differ, and none are kept (use
  /// `bfs` for the visiting order and parents).
  /// - Parameters:
  ///   - direction: `.outgoing` (follow edges), `.incoming` (against them), or `.both`.
  ///   - filter: the edges that may be followed.
  /// - Throws: `GraphError.vertexNotFound`.
  /// - Complexity: O(V + E) time, O(V) space; a bottom-up level costs O(V) plus the edges
  ///   scanned until each vertex finds a parent.
  /// - References: S. Beamer, K. Asanović, D. Patterson, "Direction-Optimizing Breadth-First
  ///   Search", SC 2012 (the switching rule, with α = 14 and β = 24).
  public func hopDistances(
    from source: Int32, direction: EdgeDirection = .outgoing, filter: EdgeFilter = .all
  ) throws -> [Int32] {
    try check(source)
    let n = vertexCount
    var distances = [Int32](repeating: -1, count: n)
    var frontier = [Int32](repeating: 0, count: n)
    var next = [Int32](repeating: 0, count: n)
    withTopology { t in
      distances.withUnsafeMutableBufferPointer { dist in
        frontier.withUnsafeMutableBufferPointer { current in
          next.withUnsafeMutableBufferPointer { following in
            IndexedGraph.directionOptimizing(
              t, source: source, direction: direction, filter: filter, dist: dist, frontier: current,
              next: following)
          }
        }
      }
    }
    return distances
  }

  /// The kernel of `hopDistances`: fills `dist` (all -1 on entry) using `frontier` and `next`
  /// (each of V slots) as the current and next level.
  private static func directionOptimizing(
    _ t: Topology, source: Int32, direction: EdgeDirection, filter: EdgeFilter,
    dist: UnsafeMutableBufferPointer<Int32>, frontier initial: UnsafeMutableBufferPointer<Int32>,
    next initialNext: UnsafeMutableBufferPointer<Int32>
  ) {
    let n = t.vertexCount
    let all = filter.admitsAll
    let forward = direction != .incoming
    let backward = direction != .outgoing
    func degree(_ v: Int) -> Int {
      var d = 0
      if forward { d += Int(t.outOffsets[v + 1] - t.outOffsets[v]) }
      if backward { d += Int(t.inOffsets[v + 1] - t.inOffsets[v]) }
      return d
    }
    var current = initial
    var following = initialNext
    dist[Int(source)] = 0
    current[0] = source
    var count = 1
    var level: Int32 = 0
    // Edges not yet expanded (top-down's remaining work), and the frontier's.
    var unexplored = (forward ? t.edgeCount : 0) + (backward ? t.edgeCount : 0)
    var bottomUp = false
    while count > 0 {
      var frontierEdges = 0
      for i in 0..<count { frontierEdges += degree(Int(current[i])) }
      if !bottomUp && frontierEdges > unexplored / 14 {
        bottomUp = true
      } else if bottomUp && count < n / 24 {
        bottomUp = false
      }
      unexplored -= frontierEdges
      let reach = level &+ 1
      var found = 0
      if bottomUp {
        // Each unreached vertex looks for a parent at `level`: its sources along followed
        // edges are its in-rows (and, for `.both` or `.incoming`, its out-rows).
        for w in 0..<n where dist[w] < 0 {
          var parentFound = false
          if forward {
            var k = Int(t.inOffsets[w])
            let stop = Int(t.inOffsets[w + 1])
            while k < stop {
              if dist[Int(t.inSources[k])] == level && (all || filter.allows(t.labels[Int(t.inEdges[k])])) {
                parentFound = true
                break
              }
              k &+= 1
            }
          }
          if !parentFound && backward {
            var k = Int(t.outOffsets[w])
            let stop = Int(t.outOffsets[w + 1])
            while k < stop {
              if dist[Int(t.outTargets[k])] == level && (all || filter.allows(t.labels[k])) {
                parentFound = true
                break
              }
              k &+= 1
            }
          }
          if parentFound {
            dist[w] = reach
            following[found] = Int32(truncatingIfNeeded: w)
            found &+= 1
          }
        }
      } else {
        for i in 0..<count {
          t.forEachNeighbor(current[i], direction, filter) { w, _ in
            if dist[Int(w)] < 0 {
              dist[Int(w)] = reach
              following[found] = w
              found &+= 1
            }
          }
        }
      }
      swap(&current, &following)
      count = found
      level = reach
    }
  }
}
