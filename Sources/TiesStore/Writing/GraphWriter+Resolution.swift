import GRDB
import TiesGraph
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
    let mentions = try MentionRecord.fetchCursor(
      db, sql: "SELECT \(MentionRecord.columns()) FROM mentions ORDER BY rowid")
    while let record = try mentions.next() {
      var mention = record.mention
      mention.entity = nil
      byName[mention.evidence.document]?.mentions.append(mention)
    }
    let relations = try LocalRelationRecord.fetchCursor(
      db, sql: "SELECT \(LocalRelationRecord.columns()) FROM local_relations ORDER BY rowid")
    while let record = try relations.next() {
      byName[record.relation.evidence.document]?.relations.append(record.relation)
    }
    return byName.values.sorted { $0.document.name < $1.document.name }
  }

  /// Makes the stored entities, aliases, relations, evidence and mention entities those of
  /// `graph` and `resolved`, writing only the rows that differ.
  ///
  /// - Parameters:
  ///   - graph: the resolved graph of every stored document.
  ///   - resolved: the stored documents' extractions with each mention's entity set, as
  ///     resolution returned them for `resolutionInput()` (mentions in the same order).
  ///   - baseIDs: each entity's id before a suffix told it apart (`Resolver.Result.baseIDs`).
  /// - Throws: `StoreError.duplicateEntity`, `.unknownEntity` for an inconsistent graph;
  ///   `.encodingFailed`, `.database`.
  /// - Complexity: O(V + E + M) to compare digests and mention entities, plus the rows written.
  @discardableResult
  public func apply(
    graph: KnowledgeGraph, resolved: [DocumentExtraction], baseIDs: [EntityID: EntityID]
  ) throws -> Changes {
    var changes = Changes()
    let ids = try writeEntities(
      graph.entities, stored: try storedEntities(sql: "SELECT id, fingerprint FROM entities"),
      baseIDs: baseIDs,
      &changes)
    let storedRelations = try self.storedRelations(
      sql: "SELECT id, subject, predicate, object, role, fingerprint FROM relations", arguments: [])
    try writeRelations(graph.relations, stored: storedRelations, ids: ids, &changes)
    try updateMentions(resolved, ids: ids, &changes)
    for id in try staleEntities(keeping: ids) {
      try db.execute(sql: "DELETE FROM entities WHERE id = ?", arguments: [id])
      changes.entitiesDeleted += 1
    }
    return changes
  }

  /// Inserts `relations` into a graph that holds none, with their evidence. Each relation's
  /// row, evidence order and digest are made on another thread, a few hundred relations ahead
  /// of the inserts (`Parallel.pipeline`): the last step of a build of 100,000 generated
  /// articles (1.15 million relations and their indexes) took 6.0 s instead of 6.9–8.3 s.
  /// - Throws: `StoreError.unknownEntity` for an end outside `entities`; `.encodingFailed`;
  ///   `.database`. The rows written before the error stay until the caller's transaction
  ///   rolls back.
  /// - Complexity: O(R log R + evidence) for R relations (in canonical order already: O(R)).
  public func insertRelations(_ relations: [Relation], among entities: Set<EntityID>) throws -> Changes {
    let (changes, counts) = try Self.writeRelationRows(relations, among: entities, into: db, coding: coding)
    // The graph held no relation: its counts are those of `relations`, whether the triggers
    // counted them or a bulk load set the triggers aside.
    try StoreSchemaV6.setRelationCounts(db, counts)
    return changes
  }

  /// `insertRelations`' rows, written into `db` (the graph's connection, or a staging
  /// database's, `RelationStaging`), with the changes they make and their counts by predicate.
  static func writeRelationRows(
    _ relations: [Relation], among entities: Set<EntityID>, into db: Database, coding: StoreCoding
  ) throws -> (changes: Changes, counts: [String: Int]) {
    var changes = Changes()
    let ordered = KnowledgeGraph.canonicallyOrdered(relations)
    let relationRows = try RowInserter<RelationRecord>(db)
    let evidenceRows = try RowInserter<EvidenceRecord>(db)
    let chunk = 512
    try Parallel.pipeline(
      (ordered.count + chunk - 1) / chunk, ahead: 4,
      make: { k in
        Result {
          try ordered[k * chunk..<min(ordered.count, (k + 1) * chunk)].map {
            try Self.prepared($0, among: entities, coding: coding)
          }
        }
      },
      consume: { _, made in
        for (record, evidence) in try made.get() {
          try relationRows.insert(record)
          let relationID = db.lastInsertedRowID
          for item in evidence {
            try evidenceRows.insert(EvidenceRecord(relationID: relationID, evidence: item))
          }
          changes.relationsWritten += 1
        }
      })
    var counts: [String: Int] = [:]
    for relation in relations { counts[relation.predicate.rawValue, default: 0] += 1 }
    return (changes, counts)
  }

  /// `relation`'s row with its digest, and its evidence in evidence order.
  /// - Throws: `StoreError.unknownEntity` when an end is outside `entities` and not
  ///   `knownEntity`; `.encodingFailed` for attributes that cannot be written.
  package static func prepared(
    _ relation: Relation, among entities: Set<EntityID>, coding: StoreCoding,
    knownEntity: ((EntityID) throws -> Bool)? = nil
  ) throws -> (record: RelationRecord, evidence: [Evidence]) {
    for endpoint in [relation.subject, relation.object] where !entities.contains(endpoint) {
      if let knownEntity, try knownEntity(endpoint) { continue }
      throw StoreError.unknownEntity(
        endpoint, referencedBy: "relation \(relation.subject) \(relation.predicate) \(relation.object)")
    }
    var record = try RelationRecord(relation: relation, coding: coding)
    // A resolution gives the evidence in this order already.
    let given = relation.evidence
    let evidence =
      given.indices.dropFirst().allSatisfy { !GraphStore.evidenceOrder(given[$0], given[$0 - 1]) }
      ? given : given.sorted(by: GraphStore.evidenceOrder)
    record.fingerprint = Fingerprint.of(record: record, evidence: evidence)
    return (record, evidence)
  }

  /// The digest of each stored entity the query selects (`id, fingerprint`), by id.
  func storedEntities(sql: String, arguments: StatementArguments = []) throws -> [String: Int64?] {
    var stored: [String: Int64?] = [:]
    let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
    while let row = try rows.next() { stored[row[0]] = row[1] as Int64? }
    return stored
  }

  /// Inserts or rewrites the entities whose digest differs from `stored`; returns the ids of
  /// all of them.
  func writeEntities(
    _ entities: [Entity], stored: [String: Int64?], baseIDs: [EntityID: EntityID], _ changes: inout Changes
  ) throws -> Set<EntityID> {
    var ids = Set<EntityID>()
    ids.reserveCapacity(entities.count)
    for entity in entities.sorted(by: { $0.id < $1.id }) {
      guard ids.insert(entity.id).inserted else { throw StoreError.duplicateEntity(entity.id) }
      var record = try EntityRecord(entity: entity, coding: coding)
      record.baseID = (baseIDs[entity.id] ?? entity.id).rawValue
      let aliases = Array(Set(entity.aliases)).sorted()
      record.fingerprint = Fingerprint.of(record: record, aliases: aliases)
      if let old = stored[entity.id.rawValue] {
        if old == record.fingerprint { continue }
        try db.execute(
          sql: """
            UPDATE entities SET name = ?, match_key = ?, type = ?, date = ?, mention_count = ?,
              attributes = ?, fingerprint = ?, base_id = ? WHERE id = ?
            """,
          arguments: [
            record.name, NameKey.make(record.name), record.type, record.date, record.mentionCount,
            record.attributes, record.fingerprint, record.baseID, record.id,
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

  /// A stored relation's identity: endpoints, predicate and role, as stored.
  struct StoredRelationKey: Hashable {
    var subject, predicate, object: String
    var role: String?
  }

  /// The row id and digest of each stored relation the query selects (`id, subject,
  /// predicate, object, role, fingerprint`).
  func storedRelations(sql: String, arguments: StatementArguments) throws
    -> [StoredRelationKey: (id: Int64, fingerprint: Int64?)]
  {
    var stored: [StoredRelationKey: (id: Int64, fingerprint: Int64?)] = [:]
    try storedRelations(sql: sql, arguments: arguments, into: &stored)
    return stored
  }

  /// Adds the relations the query selects to `stored`, keeping a relation `stored` has
  /// already (an ingest gathers the relations of each entity it touches into one dictionary,
  /// and a relation between two of them comes twice).
  func storedRelations(
    sql: String, arguments: StatementArguments,
    into stored: inout [StoredRelationKey: (id: Int64, fingerprint: Int64?)]
  ) throws {
    // Cached: an ingest asks this once per entity it touches, and compiling the query each
    // time cost more than running it.
    let rows = try Row.fetchCursor(db.cachedStatement(sql: sql), arguments: arguments)
    while let row = try rows.next() {
      let key = StoredRelationKey(subject: row[1], predicate: row[2], object: row[3], role: row[4])
      if stored[key] == nil { stored[key] = (row[0], row[5]) }
    }
  }

  /// Replaces the relations whose digest differs from `stored`, inserts new ones, and deletes
  /// those of `stored` that `relations` lacks.
  func writeRelations(
    _ relations: [Relation], stored storedRelations: [StoredRelationKey: (id: Int64, fingerprint: Int64?)],
    ids: Set<EntityID>, knownEntity: ((EntityID) throws -> Bool)? = nil, _ changes: inout Changes
  ) throws {
    var stored = storedRelations
    let delete = try db.cachedStatement(sql: "DELETE FROM relations WHERE id = ?")
    let ordered = KnowledgeGraph.canonicallyOrdered(relations)
    // By index: taking each relation out of the array would copy it.
    for i in ordered.indices {
      let (record, evidence) = try Self.prepared(
        ordered[i], among: ids, coding: coding, knownEntity: knownEntity)
      let key = StoredRelationKey(
        subject: record.subject, predicate: record.predicate, object: record.object, role: record.role)
      if let old = stored.removeValue(forKey: key) {
        if old.fingerprint == record.fingerprint { continue }
        try updateRelation(old.id, to: record, evidence: evidence)
        changes.relationsWritten += 1
        continue
      }
      try record.insert(db)
      let relationID = db.lastInsertedRowID
      for item in evidence { try EvidenceRecord(relationID: relationID, evidence: item).insert(db) }
      changes.relationsWritten += 1
    }
    for (_, old) in stored.sorted(by: { $0.value.id < $1.value.id }) {
      delete.setUncheckedArguments([old.id])
      try delete.execute()
      changes.relationsDeleted += 1
    }
  }

  /// Makes the stored relation `id` (of the same key) `record` with `evidence`, in place: its
  /// row is updated and only the evidence it gained or lost is written. A relation that gains
  /// the evidence of a few new articles costs those rows, not a rewrite of all its evidence.
  /// - Complexity: O(k log k) for the k items of evidence stored and given.
  private func updateRelation(_ id: Int64, to record: RelationRecord, evidence: [Evidence]) throws {
    try db.cachedStatement(
      sql: "UPDATE relations SET as_of = ?, confidence = ?, attributes = ?, fingerprint = ? WHERE id = ?"
    ).execute(arguments: [record.asOf, record.confidence, record.attributes, record.fingerprint, id])
    var wanted = Set(evidence)
    let rows = try Row.fetchCursor(
      db.cachedStatement(
        sql:
          #"SELECT rowid, document, sentence, "start", "end", rule, confidence FROM evidence WHERE relation_id = ?"#
      ), arguments: [id])
    var unwanted: [Int64] = []
    while let row = try rows.next() {
      let item = Evidence(
        document: row[1], sentence: row[2], start: row[3], end: row[4], rule: row[5], confidence: row[6])
      // An item stored twice keeps one row.
      if wanted.remove(item) == nil { unwanted.append(row[0]) }
    }
    let delete = try db.cachedStatement(sql: "DELETE FROM evidence WHERE rowid = ?")
    for rowid in unwanted { try delete.execute(arguments: [rowid]) }
    // In evidence order, as an insert writes them.
    for item in evidence where wanted.contains(item) {
      try EvidenceRecord(relationID: id, evidence: item).insert(db)
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
