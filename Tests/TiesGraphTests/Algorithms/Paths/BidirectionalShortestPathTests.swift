import Testing

@testable import TiesGraph

@Suite struct BidirectionalShortestPathTests {
  /// A path is valid when each edge joins its two vertices (either way).
  func expectValid(_ p: GraphPath, in g: IndexedGraph, sourceLocation: SourceLocation = #_sourceLocation) {
    for (i, e) in p.edges.enumerated() {
      let a = g.source(of: e)
      let b = g.target(of: e)
      let u = p.vertices[i]
      let v = p.vertices[i + 1]
      #expect((a == u && b == v) || (a == v && b == u), "hop \(i)", sourceLocation: sourceLocation)
    }
  }

  @Test func karateDistancesMatchNetworkx() throws {
    let g = Textbook.karate
    let finder = PathFinder(graph: g)
    for t in 0..<Int32(34) {
      let p = try finder.shortestPath(from: 0, to: t)
      #expect(Int32(p.hops) == NX.karateDistancesFrom0[Int(t)], "0 → \(t)")
      #expect(p.vertices.first == 0 && p.vertices.last == t)
      expectValid(p, in: g)
    }
  }

  @Test func allPairsAgreeWithBFS() throws {
    let g = Textbook.karate
    let finder = PathFinder(graph: g)
    for s in 0..<Int32(34) {
      let d = try g.bfs(from: s, direction: .both).distances
      for t in 0..<Int32(34) {
        let p = try finder.shortestPath(from: s, to: t)
        #expect(Int32(p.hops) == d[Int(t)], "\(s) → \(t)")
        #expect(p.cost == Double(p.hops))
      }
    }
  }

  @Test func directedSearchFollowsEdgeDirection() throws {
    let g = Textbook.directed
    let finder = PathFinder(graph: g)
    for t in 0..<Int32(30) {
      let expected = NX.directedHopsFrom0[Int(t)]
      if expected < 0 {
        #expect(throws: GraphError.noPath(from: 0, to: t)) {
          try finder.shortestPath(from: 0, to: t, direction: .outgoing)
        }
      } else {
        let p = try finder.shortestPath(from: 0, to: t, direction: .outgoing)
        #expect(Int32(p.hops) == expected, "0 → \(t)")
        for (i, e) in p.edges.enumerated() {
          #expect(g.source(of: e) == p.vertices[i])
        }
      }
    }
  }

  @Test func pathGraphEndToEnd() throws {
    let p = try Textbook.path(5).shortestPath(from: 4, to: 0)
    #expect(p.vertices == [4, 3, 2, 1, 0])
    #expect(p.edges == [3, 2, 1, 0])
    let same = try Textbook.path(5).shortestPath(from: 2, to: 2)
    #expect(same.vertices == [2] && same.edges.isEmpty && same.hops == 0)
  }

  @Test func hopLimitRefusesLongerPaths() throws {
    let g = Textbook.path(5)
    #expect(try g.shortestPath(from: 0, to: 4, maxHops: 4).hops == 4)
    #expect(throws: GraphError.noPath(from: 0, to: 4)) { try g.shortestPath(from: 0, to: 4, maxHops: 3) }
    #expect(throws: GraphError.noPath(from: 0, to: 1)) { try g.shortestPath(from: 0, to: 1, maxHops: 0) }
  }

  @Test func filterRestrictsEdges() throws {
    // 0 -a- 1 -a- 2 and a shortcut 0 -b- 2.
    var b = GraphBuilder(vertexCount: 3)
    b.addEdge(from: 0, to: 1, label: 0)
    b.addEdge(from: 1, to: 2, label: 0)
    b.addEdge(from: 0, to: 2, label: 1)
    let g = b.build()
    #expect(try g.shortestPath(from: 0, to: 2).hops == 1)
    #expect(try g.shortestPath(from: 0, to: 2, filter: EdgeFilter(labels: [0])).vertices == [0, 1, 2])
    #expect(throws: GraphError.noPath(from: 0, to: 1)) {
      try g.shortestPath(from: 0, to: 1, filter: EdgeFilter(labels: [1]))
    }
  }

  @Test func errorsNameTheProblem() {
    let g = Textbook.bridge
    #expect(throws: GraphError.vertexNotFound(6)) { try g.shortestPath(from: 0, to: 6) }
    #expect(throws: GraphError.vertexNotFound(-1)) { try g.shortestPath(from: -1, to: 0) }
    let split = Textbook.graph(4, [(0, 1), (2, 3)])
    #expect(throws: GraphError.noPath(from: 0, to: 3)) { try split.shortestPath(from: 0, to: 3) }
  }

  @Test func finderIsReusableAcrossManyQueries() throws {
    // A long cycle: distances wrap around; the generation stamps must isolate queries.
    let n = 200
    let g = Textbook.graph(n, (0..<Int32(n)).map { ($0, ($0 + 1) % Int32(n)) })
    let finder = PathFinder(graph: g)
    for s in stride(from: Int32(0), to: Int32(n), by: 7) {
      for t in stride(from: Int32(0), to: Int32(n), by: 11) {
        let d = abs(Int(s) - Int(t))
        #expect(try finder.shortestPath(from: s, to: t).hops == min(d, n - d))
      }
    }
  }

  @Test(arguments: [EdgeDirection.both, .outgoing])
  func randomGraphWithHubsAgreesWithBFS(direction: EdgeDirection) throws {
    // 3,000 vertices, a few hubs: the first meeting must always be a shortest path.
    let n = 3_000
    var rng = SplitMix64(seed: 21)
    var edges: [(Int32, Int32)] = []
    for _ in 0..<6_000 {
      let u = Int32(rng.below(n))
      let v = rng.below(4) == 0 ? Int32(rng.below(20)) : Int32(rng.below(n))
      edges.append(rng.below(2) == 0 ? (u, v) : (v, u))
    }
    let g = Textbook.graph(n, edges)
    let finder = PathFinder(graph: g)
    for _ in 0..<40 {
      let s = Int32(rng.below(n))
      let d = try g.bfs(from: s, direction: direction).distances
      for _ in 0..<25 {
        let t = Int32(rng.below(n))
        if d[Int(t)] < 0 {
          #expect(throws: GraphError.noPath(from: s, to: t)) {
            try finder.shortestPath(from: s, to: t, direction: direction)
          }
        } else {
          let p = try finder.shortestPath(from: s, to: t, direction: direction)
          #expect(Int32(p.hops) == d[Int(t)], "\(s) → \(t)")
          expectValid(p, in: g)
          let limit = Int(d[Int(t)])
          if limit > 0 {
            #expect(throws: GraphError.noPath(from: s, to: t)) {
              try finder.shortestPath(from: s, to: t, direction: direction, maxHops: limit - 1)
            }
          }
        }
      }
    }
  }
}
