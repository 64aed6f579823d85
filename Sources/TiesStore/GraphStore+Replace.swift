import GRDB
import TiesModel

extension GraphStore {
  /// Replaces the whole content of the store with `extractions` and `graph`, in one write
  /// transaction (`write(waitingUpTo:_:)`).
  ///
  /// Documents, their sentences, mentions, local relations and misses come from `extractions`
  /// (each mention keeps the `entity` resolution assigned it, or none); entities, aliases,
  /// relations and evidence come from `graph`. Documents listed in `graph.documents` but not
  /// extracted are stored without an extraction. If anything throws, the transaction is rolled
  /// back and the store holds exactly what it held before.
  ///
  /// - Parameters:
  ///   - extractions: one per document, names unique; stored in this order (`ingested`).
  ///   - graph: the resolved graph; relation endpoints and mention entities must be among its
  ///     entities.
  ///   - seconds: how long to wait for another writer of the same graph.
  /// - Throws: `StoreError.duplicateDocument` when two extractions share a name, or
  ///   `graph.documents` disagrees with an extraction about one; `.inconsistentExtraction` when
  ///   a mention, relation or miss of an extraction points at another document;
  ///   `.duplicateEntity` when the graph lists an id twice; `.unknownEntity` when a relation
  ///   or mention names an entity the graph lacks; `.busy`, `.encodingFailed`, `.notWritable`,
  ///   `.database` for storage failures.
  /// - Complexity: O(D + S + M + X + V + A + E + R) row writes, for documents, sentences,
  ///   mentions, misses, entities, aliases, relations and evidence, plus O(V log V + E log E)
  ///   to order them.
  public func replaceAll(
    extractions: [DocumentExtraction], graph: KnowledgeGraph, waitingUpTo seconds: Double = 10
  ) throws {
    try write(waitingUpTo: seconds) { writer in
      try writer.removeAll()
      var seen = Set<String>()
      for extraction in extractions where !seen.insert(extraction.document.name).inserted {
        throw StoreError.duplicateDocument(name: extraction.document.name)
      }
      try writer.insert(extractions)
      try writer.insertWithoutExtraction(graph.documents.sorted { $0.name < $1.name })
      try writer.apply(graph: graph, resolved: extractions.sorted { $0.document.name < $1.document.name })
    }
  }

  /// `Evidence`'s own order, with confidence breaking ties.
  static func evidenceOrder(_ a: Evidence, _ b: Evidence) -> Bool {
    if a < b { return true }
    if b < a { return false }
    return a.confidence < b.confidence
  }
}
