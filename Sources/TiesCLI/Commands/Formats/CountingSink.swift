import TiesModel

/// Passes a streamed graph on to another sink and counts its nodes and edges.
struct CountingSink<Base: KnowledgeGraphSink>: KnowledgeGraphSink {
  var base: Base
  private(set) var nodes = 0
  private(set) var edges = 0

  init(_ base: Base) { self.base = base }

  mutating func begin(directed: Bool) throws { try base.begin(directed: directed) }

  mutating func node(_ entity: Entity) throws {
    nodes += 1
    try base.node(entity)
  }

  mutating func edge(_ relation: Relation, id: String?) throws {
    edges += 1
    try base.edge(relation, id: id)
  }

  mutating func end() throws { try base.end() }

  /// `N nodes, M edges`.
  var summary: String { "\(nodes) nodes, \(edges) edges" }
}
