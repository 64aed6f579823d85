import Testing

@testable import TiesGraph

/// Small graphs whose answers are known (from networkx, see `NetworkxExpected.swift`).
enum Textbook {
  /// One directed edge per pair, in the given order; read as undirected by the tests.
  static func graph(_ n: Int, _ edges: [(Int32, Int32)], label: UInt16 = 0) -> IndexedGraph {
    var b = GraphBuilder(vertexCount: n)
    for (u, v) in edges { b.addEdge(from: u, to: v, label: label) }
    return b.build()
  }

  static func weighted(_ n: Int, _ edges: [(Int32, Int32, Double)]) -> IndexedGraph {
    var b = GraphBuilder(vertexCount: n)
    for (u, v, w) in edges { b.addEdge(from: u, to: v, weight: w) }
    return b.build()
  }

  /// 0 – 1 – … – (n-1).
  static func path(_ n: Int) -> IndexedGraph {
    graph(n, (0..<Int32(max(n - 1, 0))).map { ($0, $0 + 1) })
  }

  /// Centre 0 with `leaves` leaves.
  static func star(_ leaves: Int) -> IndexedGraph {
    graph(leaves + 1, (1...Int32(leaves)).map { (0, $0) })
  }

  /// K_n, edges (i, j) with i < j.
  static func complete(_ n: Int) -> IndexedGraph {
    var edges: [(Int32, Int32)] = []
    for i in 0..<Int32(n) { for j in (i + 1)..<Int32(n) { edges.append((i, j)) } }
    return graph(n, edges)
  }

  /// Triangles 0-1-2 and 3-4-5 joined by the bridge 2-3.
  static let bridge = graph(6, [(0, 1), (1, 2), (0, 2), (2, 3), (3, 4), (4, 5), (3, 5)])

  /// Zachary's karate club (networkx's `karate_club_graph`), unweighted.
  static let karate = graph(34, NX.karateEdges)

  /// A directed G(30, 0.08) with dangling vertices 19, 26, 27 and weights in [0.5, 3].
  static let directed = weighted(30, NX.directedWeightedEdges)
}

/// Checks two score vectors element by element.
func expectClose(
  _ actual: [Double], _ expected: [Double], tolerance: Double = 1e-9,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  #expect(actual.count == expected.count, "length", sourceLocation: sourceLocation)
  for (i, (a, e)) in zip(actual, expected).enumerated() {
    #expect(abs(a - e) <= tolerance, "index \(i): \(a) vs \(e)", sourceLocation: sourceLocation)
  }
}
