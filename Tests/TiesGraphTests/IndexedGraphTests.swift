import Testing

@testable import TiesGraph

@Suite struct IndexedGraphTests {
  @Test func rowsHoldEdgesInInsertionOrder() {
    var b = GraphBuilder()
    let v = b.addVertices(4)
    #expect(v == 0..<4)
    b.addEdge(from: 2, to: 0, weight: 2, label: 3)
    b.addEdge(from: 0, to: 1)
    b.addEdge(from: 2, to: 1, weight: 5, label: 1)
    b.addEdge(from: 0, to: 2)
    let g = b.build()
    #expect(g.vertexCount == 4)
    #expect(g.edgeCount == 4)
    #expect(g.outOffsets == [0, 2, 2, 4, 4])
    #expect(g.outTargets == [1, 2, 0, 1])
    #expect(g.outEdges == [1, 3, 0, 2])
    #expect(g.inOffsets == [0, 1, 3, 4, 4])
    #expect(g.inSources == [2, 0, 2, 0])
    #expect(g.inEdges == [0, 1, 2, 3])
    #expect(g.weights == [2, 1, 5, 1])
    #expect(g.labels == [3, 0, 1, 0])
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
    #expect(p.graph.edgeSources == [0, 1])
    #expect(p.graph.edgeTargets == [1, 2])
    #expect(p.graph.weights == [2, 1])
    // Only organizations (label filter excludes nothing here; restrict by vertex instead).
    let onlyOrgs = g.projection(filter: .all) { $0 < 3 || $0 == 5 }
    #expect(onlyOrgs.graph.weights == [1, 1])
  }
}
