import Testing

@testable import TiesGraph

@Suite struct ModularityTests {
  @Test func matchesNetworkx() {
    let clubs = NX.karateClubs
    #expect(abs(Textbook.karate.modularity(of: clubs) - NX.karateClubModularity) < 1e-12)
    let weighted = Textbook.weighted(34, NX.karateWeightedEdges)
    #expect(abs(weighted.modularity(of: clubs) - NX.karateClubModularityWeighted) < 1e-12)
    #expect(
      abs(weighted.modularity(of: clubs, resolution: 2) - NX.karateClubModularityWeightedGamma2) < 1e-12)
    #expect(abs(Textbook.bridge.modularity(of: [0, 0, 0, 1, 1, 1]) - NX.bridgeModularity) < 1e-12)
  }
}

@Suite struct LouvainCommunitiesTests {
  @Test func bridgeSplitsIntoItsTriangles() throws {
    let c = try Textbook.bridge.louvainCommunities(seed: 1)
    #expect(c.labels == [0, 0, 0, 1, 1, 1])
    #expect(c.count == 2)
    #expect(abs(c.modularity - NX.bridgeModularity) < 1e-12)
  }

  @Test(arguments: 0..<UInt64(8))
  func karateModularityWithinOnePercentOfNetworkx(seed: UInt64) throws {
    let c = try Textbook.karate.louvainCommunities(seed: seed)
    #expect(c.modularity >= NX.karateLouvainModularityWorst * 0.99)
    #expect(abs(c.modularity - Textbook.karate.modularity(of: c.labels)) < 1e-12)
    #expect(c.labels.max().map { Int($0) + 1 } == c.count)
  }

  @Test func bestOfSeedsReachesNetworkxBest() throws {
    let best =
      try (0..<UInt64(8)).map { try Textbook.karate.louvainCommunities(seed: $0).modularity }.max() ?? 0
    #expect(best >= NX.karateLouvainModularityBest * 0.99)
  }

  @Test func sameSeedSameCommunities() throws {
    let g = Textbook.karate
    let a = try g.louvainCommunities(seed: 42)
    #expect(try g.louvainCommunities(seed: 42) == a)
    let weighted = Textbook.weighted(34, NX.karateWeightedEdges)
    let w = try weighted.louvainCommunities(seed: 3)
    #expect(try weighted.louvainCommunities(seed: 3) == w)
    #expect(abs(w.modularity - weighted.modularity(of: w.labels)) < 1e-12)
  }

  @Test func mergingLevelsOnTwoThreadsGivesTheSameCommunities() throws {
    // 60 groups of 50 vertices, dense inside and sparsely linked, with uneven weights.
    var rng = SplitMix64(seed: 7)
    var edges: [(Int32, Int32, Double)] = []
    for v in 0..<3_000 {
      for _ in 0..<4 {
        edges.append((Int32(v), Int32(v / 50 * 50 + rng.below(50)), 1 + Double(rng.below(4))))
      }
      edges.append((Int32(v), Int32(rng.below(3_000)), 1))
    }
    let g = Textbook.weighted(3_000, edges)
    for seed in [UInt64(1), 2] {
      let one = try g.louvainCommunities(
        resolution: 1, seed: seed, weighted: true, threshold: 1e-7, filter: .all, parallelMergeRows: .max)
      let two = try g.louvainCommunities(
        resolution: 1, seed: seed, weighted: true, threshold: 1e-7, filter: .all, parallelMergeRows: 0)
      #expect(two == one)
      #expect(one.levels >= 2)
      #expect(one.count >= 40 && one.count <= 80)
    }
  }

  @Test func completeGraphIsOneCommunity() throws {
    let c = try Textbook.complete(5).louvainCommunities()
    #expect(c.count == 1)
    #expect(abs(c.modularity) < 1e-12)
  }

  @Test func refusesNegativeWeights() {
    let g = Textbook.weighted(2, [(0, 1, -1)])
    #expect(throws: GraphError.invalidArgument("edge 0 has a negative or NaN weight")) {
      try g.louvainCommunities()
    }
  }
}
