import Testing

@testable import TiesGraph

@Suite struct IndexedGraphTests {
  @Test func edgesAreNumberedBySourceAndRowsKeepInsertionOrder() {
    var b = GraphBuilder()
    let v = b.addVertices(4)
    #expect(v == 0..<4)
    b.addEdge(from: 2, to: 0, weight: 2, label: 3)
    b.addEdge(from: 0, to: 1)
    b.addEdge(from: 2, to: 1, weight: 5, label: 1)
    b.addEdge(from: 0, to: 2)
    let (g, addedOrder) = b.buildNumbered()
    #expect(g.vertexCount == 4)
    #expect(g.edgeCount == 4)
    // Edge ids follow the out-rows: 0 → 1, 0 → 2, 2 → 0, 2 → 1.
    #expect(addedOrder == [1, 3, 0, 2])
    #expect(g.outOffsets == [0, 2, 2, 4, 4])
    #expect(g.outTargets == [1, 2, 0, 1])
    #expect(g.inOffsets == [0, 1, 3, 4, 4])
    #expect(g.inSources == [2, 0, 2, 0])
    #expect(g.inEdges == [2, 0, 3, 1])
    #expect((0..<Int32(4)).map { g.weight(of: $0) } == [1, 1, 2, 5])
    #expect(g.labels == [0, 0, 3, 1])
    #expect((0..<Int32(4)).map { g.source(of: $0) } == [0, 0, 2, 2])
    #expect((0..<Int32(4)).map { g.target(of: $0) } == [1, 2, 0, 1])
    #expect(g.indexBytes == 2 * 5 * 4 + 4 * (12 + 8 + 2))
    #expect(g.degree(of: 2) == 3)
    #expect(g.degree(of: 2, direction: .outgoing) == 2)
    #expect(g.degree(of: 3) == 0)
  }

  @Test func neighborsHonourFilterAndDirection() {
    var b = GraphBuilder(vertexCount: 3)
    b.addEdge(from: 0, to: 1, label: 1)
    b.addEdge(from: 2, to: 0, label: 2)
    let g = b.build()
    #expect(g.neighbors(of: 0).map(\.vertex) == [1, 2])
    #expect(g.neighbors(of: 0, direction: .outgoing).map(\.vertex) == [1])
    #expect(g.neighbors(of: 0, direction: .incoming).map(\.edge) == [1])
    #expect(g.neighbors(of: 0, filter: EdgeFilter(labels: [2])).map(\.vertex) == [2])
  }

  @Test func edgeFilterSelectsLabels() {
    let f = EdgeFilter(labels: [0, 5, 63])
    #expect(f.allows(0) && f.allows(5) && f.allows(63))
    #expect(!f.allows(1) && !f.allows(64))
    #expect(EdgeFilter.all.allows(64))
  }

  @Test func emptyGraphIsValid() throws {
    let g = GraphBuilder().build()
    #expect(g.vertexCount == 0 && g.edgeCount == 0)
    #expect(g.connectedComponents().count == 0)
    #expect(try g.pageRank().values.isEmpty)
    #expect(try g.louvainCommunities().count == 0)
  }

  @Test func projectionCountsSharedIntermediaries() {
    // People 0, 1, 2; organizations 3, 4; event 5. 0 and 1 share org 3 and event 5 (and 0 has
    // a parallel edge to 3, which must not count twice); 1 and 2 share org 4.
    var b = GraphBuilder(vertexCount: 6)
    for (p, m) in [(0, 3), (0, 3), (1, 3), (1, 4), (2, 4), (0, 5), (1, 5)] as [(Int32, Int32)] {
      b.addEdge(from: p, to: m)
    }
    b.addEdge(from: 0, to: 2)  // person–person: ignored
    let g = b.build()
    let p = g.projection { $0 < 3 }
    #expect(p.original == [0, 1, 2])
    #expect(p.projected == [0, 1, 2, -1, -1, -1])
    #expect(p.graph.outOffsets == [0, 1, 2, 2])
    #expect(p.graph.outTargets == [1, 2])
    #expect([p.graph.weight(of: 0), p.graph.weight(of: 1)] == [2, 1])
    // Only organizations (label filter excludes nothing here; restrict by vertex instead).
    let onlyOrgs = g.projection(filter: .all) { $0 < 3 || $0 == 5 }
    #expect([onlyOrgs.graph.weight(of: 0), onlyOrgs.graph.weight(of: 1)] == [1, 1])
  }

  @Test func equalWeightsAreNotStored() {
    var b = GraphBuilder(vertexCount: 3)
    b.addEdge(from: 2, to: 0, weight: 0.5)
    b.addEdge(from: 0, to: 1, weight: 0.5)
    let g = b.build()
    #expect(g.weight(of: 0) == 0.5 && g.weight(of: 1) == 0.5)
    #expect(g.indexBytes == 2 * 4 * 4 + 2 * (12 + 2))
    #expect(GraphBuilder(vertexCount: 2).build().indexBytes == 2 * 3 * 4)
  }
}
