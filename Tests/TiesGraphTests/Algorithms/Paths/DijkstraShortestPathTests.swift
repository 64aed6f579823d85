import Testing

@testable import TiesGraph

@Suite struct DijkstraShortestPathTests {
  @Test func undirectedCostsMatchNetworkx() throws {
    let g = Textbook.directed
    for t in 0..<Int32(30) {
      let expected = NX.undirectedDijkstraFrom0[Int(t)]
      if expected < 0 {
        #expect(throws: GraphError.noPath(from: 0, to: t)) {
          try g.shortestPath(from: 0, to: t, weight: .weight)
        }
      } else {
        let p = try g.shortestPath(from: 0, to: t, weight: .weight)
        #expect(abs(p.cost - expected) < 1e-9, "0 → \(t): \(p.cost) vs \(expected)")
        var sum = 0.0
        for e in p.edges { sum += g.weight(of: e) }
        #expect(abs(sum - p.cost) < 1e-9)
      }
    }
  }

  @Test func directedCostsMatchNetworkx() throws {
    let g = Textbook.directed
    for t in 0..<Int32(30) {
      let expected = NX.directedDijkstraFrom0[Int(t)]
      if expected < 0 {
        #expect(throws: GraphError.noPath(from: 0, to: t)) {
          try g.shortestPath(from: 0, to: t, weight: .weight, direction: .outgoing)
        }
      } else {
        let p = try g.shortestPath(from: 0, to: t, weight: .weight, direction: .outgoing)
        #expect(abs(p.cost - expected) < 1e-9, "0 → \(t)")
      }
    }
  }

  @Test func reciprocalWeightPrefersStrongEdges() throws {
    // 0 -(w 1)- 2 directly, or 0 -(w 4)- 1 -(w 4)- 2: costs 1 vs 0.5.
    let g = Textbook.weighted(3, [(0, 2, 1), (0, 1, 4), (1, 2, 4)])
    #expect(try g.shortestPath(from: 0, to: 2, weight: .weight).vertices == [0, 2])
    let strong = try g.shortestPath(from: 0, to: 2, weight: .reciprocalWeight)
    #expect(strong.vertices == [0, 1, 2])
    #expect(strong.cost == 0.5)
    #expect(try g.shortestPath(from: 0, to: 2, weight: .hops).cost == 1)
  }

  @Test func negativeWeightIsRefused() {
    let g = Textbook.weighted(3, [(0, 1, 1), (1, 2, -1)])
    #expect(throws: GraphError.negativeWeight(edge: 1)) {
      try g.shortestPath(from: 0, to: 2, weight: .weight)
    }
    #expect(throws: GraphError.vertexNotFound(3)) { try g.shortestPath(from: 0, to: 3, weight: .weight) }
  }
}
