/// An undirected weighted graph for one level of Louvain: symmetric rows, self-loops apart.
struct LouvainLevel {
  var offsets: [Int]
  var targets: [Int32]
  var weights: [Double]
  /// Self-loop weight per node, counted once.
  var loops: [Double]
  /// Weighted degree per node: row sum plus twice the loop.
  var strength: [Double]
  var count: Int { loops.count }

  /// Σ_c loops[c]/m − γ (strength[c] / 2m)²: the modularity of the partition whose
  /// communities are this level's nodes.
  func modularity(m: Double, resolution: Double) -> Double {
    var q = 0.0
    for c in 0..<count {
      let share = strength[c] / (2 * m)
      q += loops[c] / m - resolution * share * share
    }
    return q
  }
}

extension IndexedGraph {
  /// Communities by the Louvain method on the undirected, weighted view, as networkx's
  /// `louvain_communities(G, weight="weight", resolution=γ, threshold=1e-7, seed=…)`.
  ///
  /// Each level moves single nodes to the neighbouring community with the best modularity
  /// gain until no move improves (visiting nodes from a queue seeded in a random order, and
  /// re-queueing only the neighbours of moved nodes), then merges communities into nodes.
  /// Levels stop when nothing moves or modularity rises by at most `threshold`. Parallel
  /// edges add their weights. Flat arrays throughout; the randomness comes from `seed` only,
  /// so the same seed gives the same communities on every platform.
  /// - Parameters:
  ///   - resolution: γ; above 1 favours smaller communities.
  ///   - seed: the seed of the node orders.
  ///   - weighted: use edge weights, or count every edge as 1.
  ///   - threshold: networkx's `threshold`.
  /// - Returns: the communities with their modularity (computed as `modularity(of:)`).
  /// - Throws: `GraphError.invalidArgument` for a negative edge weight.
  /// - Complexity: O(E) time per sweep over the nodes, typically a few sweeps per level and
  ///   O(log V) levels; O(V + E) space.
  /// - References: V. D. Blondel, J.-L. Guillaume, R. Lambiotte, E. Lefebvre, "Fast unfolding
  ///   of communities in large networks", 2008; V. A. Traag, L. Waltman, N. J. van Eck, "From
  ///   Louvain to Leiden", 2019 (the queue of nodes to revisit).
  public func louvainCommunities(
    resolution: Double = 1, seed: UInt64 = 0, weighted: Bool = true, threshold: Double = 1e-7,
    filter: EdgeFilter = .all
  ) throws -> Communities {
    try louvainCommunities(
      resolution: resolution, seed: seed, weighted: weighted, threshold: threshold, filter: filter,
      parallelMergeRows: 1 << 20)
  }

  /// `louvainCommunities` that merges levels of at least `parallelMergeRows` row entries on two
  /// threads (tests lower it to check that both ways agree).
  func louvainCommunities(
    resolution: Double, seed: UInt64, weighted: Bool, threshold: Double, filter: EdgeFilter,
    parallelMergeRows: Int
  ) throws -> Communities {
    let n = vertexCount
    var level = try louvainBaseLevel(weighted: weighted, filter: filter)
    var m = 0.0
    for v in 0..<level.count { m += level.strength[v] }
    m /= 2
    var membership = (0..<Int32(n)).map { $0 }
    var levels = 0
    if m > 0 {
      var rng = SplitMix64(seed: seed)
      var mod = level.modularity(m: m, resolution: resolution)
      while true {
        guard let comm = IndexedGraph.louvainMove(level, m: m, resolution: resolution, rng: &rng)
        else { break }
        let (next, nodeCommunity) = IndexedGraph.louvainAggregate(
          level, comm, chunks: level.targets.count >= parallelMergeRows ? 2 : 1)
        for v in 0..<n { membership[v] = nodeCommunity[Int(membership[v])] }
        levels += 1
        let newMod = next.modularity(m: m, resolution: resolution)
        if newMod - mod <= threshold { break }
        mod = newMod
        level = next
      }
    }
    // Number communities by their smallest vertex.
    var relabel = [Int32](repeating: -1, count: n)
    var count: Int32 = 0
    for v in 0..<n {
      let c = Int(membership[v])
      if relabel[c] < 0 {
        relabel[c] = count
        count += 1
      }
      membership[v] = relabel[c]
    }
    let q = modularity(of: membership, resolution: resolution, weighted: weighted, filter: filter)
    return Communities(labels: membership, count: Int(count), modularity: q, levels: levels)
  }

  /// The first level: every edge that passes `filter` in both rows, loops apart.
  private func louvainBaseLevel(weighted: Bool, filter: EdgeFilter) throws -> LouvainLevel {
    let n = vertexCount
    var offsets = [Int](repeating: 0, count: n + 1)
    var loops = [Double](repeating: 0, count: n)
    var strength = [Double](repeating: 0, count: n)
    for u in 0..<n {
      for e in Int(outOffsets[u])..<Int(outOffsets[u + 1]) where filter.allows(labels[e]) {
        let w = weighted ? weight(of: Int32(e)) : 1
        if !(w >= 0) { throw GraphError.invalidArgument("edge \(e) has a negative or NaN weight") }
        let v = Int(outTargets[e])
        if u == v {
          loops[u] += w
          strength[u] += 2 * w
        } else {
          offsets[u + 1] += 1
          offsets[v + 1] += 1
          strength[u] += w
          strength[v] += w
        }
      }
    }
    for v in 0..<n { offsets[v + 1] += offsets[v] }
    var cursor = Array(offsets.dropLast())
    var targets = [Int32](repeating: 0, count: offsets[n])
    var rowWeights = [Double](repeating: 0, count: offsets[n])
    for u in 0..<n {
      for e in Int(outOffsets[u])..<Int(outOffsets[u + 1]) where filter.allows(labels[e]) {
        let v = Int(outTargets[e])
        if u == v { continue }
        let w = weighted ? weight(of: Int32(e)) : 1
        targets[cursor[u]] = Int32(v)
        rowWeights[cursor[u]] = w
        cursor[u] += 1
        targets[cursor[v]] = Int32(u)
        rowWeights[cursor[v]] = w
        cursor[v] += 1
      }
    }
    return LouvainLevel(
      offsets: offsets, targets: targets, weights: rowWeights, loops: loops, strength: strength)
  }

  /// Local moving on one level. Returns each node's community, or `nil` if no node moved.
  private static func louvainMove(
    _ g: LouvainLevel, m: Double, resolution: Double, rng: inout SplitMix64
  ) -> [Int32]? {
    let n = g.count
    var comm = (0..<Int32(n)).map { $0 }
    var total = g.strength
    var queue = comm
    rng.shuffle(&queue)
    var queued = [Bool](repeating: true, count: n)
    var neighborWeight = [Double](repeating: 0, count: n)
    var touchedStamp = [Int32](repeating: -1, count: n)
    var touched = [Int32](repeating: 0, count: n)
    var moved = false
    let twoM = 2 * m
    let epsilon = 1e-12 * max(1, twoM)
    g.offsets.withUnsafeBufferPointer { off in
      g.targets.withUnsafeBufferPointer { tgt in
        g.weights.withUnsafeBufferPointer { wts in
          g.strength.withUnsafeBufferPointer { k in
            comm.withUnsafeMutableBufferPointer { cm in
              total.withUnsafeMutableBufferPointer { tot in
                queue.withUnsafeMutableBufferPointer { q in
                  queued.withUnsafeMutableBufferPointer { inq in
                    neighborWeight.withUnsafeMutableBufferPointer { nw in
                      touchedStamp.withUnsafeMutableBufferPointer { stamp in
                        touched.withUnsafeMutableBufferPointer { list in
                          // `q` is a ring buffer of the nodes to visit; `pending` of them.
                          var head = 0
                          var pending = n
                          while pending > 0 {
                            let i = Int(q[head])
                            head = head + 1 == n ? 0 : head + 1
                            pending -= 1
                            inq[i] = false
                            let ci = Int(cm[i])
                            let ki = k[i]
                            var listCount = 0
                            for s in off[i]..<off[i + 1] {
                              let c = Int(cm[Int(tgt[s])])
                              if stamp[c] != Int32(truncatingIfNeeded: i) {
                                stamp[c] = Int32(truncatingIfNeeded: i)
                                nw[c] = 0
                                list[listCount] = Int32(truncatingIfNeeded: c)
                                listCount += 1
                              }
                              nw[c] += wts[s]
                            }
                            tot[ci] -= ki
                            let scale = resolution * ki / twoM
                            let own = stamp[ci] == Int32(truncatingIfNeeded: i) ? nw[ci] : 0
                            let stay = own - tot[ci] * scale
                            var best = ci
                            var bestGain = stay
                            for x in 0..<listCount {
                              let c = Int(list[x])
                              let gain = nw[c] - tot[c] * scale
                              if gain > bestGain {
                                bestGain = gain
                                best = c
                              }
                            }
                            if best != ci && bestGain - stay <= epsilon { best = ci }
                            tot[best] += ki
                            if best != ci {
                              cm[i] = Int32(truncatingIfNeeded: best)
                              moved = true
                              for s in off[i]..<off[i + 1] {
                                let j = Int(tgt[s])
                                if !inq[j] && Int(cm[j]) != best {
                                  inq[j] = true
                                  var slot = head + pending
                                  if slot >= n { slot -= n }
                                  q[slot] = Int32(truncatingIfNeeded: j)
                                  pending += 1
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
        }
      }
    }
    return moved ? comm : nil
  }

  /// Merged rows of a range of communities: per community its loop weight, strength and where
  /// its row ends in `targets` (relative to the part's start).
  private struct AggregatePart {
    var rowEnds: [Int] = []
    var targets: [Int32] = []
    var weights: [Double] = []
    var loops: [Double] = []
    var strength: [Double] = []
  }

  /// The merged rows of `communities` (of `count`), members listed by `start` and `members`:
  /// each neighbouring community once, in order of first appearance, with the summed weight.
  /// - Complexity: O(rows of the members) time; O(`count`) scratch.
  private static func aggregateRows(
    _ g: LouvainLevel, communities: Range<Int>, count: Int, start: [Int], members: [Int32],
    nodeCommunity: [Int32]
  ) -> AggregatePart {
    var part = AggregatePart()
    part.rowEnds.reserveCapacity(communities.count)
    part.loops.reserveCapacity(communities.count)
    part.strength.reserveCapacity(communities.count)
    var acc = [Double](repeating: 0, count: count)
    var stamp = [Int32](repeating: -1, count: count)
    var list: [Int32] = []
    for x in communities {
      list.removeAll(keepingCapacity: true)
      var loop = 0.0
      var strength = 0.0
      for slot in start[x]..<start[x + 1] {
        let i = Int(members[slot])
        loop += g.loops[i]
        strength += g.strength[i]
        for s in g.offsets[i]..<g.offsets[i + 1] {
          let y = Int(nodeCommunity[Int(g.targets[s])])
          if y == x {
            loop += g.weights[s] / 2
          } else {
            if stamp[y] != Int32(x) {
              stamp[y] = Int32(x)
              acc[y] = 0
              list.append(Int32(y))
            }
            acc[y] += g.weights[s]
          }
        }
      }
      for y in list {
        part.targets.append(y)
        part.weights.append(acc[Int(y)])
      }
      part.rowEnds.append(part.targets.count)
      part.loops.append(loop)
      part.strength.append(strength)
    }
    return part
  }

  /// Merges each community into one node, in `chunks` ranges of communities on as many
  /// threads. Returns the new level and, per old node, its new node (communities numbered by
  /// their first node).
  private static func louvainAggregate(
    _ g: LouvainLevel, _ comm: [Int32], chunks: Int
  ) -> (LouvainLevel, [Int32]) {
    let n = g.count
    var renumber = [Int32](repeating: -1, count: n)
    var nodeCommunity = [Int32](repeating: 0, count: n)
    var c = 0
    for i in 0..<n {
      let old = Int(comm[i])
      if renumber[old] < 0 {
        renumber[old] = Int32(c)
        c += 1
      }
      nodeCommunity[i] = renumber[old]
    }
    // Members of each community, by counting sort.
    var start = [Int](repeating: 0, count: c + 1)
    for i in 0..<n { start[Int(nodeCommunity[i]) + 1] += 1 }
    for x in 0..<c { start[x + 1] += start[x] }
    var cursor = Array(start.dropLast())
    var members = [Int32](repeating: 0, count: n)
    for i in 0..<n {
      let x = Int(nodeCommunity[i])
      members[cursor[x]] = Int32(i)
      cursor[x] += 1
    }
    // Communities are cut into `chunks` ranges, each merged on its own thread into its own
    // rows; joined in order, the rows are exactly those of one pass.
    var parts = [AggregatePart](repeating: AggregatePart(), count: chunks)
    parts.withUnsafeMutableBufferPointer { buffer in
      let out = SharedBuffer(buffer)
      Parallel.forEachChunk(chunks) { chunk in
        out.buffer[chunk] = aggregateRows(
          g, communities: (c * chunk / chunks)..<(c * (chunk + 1) / chunks), count: c,
          start: start, members: members, nodeCommunity: nodeCommunity)
      }
    }
    var offsets = [Int](repeating: 0, count: c + 1)
    var targets: [Int32] = []
    var weights: [Double] = []
    var loops: [Double] = []
    var strength: [Double] = []
    targets.reserveCapacity(parts.reduce(0) { $0 + $1.targets.count })
    weights.reserveCapacity(targets.capacity)
    loops.reserveCapacity(c)
    strength.reserveCapacity(c)
    var x = 0
    for part in parts {
      for end in part.rowEnds {
        x += 1
        offsets[x] = targets.count + end
      }
      targets += part.targets
      weights += part.weights
      loops += part.loops
      strength += part.strength
    }
    return (
      LouvainLevel(offsets: offsets, targets: targets, weights: weights, loops: loops, strength: strength),
      nodeCommunity
    )
  }
}
