/// The whole graph: entities sorted by id, relations sorted by key, and the documents read.
///
/// A value type: build it, then hand it to a store, an exporter or an index.
public struct KnowledgeGraph: Sendable, Hashable {
  public var documents: [Document]
  public var entities: [Entity]
  public var relations: [Relation]

  public init(documents: [Document] = [], entities: [Entity] = [], relations: [Relation] = []) {
    self.documents = documents
    self.entities = entities
    self.relations = relations
  }

  /// Sorts entities by id, relations by key, documents by name: the canonical order of output.
  ///
  /// Stable, as `sort` is. Relations are ordered through their keys, made once each, and
  /// moved once: comparing keys made in every comparison and moving relations with their
  /// evidence cost several times more on large graphs.
  /// - Complexity: O(n log n) in the number of entities and relations.
  public mutating func canonicalize() {
    documents.sort { $0.name < $1.name }
    entities.sort { $0.id < $1.id }
    let keys = relations.map(\.key)
    var order = Array(relations.indices)
    order.sort { keys[$0] < keys[$1] || (!(keys[$1] < keys[$0]) && $0 < $1) }
    if order.enumerated().contains(where: { $0.offset != $0.element }) {
      relations = order.map { relations[$0] }
    }
  }

  /// Entities by id.
  /// - Complexity: O(n).
  public func entityIndex() -> [EntityID: Int] {
    var index: [EntityID: Int] = [:]
    index.reserveCapacity(entities.count)
    for (i, e) in entities.enumerated() { index[e.id] = i }
    return index
  }
}
