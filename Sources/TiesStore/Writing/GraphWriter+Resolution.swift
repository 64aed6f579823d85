import GRDB
import TiesModel

extension GraphWriter {
  /// What resolution reads of every stored document with an extraction: the document, its
  /// mentions in the order extraction gave them and its local relations; sentences and misses
  /// are left out. Sorted by document name; equal to the stored extractions as far as
  /// resolution looks at them.
  /// - Complexity: O(D log D + M + R) for documents, mentions and local relations.
  public func resolutionInput() throws -> [DocumentExtraction] {
    var byName: [String: DocumentExtraction] = [:]
    let documents = try DocumentRecord.fetchCursor(
      db, sql: "SELECT \(DocumentRecord.metadataColumns) FROM documents WHERE extraction IS NOT NULL")
    while let record = try documents.next() {
      byName[record.document.name] = DocumentExtraction(
        document: record.document, sentences: [], mentions: [], relations: [], misses: [])
    }
    let mentions = try MentionRecord.fetchCursor(db, sql: "SELECT * FROM mentions ORDER BY rowid")
    while let record = try mentions.next() {
      var mention = record.mention
      mention.entity = nil
      byName[mention.evidence.document]?.mentions.append(mention)
    }
    let relations = try LocalRelationRecord.fetchCursor(
      db, sql: "SELECT * FROM local_relations ORDER BY rowid")
    while let record = try relations.next() {
      byName[record.relation.evidence.document]?.relations.append(record.relation)
    }
    return byName.values.sorted { $0.document.name < $1.document.name }
  }

  /// What `apply` changed.
  public struct Changes: Sendable, Equatable {
    public var entitiesWritten = 0
    public var entitiesDeleted = 0
    public var relationsWritten = 0
    public var relationsDeleted = 0
    public var mentionsUpdated = 0

    public init() {}
  }

  /// Makes the stored entities, aliases, relations, evidence and mention entities those of
  /// `graph` and `resolved`, writing only the rows that differ.
  ///
  /// - Parameters:
  ///   - graph: the resolved graph of every stored document.
  ///   - resolved: the stored documents' extractions with each mention's entity set, as
  ///     resolution returned them for `resolutionInput()` (mentions in the same order).
  /// - Throws: `StoreError.duplicateEntity`, `.unknownEntity` for an inconsistent graph;
  ///   `.encodingFailed`, `.database`.
  /// - Complexity: O(V + E + M) to compare digests and mention entities, plus the rows written.
  @discardableResult
  public func apply(graph: KnowledgeGraph, resolved: [DocumentExtraction]) throws -> Changes {
    var changes = Changes()
    let ids = try writeEntities(graph.entities, &changes)
    try writeRelations(graph.relations, ids: ids, &changes)
    try updateMentions(resolved, ids: ids, &changes)
    for id in try staleEntities(keeping: ids) {
      try db.execute(sql: "DELETE FROM entities WHERE id = ?", arguments: [id])
      changes.entitiesDeleted += 1
    }
    return changes
  }

  /// Inserts or rewrites the entities whose digest changed; returns the ids of all of them.
  private func writeEntities(_ entities: [Entity], _ changes: inout Changes) throws -> Set<EntityID> {
    var stored: [String: Int64?] = [:]
    let rows = try Row.fetchCursor(db, sql: "SELECT id, fingerprint FROM entities")
    while let row = try rows.next() { stored[row[0]] = row[1] as Int64? }
    var ids = Set<EntityID>()
    ids.reserveCapacity(entities.count)
    for entity in entities.sorted(by: { $0.id < $1.id }) {
      guard ids.insert(entity.id).inserted else { throw StoreError.duplicateEntity(entity.id) }
      var record = try EntityRecord(entity: entity, coding: coding)
      let aliases = Array(Set(entity.aliases)).sorted()
      record.fingerprint = Fingerprint.of(record: record, aliases: aliases)
      if let old = stored[entity.id.rawValue] {
        if old == record.fingerprint { continue }
        try db.execute(
          sql: """
            UPDATE entities SET name = ?, match_key = ?, type = ?, date = ?, mention_count = ?,
              attributes = ?, fingerprint = ? WHERE id = ?
            """,
          arguments: [
            record.name, NameKey.make(record.name), record.type, record.date, record.mentionCount,
            record.attributes, record.fingerprint, record.id,
          ])
        try db.execute(sql: "DELETE FROM aliases WHERE entity_id = ?", arguments: [record.id])
      } else {
        try record.insert(db)
      }
      for alias in aliases { try AliasRecord(entityID: record.id, alias: alias).insert(db) }
      changes.entitiesWritten += 1
    }
    return ids
  }

  /// Replaces the relations whose digest changed, inserts new ones, deletes those gone.
  private func writeRelations(_ relations: [Relation], ids: Set<EntityID>, _ changes: inout Changes) throws {
    struct Key: Hashable {
      var subject, predicate, object: String
      var role: String?
    }
    var stored: [Key: (id: Int64, fingerprint: Int64?)] = [:]
    let rows = try Row.fetchCursor(
      db, sql: "SELECT id, subject, predicate, object, role, fingerprint FROM relations")
    while let row = try rows.next() {
      stored[Key(subject: row[1], predicate: row[2], object: row[3], role: row[4])] = (row[0], row[5])
    }
    let delete = try db.cachedStatement(sql: "DELETE FROM relations WHERE id = ?")
    for relation in relations.sorted(by: { $0.key < $1.key }) {
      for endpoint in [relation.subject, relation.object] where !ids.contains(endpoint) {
        throw StoreError.unknownEntity(
          endpoint, referencedBy: "relation \(relation.subject) \(relation.predicate) \(relation.object)")
      }
      var record = try RelationRecord(relation: relation, coding: coding)
      let evidence = relation.evidence.sorted(by: GraphStore.evidenceOrder)
      record.fingerprint = Fingerprint.of(record: record, evidence: evidence)
      let key = Key(
        subject: record.subject, predicate: record.predicate, object: record.object, role: record.role)
      if let old = stored.removeValue(forKey: key) {
        if old.fingerprint == record.fingerprint { continue }
        delete.setUncheckedArguments([old.id])
        try delete.execute()
      }
      try record.insert(db)
      let relationID = db.lastInsertedRowID
      for item in evidence { try EvidenceRecord(relationID: relationID, evidence: item).insert(db) }
      changes.relationsWritten += 1
    }
    for (_, old) in stored {
      delete.setUncheckedArguments([old.id])
      try delete.execute()
      changes.relationsDeleted += 1
    }
  }

  /// Points every mention at the entity resolution gave it, writing only those that moved.
  private func updateMentions(_ resolved: [DocumentExtraction], ids: Set<EntityID>, _ changes: inout Changes)
    throws
  {
    var storedByDocument: [String: [(rowid: Int64, entity: String?)]] = [:]
    let rows = try Row.fetchCursor(db, sql: "SELECT rowid, document, entity_id FROM mentions ORDER BY rowid")
    while let row = try rows.next() {
      storedByDocument[row[1], default: []].append((row[0], row[2]))
    }
    let update = try db.cachedStatement(sql: "UPDATE mentions SET entity_id = ? WHERE rowid = ?")
    for extraction in resolved {
      let stored = storedByDocument[extraction.document.name] ?? []
      guard stored.count == extraction.mentions.count else {
        throw StoreError.inconsistentExtraction(
          document: extraction.document.name,
          message: "resolution gave \(extraction.mentions.count) mentions, the store holds \(stored.count)")
      }
      for (mention, row) in zip(extraction.mentions, stored) where mention.entity?.rawValue != row.entity {
        if let entity = mention.entity, !ids.contains(entity) {
          throw StoreError.unknownEntity(
            entity,
            referencedBy:
              "mention '\(mention.text)' in \(extraction.document.name), sentence \(mention.evidence.sentence)"
          )
        }
        update.setUncheckedArguments([mention.entity?.rawValue, row.rowid])
        try update.execute()
        changes.mentionsUpdated += 1
      }
    }
  }

  /// Stored entity ids not in `ids`.
  private func staleEntities(keeping ids: Set<EntityID>) throws -> [String] {
    var stale: [String] = []
    let rows = try String.fetchCursor(db, sql: "SELECT id FROM entities ORDER BY id")
    while let id = try rows.next() {
      if !ids.contains(EntityID(rawValue: id)) { stale.append(id) }
    }
    return stale
  }
}
