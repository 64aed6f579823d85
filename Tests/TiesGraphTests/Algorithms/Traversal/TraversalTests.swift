import Testing

@testable import TiesGraph

@Suite struct BreadthFirstSearchTests {
  @Test func distancesAndOrderOnKarate() throws {
    let r = try Textbook.karate.bfs(from: 0, direction: .both)
    #expect(r.distances == NX.karateDistancesFrom0)
    #expect(r.order.first == 0)
    #expect(r.order.count == 34)
    // Non-decreasing distance along the order, parents one hop closer.
    for (a, b) in zip(r.order, r.order.dropFirst()) { #expect(r.distances[Int(a)] <= r.distances[Int(b)]) }
    #expect(r.parentEdges[0] == -1)
  }

  @Test func directedAndDepthLimited() throws {
    let g = Textbook.directed
    let r = try g.bfs(from: 0)
    #expect(r.distances == NX.directedHopsFrom0)
    let near = try g.bfs(from: 0, maxDepth: 1)
    #expect(near.order == [0, 2, 10, 13, 20])
    #expect(throws: GraphError.vertexNotFound(30)) { try g.bfs(from: 30) }
  }
}

@Suite struct NeighborhoodTests {
  @Test func radiusBoundsTheEgoNetwork() throws {
    let g = Textbook.path(7)
    let n = try g.neighborhood(of: 3, radius: 2)
    #expect(n.vertices == [3, 4, 2, 5, 1])  // out-edges first, then in-edges
    #expect(n.distances == [0, 1, 1, 2, 2])
    #expect(try g.neighborhood(of: 3, radius: 0).vertices == [3])
    #expect(throws: GraphError.invalidArgument("radius must be at least 0")) {
      try g.neighborhood(of: 3, radius: -1)
    }
  }
}

@Suite struct CommonNeighborsTests {
  @Test func karateMatchesNetworkx() throws {
    // sorted(nx.common_neighbors(karate, 0, 33)) == [8, 13, 19, 31]
    #expect(try Textbook.karate.commonNeighbors(0, 33) == [8, 13, 19, 31])
    // sorted(nx.common_neighbors(karate, 0, 1)) == [2, 3, 7, 13, 17, 19, 21]
    #expect(try Textbook.karate.commonNeighbors(0, 1) == [2, 3, 7, 13, 17, 19, 21])
    #expect(try Textbook.star(3).commonNeighbors(1, 2) == [0])
    #expect(throws: GraphError.vertexNotFound(4)) { try Textbook.star(3).commonNeighbors(1, 4) }
  }
}

@Suite struct BrokersTests {
  @Test func bridgeEndsBrokerBetweenTriangles() throws {
    let b = try Textbook.bridge.brokers(between: [0, 1, 4, 5])
    // Pairs across the bridge: (0,4) (0,5) (1,4) (1,5) all pass through 2 and 3.
    #expect(b == [Broker(vertex: 2, pairs: 4), Broker(vertex: 3, pairs: 4)])
  }

  @Test func starCentreBrokersEveryPair() throws {
    let b = try Textbook.star(4).brokers(between: [1, 2, 3, 3])
    #expect(b == [Broker(vertex: 0, pairs: 3)])
    #expect(throws: GraphError.vertexNotFound(9)) { try Textbook.star(4).brokers(between: [1, 9]) }
  }

  @Test func directedCountsOrderedPairs() throws {
    // 0 → 1 → 2 only: 1 brokers (0, 2) but not (2, 0).
    let g = Textbook.graph(3, [(0, 1), (1, 2)])
    #expect(try g.brokers(between: [0, 2], direction: .outgoing) == [Broker(vertex: 1, pairs: 1)])
    #expect(try g.brokers(between: [0, 2]) == [Broker(vertex: 1, pairs: 1)])
  }
}

@Suite struct HopDistancesTests {
  /// A random directed graph: a dense core, a sparse periphery, some isolated vertices, loops
  /// and parallel edges, labels 0–3; large enough that the search goes bottom-up and back.
  static func randomGraph(seed: UInt64, vertices n: Int) -> IndexedGraph {
    var rng = SplitMix64(seed: seed)
    var b = GraphBuilder(vertexCount: n)
    for _ in 0..<(n * 4) {
      let u = rng.below(n / 5)
      let v = rng.below(10) == 0 ? rng.below(n - 20) : rng.below(n / 5)
      b.addEdge(from: Int32(u), to: Int32(v), label: UInt16(rng.below(4)))
    }
    for v in (n / 5)..<(n - 20) { b.addEdge(from: Int32(v), to: Int32(v - 1 - rng.below(3)), label: 1) }
    b.addEdge(from: 7, to: 7)
    return b.build()
  }

  @Test(arguments: [UInt64(1), 2, 3])
  func sameDistancesAsBreadthFirstSearch(seed: UInt64) throws {
    let g = Self.randomGraph(seed: seed, vertices: 4_000)
    for direction in [EdgeDirection.outgoing, .incoming, .both] {
      for filter in [EdgeFilter.all, EdgeFilter(labels: [0, 1]), EdgeFilter(labels: [2])] {
        for source in [Int32(0), 5, 3_500, 3_990] {
          let expected = try g.bfs(from: source, direction: direction, filter: filter).distances
          let got = try g.hopDistances(from: source, direction: direction, filter: filter)
          #expect(got == expected, "source \(source), \(direction)")
        }
      }
    }
  }

  @Test func refusesAnUnknownVertex() {
    #expect(throws: GraphError.self) { try Textbook.bridge.hopDistances(from: 99) }
  }
}
