import Testing

@testable import TiesGraph

/// The finder searches a renumbered copy of the graph; these tests check that the copy
/// changes nothing: the same path as the search written plainly on the graph's own numbering.
@Suite struct PathFinderLayoutTests {
  /// `PathFinder`'s rule on `g` itself: expand a whole level of the side with the smaller
  /// sum of (unfiltered) degrees, forward on ties, neighbours in storage order; stop at the
  /// first vertex the other side has reached.
  func plainSearch(
    _ g: IndexedGraph, _ s: Int32, _ d: Int32, _ direction: EdgeDirection, _ filter: EdgeFilter
  ) -> GraphPath? {
    if s == d { return GraphPath(vertices: [s], edges: [], cost: 0) }
    var side = [Int](repeating: -1, count: g.vertexCount)
    var parent = [(vertex: Int32, edge: Int32)](repeating: (-1, -1), count: g.vertexCount)
    side[Int(s)] = 0
    side[Int(d)] = 1
    var frontiers: [[Int32]] = [[s], [d]]
    let directions = [direction, direction.reversed]
    var costs = [g.degree(of: s, direction: directions[0]), g.degree(of: d, direction: directions[1])]
    // The vertices from `v` back to the end of side `x`, `v` first.
    func chain(_ v: Int32, _ x: Int) -> (vertices: [Int32], edges: [Int32]) {
      var vertices = [v]
      var edges: [Int32] = []
      var v = v
      while v != (x == 0 ? s : d) {
        edges.append(parent[Int(v)].edge)
        v = parent[Int(v)].vertex
        vertices.append(v)
      }
      return (vertices, edges)
    }
    while !frontiers[0].isEmpty && !frontiers[1].isEmpty {
      let x = costs[0] <= costs[1] ? 0 : 1
      var next: [Int32] = []
      var cost = 0
      for u in frontiers[x] {
        for (w, e) in g.neighbors(of: u, direction: directions[x], filter: filter) where side[Int(w)] != x {
          if side[Int(w)] == 1 - x {
            // The source's half ends at u (forward) or w, the target's starts at w or u.
            let (front, back) = x == 0 ? (chain(u, 0), chain(w, 1)) : (chain(w, 0), chain(u, 1))
            let vertices: [Int32] = Array(front.vertices.reversed()) + back.vertices
            let edges: [Int32] = Array(front.edges.reversed()) + [e] + back.edges
            return GraphPath(vertices: vertices, edges: edges, cost: Double(edges.count))
          }
          side[Int(w)] = x
          parent[Int(w)] = (u, e)
          next.append(w)
          cost += g.degree(of: w, direction: directions[x])
        }
      }
      frontiers[x] = next
      costs[x] = cost
    }
    return nil
  }

  /// 2,000 vertices, hubs among the first 20, parallel edges, loops and three labels.
  func hubGraph(seed: UInt64) -> IndexedGraph {
    let n = 2_000
    var rng = SplitMix64(seed: seed)
    var b = GraphBuilder(vertexCount: n)
    for _ in 0..<4_500 {
      let u = Int32(rng.below(n))
      let v = rng.below(4) == 0 ? Int32(rng.below(20)) : Int32(rng.below(n))
      let label = UInt16(rng.below(3))
      if rng.below(2) == 0 {
        b.addEdge(from: u, to: v, label: label)
      } else {
        b.addEdge(from: v, to: u, label: label)
      }
    }
    b.addEdge(from: 5, to: 5)
    b.addEdge(from: 7, to: 8)
    b.addEdge(from: 7, to: 8)
    return b.build()
  }

  @Test(arguments: [EdgeDirection.both, .outgoing, .incoming])
  func renumberedSearchFindsThePlainSearchsPath(direction: EdgeDirection) throws {
    let g = hubGraph(seed: 5)
    let finder = PathFinder(graph: g)
    var rng = SplitMix64(seed: 8)
    for filter in [EdgeFilter.all, EdgeFilter(labels: [0, 2])] {
      for _ in 0..<400 {
        let s = Int32(rng.below(g.vertexCount))
        let t = rng.below(5) == 0 ? Int32(rng.below(20)) : Int32(rng.below(g.vertexCount))
        let expected = plainSearch(g, s, t, direction, filter)
        let found = try? finder.shortestPath(from: s, to: t, filter: filter, direction: direction)
        #expect(found == expected, "\(s) → \(t)")
        if let expected, expected.hops > 0 {
          let limited = try? finder.shortestPath(
            from: s, to: t, filter: filter, direction: direction, maxHops: expected.hops - 1)
          #expect(limited == nil, "\(s) → \(t) within \(expected.hops - 1)")
        }
      }
    }
  }

  @Test func stampsSurviveTheGenerationWrapping() throws {
    let g = hubGraph(seed: 9)
    let finder = PathFinder(graph: g)
    finder.generation = (UInt32.max >> 1) - 3
    var rng = SplitMix64(seed: 2)
    for _ in 0..<10 {
      let s = Int32(rng.below(g.vertexCount))
      let t = Int32(rng.below(g.vertexCount))
      let found = try? finder.shortestPath(from: s, to: t)
      #expect(found == plainSearch(g, s, t, .both, .all), "\(s) → \(t)")
    }
    #expect(finder.generation < 10)
  }

  @Test func searchOrderIsAPermutation() {
    let g = hubGraph(seed: 3)
    let order = PathFinder.searchOrder(g)
    #expect(order.sorted() == (0..<Int32(g.vertexCount)).map { $0 })
  }
}
