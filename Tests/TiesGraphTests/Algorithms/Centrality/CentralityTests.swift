import Testing

@testable import TiesGraph

#if canImport(Glibc)
  import Glibc
#endif

@Suite struct DegreeCentralityTests {
  @Test func matchesNetworkx() {
    expectClose(Textbook.karate.degreeCentrality().values, NX.karateDegree, tolerance: 1e-15)
    expectClose(Textbook.star(4).degreeCentrality().values, NX.starDegree, tolerance: 1e-15)
    let d = Textbook.directed
    expectClose(d.degreeCentrality().values, NX.directedDegree, tolerance: 1e-15)
    expectClose(d.degreeCentrality(direction: .incoming).values, NX.directedInDegree, tolerance: 1e-15)
    expectClose(d.degreeCentrality(direction: .outgoing).values, NX.directedOutDegree, tolerance: 1e-15)
  }
}

@Suite struct PageRankTests {
  @Test func directedWithDanglingMatchesNetworkx() throws {
    let g = Textbook.directed
    expectClose(try g.pageRank(weighted: false).values, NX.directedPageRank, tolerance: 1e-12)
    expectClose(try g.pageRank().values, NX.directedPageRankWeighted, tolerance: 1e-12)
    expectClose(
      try g.pageRank(alpha: 0.9, weighted: false).values, NX.directedPageRankAlpha09, tolerance: 1e-12)
  }

  @Test func undirectedMatchesNetworkx() throws {
    expectClose(try Textbook.karate.pageRank(directed: false).values, NX.karatePageRank, tolerance: 1e-12)
    expectClose(try Textbook.star(4).pageRank(directed: false).values, NX.starPageRank, tolerance: 1e-12)
    expectClose(try Textbook.complete(5).pageRank(directed: false).values, NX.k5PageRank, tolerance: 1e-12)
    let weighted = Textbook.weighted(34, NX.karateWeightedEdges)
    expectClose(try weighted.pageRank(directed: false).values, NX.karatePageRankWeighted, tolerance: 1e-12)
  }

  @Test func refusesWhatItCannotDo() {
    #expect(throws: GraphError.didNotConverge(iterations: 2)) {
      try Textbook.karate.pageRank(directed: false, maxIterations: 2)
    }
    #expect(throws: GraphError.invalidArgument("alpha must be in (0, 1]")) {
      try Textbook.karate.pageRank(alpha: 0)
    }
  }
}

@Suite struct BetweennessCentralityTests {
  @Test func textbookGraphsMatchNetworkx() throws {
    expectClose(try Textbook.karate.betweennessCentrality().values, NX.karateBetweenness, tolerance: 1e-12)
    expectClose(
      try Textbook.karate.betweennessCentrality(normalized: false).values, NX.karateBetweennessRaw,
      tolerance: 1e-9)
    expectClose(try Textbook.bridge.betweennessCentrality().values, NX.bridgeBetweenness, tolerance: 1e-12)
    expectClose(try Textbook.path(5).betweennessCentrality().values, NX.pathBetweenness, tolerance: 1e-12)
    expectClose(try Textbook.star(4).betweennessCentrality().values, NX.starBetweenness, tolerance: 1e-12)
    expectClose(try Textbook.complete(5).betweennessCentrality().values, [0, 0, 0, 0, 0])
  }

  @Test func directedMatchesNetworkx() throws {
    let g = Textbook.directed
    expectClose(try g.betweennessCentrality(directed: true).values, NX.directedBetweenness, tolerance: 1e-12)
    expectClose(
      try g.betweennessCentrality(normalized: false, directed: true).values, NX.directedBetweennessRaw,
      tolerance: 1e-9)
  }

  @Test func parallelEdgesDoNotDoublePaths() throws {
    // Doubling every edge of the bridge graph leaves betweenness unchanged.
    let b = Textbook.bridge
    let doubled = Textbook.graph(
      6,
      (0..<Int32(b.edgeCount)).flatMap {
        [(b.source(of: $0), b.target(of: $0)), (b.target(of: $0), b.source(of: $0))]
      })
    expectClose(try doubled.betweennessCentrality().values, NX.bridgeBetweenness, tolerance: 1e-12)
  }

  @Test func sampledMatchesNetworkxOnTheSameSources() throws {
    let g = Textbook.karate
    let sampled = try g.betweennessCentrality(samples: 10, seed: 7)
    expectClose(sampled.values, NX.karateSampled10Seed7, tolerance: 1e-12)
    let raw = try g.betweennessCentrality(normalized: false, samples: 10, seed: 7)
    expectClose(raw.values, NX.karateSampled10Seed7Raw, tolerance: 1e-9)
    // Same seed, same result; another seed, another sample.
    #expect(try g.betweennessCentrality(samples: 10, seed: 7) == sampled)
    #expect(try g.betweennessCentrality(samples: 10, seed: 8) != sampled)
    // Sampling every vertex is exact.
    expectClose(try g.betweennessCentrality(samples: 34).values, NX.karateBetweenness, tolerance: 1e-12)
    #expect(throws: GraphError.invalidArgument("samples must be at least 1, got 0")) {
      try g.betweennessCentrality(samples: 0)
    }
  }
}

@Suite struct ClosenessCentralityTests {
  @Test func matchesNetworkx() {
    expectClose(Textbook.karate.closenessCentrality().values, NX.karateCloseness, tolerance: 1e-12)
    expectClose(Textbook.bridge.closenessCentrality().values, NX.bridgeCloseness, tolerance: 1e-12)
    expectClose(Textbook.path(5).closenessCentrality().values, NX.pathCloseness, tolerance: 1e-12)
    expectClose(Textbook.star(4).closenessCentrality().values, NX.starCloseness, tolerance: 1e-12)
    // Disconnected and directed: Wasserman–Faust, incoming distances.
    expectClose(
      Textbook.directed.closenessCentrality(directed: true).values, NX.directedCloseness, tolerance: 1e-12)
  }
}

@Suite struct EigenvectorCentralityTests {
  @Test func matchesNetworkx() throws {
    expectClose(try Textbook.karate.eigenvectorCentrality().values, NX.karateEigenvector, tolerance: 1e-12)
    expectClose(try Textbook.complete(5).eigenvectorCentrality().values, NX.k5Eigenvector, tolerance: 1e-12)
    expectClose(try Textbook.path(5).eigenvectorCentrality().values, NX.pathEigenvector, tolerance: 1e-12)
    #expect(throws: GraphError.invalidArgument("eigenvector centrality of an empty graph")) {
      try GraphBuilder().build().eigenvectorCentrality()
    }
  }

  @Test func topRanksByScoreThenVertex() throws {
    let top = try Textbook.karate.eigenvectorCentrality().top(3)
    #expect(top.map(\.vertex) == [33, 0, 2])
    #expect(Textbook.complete(5).degreeCentrality().top(2, where: { $0 != 0 }).map(\.vertex) == [1, 2])
  }
}

@Suite struct BetweennessChunkingTests {
  @Test func twoChunksSumToTheSingleThreadedResult() throws {
    // A ring of 5,000 with chords: large enough that sampling 64 sources uses two chunks.
    let n = 5_000
    var edges: [(Int32, Int32)] = []
    for i in 0..<Int32(n) {
      edges.append((i, (i + 1) % Int32(n)))
      if i % 7 == 0 { edges.append((i, (i * 31 + 17) % Int32(n))) }
    }
    let g = Textbook.graph(n, edges)
    let parallel = try g.betweennessCentrality(normalized: false, samples: 64, seed: 9)
    // The same sources, one chunk.
    var all = (0..<Int32(n)).map { $0 }
    var rng = SplitMix64(seed: 9)
    for i in 0..<64 { all.swapAt(i, i + rng.below(n - i)) }
    var single = SimpleAdjacency(g, direction: .both, filter: .all).brandes(sources: all[0..<64])
    g.rescaleBetweenness(&single, normalized: false, directed: false, sampled: Array(all[0..<64]))
    #expect(parallel.values.contains { $0 > 0 })
    for v in 0..<n { #expect(abs(parallel.values[v] - single[v]) <= 1e-9 * max(1, single[v])) }
  }
}

@Suite struct PageRankChunkingTests {
  @Test func twoChunksAgreeWithAPlainPowerIteration() throws {
    // 70,000 vertices (two chunks), a directed ring with chords and some dangling vertices.
    let n = 70_000
    var edges: [(Int32, Int32)] = []
    for i in 0..<Int32(n) where i % 11 != 5 {
      edges.append((i, (i + 1) % Int32(n)))
      if i % 3 == 0 { edges.append((i, (i &* 7_919 &+ 13) % Int32(n))) }
    }
    let g = Textbook.graph(n, edges)
    let fast = try g.pageRank(weighted: false, tolerance: 1e-10)
    // networkx's loop, written out serially.
    var outDegree = [Double](repeating: 0, count: n)
    for (u, _) in edges { outDegree[Int(u)] += 1 }
    var x = [Double](repeating: 1 / Double(n), count: n)
    for _ in 0..<fast.iterations {
      var next = [Double](repeating: 0, count: n)
      var dangling = 0.0
      for v in 0..<n where outDegree[v] == 0 { dangling += x[v] }
      for (u, v) in edges { next[Int(v)] += 0.85 * x[Int(u)] / outDegree[Int(u)] }
      for v in 0..<n { next[v] += (0.15 + 0.85 * dangling) / Double(n) }
      x = next
    }
    expectClose(fast.values, x, tolerance: 1e-15)
  }
}

@Suite struct ParallelTests {
  @Test func everyChunkRunsOnce() {
    for count in [0, 1, 2, 5] {
      var runs = [Int](repeating: 0, count: count)
      runs.withUnsafeMutableBufferPointer { buffer in
        let out = SharedBuffer(buffer)
        Parallel.forEachChunk(count) { chunk in out.buffer[chunk] += 1 }
      }
      #expect(runs == [Int](repeating: 1, count: count))
    }
  }
}

/// `Parallel.forEachIndex` runs each index once, whatever the threads and the items' costs.
@Suite("parallel for each index")
struct ParallelIndexTests {
  @Test(arguments: [(0, 2), (1, 4), (7, 2), (500, 3)])
  func everyIndexOnce(_ count: Int, _ threads: Int) {
    var runs = [Int](repeating: 0, count: count)
    runs.withUnsafeMutableBufferPointer { buffer in
      let out = SharedBuffer(buffer)
      Parallel.forEachIndex(count, threads: threads) { i in
        // Uneven items: every seventh one is slower.
        if i % 7 == 0 { usleep(200) }
        out.buffer[i] += 1
      }
    }
    #expect(runs == [Int](repeating: 1, count: count))
  }
}
