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
