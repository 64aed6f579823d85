import Testing

@testable import TiesGraph

@Suite struct ConnectedComponentsTests {
  @Test func weaklyConnectedMatchesNetworkx() {
    let c = Textbook.directed.connectedComponents()
    #expect(c.members() == NX.directedComponents)
    #expect(c.count == 3)
    #expect(c.largest == 0)
    #expect(c.sizes == [28, 1, 1])
  }

  @Test func labelsFollowSmallestVertex() {
    let g = Textbook.graph(7, [(5, 6), (3, 1), (4, 4), (1, 0)])
    let c = g.connectedComponents()
    #expect(c.labels == [0, 0, 1, 0, 2, 3, 3])
    #expect(c.members() == [[0, 1, 3], [2], [4], [5, 6]])
    #expect(Textbook.karate.connectedComponents().count == 1)
  }

  @Test func filterSplitsComponents() {
    var b = GraphBuilder(vertexCount: 4)
    b.addEdge(from: 0, to: 1, label: 0)
    b.addEdge(from: 1, to: 2, label: 1)
    b.addEdge(from: 2, to: 3, label: 0)
    let g = b.build()
    #expect(g.connectedComponents().count == 1)
    #expect(g.connectedComponents(filter: EdgeFilter(labels: [0])).members() == [[0, 1], [2, 3]])
  }
}
