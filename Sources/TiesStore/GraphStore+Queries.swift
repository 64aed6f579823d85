import Foundation
import GRDB
import TiesModel

extension GraphStore {
  /// Every stored document, sorted by name.
  /// - Throws: `StoreError.corruptRecord` or `.database`.
  /// - Complexity: O(D log D).
  public func documents() throws -> [Document] {
    try read { db in
      try DocumentRecord.fetchAll(
        db, sql: "SELECT \(DocumentRecord.metadataColumns) FROM documents ORDER BY name"
      ).map(\.document).sorted { $0.name < $1.name }
    }
  }

  /// The document called `name`, or nil.
  /// - Throws: `StoreError.corruptRecord` or `.database`.
  /// - Complexity: O(log D).
  public func document(named name: String) throws -> Document? {
    try read { db in
      try DocumentRecord.fetchOne(
        db, sql: "SELECT \(DocumentRecord.metadataColumns) FROM documents WHERE name = ?", arguments: [name]
      )?.document
    }
  }

  /// Every stored per-document extraction, with each mention's entity as resolution last
  /// set it, sorted by document name.
  ///
  /// Read back from the rows of sentences, mentions, local relations and misses; a graph
  /// written before that kept each extraction as JSON in `documents.extraction`, which is
  /// read for those documents.
  /// - Throws: `StoreError.corruptRecord` when a stored extraction cannot be decoded, `.database`.
  /// - Complexity: O(D log D + S + M + R + X) for the rows read.
  public func extractions() throws -> [DocumentExtraction] {
    let coding = StoreCoding()
    return try read { db in
      var byName: [String: DocumentExtraction] = [:]
      var legacy: [String] = []
      let documents = try Row.fetchCursor(
        db,
        sql: """
          SELECT \(DocumentRecord.metadataColumns), NULL AS extraction, length(extraction) AS blob
          FROM documents WHERE extraction IS NOT NULL
          """)
      while let row = try documents.next() {
        let record = try DocumentRecord(row: row)
        if (row["blob"] as Int? ?? 0) > 0 { legacy.append(record.document.name) }
        byName[record.document.name] = DocumentExtraction(
          document: record.document, sentences: [], mentions: [], relations: [], misses: [])
      }
      let sentences = try SentenceRecord.fetchCursor(
        db, sql: "SELECT * FROM sentences ORDER BY document, idx")
      while let record = try sentences.next() { byName[record.document]?.sentences.append(record.sentence) }
      let mentions = try MentionRecord.fetchCursor(
        db, sql: "SELECT \(MentionRecord.columns()) FROM mentions ORDER BY rowid")
      while let record = try mentions.next() {
        byName[record.mention.evidence.document]?.mentions.append(record.mention)
      }
      let relations = try LocalRelationRecord.fetchCursor(
        db, sql: "SELECT \(LocalRelationRecord.columns()) FROM local_relations ORDER BY rowid")
      while let record = try relations.next() {
        byName[record.relation.evidence.document]?.relations.append(record.relation)
      }
      let misses = try MissRecord.fetchCursor(db, sql: "SELECT * FROM misses ORDER BY rowid")
      while let record = try misses.next() { byName[record.miss.document]?.misses.append(record.miss) }
      for name in legacy {
        guard
          let blob = try Data.fetchOne(
            db, sql: "SELECT extraction FROM documents WHERE name = ?", arguments: [name])
        else { continue }
        var extraction = try coding.decode(
          DocumentExtraction.self, from: blob, path: databasePath, what: "the extraction of '\(name)'")
        // Resolution writes each mention's entity to its row, not to the stored extraction.
        if let rows = byName[name]?.mentions, rows.count == extraction.mentions.count {
          for (i, row) in rows.enumerated() { extraction.mentions[i].entity = row.entity }
        }
        byName[name] = extraction
      }
      return byName.values.sorted { $0.document.name < $1.document.name }
    }
  }

  /// The whole graph in canonical order: documents by name, entities by id (aliases sorted),
  /// relations by key, each relation's evidence sorted. Equal to the graph last given to
  /// `replaceAll(extractions:graph:)` when that graph was canonical and its documents were
  /// those of the extractions.
  /// - Throws: `StoreError.corruptRecord` or `.database`.
  /// - Complexity: O(V log V + E log E + A + Ev) for entities, relations, aliases, evidence.
  public func graph() throws -> KnowledgeGraph {
    let documents = try documents()
    let (entities, relations) = try read { db in
      (try fetchEntities(db, where: "1", arguments: []), try fetchRelations(db, where: "1", arguments: []))
    }
    return KnowledgeGraph(documents: documents, entities: entities, relations: relations)
  }

  /// Entities of `type` (any type when nil) whose name or an alias contains `matching`
  /// (anything when nil), sorted by id.
  ///
  /// Matching ignores case and treats hyphens, dashes and white space alike, so "korea japan"
  /// finds "Korea-Japan Economic Association".
  /// - Throws: `StoreError.corruptRecord` or `.database`.
  /// - Complexity: O(V + A) string comparisons, plus O(k log k) to sort the k results.
  public func entities(type: EntityType? = nil, matching: String? = nil) throws -> [Entity] {
    var conditions: [String] = []
    var arguments: StatementArguments = []
    if let type {
      conditions.append("e.type = ?")
      arguments += [type.rawValue]
    }
    if let matching {
      let key = NameKey.make(matching)
      conditions.append(
        """
        (instr(e.match_key, ?) > 0
         OR EXISTS (SELECT 1 FROM aliases a WHERE a.entity_id = e.id AND instr(a.match_key, ?) > 0))
        """)
      arguments += [key, key]
    }
    let filter = conditions.isEmpty ? "1" : conditions.joined(separator: " AND ")
    return try read { db in try fetchEntities(db, where: filter, arguments: arguments) }
  }

  /// The entity with `id`, or nil.
  /// - Throws: `StoreError.corruptRecord` or `.database`.
  /// - Complexity: O(log V + aliases).
  public func entity(id: EntityID) throws -> Entity? {
    try read { db in try fetchEntities(db, where: "e.id = ?", arguments: [id.rawValue]).first }
  }

  /// Entities whose name or an alias is `name`, ignoring case and treating hyphens, dashes
  /// and white space alike ("sohn kyung shik" finds "Sohn Kyung-Shik"); sorted by id.
  /// - Throws: `StoreError.corruptRecord` or `.database`.
  /// - Complexity: O(log V + log A + k log k) through the lookup-key indexes.
  public func findEntities(named name: String) throws -> [Entity] {
    let key = NameKey.make(name)
    if key.isEmpty { return [] }
    return try read { db in
      try fetchEntities(
        db, where: "(e.match_key = ? OR e.id IN (SELECT entity_id FROM aliases WHERE match_key = ?))",
        arguments: [key, key])
    }
  }

  /// The relations `id` takes part in, as subject or object, with their evidence, sorted by
  /// key; empty when no entity has that id.
  /// - Throws: `StoreError.corruptRecord` or `.database`.
  /// - Complexity: O(log E + k log k) through the endpoint indexes, for k relations.
  public func relations(of id: EntityID) throws -> [Relation] {
    try read { db in
      try fetchRelations(db, where: "(r.subject = ? OR r.object = ?)", arguments: [id.rawValue, id.rawValue])
    }
  }

  /// The mentions resolved to `id`, sorted by document, sentence and offsets.
  /// - Throws: `StoreError.corruptRecord` or `.database`.
  /// - Complexity: O(log M + k log k) through the entity index, for k mentions.
  public func mentions(of id: EntityID) throws -> [Mention] {
    try read { db in
      try MentionRecord.fetchAll(
        db,
        sql: """
          SELECT \(MentionRecord.columns()) FROM mentions WHERE entity_id = ?
          ORDER BY document, sentence, "start", "end", text, rowid
          """, arguments: [id.rawValue]
      ).map(\.mention).sorted { $0.evidence < $1.evidence }
    }
  }

  /// Sentence `index` of `document`, or nil when either does not exist.
  /// - Throws: `StoreError.corruptRecord` or `.database`.
  /// - Complexity: O(log S).
  public func sentence(document: String, index: Int) throws -> Sentence? {
    try read { db in
      try SentenceRecord.fetchOne(
        db, sql: "SELECT * FROM sentences WHERE document = ? AND idx = ?", arguments: [document, index]
      )?.sentence
    }
  }

  /// The sentences `keys` name (document and index), in one read; nil where either does not
  /// exist.
  /// - Throws: `StoreError.corruptRecord` or `.database`.
  /// - Complexity: O(k log S) for k keys.
  public func sentences(_ keys: [(document: String, index: Int)]) throws -> [Sentence?] {
    if keys.isEmpty { return [] }
    return try read { db in
      let statement = try db.cachedStatement(sql: "SELECT * FROM sentences WHERE document = ? AND idx = ?")
      return try keys.map { key in
        try SentenceRecord.fetchOne(statement, arguments: [key.document, key.index])?.sentence
      }
    }
  }

  /// What extraction left untyped or unresolved in `document` (in every document when nil),
  /// sorted by document, sentence, offsets and text.
  /// - Throws: `StoreError.unknownDocument` when `document` is not stored; `.corruptRecord`,
  ///   `.database`.
  /// - Complexity: O(log X + k log k) through the document index, for k misses.
  public func misses(document: String? = nil) throws -> [Miss] {
    try read { db in
      var sql = "SELECT * FROM misses"
      var arguments: StatementArguments = []
      if let document {
        guard
          try Bool.fetchOne(db, sql: "SELECT 1 FROM documents WHERE name = ?", arguments: [document]) != nil
        else { throw StoreError.unknownDocument(name: document) }
        sql += " WHERE document = ?"
        arguments = [document]
      }
      sql += #" ORDER BY document, sentence, "start", "end", text, reason, rowid"#
      return try MissRecord.fetchAll(db, sql: sql, arguments: arguments).map(\.miss).sorted(
        by: Self.missOrder)
    }
  }

  package static func missOrder(_ a: Miss, _ b: Miss) -> Bool {
    (a.document, a.sentence, a.start, a.end, a.text, a.reason)
      < (b.document, b.sentence, b.start, b.end, b.text, b.reason)
  }

  /// Entities matching `filter` (an SQL condition over `entities e`), with their aliases,
  /// sorted by id.
  func fetchEntities(_ db: Database, where filter: String, arguments: StatementArguments) throws -> [Entity] {
    let coding = StoreCoding()
    let records = try EntityRecord.fetchAll(
      db, sql: "SELECT * FROM entities e WHERE \(filter) ORDER BY e.id", arguments: arguments)
    let aliasRows = try AliasRecord.fetchAll(
      db,
      sql: """
        SELECT entity_id, alias FROM aliases
        WHERE entity_id IN (SELECT e.id FROM entities e WHERE \(filter))
        ORDER BY entity_id, alias
        """, arguments: arguments)
    var aliases: [String: [String]] = [:]
    for row in aliasRows { aliases[row.entityID, default: []].append(row.alias) }
    return try records.map { record in
      try record.entity(aliases: (aliases[record.id] ?? []).sorted(), coding: coding, path: databasePath)
    }.sorted { $0.id < $1.id }
  }

  /// Relations matching `filter` (an SQL condition over `relations r`), with their evidence,
  /// sorted by key.
  func fetchRelations(_ db: Database, where filter: String, arguments: StatementArguments) throws
    -> [Relation]
  {
    let coding = StoreCoding()
    let records = try RelationRecord.fetchAll(
      db,
      sql: """
        SELECT * FROM relations r WHERE \(filter)
        ORDER BY r.subject, r.predicate, r.object, coalesce(r.role, ''), r.id
        """, arguments: arguments)
    let evidenceRows = try EvidenceRecord.fetchAll(
      db,
      sql: """
        SELECT * FROM evidence
        WHERE relation_id IN (SELECT r.id FROM relations r WHERE \(filter))
        ORDER BY relation_id, document, sentence, "start", "end", rule, confidence, rowid
        """, arguments: arguments)
    var evidence: [Int64: [Evidence]] = [:]
    for row in evidenceRows { evidence[row.relationID, default: []].append(row.evidence) }
    return try records.map { record in
      let supporting = record.id.flatMap { evidence[$0] } ?? []
      return try record.relation(
        evidence: supporting.sorted(by: Self.evidenceOrder), coding: coding, path: databasePath)
    }.sorted { $0.key < $1.key }
  }

  /// Column `column` of `row`, or `StoreError.corruptRecord`.
  private func decode<T: DatabaseValueConvertible>(_ type: T.Type, _ row: Row, _ column: String) throws -> T {
    do {
      return try row.decode(type, forColumn: column)
    } catch {
      throw StoreError.corruptRecord(path: databasePath, message: "\(error)")
    }
  }
}
