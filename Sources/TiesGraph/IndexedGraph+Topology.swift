/// Read-only pointers into an `IndexedGraph`'s arrays, for hot loops without bounds checks.
///
/// Only ever obtained inside `IndexedGraph.withTopology(_:)`; it must not be stored or
/// returned from that closure, since the pointers are valid only during the call.
struct Topology {
  let vertexCount: Int
  let labels: UnsafeBufferPointer<UInt16>
  /// Empty when every edge weighs `uniformWeight`.
  let weights: UnsafeBufferPointer<Double>
  let uniformWeight: Double
  let outOffsets: UnsafeBufferPointer<Int32>
  /// Edge `e`'s target is `outTargets[e]`: out-row slots are edge ids.
  let outTargets: UnsafeBufferPointer<Int32>
  let inOffsets: UnsafeBufferPointer<Int32>
  let inSources: UnsafeBufferPointer<Int32>
  let inEdges: UnsafeBufferPointer<Int32>

  /// Number of edges.
  var edgeCount: Int { outTargets.count }

  /// The weight of edge `e`.
  /// - Complexity: O(1).
  @inline(__always)
  func weight(_ e: Int32) -> Double { weights.isEmpty ? uniformWeight : weights[Int(e)] }

  /// The end of edge `e` that is not `v` (`v` itself for a loop).
  /// - Precondition: `v` is an end of `e`.
  /// - Complexity: O(log V) when `v` is the target, O(1) otherwise.
  @inline(__always)
  func otherEnd(_ e: Int32, _ v: Int32) -> Int32 {
    let target = outTargets[Int(e)]
    return target != v ? target : IndexedGraph.rowOwner(e, outOffsets)
  }

  /// Calls `body(neighbour, edge)` for each edge of `v` in `direction` that passes `filter`,
  /// out-edges first.
  /// - Complexity: O(deg(v)).
  @inline(__always)
  func forEachNeighbor(
    _ v: Int32, _ direction: EdgeDirection, _ filter: EdgeFilter, _ body: (Int32, Int32) -> Void
  ) {
    let i = Int(v)
    let all = filter.admitsAll
    if direction != .incoming {
      var s = Int(outOffsets[i])
      let end = Int(outOffsets[i + 1])
      while s < end {
        if all || filter.allows(labels[s]) { body(outTargets[s], Int32(truncatingIfNeeded: s)) }
        s &+= 1
      }
    }
    if direction != .outgoing {
      var s = Int(inOffsets[i])
      let end = Int(inOffsets[i + 1])
      while s < end {
        let e = inEdges[s]
        if all || filter.allows(labels[Int(e)]) { body(inSources[s], e) }
        s &+= 1
      }
    }
  }
}

extension IndexedGraph {
  /// Runs `body` with pointers to every array of the graph. The `Topology` must not escape.
  func withTopology<R>(_ body: (Topology) throws -> R) rethrows -> R {
    try labels.withUnsafeBufferPointer { lab in
      try storedWeights.withUnsafeBufferPointer { w in
        try outOffsets.withUnsafeBufferPointer { oo in
          try outTargets.withUnsafeBufferPointer { ot in
            try inOffsets.withUnsafeBufferPointer { io in
              try inSources.withUnsafeBufferPointer { isrc in
                try inEdges.withUnsafeBufferPointer { ie in
                  try body(
                    Topology(
                      vertexCount: vertexCount, labels: lab, weights: w, uniformWeight: uniformWeight,
                      outOffsets: oo, outTargets: ot, inOffsets: io, inSources: isrc, inEdges: ie))
                }
              }
            }
          }
        }
      }
    }
  }
}
