/// Receives a graph element by element, so that readers, generators and index builders can
/// stream a graph of millions of nodes without holding a `KnowledgeGraph` in memory.
///
/// Calls come in the order `begin`, any number of `node` and `edge` (a streaming GraphML
/// reader may interleave them), then `end`. An edge may name a node that has not been seen
/// yet; a sink that needs both endpoints declared checks that in `end()`.
public protocol KnowledgeGraphSink {
  mutating func begin(directed: Bool) throws
  mutating func node(_ entity: Entity) throws
  /// `id` is the edge's id in the source, when it had one.
  mutating func edge(_ relation: Relation, id: String?) throws
  mutating func end() throws
}

/// A sink that collects everything into a `KnowledgeGraph` (for graphs that fit in memory).
public struct KnowledgeGraphCollector: KnowledgeGraphSink {
  public private(set) var graph = KnowledgeGraph()
  public private(set) var directed = true

  public init() {}
  public mutating func begin(directed: Bool) throws { self.directed = directed }
  public mutating func node(_ entity: Entity) throws { graph.entities.append(entity) }
  public mutating func edge(_ relation: Relation, id: String?) throws { graph.relations.append(relation) }
  public mutating func end() throws {}
}

extension KnowledgeGraph {
  /// Streams this graph, entities then relations in their stored order, into `sink`.
  /// - Complexity: O(V + E) calls.
  public func emit<S: KnowledgeGraphSink>(into sink: inout S) throws {
    try sink.begin(directed: true)
    for e in entities { try sink.node(e) }
    for r in relations { try sink.edge(r, id: nil) }
    try sink.end()
  }
}
