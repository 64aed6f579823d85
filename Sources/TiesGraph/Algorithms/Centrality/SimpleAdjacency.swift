/// The graph as a simple graph for path counting: one row per vertex with each neighbour
/// once (parallel edges, and the two edges of a reciprocal pair seen undirected, merged),
/// without loops or edges the filter refuses. Rows keep the order in which `forEachNeighbor`
/// first meets each neighbour, so searches visit vertices in the graph's storage order.
///
/// Memory: 4 bytes per vertex and per kept neighbour entry.
struct SimpleAdjacency: Sendable {
  let vertexCount: Int
  let offsets: [Int32]
  let neighbors: [Int32]

  /// - Complexity: O(V + E) time, O(V) scratch space.
  init(_ graph: IndexedGraph, direction: EdgeDirection, filter: EdgeFilter) {
    let n = graph.vertexCount
    vertexCount = n
    var offsets = [Int32](repeating: 0, count: n + 1)
    var neighbors: [Int32] = []
    neighbors.reserveCapacity(direction == .both ? 2 * graph.edgeCount : graph.edgeCount)
    var mark = [Int32](repeating: -1, count: n)
    graph.withTopology { t in
      mark.withUnsafeMutableBufferPointer { seen in
        for v in 0..<n {
          let vi = Int32(truncatingIfNeeded: v)
          t.forEachNeighbor(vi, direction, filter) { w, _ in
            if w == vi || seen[Int(w)] == vi { return }
            seen[Int(w)] = vi
            neighbors.append(w)
          }
          offsets[v + 1] = Int32(truncatingIfNeeded: neighbors.count)
        }
      }
    }
    self.offsets = offsets
    self.neighbors = neighbors
  }

  /// Brandes' accumulation from each of `sources`, with its own scratch space: unnormalized
  /// dependency sums per vertex.
  /// - Complexity: O(|sources| · (V + E)) time, O(V) space.
  func brandes(sources: ArraySlice<Int32>) -> [Double] {
    let n = vertexCount
    var scores = [Double](repeating: 0, count: n)
    var state = [BrandesSlot](repeating: BrandesSlot(), count: n)
    var order = [Int32](repeating: 0, count: n)
    offsets.withUnsafeBufferPointer { off in
      neighbors.withUnsafeBufferPointer { adj in
        scores.withUnsafeMutableBufferPointer { bc in
          state.withUnsafeMutableBufferPointer { slot in
            order.withUnsafeMutableBufferPointer { q in
              for s in sources {
                SimpleAdjacency.brandesSource(s, off: off, adj: adj, bc: bc, slot: slot, order: q)
              }
            }
          }
        }
      }
    }
    return scores
  }

  /// One source of Brandes' algorithm: a BFS counting shortest paths (`value` holds σ), then
  /// dependencies pulled from successors in reverse BFS order. Once a vertex is done its
  /// `value` becomes (1 + δ)/σ, which is all its predecessors need: δ(w) = σ(w) · Σ over
  /// successors v of (1 + δ(v))/σ(v). One 16-byte slot per vertex is read per edge.
  /// Leaves every slot unvisited again.
  @inline(__always)
  static func brandesSource(
    _ s: Int32, off: UnsafeBufferPointer<Int32>, adj: UnsafeBufferPointer<Int32>,
    bc: UnsafeMutableBufferPointer<Double>, slot: UnsafeMutableBufferPointer<BrandesSlot>,
    order: UnsafeMutableBufferPointer<Int32>
  ) {
    slot[Int(s)] = BrandesSlot(value: 1, dist: 0)
    order[0] = s
    var head = 0
    var tail = 1
    while head < tail {
      let v = Int(order[head])
      head &+= 1
      let dn = slot[v].dist &+ 1
      let sv = slot[v].value
      var k = Int(off[v])
      let stop = Int(off[v + 1])
      while k < stop {
        let w = Int(adj[k])
        let dw = slot[w].dist
        if dw < 0 {
          slot[w] = BrandesSlot(value: sv, dist: dn)
          order[tail] = Int32(truncatingIfNeeded: w)
          tail &+= 1
        } else if dw == dn {
          slot[w].value += sv
        }
        k &+= 1
      }
    }
    var i = tail - 1
    while i > 0 {
      let w = Int(order[i])
      i &-= 1
      let dn = slot[w].dist &+ 1
      var sum = 0.0
      var k = Int(off[w])
      let stop = Int(off[w + 1])
      while k < stop {
        let v = Int(adj[k])
        if slot[v].dist == dn { sum += slot[v].value }
        k &+= 1
      }
      let sigma = slot[w].value
      bc[w] += sigma * sum
      slot[w].value = 1 / sigma + sum
    }
    for k in 0..<tail { slot[Int(order[k])].dist = -1 }
  }
}

/// Per-vertex state of one Brandes search: the distance, and σ during the BFS or
/// (1 + δ)/σ once the vertex's dependency is known.
struct BrandesSlot {
  var value: Double = 0
  var dist: Int32 = -1
}
