/// Read-only pointers into an `IndexedGraph`'s arrays, for hot loops without bounds checks.
///
/// Only ever obtained inside `IndexedGraph.withTopology(_:)`; it must not be stored or
/// returned from that closure, since the pointers are valid only during the call.
struct Topology {
  let vertexCount: Int
  let sources: UnsafeBufferPointer<Int32>
  let targets: UnsafeBufferPointer<Int32>
  let weights: UnsafeBufferPointer<Double>
  let labels: UnsafeBufferPointer<UInt16>
  let outOffsets: UnsafeBufferPointer<Int32>
  let outTargets: UnsafeBufferPointer<Int32>
  let outEdges: UnsafeBufferPointer<Int32>
  let inOffsets: UnsafeBufferPointer<Int32>
  let inSources: UnsafeBufferPointer<Int32>
  let inEdges: UnsafeBufferPointer<Int32>

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
        let e = outEdges[s]
        if all || filter.allows(labels[Int(e)]) { body(outTargets[s], e) }
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
    try edgeSources.withUnsafeBufferPointer { src in
      try edgeTargets.withUnsafeBufferPointer { tgt in
        try weights.withUnsafeBufferPointer { w in
          try labels.withUnsafeBufferPointer { lab in
            try outOffsets.withUnsafeBufferPointer { oo in
              try outTargets.withUnsafeBufferPointer { ot in
                try outEdges.withUnsafeBufferPointer { oe in
                  try inOffsets.withUnsafeBufferPointer { io in
                    try inSources.withUnsafeBufferPointer { isrc in
                      try inEdges.withUnsafeBufferPointer { ie in
                        try body(
                          Topology(
                            vertexCount: vertexCount, sources: src, targets: tgt, weights: w,
                            labels: lab, outOffsets: oo, outTargets: ot, outEdges: oe,
                            inOffsets: io, inSources: isrc, inEdges: ie))
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}
