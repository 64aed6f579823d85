import PostgresNIO
import TiesModel
import TiesStore

/// Writing a resolution: only the rows whose digest differs are written, as by the SQLite
/// `GraphWriter` (same digests, same counts in `StoreChanges`).
extension PostgresGraphWriter {
  /// - Complexity: O(V + E + M) to compare digests and mention entities, plus the rows written.
  func apply(graph: KnowledgeGraph, resolved: [DocumentExtraction], baseIDs: [EntityID: EntityID]) throws
    -> StoreChanges
  {
    var changes = StoreChanges()
    let stored = try storedEntities("SELECT id, fingerprint FROM entities")
    let ids = try writeEntities(graph.entities, stored: stored, baseIDs: baseIDs, &changes)
    let storedRelations = try self.storedRelations(
      "SELECT id, subject, predicate, object, role, fingerprint FROM relations", PostgresBindings())
    try writeRelations(graph.relations, stored: storedRelations, ids: ids, known: [], &changes)
    try updateMentions(resolved, ids: ids, &changes)
    let stale = stored.keys.filter { !ids.contains(EntityID(rawValue: $0)) }.sorted()
    if !stale.isEmpty {
      changes.entitiesDeleted += try session.execute("DELETE FROM entities WHERE id = ANY($1)", .of(stale))
    }
    return changes
  }

  /// - Complexity: O(R + evidence) for R relations, written in batches.
  func insertRelations(_ relations: [Relation], among entities: Set<EntityID>) throws -> StoreChanges {
    var changes = StoreChanges()
    try writeRelations(relations, stored: [:], ids: entities, known: [], &changes)
    return changes
  }

  func applyPartial(
    graph: KnowledgeGraph, clusters: [(cluster: ClusterRef, entity: EntityID?)],
    baseIDs: [EntityID: EntityID],
    replacing old: Set<EntityID>, previous: [ClusterRef: EntityID]
  ) throws -> StoreChanges {
    var changes = StoreChanges()
    let stored = try storedEntities(
      "SELECT id, fingerprint FROM entities WHERE id = ANY($1)", .of(graph.entities.map(\.id.rawValue)))
    for entity in graph.entities where stored[entity.id.rawValue] != nil && !old.contains(entity.id) {
      throw StoreError.duplicateEntity(entity.id)
    }
    let ids = try writeEntities(graph.entities, stored: stored, baseIDs: baseIDs, &changes)
    let touched = old.union(ids).map(\.rawValue)
    let storedRelations = try self.storedRelations(
      "SELECT id, subject, predicate, object, role, fingerprint FROM relations WHERE subject = ANY($1) OR object = ANY($1)",
      .of(touched))
    // Endpoints outside the resolved set must be stored entities the resolution did not replace.
    var outside = Set<String>()
    for relation in graph.relations {
      for end in [relation.subject, relation.object] where !ids.contains(end) && !old.contains(end) {
        outside.insert(end.rawValue)
      }
    }
    let known = Set(
      try session.query("SELECT id FROM entities WHERE id = ANY($1)", .of(Array(outside))).map {
        EntityID(rawValue: try Cells($0, path: path).text(0))
      })
    try writeRelations(graph.relations, stored: storedRelations, ids: ids, known: known, &changes)

    var documents: [String] = []
    var keys: [String] = []
    var entities: [String] = []
    var nulls: [Bool] = []
    for (cluster, entity) in clusters where previous[cluster] != entity {
      documents.append(cluster.document)
      keys.append(cluster.key)
      entities.append(entity?.rawValue ?? "")
      nulls.append(entity == nil)
    }
    if !documents.isEmpty {
      var binds = PostgresBindings()
      binds.append(documents)
      binds.append(keys)
      binds.append(entities)
      binds.append(nulls)
      changes.mentionsUpdated += try session.execute(
        """
        UPDATE mentions m SET entity_id = u.entity
        FROM (SELECT document, key, CASE WHEN is_null THEN NULL ELSE entity END AS entity
              FROM unnest($1::text[], $2::text[], $3::text[], $4::bool[]) AS v(document, key, entity, is_null)) u
        WHERE m.document = u.document AND m.local_key = u.key AND m.entity_id IS DISTINCT FROM u.entity
        """, binds)
    }
    let gone = old.subtracting(ids).map(\.rawValue).sorted()
    if !gone.isEmpty {
      changes.entitiesDeleted += try session.execute("DELETE FROM entities WHERE id = ANY($1)", .of(gone))
    }
    return changes
  }

  /// The digest of each stored entity the query selects (`id, fingerprint`), by id.
  private func storedEntities(_ sql: String, _ binds: PostgresBindings = PostgresBindings()) throws
    -> [String: Int64?]
  {
    var stored: [String: Int64?] = [:]
    try session.forEachRow(sql, binds) { row in
      let c = Cells(row, path: path)
      stored[try c.text(0)] = try c.optionalInt64(1)
    }
    return stored
  }

  /// Upserts the entities whose digest differs from `stored`, with their aliases; returns the
  /// ids of all of `entities`.
  func writeEntities(
    _ entities: [Entity], stored: [String: Int64?], baseIDs: [EntityID: EntityID],
    _ changes: inout StoreChanges
  ) throws -> Set<EntityID> {
    var ids = Set<EntityID>()
    ids.reserveCapacity(entities.count)
    var rows = BulkInsert(
      "entities",
      [
        ("id", .text), ("name", .text), ("match_key", .text), ("type", .text), ("date", .optionalText),
        ("mention_count", .bigint), ("attributes", .text), ("fingerprint", .bigint), ("base_id", .text),
      ],
      upsert: .init(
        conflict: "id",
        update: [
          "name", "match_key", "type", "date", "mention_count", "attributes", "fingerprint", "base_id",
        ]))
    var aliasRows = BulkInsert("aliases", [("entity_id", .text), ("alias", .text), ("match_key", .text)])
    var rewritten: [String] = []
    var written: [(EntityRecord, [String])] = []
    for entity in entities.sorted(by: { $0.id < $1.id }) {
      guard ids.insert(entity.id).inserted else { throw StoreError.duplicateEntity(entity.id) }
      var record = try EntityRecord(entity: entity, coding: coding)
      record.baseID = (baseIDs[entity.id] ?? entity.id).rawValue
      let aliases = Array(Set(entity.aliases)).sorted()
      record.fingerprint = Fingerprint.of(record: record, aliases: aliases)
      if let old = stored[entity.id.rawValue] {
        if old == record.fingerprint { continue }
        rewritten.append(record.id)
      }
      written.append((record, aliases))
    }
    if !rewritten.isEmpty {
      // Relations and mentions keep pointing at the same ids, so the rows are replaced in place.
      try session.execute("DELETE FROM aliases WHERE entity_id = ANY($1)", .of(rewritten))
    }
    for (record, _) in written {
      try rows.add(
        [
          .text(record.id), .text(record.name), .text(NameKey.make(record.name)), .text(record.type),
          .optionalText(record.date), .bigint(record.mentionCount), .text(record.attributes),
          .bigint(Int(record.fingerprint ?? 0)), .text(record.baseID ?? record.id),
        ], session)
      changes.entitiesWritten += 1
    }
    try rows.flush(session)
    for (record, aliases) in written {
      for alias in aliases {
        try aliasRows.add([.text(record.id), .text(alias), .text(NameKey.make(alias))], session)
      }
    }
    try aliasRows.flush(session)
    return ids
  }

  struct StoredRelationKey: Hashable {
    var subject, predicate, object: String
    var role: String?
  }

  func storedRelations(_ sql: String, _ binds: PostgresBindings) throws
    -> [StoredRelationKey: (id: Int64, fingerprint: Int64?)]
  {
    var stored: [StoredRelationKey: (id: Int64, fingerprint: Int64?)] = [:]
    try session.forEachRow(sql, binds) { row in
      let c = Cells(row, path: path)
      let key = StoredRelationKey(
        subject: try c.text(1), predicate: try c.text(2), object: try c.text(3), role: try c.optionalText(4))
      stored[key] = (try c.int64(0), try c.optionalInt64(5))
    }
    return stored
  }

  /// Replaces the relations whose digest differs from `stored`, inserts new ones and deletes
  /// those of `stored` that `relations` lacks. An endpoint must be among `ids` or `known`.
  func writeRelations(
    _ relations: [Relation], stored storedRelations: [StoredRelationKey: (id: Int64, fingerprint: Int64?)],
    ids: Set<EntityID>, known: Set<EntityID>, _ changes: inout StoreChanges
  ) throws {
    var stored = storedRelations
    var deleted: [Int64] = []
    var rows = BulkInsert(
      "relations",
      [
        ("id", .bigint), ("subject", .text), ("predicate", .text), ("object", .text), ("role", .optionalText),
        ("as_of", .optionalText), ("confidence", .double), ("attributes", .text), ("fingerprint", .bigint),
      ])
    var evidenceRows = BulkInsert(
      "evidence",
      [
        ("relation_id", .bigint), ("ordinal", .bigint), ("document", .text), ("sentence", .bigint),
        ("start", .bigint), ("end", .bigint), ("rule", .text), ("confidence", .double),
      ])
    var inserts: [(RelationRecord, [Evidence])] = []
    for relation in KnowledgeGraph.canonicallyOrdered(relations) {
      var (record, evidence) = try GraphWriter.prepared(
        relation, among: ids, coding: coding, knownEntity: { known.contains($0) })
      let key = StoredRelationKey(
        subject: record.subject, predicate: record.predicate, object: record.object, role: record.role)
      if let old = stored.removeValue(forKey: key) {
        if old.fingerprint == record.fingerprint { continue }
        deleted.append(old.id)
      }
      record.id = RelationIdentity.of(record)
      inserts.append((record, evidence))
      changes.relationsWritten += 1
    }
    for (_, old) in stored {
      deleted.append(old.id)
      changes.relationsDeleted += 1
    }
    if !deleted.isEmpty {
      try session.execute("DELETE FROM relations WHERE id = ANY($1)", .of(deleted.sorted()))
    }
    for (record, _) in inserts {
      try rows.add(
        [
          .bigint(Int(record.id ?? 0)), .text(record.subject), .text(record.predicate), .text(record.object),
          .optionalText(record.role), .optionalText(record.asOf), .double(record.confidence),
          .text(record.attributes), .bigint(Int(record.fingerprint ?? 0)),
        ], session)
    }
    try rows.flush(session)
    for (record, evidence) in inserts {
      for (i, item) in evidence.enumerated() {
        try evidenceRows.add(
          [
            .bigint(Int(record.id ?? 0)), .bigint(i), .text(item.document), .bigint(item.sentence),
            .bigint(item.start), .bigint(item.end), .text(item.rule), .double(item.confidence),
          ], session)
      }
    }
    try evidenceRows.flush(session)
  }

  /// Points every mention at the entity resolution gave it, writing only those that moved.
  private func updateMentions(
    _ resolved: [DocumentExtraction], ids: Set<EntityID>, _ changes: inout StoreChanges
  )
    throws
  {
    var storedByDocument: [String: [String?]] = [:]
    try session.forEachRow("SELECT document, entity_id FROM mentions ORDER BY document, ordinal") { row in
      let c = Cells(row, path: path)
      storedByDocument[try c.text(0), default: []].append(try c.optionalText(1))
    }
    var documents: [String] = []
    var ordinals: [Int] = []
    var entities: [String] = []
    var nulls: [Bool] = []
    for extraction in resolved {
      let stored = storedByDocument[extraction.document.name] ?? []
      guard stored.count == extraction.mentions.count else {
        throw StoreError.inconsistentExtraction(
          document: extraction.document.name,
          message: "resolution gave \(extraction.mentions.count) mentions, the store holds \(stored.count)")
      }
      for (i, (mention, entity)) in zip(extraction.mentions, stored).enumerated()
      where mention.entity?.rawValue != entity {
        if let id = mention.entity, !ids.contains(id) {
          throw StoreError.unknownEntity(
            id,
            referencedBy:
              "mention '\(mention.text)' in \(extraction.document.name), sentence \(mention.evidence.sentence)"
          )
        }
        documents.append(extraction.document.name)
        ordinals.append(i)
        entities.append(mention.entity?.rawValue ?? "")
        nulls.append(mention.entity == nil)
        changes.mentionsUpdated += 1
      }
    }
    guard !documents.isEmpty else { return }
    var binds = PostgresBindings()
    binds.append(documents)
    binds.append(ordinals)
    binds.append(entities)
    binds.append(nulls)
    try session.execute(
      """
      UPDATE mentions m SET entity_id = CASE WHEN u.is_null THEN NULL ELSE u.entity END
      FROM unnest($1::text[], $2::bigint[], $3::text[], $4::bool[]) AS u(document, ordinal, entity, is_null)
      WHERE m.document = u.document AND m.ordinal = u.ordinal
      """, binds)
  }
}

/// A relation's row id on PostgreSQL: a 64-bit FNV-1a digest of its identity (subject,
/// predicate, object, role), so that no sequence is shared between writers or shards.
/// Two identities with one digest would be refused by the primary key, never merged.
enum RelationIdentity {
  static func of(_ record: RelationRecord) -> Int64 {
    var value: UInt64 = 0xcbf2_9ce4_8422_2325
    for field in [record.subject, record.predicate, record.object, record.role] {
      for byte in (field ?? "").utf8 {
        value ^= UInt64(byte)
        value = value &* 0x0000_0100_0000_01b3
      }
      value ^= field == nil ? 0xFE : 0xFF
      value = value &* 0x0000_0100_0000_01b3
    }
    return Int64(bitPattern: value)
  }
}
