extension IndexedGraph {
  /// The connected components of the undirected view (weakly connected components of the
  /// directed graph), as networkx's `connected_components` / `weakly_connected_components`.
  ///
  /// Union–find with path halving over the out-rows, which streams the row arrays in order
  /// (the root of the row's own vertex is found once per row, not once per edge), then one
  /// pass to number the components by their smallest vertex.
  /// - Parameter filter: only edges that pass join vertices.
  /// - Complexity: O(V + E · α(V)) time, O(V) space.
  /// - References: R. E. Tarjan, "Efficiency of a good but not linear set union algorithm",
  ///   1975.
  public func connectedComponents(filter: EdgeFilter = .all) -> ComponentLabels {
    let n = vertexCount
    var parent = (0..<Int32(n)).map { $0 }
    var labels = [Int32](repeating: -1, count: n)
    var sizes: [Int] = []
    withTopology { t in
      parent.withUnsafeMutableBufferPointer { p in
        @inline(__always) func find(_ x: Int32) -> Int32 {
          var x = x
          while true {
            let px = p[Int(x)]
            if px == x { return x }
            let gp = p[Int(px)]
            p[Int(x)] = gp
            x = gp
          }
        }
        let all = filter.admitsAll
        for v in 0..<n {
          var k = Int(t.outOffsets[v])
          let stop = Int(t.outOffsets[v + 1])
          if k == stop { continue }
          // The root of v's set; unions below keep it current.
          var a = find(Int32(truncatingIfNeeded: v))
          while k < stop {
            defer { k &+= 1 }
            if !all && !filter.allows(t.labels[k]) { continue }
            let b = find(t.outTargets[k])
            if a == b { continue }
            // The smaller index becomes the root: roots are their component's smallest vertex.
            if a < b {
              p[Int(b)] = a
            } else {
              p[Int(a)] = b
              a = b
            }
          }
        }
        labels.withUnsafeMutableBufferPointer { lab in
          for v in 0..<n {
            let r = Int(find(Int32(truncatingIfNeeded: v)))
            if r == v {
              lab[v] = Int32(truncatingIfNeeded: sizes.count)
              sizes.append(1)
            } else {
              let c = lab[r]
              lab[v] = c
              sizes[Int(c)] += 1
            }
          }
        }
      }
    }
    return ComponentLabels(labels: labels, sizes: sizes)
  }
}
