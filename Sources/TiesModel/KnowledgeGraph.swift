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
  /// - Complexity: O(n log n) in the number of entities and relations.
  public mutating func canonicalize() {
    documents.sort { $0.name < $1.name }
    entities.sort { $0.id < $1.id }
    relations.sort { $0.key < $1.key }
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
