import CTiesPrefetch

/// Answers many unweighted shortest-path queries on one graph, reusing its scratch space.
///
/// A search from both ends at once (bidirectional breadth-first search): each round expands
/// one level of the side whose frontier is cheaper to expand, the one whose vertices have the
/// smaller sum of degrees (not the fewer vertices: one hub can cost more than a thousand
/// ordinary vertices), and stops at the first vertex both
/// searches have reached. That first meeting is optimal: had a shorter path existed, its
/// meeting would have been seen when the later of its two halves reached it (the argument
/// behind networkx's `bidirectional_shortest_path`, which also returns at the first meeting).
///
/// The finder searches its own copy of the graph, laid out for the search (see
/// `PathFinder+Layout.swift`): vertices renumbered in breadth-first order, so that the
/// neighbours of a vertex mostly have nearby numbers, and each vertex's row of neighbours
/// (out-edges, then in-edges, in storage order) stored as one slice. Each vertex has a
/// 32-byte slot holding what a search reads and writes about it: a stamp (the query's
/// generation and the side that reached it), its parent and the row position of the edge
/// from there, its original number, and the bounds of its row. A visit touches one cache line
/// of slots and a scan one contiguous row. Neighbours are scanned in the order of the
/// original rows and frontiers are the same vertices in the same order, only renumbered, so
/// the path found is exactly the one a search of the `IndexedGraph` itself would find. Only
/// one side ever reaches a vertex before the search stops (the second side to reach one ends
/// the search), so one stamp and one parent per vertex suffice; distances are the level
/// counters. Stamps are never reset between queries, so a query touches only the vertices
/// it visits.
///
/// Memory: 44 bytes per vertex (the 32-byte slot, the renumbering map, two queues) and 8
/// bytes per edge (each edge appears in the rows of both its ends): `memoryBytes`. A million
/// vertices with 2.84 million edges take about 64 MiB besides the graph (the scratch space
/// alone, before the copy, took 38 MiB). The slots and rows are on huge pages where Linux
/// offers them (`LargeBuffer`). Allocated once by `init` and freed with the finder. Not
/// thread-safe: use one finder per thread.
public final class PathFinder {
  public let graph: IndexedGraph
  private let n: Int
  /// `number[v]`: the search number of vertex `v` of `graph`.
  private let number: [Int32]
  private let slotMemory: LargeBuffer
  private let rowMemory: LargeBuffer
  /// One `slotSize`-byte slot per search number, 64-byte aligned (see the field offsets).
  private let slots: UnsafeMutableRawPointer
  /// The rows, back to back: search numbers of neighbours; row positions are `UInt32`.
  private let rows: UnsafeMutablePointer<Int32>
  private let queueF: UnsafeMutableBufferPointer<Int32>
  private let queueB: UnsafeMutableBufferPointer<Int32>
  /// The last query's generation; stamps are cleared when it would no longer fit in 31 bits
  /// (internal so that tests can start near the wrap).
  var generation: UInt32 = 0

  static let slotSize = 32
  /// Prefetch distances, in frontier vertices and row positions (see `search`).
  static let rowAhead = 16
  static let slotAhead = 8
  /// `UInt32`: generation << 1 | side (0 forward, 1 backward); 0 never was a generation.
  static let stampField = 0
  /// `UInt32`: position in the parent's row of the edge the vertex was reached by.
  static let parentEdgeField = 4
  /// `Int32`: search number of the parent (not written for the two ends).
  static let parentField = 8
  /// `Int32`: the vertex of `graph` this slot stands for.
  static let originalField = 12
  /// `UInt32` row positions: out-edges are `rowStart..<outEnd`, in-edges `outEnd..<rowEnd`.
  static let rowStartField = 16
  static let outEndField = 20
  static let rowEndField = 24

  /// Builds the search's copy of `graph`.
  /// - Complexity: O(V + E) time (a breadth-first pass to number the vertices, one to copy
  ///   the rows); O(V + E) space.
  public init(graph: IndexedGraph) {
    precondition(graph.edgeCount <= Int(UInt32.max / 2), "too many edges for 32-bit row positions")
    self.graph = graph
    n = graph.vertexCount
    let order = PathFinder.searchOrder(graph)
    var number = [Int32](repeating: 0, count: n)
    for (i, v) in order.enumerated() { number[Int(v)] = Int32(truncatingIfNeeded: i) }
    self.number = number
    slotMemory = LargeBuffer(byteCount: max(n, 1) * PathFinder.slotSize)
    rowMemory = LargeBuffer(byteCount: max(2 * graph.edgeCount, 1) * 4)
    slots = slotMemory.base
    rows = rowMemory.base.bindMemory(to: Int32.self, capacity: max(2 * graph.edgeCount, 1))
    let size = max(n, 1)
    queueF = .allocate(capacity: size)
    queueB = .allocate(capacity: size)
    queueF.initialize(repeating: 0)
    queueB.initialize(repeating: 0)
    PathFinder.fillRows(graph, order: order, number: number, slots: slots, rows: rows)
  }

  deinit {
    queueF.deallocate()
    queueB.deallocate()
  }

  /// Bytes the finder holds besides the graph: slots, rows, the renumbering map and queues.
  /// - Complexity: O(1).
  public var memoryBytes: Int {
    slotMemory.byteCount + rowMemory.byteCount + number.count * 4 + (queueF.count + queueB.count) * 4
  }

  private func nextGeneration() -> UInt32 {
    if generation == UInt32.max >> 1 {
      for v in 0..<n {
        slots.storeBytes(
          of: 0, toByteOffset: v * PathFinder.slotSize + PathFinder.stampField, as: UInt32.self)
      }
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
    let s = Int(number[Int(source)])
    let d = Int(number[Int(target)])
    let path: GraphPath? = graph.withTopology { t in
      guard let meeting = search(t, s, d, filter, direction, limit, gen) else { return nil }
      return reconstruct(t, meeting, source: s, target: d)
    }
    guard let path else { throw GraphError.noPath(from: source, to: target) }
    return path
  }

  /// Where the searches met: the search from the source (`forward`) or from the target
  /// reached `vertex`, already reached by the other, through position `edge` of `parent`'s
  /// row. Search numbers.
  private struct Meeting {
    let vertex: Int
    let parent: Int
    let edge: Int
    let forward: Bool
  }

  /// The slot fields bounding the part of a row that `direction` walks.
  @inline(__always)
  private static func rowFields(_ direction: EdgeDirection) -> (lower: Int, upper: Int) {
    switch direction {
    case .outgoing: return (rowStartField, outEndField)
    case .incoming: return (outEndField, rowEndField)
    case .both: return (rowStartField, rowEndField)
    }
  }

  private func search(
    _ t: Topology, _ s: Int, _ d: Int, _ filter: EdgeFilter, _ direction: EdgeDirection,
    _ limit: Int, _ gen: UInt32
  ) -> Meeting? {
    let slots = self.slots
    let rows = self.rows
    let queueF = self.queueF
    let queueB = self.queueB
    let size = PathFinder.slotSize
    let markF = gen << 1
    let markB = markF | 1
    @inline(__always) func field(_ v: Int, _ offset: Int) -> Int {
      Int(slots.load(fromByteOffset: v &* size &+ offset, as: UInt32.self))
    }
    slots.storeBytes(of: markF, toByteOffset: s * size + PathFinder.stampField, as: UInt32.self)
    slots.storeBytes(of: markB, toByteOffset: d * size + PathFinder.stampField, as: UInt32.self)
    queueF[0] = Int32(truncatingIfNeeded: s)
    queueB[0] = Int32(truncatingIfNeeded: d)
    // Level ranges of each queue: [start, end) is the current frontier.
    var startF = 0
    var endF = 1
    var startB = 0
    var endB = 1
    var depthF = 0
    var depthB = 0
    let fieldsF = PathFinder.rowFields(direction)
    let fieldsB = PathFinder.rowFields(direction.reversed)
    // The cost of expanding a frontier is the number of edges it will scan: the sum of its
    // vertices' degrees. Expanding the cheaper side first keeps a hub (an event with
    // thousands of attendees) out of the search until it cannot be avoided.
    var costF = field(s, fieldsF.upper) - field(s, fieldsF.lower)
    var costB = field(d, fieldsB.upper) - field(d, fieldsB.lower)
    let all = filter.admitsAll
    while startF < endF && startB < endB {
      // Every path found from here has depthF + depthB + 1 edges.
      if depthF + depthB >= limit { return nil }
      let forward = costF <= costB
      let mine = forward ? markF : markB
      let other = mine ^ 1
      let queue = forward ? queueF : queueB
      let (lower, upper) = forward ? fieldsF : fieldsB
      var start = forward ? startF : startB
      let end = forward ? endF : endB
      var tail = end
      var nextCost = 0
      while start < end {
        // Software pipelining (Ainsworth and Jones, "Graph prefetching using data structure
        // knowledge", 2016): while this vertex is expanded, fetch the row of the vertex
        // `rowAhead` places on in the frontier and the slots of the first `slotAhead`
        // neighbours of the one `slotAhead` places on; long rows fetch their own slots
        // `slotAhead` positions ahead. A prefetch never faults and never changes a result.
        if start &+ PathFinder.rowAhead < end {
          ties_prefetch(rows + field(Int(queue[start &+ PathFinder.rowAhead]), lower))
        }
        if start &+ PathFinder.slotAhead < end {
          let a = Int(queue[start &+ PathFinder.slotAhead])
          var j = field(a, lower)
          let last = min(field(a, upper), j &+ PathFinder.slotAhead)
          while j < last {
            ties_prefetch(slots + Int(rows[j]) &* size)
            j &+= 1
          }
        }
        let u = Int(queue[start])
        start &+= 1
        var k = field(u, lower)
        let stop = field(u, upper)
        while k < stop {
          if k &+ PathFinder.slotAhead < stop {
            ties_prefetch(slots + Int(rows[k &+ PathFinder.slotAhead]) &* size)
          }
          let w = Int(rows[k])
          let base = w &* size
          let stamp = slots.load(fromByteOffset: base &+ PathFinder.stampField, as: UInt32.self)
          if stamp != mine && (all || filter.allows(t.labels[Int(edge(t, u, k))])) {
            if stamp == other { return Meeting(vertex: w, parent: u, edge: k, forward: forward) }
            slots.storeBytes(of: mine, toByteOffset: base &+ PathFinder.stampField, as: UInt32.self)
            slots.storeBytes(
              of: UInt32(truncatingIfNeeded: k), toByteOffset: base &+ PathFinder.parentEdgeField,
              as: UInt32.self)
            slots.storeBytes(
              of: Int32(truncatingIfNeeded: u), toByteOffset: base &+ PathFinder.parentField, as: Int32.self)
            queue[tail] = Int32(truncatingIfNeeded: w)
            tail &+= 1
            nextCost &+= field(w, upper) &- field(w, lower)
          }
          k &+= 1
        }
      }
      if forward {
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
    return nil
  }

  /// The edge of `graph` at position `k` of the row of `u` (a search number).
  @inline(__always)
  private func edge(_ t: Topology, _ u: Int, _ k: Int) -> Int32 {
    let base = u * PathFinder.slotSize
    let v = Int(slots.load(fromByteOffset: base + PathFinder.originalField, as: Int32.self))
    let rowStart = Int(slots.load(fromByteOffset: base + PathFinder.rowStartField, as: UInt32.self))
    let outEnd = Int(slots.load(fromByteOffset: base + PathFinder.outEndField, as: UInt32.self))
    if k < outEnd { return Int32(truncatingIfNeeded: Int(t.outOffsets[v]) + k - rowStart) }
    return t.inEdges[Int(t.inOffsets[v]) + k - outEnd]
  }

  private func original(_ v: Int) -> Int32 {
    slots.load(fromByteOffset: v * PathFinder.slotSize + PathFinder.originalField, as: Int32.self)
  }

  /// The path through `meeting`, in the numbers of `graph`.
  private func reconstruct(_ t: Topology, _ meeting: Meeting, source: Int, target: Int) -> GraphPath {
    // Walks parents from the meeting vertex to `end`; the first step is `first` when the
    // meeting vertex's slot holds the other side's parent.
    func half(_ first: (parent: Int, edge: Int)?, to end: Int) -> (vertices: [Int32], edges: [Int32]) {
      var vertices = [original(meeting.vertex)]
      var edges: [Int32] = []
      var v = meeting.vertex
      var step = first
      while v != end {
        let p: Int
        let k: Int
        if let first = step {
          (p, k) = first
        } else {
          let base = v * PathFinder.slotSize
          p = Int(slots.load(fromByteOffset: base + PathFinder.parentField, as: Int32.self))
          k = Int(slots.load(fromByteOffset: base + PathFinder.parentEdgeField, as: UInt32.self))
        }
        step = nil
        edges.append(edge(t, p, k))
        vertices.append(original(p))
        v = p
      }
      return (vertices, edges)
    }
    let found = (parent: meeting.parent, edge: meeting.edge)
    let front = half(meeting.forward ? found : nil, to: source)
    let back = half(meeting.forward ? nil : found, to: target)
    let vertices: [Int32] = Array(front.vertices.reversed()) + back.vertices.dropFirst()
    let edges: [Int32] = Array(front.edges.reversed()) + back.edges
    return GraphPath(vertices: vertices, edges: edges, cost: Double(edges.count))
  }
}

extension IndexedGraph {
  /// A shortest path (fewest edges) from `source` to `target`, by bidirectional BFS.
  ///
  /// Edges are walked either way by default (`direction: .both`): analysts ask how A is
  /// connected to B, whichever way the facts point. For many queries on one graph, make one
  /// `PathFinder` and reuse it: this convenience builds the finder's O(V + E) copy of the
  /// graph per call.
  /// - Parameters:
  ///   - filter: the edges that may be used (for example affiliations only).
  ///   - direction: `.both`, or `.outgoing` to follow edges only along their direction.
  ///   - maxHops: refuse paths longer than this many edges (`nil`: no limit).
  /// - Throws: `GraphError.vertexNotFound`, `GraphError.noPath`.
  /// - Complexity: O(V + E) time and space.
  public func shortestPath(
    from source: Int32, to target: Int32, filter: EdgeFilter = .all,
    direction: EdgeDirection = .both, maxHops: Int? = nil
  ) throws -> GraphPath {
    try PathFinder(graph: self).shortestPath(
      from: source, to: target, filter: filter, direction: direction, maxHops: maxHops)
  }
}
