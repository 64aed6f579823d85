extension PathFinder {
  /// The vertices of `graph` in the order the finder numbers them: breadth-first over the
  /// undirected view, neighbours in storage order, each component from its lowest unvisited
  /// vertex. A vertex's neighbours are mostly numbered together (those it discovered are
  /// consecutive), so a search that scans its row touches a few cache lines of slots rather
  /// than one per neighbour (Cuthill–McKee ordering without the degree sort).
  /// - Complexity: O(V + E) time, O(V) space.
  static func searchOrder(_ graph: IndexedGraph) -> [Int32] {
    let n = graph.vertexCount
    var order = [Int32](repeating: 0, count: n)
    var dist = [Int32](repeating: -1, count: n)
    graph.withTopology { t in
      order.withUnsafeMutableBufferPointer { order in
        dist.withUnsafeMutableBufferPointer { dist in
          // One breadth-first search per component, each appending its queue to `order`;
          // `dist` stays set across them, so later searches skip what earlier ones reached.
          var tail = 0
          for root in 0..<n where dist[root] < 0 {
            tail += IndexedGraph.breadthFirst(
              t, source: Int32(truncatingIfNeeded: root), direction: .both, filter: .all,
              maxDepth: .max, dist: dist, parent: nil,
              queue: UnsafeMutableBufferPointer(rebasing: order[tail...]))
          }
        }
      }
    }
    return order
  }

  /// Writes each vertex's slot (original number, row bounds; stamp zero) and row (out-edges
  /// then in-edges, in storage order, far ends as search numbers), in search order.
  /// - Complexity: O(V + E).
  static func fillRows(
    _ graph: IndexedGraph, order: [Int32], number: [Int32], slots: UnsafeMutableRawPointer,
    rows: UnsafeMutablePointer<Int32>
  ) {
    graph.withTopology { t in
      number.withUnsafeBufferPointer { number in
        var k = 0
        for (i, v) in order.enumerated() {
          let base = i * slotSize
          let v = Int(v)
          slots.storeBytes(
            of: Int32(truncatingIfNeeded: v), toByteOffset: base + originalField, as: Int32.self)
          slots.storeBytes(
            of: UInt32(truncatingIfNeeded: k), toByteOffset: base + rowStartField, as: UInt32.self)
          for s in Int(t.outOffsets[v])..<Int(t.outOffsets[v + 1]) {
            rows[k] = number[Int(t.outTargets[s])]
            k += 1
          }
          slots.storeBytes(
            of: UInt32(truncatingIfNeeded: k), toByteOffset: base + outEndField, as: UInt32.self)
          for s in Int(t.inOffsets[v])..<Int(t.inOffsets[v + 1]) {
            rows[k] = number[Int(t.inSources[s])]
            k += 1
          }
          slots.storeBytes(
            of: UInt32(truncatingIfNeeded: k), toByteOffset: base + rowEndField, as: UInt32.self)
        }
      }
    }
  }
}
