/// Answers many unweighted shortest-path queries on one graph, reusing its scratch space.
///
/// A search from both ends at once (bidirectional breadth-first search): each round expands
/// one level of the side whose frontier is cheaper to expand, the one whose vertices have the
/// smaller sum of degrees (not the fewer vertices: one hub can cost more than a thousand
/// ordinary vertices), and stops at the first vertex both
/// searches have reached. That first meeting is optimal: had a shorter path existed, its
/// meeting would have been seen when the later of its two halves reached it (the argument
/// behind networkx's `bidirectional_shortest_path`, which also returns at the first meeting). The scratch arrays
/// are stamped with a generation counter, so a query touches only the vertices it visits:
/// no O(V) reset between queries.
///
/// Memory: 40 bytes per vertex of scratch space: a 32-byte slot (per side: generation stamp,
/// distance, parent edge; and the vertex's out- and in-degree, copied there so that costing a
/// frontier reads the cache line the visit already touched) and the two queues. Allocated
/// once by `init` (O(V)) and freed by `deinit`. Not thread-safe: use one finder per thread.
public final class PathFinder {
  public let graph: IndexedGraph
  private let n: Int
  /// One 32-byte slot per vertex, both sides interleaved so that a visit touches one cache
  /// line: stamp F, stamp B (UInt32), distance F, distance B, parent edge F, parent edge B
  /// (Int32), out-degree, in-degree (UInt32). Slots are aligned, so none straddles two lines.
  private let slots: UnsafeMutableRawBufferPointer
  private let queueF: UnsafeMutableBufferPointer<Int32>
  private let queueB: UnsafeMutableBufferPointer<Int32>
  private var generation: UInt32 = 0
  private static let slotSize = 32
  private static let outDegreeOffset = 24
  private static let inDegreeOffset = 28

  /// Allocates scratch space for `graph`.
  /// - Complexity: O(V) time and space.
  public init(graph: IndexedGraph) {
    self.graph = graph
    n = graph.vertexCount
    let size = max(n, 1)
    slots = .allocate(byteCount: size * PathFinder.slotSize, alignment: 64)
    slots.initializeMemory(as: UInt8.self, repeating: 0)
    queueF = .allocate(capacity: size)
    queueB = .allocate(capacity: size)
    queueF.initialize(repeating: 0)
    queueB.initialize(repeating: 0)
    storeDegrees()
  }

  deinit {
    slots.deallocate()
    queueF.deallocate()
    queueB.deallocate()
  }

  /// Copies each vertex's out- and in-degree into its slot.
  private func storeDegrees() {
    for v in 0..<n {
      let base = v * PathFinder.slotSize
      let out = UInt32(truncatingIfNeeded: graph.degree(of: Int32(v), direction: .outgoing))
      let inn = UInt32(truncatingIfNeeded: graph.degree(of: Int32(v), direction: .incoming))
      slots.storeBytes(of: out, toByteOffset: base + PathFinder.outDegreeOffset, as: UInt32.self)
      slots.storeBytes(of: inn, toByteOffset: base + PathFinder.inDegreeOffset, as: UInt32.self)
    }
  }

  private func nextGeneration() -> UInt32 {
    if generation == UInt32.max {
      slots.initializeMemory(as: UInt8.self, repeating: 0)
      storeDegrees()
      generation = 0
    }
    generation += 1
    return generation
  }

  /// A shortest path (fewest edges) from `source` to `target`.
  ///
  /// With `direction: .both` (the default) edges are walked either way, answering "how is A
  /// connected to B"; with `.outgoing` only along their direction. Among equally short paths
  /// the one found first is returned: deterministic for a given graph, but not necessarily
  /// the one networkx picks.
  /// - Parameters:
  ///   - filter: the edges that may be used.
  ///   - maxHops: refuse paths longer than this many edges (`nil`: no limit).
  /// - Returns: the path, with `cost` equal to its hop count.
  /// - Throws: `GraphError.vertexNotFound` for an unknown endpoint; `GraphError.noPath` when
  ///   no path of at most `maxHops` edges exists.
  /// - Complexity: O(V + E) in the worst case, usually far less: each side explores only up
  ///   to about half the distance.
  public func shortestPath(
    from source: Int32, to target: Int32, filter: EdgeFilter = .all,
    direction: EdgeDirection = .both, maxHops: Int? = nil
  ) throws -> GraphPath {
    try graph.check(source)
    try graph.check(target)
    if source == target { return GraphPath(vertices: [source], edges: [], cost: 0) }
    let limit = maxHops ?? Int.max
    if limit < 1 { throw GraphError.noPath(from: source, to: target) }
    let gen = nextGeneration()
    let meeting: Int32 = graph.withTopology { t in
      search(t, source, target, filter, direction, limit, gen)
    }
    if meeting < 0 { throw GraphError.noPath(from: source, to: target) }
    return reconstruct(source: source, target: target, meeting: meeting)
  }

  /// Field offsets within a slot for one side: its stamp, distance and parent, and the other
  /// side's stamp and distance.
  private struct Side {
    let stamp: Int
    let dist: Int
    let parent: Int
    let otherStamp: Int
    let otherDist: Int
    static let forward = Side(stamp: 0, dist: 8, parent: 16, otherStamp: 4, otherDist: 12)
    static let backward = Side(stamp: 4, dist: 12, parent: 20, otherStamp: 0, otherDist: 8)
  }

  private func search(
    _ t: Topology, _ s: Int32, _ d: Int32, _ filter: EdgeFilter, _ direction: EdgeDirection,
    _ limit: Int, _ gen: UInt32
  ) -> Int32 {
    let slots = self.slots
    let queueF = self.queueF
    let queueB = self.queueB
    let size = PathFinder.slotSize
    func visit(_ v: Int, _ side: Side, dist: Int32, parent: Int32) {
      slots.storeBytes(of: gen, toByteOffset: v * size + side.stamp, as: UInt32.self)
      slots.storeBytes(of: dist, toByteOffset: v * size + side.dist, as: Int32.self)
      slots.storeBytes(of: parent, toByteOffset: v * size + side.parent, as: Int32.self)
    }
    visit(Int(s), .forward, dist: 0, parent: -1)
    visit(Int(d), .backward, dist: 0, parent: -1)
    queueF[0] = s
    queueB[0] = d
    // Level ranges of each queue: [start, end) is the current frontier.
    var startF = 0
    var endF = 1
    var startB = 0
    var endB = 1
    var depthF = 0
    var depthB = 0
    // The cost of expanding a frontier is the number of edges it will scan: the sum of its
    // vertices' degrees. Expanding the cheaper side first keeps a hub (an event with
    // thousands of attendees) out of the search until it cannot be avoided.
    @inline(__always) func degree(_ v: Int, _ dir: EdgeDirection) -> Int {
      var total = 0
      let base = v * size
      if dir != .incoming {
        total &+= Int(slots.load(fromByteOffset: base + PathFinder.outDegreeOffset, as: UInt32.self))
      }
      if dir != .outgoing {
        total &+= Int(slots.load(fromByteOffset: base + PathFinder.inDegreeOffset, as: UInt32.self))
      }
      return total
    }
    var costF = degree(Int(s), direction)
    var costB = degree(Int(d), direction.reversed)
    let all = filter.admitsAll
    while startF < endF && startB < endB {
      if depthF + depthB >= limit { return -1 }
      var best = Int.max
      let expandForward = costF <= costB
      let side: Side = expandForward ? .forward : .backward
      let queue = expandForward ? queueF : queueB
      let dir = expandForward ? direction : direction.reversed
      var start = expandForward ? startF : startB
      let end = expandForward ? endF : endB
      var tail = end
      var nextCost = 0
      @inline(__always) func discover(_ w: Int, _ e: Int32, _ dv: Int32) -> Bool {
        let base = w * size
        if slots.load(fromByteOffset: base + side.stamp, as: UInt32.self) == gen { return false }
        if !all && !filter.allows(t.labels[Int(e)]) { return false }
        slots.storeBytes(of: gen, toByteOffset: base + side.stamp, as: UInt32.self)
        slots.storeBytes(of: dv, toByteOffset: base + side.dist, as: Int32.self)
        slots.storeBytes(of: e, toByteOffset: base + side.parent, as: Int32.self)
        queue[tail] = Int32(truncatingIfNeeded: w)
        tail &+= 1
        nextCost &+= degree(w, dir)
        if slots.load(fromByteOffset: base + side.otherStamp, as: UInt32.self) == gen {
          best = Int(dv) + Int(slots.load(fromByteOffset: base + side.otherDist, as: Int32.self))
          return true
        }
        return false
      }
      while start < end {
        let vi = Int(queue[start])
        start &+= 1
        let dv = slots.load(fromByteOffset: vi * size + side.dist, as: Int32.self) &+ 1
        if dir != .incoming {
          var k = Int(t.outOffsets[vi])
          let stop = Int(t.outOffsets[vi + 1])
          while k < stop {
            let w = Int(t.outTargets[k])
            if discover(w, Int32(truncatingIfNeeded: k), dv) {
              return best <= limit ? Int32(truncatingIfNeeded: w) : -1
            }
            k &+= 1
          }
        }
        if dir != .outgoing {
          var k = Int(t.inOffsets[vi])
          let stop = Int(t.inOffsets[vi + 1])
          while k < stop {
            let w = Int(t.inSources[k])
            if discover(w, t.inEdges[k], dv) { return best <= limit ? Int32(truncatingIfNeeded: w) : -1 }
            k &+= 1
          }
        }
      }
      if expandForward {
        startF = endF
        endF = tail
        depthF += 1
        costF = nextCost
      } else {
        startB = endB
        endB = tail
        depthB += 1
        costB = nextCost
      }
    }
    return -1
  }

  private func parent(_ v: Int32, _ side: Side) -> Int32 {
    slots.load(fromByteOffset: Int(v) * PathFinder.slotSize + side.parent, as: Int32.self)
  }

  private func reconstruct(source: Int32, target: Int32, meeting: Int32) -> GraphPath {
    func other(_ e: Int32, _ v: Int32) -> Int32 { graph.withTopology { $0.otherEnd(e, v) } }
    var front: [Int32] = [meeting]
    var frontEdges: [Int32] = []
    var v = meeting
    while v != source {
      let e = parent(v, .forward)
      frontEdges.append(e)
      v = other(e, v)
      front.append(v)
    }
    front.reverse()
    frontEdges.reverse()
    v = meeting
    while v != target {
      let e = parent(v, .backward)
      frontEdges.append(e)
      v = other(e, v)
      front.append(v)
    }
    return GraphPath(vertices: front, edges: frontEdges, cost: Double(frontEdges.count))
  }
}

extension IndexedGraph {
  /// A shortest path (fewest edges) from `source` to `target`, by bidirectional BFS.
  ///
  /// Edges are walked either way by default (`direction: .both`): analysts ask how A is
  /// connected to B, whichever way the facts point. For many queries on one graph, make one
  /// `PathFinder` and reuse it: this convenience allocates O(V) scratch space per call.
  /// - Parameters:
  ///   - filter: the edges that may be used (for example affiliations only).
  ///   - direction: `.both`, or `.outgoing` to follow edges only along their direction.
  ///   - maxHops: refuse paths longer than this many edges (`nil`: no limit).
  /// - Throws: `GraphError.vertexNotFound`, `GraphError.noPath`.
  /// - Complexity: O(V + E) time and O(V) space.
  public func shortestPath(
    from source: Int32, to target: Int32, filter: EdgeFilter = .all,
    direction: EdgeDirection = .both, maxHops: Int? = nil
  ) throws -> GraphPath {
    try PathFinder(graph: self).shortestPath(
      from: source, to: target, filter: filter, direction: direction, maxHops: maxHops)
  }
}
