import Testing

@testable import TiesGraph

@Suite struct AllShortestPathsTests {
  @Test(arguments: [
    (Int32(0), Int32(33), NX.karateAllShortest0to33),
    (Int32(16), Int32(25), NX.karateAllShortest16to25),
  ])
  func karateMatchesNetworkx(source: Int32, target: Int32, expected: [[Int32]]) throws {
    let paths = try Textbook.karate.allShortestPaths(from: source, to: target)
    #expect(paths.map(\.vertices) == expected)
  }

  @Test func parallelEdgesGiveOnePath() throws {
    let g = Textbook.graph(3, [(0, 1), (0, 1), (1, 2)])
    let paths = try g.allShortestPaths(from: 0, to: 2)
    #expect(paths.count == 1)
    #expect(paths[0].edges == [0, 2])
  }

  @Test func limitAndErrors() throws {
    #expect(try Textbook.karate.allShortestPaths(from: 0, to: 33, maxPaths: 2).count == 2)
    let split = Textbook.graph(4, [(0, 1), (2, 3)])
    #expect(throws: GraphError.noPath(from: 0, to: 2)) { try split.allShortestPaths(from: 0, to: 2) }
    #expect(throws: GraphError.vertexNotFound(9)) { try split.allShortestPaths(from: 0, to: 9) }
  }
}
