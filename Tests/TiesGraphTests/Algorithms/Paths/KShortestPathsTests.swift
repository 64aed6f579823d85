import Testing

@testable import TiesGraph

@Suite struct KShortestPathsTests {
  @Test(arguments: [
    (Int32(0), Int32(33), NX.karateYenHops0to33),
    (Int32(16), Int32(25), NX.karateYenHops16to25),
  ])
  func hopCountsMatchNetworkx(source: Int32, target: Int32, expected: [Int32]) throws {
    let paths = try Textbook.karate.kShortestPaths(from: source, to: target, k: expected.count)
    #expect(paths.map { Int32($0.hops) } == expected)
    // Simple, distinct, and valid.
    #expect(Set(paths.map(\.vertices)).count == paths.count)
    for p in paths {
      #expect(Set(p.vertices).count == p.vertices.count)
      #expect(p.vertices.first == source && p.vertices.last == target)
    }
  }

  @Test func fewerPathsThanAskedWhenFewerExist() throws {
    // A square 0-1-3, 0-2-3: exactly two simple paths.
    let g = Textbook.graph(4, [(0, 1), (1, 3), (0, 2), (2, 3)])
    let paths = try g.kShortestPaths(from: 0, to: 3, k: 5)
    #expect(paths.map(\.vertices) == [[0, 1, 3], [0, 2, 3]])
  }

  @Test func weightedOrderIsByCost() throws {
    let g = Textbook.weighted(4, [(0, 1, 1), (1, 3, 1), (0, 2, 0.5), (2, 3, 0.5), (0, 3, 3)])
    let paths = try g.kShortestPaths(from: 0, to: 3, k: 3, weight: .weight)
    #expect(paths.map(\.vertices) == [[0, 2, 3], [0, 1, 3], [0, 3]])
    #expect(paths.map(\.cost) == [1, 2, 3])
  }

  @Test func refusesBadArguments() {
    let g = Textbook.path(3)
    #expect(throws: GraphError.invalidArgument("k must be at least 1, got 0")) {
      try g.kShortestPaths(from: 0, to: 2, k: 0)
    }
    #expect(throws: GraphError.noPath(from: 0, to: 2)) {
      try Textbook.graph(3, [(0, 1)]).kShortestPaths(from: 0, to: 2, k: 2)
    }
  }
}
