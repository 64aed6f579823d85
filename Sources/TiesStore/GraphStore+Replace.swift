import GRDB
import TiesModel

extension GraphStore {
  /// Replaces the whole content of the store with `extractions` and `graph`, in one write
  /// transaction.
  ///
  /// Documents, their sentences, mentions and misses come from `extractions` (each mention
  /// keeps the `entity` resolution assigned it, or none); entities, aliases, relations and
  /// evidence come from `graph`. Documents listed in `graph.documents` but not extracted are
  /// stored without an extraction. If anything throws, the transaction is rolled back and the
  /// store holds exactly what it held before.
  ///
  /// Storing the same input twice leaves identical content, down to row ids.
  ///
  /// - Parameters:
  ///   - extractions: one per document, names unique; stored in this order (`ingested`).
  ///   - graph: the resolved graph; relation endpoints and mention entities must be among its
  ///     entities.
  /// - Throws: `StoreError.duplicateDocument` when two extractions share a name, or
  ///   `graph.documents` disagrees with an extraction about one; `.inconsistentExtraction` when
  ///   a mention, relation or miss of an extraction points at another document;
  ///   `.duplicateEntity` when the graph lists an id twice; `.unknownEntity` when a relation
  ///   or mention names an entity the graph lacks; `.encodingFailed`, `.notWritable`,
  ///   `.database` for storage failures.
  /// - Complexity: O(D + S + M + X + V + A + E + R) row writes, for documents, sentences,
  ///   mentions, misses, entities, aliases, relations and evidence, plus O(V log V + E log E)
  ///   to order them.
  public func replaceAll(extractions: [DocumentExtraction], graph: KnowledgeGraph) throws {
    let coding = StoreCoding()
    try write { db in
      try Self.deleteAll(db)
      let ids = try Self.insertEntities(graph.entities, db: db, coding: coding)
      try Self.insertDocuments(extractions, graphDocuments: graph.documents, ids: ids, db: db, coding: coding)
      try Self.insertRelations(graph.relations, ids: ids, db: db, coding: coding)
    }
  }

  private static func deleteAll(_ db: Database) throws {
    for table in [
      "evidence", "relations", "aliases", "mentions", "misses", "sentences", "documents", "entities",
    ] {
      try db.execute(sql: "DELETE FROM \(table)")
    }
  }

  /// Inserts entities in id order and returns the set of their ids.
  private static func insertEntities(_ entities: [Entity], db: Database, coding: StoreCoding) throws
    -> Set<EntityID>
  {
    var ids = Set<EntityID>()
    ids.reserveCapacity(entities.count)
    for entity in entities.sorted(by: { $0.id < $1.id }) {
      guard ids.insert(entity.id).inserted else { throw StoreError.duplicateEntity(entity.id) }
      try EntityRecord(entity: entity, coding: coding).insert(db)
      var previous: String?
      for alias in entity.aliases.sorted() where alias != previous {
        try AliasRecord(entityID: entity.id.rawValue, alias: alias).insert(db)
        previous = alias
      }
    }
    return ids
  }

  /// Inserts the extracted documents in the given order, then the graph's other documents by
  /// name.
  private static func insertDocuments(
    _ extractions: [DocumentExtraction], graphDocuments: [Document], ids: Set<EntityID>, db: Database,
    coding: StoreCoding
  ) throws {
    var stored: [String: Document] = [:]
    var ingested = 0
    for extraction in extractions {
      let document = extraction.document
      guard stored.updateValue(document, forKey: document.name) == nil else {
        throw StoreError.duplicateDocument(name: document.name)
      }
      try check(extraction)
      let blob = try coding.encode(extraction, what: "the extraction of '\(document.name)'")
      try DocumentRecord(document: document, extraction: blob, ingested: ingested).insert(db)
      ingested += 1
      for sentence in extraction.sentences {
        try SentenceRecord(document: document.name, sentence: sentence).insert(db)
      }
      for mention in extraction.mentions {
        if let entity = mention.entity, !ids.contains(entity) {
          throw StoreError.unknownEntity(
            entity,
            referencedBy:
              "mention '\(mention.text)' in \(document.name), sentence \(mention.evidence.sentence)")
        }
        try MentionRecord(mention: mention).insert(db)
      }
      for miss in extraction.misses {
        try MissRecord(miss: miss).insert(db)
      }
    }
    for document in graphDocuments.sorted(by: { $0.name < $1.name }) {
      if let existing = stored[document.name] {
        guard existing == document else { throw StoreError.duplicateDocument(name: document.name) }
        continue
      }
      stored[document.name] = document
      try DocumentRecord(document: document, extraction: nil, ingested: ingested).insert(db)
      ingested += 1
    }
  }

  /// Refuses an extraction whose facts point at another document.
  private static func check(_ extraction: DocumentExtraction) throws {
    let name = extraction.document.name
    func refuse(_ what: String, _ other: String) -> StoreError {
      .inconsistentExtraction(document: name, message: "\(what) names document '\(other)'")
    }
    for mention in extraction.mentions where mention.evidence.document != name {
      throw refuse("mention '\(mention.text)'", mention.evidence.document)
    }
    for relation in extraction.relations where relation.evidence.document != name {
      throw refuse(
        "relation \(relation.subject) \(relation.predicate) \(relation.object)", relation.evidence.document)
    }
    for miss in extraction.misses where miss.document != name {
      throw refuse("miss '\(miss.text)'", miss.document)
    }
  }

  /// Inserts relations in key order, each followed by its evidence in order.
  private static func insertRelations(
    _ relations: [Relation], ids: Set<EntityID>, db: Database, coding: StoreCoding
  ) throws {
    for relation in relations.sorted(by: { $0.key < $1.key }) {
      for endpoint in [relation.subject, relation.object] where !ids.contains(endpoint) {
        throw StoreError.unknownEntity(
          endpoint, referencedBy: "relation \(relation.subject) \(relation.predicate) \(relation.object)")
      }
      try RelationRecord(relation: relation, coding: coding).insert(db)
      let relationID = db.lastInsertedRowID
      for evidence in relation.evidence.sorted(by: Self.evidenceOrder) {
        try EvidenceRecord(relationID: relationID, evidence: evidence).insert(db)
      }
    }
  }

  /// `Evidence`'s own order, with confidence breaking ties.
  static func evidenceOrder(_ a: Evidence, _ b: Evidence) -> Bool {
    if a < b { return true }
    if b < a { return false }
    return a.confidence < b.confidence
  }
}
