/// Answers many unweighted shortest-path queries on one graph, reusing its scratch space.
///
/// A search from both ends at once (bidirectional breadth-first search): each round expands
/// one whole level of the side with the smaller frontier, and stops at the end of the first
/// level in which the two searches meet, keeping the best meeting vertex. The scratch arrays
/// are stamped with a generation counter, so a query touches only the vertices it visits:
/// no O(V) reset between queries.
///
/// Memory: 32 bytes per vertex of scratch space (per side: generation stamp, distance,
/// parent edge, queue), allocated once by `init` and freed by `deinit`. Not thread-safe: use
/// one finder per thread.
public final class PathFinder {
  public let graph: IndexedGraph
  private let n: Int
  private let stampF: UnsafeMutableBufferPointer<UInt32>
  private let stampB: UnsafeMutableBufferPointer<UInt32>
  private let distF: UnsafeMutableBufferPointer<Int32>
  private let distB: UnsafeMutableBufferPointer<Int32>
  private let parentF: UnsafeMutableBufferPointer<Int32>
  private let parentB: UnsafeMutableBufferPointer<Int32>
  private let queueF: UnsafeMutableBufferPointer<Int32>
  private let queueB: UnsafeMutableBufferPointer<Int32>
  private var generation: UInt32 = 0

  /// Allocates scratch space for `graph`.
  /// - Complexity: O(V) time and space.
  public init(graph: IndexedGraph) {
    self.graph = graph
    n = graph.vertexCount
    let size = max(n, 1)
    stampF = .allocate(capacity: size)
    stampB = .allocate(capacity: size)
    stampF.initialize(repeating: 0)
    stampB.initialize(repeating: 0)
    distF = .allocate(capacity: size)
    distB = .allocate(capacity: size)
    parentF = .allocate(capacity: size)
    parentB = .allocate(capacity: size)
    queueF = .allocate(capacity: size)
    queueB = .allocate(capacity: size)
    distF.initialize(repeating: 0)
    distB.initialize(repeating: 0)
    parentF.initialize(repeating: -1)
    parentB.initialize(repeating: -1)
    queueF.initialize(repeating: 0)
    queueB.initialize(repeating: 0)
  }

  deinit {
    stampF.deallocate()
    stampB.deallocate()
    distF.deallocate()
    distB.deallocate()
    parentF.deallocate()
    parentB.deallocate()
    queueF.deallocate()
    queueB.deallocate()
  }

  private func nextGeneration() -> UInt32 {
    if generation == UInt32.max {
      stampF.update(repeating: 0)
      stampB.update(repeating: 0)
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

  // swiftlint:disable:next function_body_length
  private func search(
    _ t: Topology, _ s: Int32, _ d: Int32, _ filter: EdgeFilter, _ direction: EdgeDirection,
    _ limit: Int, _ gen: UInt32
  ) -> Int32 {
    let stampF = self.stampF
    let stampB = self.stampB
    let distF = self.distF
    let distB = self.distB
    let parentF = self.parentF
    let parentB = self.parentB
    let queueF = self.queueF
    let queueB = self.queueB
    stampF[Int(s)] = gen
    distF[Int(s)] = 0
    parentF[Int(s)] = -1
    queueF[0] = s
    stampB[Int(d)] = gen
    distB[Int(d)] = 0
    parentB[Int(d)] = -1
    queueB[0] = d
    // Level ranges of each queue: [levelStart, levelEnd) is the current frontier.
    var startF = 0
    var endF = 1
    var startB = 0
    var endB = 1
    var depthF = 0
    var depthB = 0
    let forwardDir = direction
    let backwardDir = direction.reversed
    let all = filter.admitsAll
    while startF < endF && startB < endB {
      if depthF + depthB >= limit { return -1 }
      var best = Int.max
      var meet: Int32 = -1
      let expandForward = (endF - startF) <= (endB - startB)
      // One level of one side; `mine`/`theirs` are that side's and the other's arrays.
      let (mineStamp, mineDist, mineParent, mineQueue, theirStamp, theirDist, dir) =
        expandForward
        ? (stampF, distF, parentF, queueF, stampB, distB, forwardDir)
        : (stampB, distB, parentB, queueB, stampF, distF, backwardDir)
      var start = expandForward ? startF : startB
      let end = expandForward ? endF : endB
      var tail = end
      while start < end {
        let v = mineQueue[start]
        start &+= 1
        let vi = Int(v)
        let dv = mineDist[vi] &+ 1
        if dir != .incoming {
          var k = Int(t.outOffsets[vi])
          let stop = Int(t.outOffsets[vi + 1])
          while k < stop {
            let w = Int(t.outTargets[k])
            let e = t.outEdges[k]
            k &+= 1
            if mineStamp[w] == gen { continue }
            if !all && !filter.allows(t.labels[Int(e)]) { continue }
            mineStamp[w] = gen
            mineDist[w] = dv
            mineParent[w] = e
            mineQueue[tail] = Int32(truncatingIfNeeded: w)
            tail &+= 1
            if theirStamp[w] == gen {
              let total = Int(dv) + Int(theirDist[w])
              if total < best {
                best = total
                meet = Int32(truncatingIfNeeded: w)
              }
            }
          }
        }
        if dir != .outgoing {
          var k = Int(t.inOffsets[vi])
          let stop = Int(t.inOffsets[vi + 1])
          while k < stop {
            let w = Int(t.inSources[k])
            let e = t.inEdges[k]
            k &+= 1
            if mineStamp[w] == gen { continue }
            if !all && !filter.allows(t.labels[Int(e)]) { continue }
            mineStamp[w] = gen
            mineDist[w] = dv
            mineParent[w] = e
            mineQueue[tail] = Int32(truncatingIfNeeded: w)
            tail &+= 1
            if theirStamp[w] == gen {
              let total = Int(dv) + Int(theirDist[w])
              if total < best {
                best = total
                meet = Int32(truncatingIfNeeded: w)
              }
            }
          }
        }
      }
      if expandForward {
        startF = endF
        endF = tail
        depthF += 1
      } else {
        startB = endB
        endB = tail
        depthB += 1
      }
      if meet >= 0 { return best <= limit ? meet : -1 }
    }
    return -1
  }

  private func reconstruct(source: Int32, target: Int32, meeting: Int32) -> GraphPath {
    let src = graph.edgeSources
    let tgt = graph.edgeTargets
    func other(_ e: Int32, _ v: Int32) -> Int32 {
      let a = src[Int(e)]
      return a == v ? tgt[Int(e)] : a
    }
    var front: [Int32] = [meeting]
    var frontEdges: [Int32] = []
    var v = meeting
    while v != source {
      let e = parentF[Int(v)]
      frontEdges.append(e)
      v = other(e, v)
      front.append(v)
    }
    front.reverse()
    frontEdges.reverse()
    v = meeting
    while v != target {
      let e = parentB[Int(v)]
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
