import PostgresNIO
import TiesModel
import TiesStore

/// One write transaction on a PostgreSQL graph (see `PostgresGraphStore.write`): the same
/// operations, with the same results, as the SQLite `GraphWriter`. Rows go to the server in
/// batches (`BulkInsert`) and look-ups of many keys are one query each (`= ANY($1)`), so the
/// round trips grow with the batches, not with the rows.
struct PostgresGraphWriter: GraphWriting {
  let session: PostgresSession
  let path: String
  let coding = StoreCoding()

  static func storedHashes(_ session: PostgresSession, path: String) throws -> [String: String] {
    var hashes: [String: String] = [:]
    try session.forEachRow("SELECT name, content_hash FROM documents") { row in
      let c = Cells(row, path: path)
      hashes[try c.text(0)] = try c.text(1)
    }
    return hashes
  }

  static func storedHashes(_ session: PostgresSession, path: String, named names: [String]) throws
    -> [String: String]
  {
    var hashes: [String: String] = [:]
    guard !names.isEmpty else { return hashes }
    try session.forEachRow("SELECT name, content_hash FROM documents WHERE name = ANY($1)", .of(names)) {
      row in
      let c = Cells(row, path: path)
      hashes[try c.text(0)] = try c.text(1)
    }
    return hashes
  }

  func storedHashes(named names: [String]) throws -> [String: String] {
    try Self.storedHashes(session, path: path, named: names)
  }

  func hasDocuments() throws -> Bool {
    try session.query("SELECT EXISTS (SELECT 1 FROM documents)").first.map {
      try Cells($0, path: path).value(0, as: Bool.self)
    }
      ?? false
  }

  func removeAll() throws {
    for table in [
      "evidence", "relations", "aliases", "mentions", "misses", "local_relations", "sentences",
      "cluster_buckets",
      "documents", "entities",
    ] {
      try session.execute("DELETE FROM \(table)")
    }
  }

  func remove(documents names: [String]) throws {
    guard !names.isEmpty else { return }
    try session.execute("DELETE FROM documents WHERE name = ANY($1)", .of(names))
  }

  /// The next value of `documents.ingested`.
  private func nextIngested() throws -> Int {
    let row = try session.query("SELECT coalesce(max(ingested), -1) + 1 FROM documents")[0]
    return try Cells(row, path: path).int(0)
  }

  /// The names among `names` that are stored already.
  private func stored(_ names: [String]) throws -> Set<String> {
    Set(
      try session.query("SELECT name FROM documents WHERE name = ANY($1)", .of(names)).map {
        try Cells($0, path: path).text(0)
      })
  }

  /// - Complexity: O(rows written), in batches of a few thousand rows per statement.
  func insert(_ extractions: [DocumentExtraction]) throws {
    guard !extractions.isEmpty else { return }
    var seen = Set<String>()
    for extraction in extractions {
      try GraphWriter.check(extraction)
      guard seen.insert(extraction.document.name).inserted else {
        throw StoreError.duplicateDocument(name: extraction.document.name)
      }
    }
    if let clash = try stored(extractions.map(\.document.name)).min() {
      throw StoreError.duplicateDocument(name: clash)
    }
    var ingested = try nextIngested()
    var documents = Self.documentRows()
    var sentences = BulkInsert(
      "sentences",
      [("document", .text), ("idx", .bigint), ("start", .bigint), ("end", .bigint), ("text", .text)])
    var mentions = Self.mentionRows()
    var misses = BulkInsert(
      "misses",
      [
        ("document", .text), ("ordinal", .bigint), ("sentence", .bigint), ("start", .bigint),
        ("end", .bigint),
        ("text", .text), ("reason", .text),
      ])
    var relations = BulkInsert(
      "local_relations",
      [
        ("document", .text), ("ordinal", .bigint), ("subject", .text), ("predicate", .text),
        ("object", .text),
        ("role", .optionalText), ("sentence", .bigint), ("start", .bigint), ("end", .bigint), ("rule", .text),
        ("confidence", .double),
      ])
    for extraction in extractions {
      let document = extraction.document
      let name = document.name
      try documents.add(Self.documentRow(document, extraction: true, ingested: ingested), session)
      ingested += 1
      // Documents first: the other rows reference them.
      try documents.flush(session)
      for s in extraction.sentences {
        try sentences.add(
          [.text(name), .bigint(s.index), .bigint(s.start), .bigint(s.end), .text(s.text)], session)
      }
      for (i, m) in extraction.mentions.enumerated() {
        try mentions.add(Self.mentionRow(m, document: name, ordinal: i, entity: nil), session)
      }
      for (i, x) in extraction.misses.enumerated() {
        try misses.add(
          [
            .text(name), .bigint(i), .bigint(x.sentence), .bigint(x.start), .bigint(x.end), .text(x.text),
            .text(x.reason),
          ], session)
      }
      for (i, r) in extraction.relations.enumerated() {
        let e = r.evidence
        try relations.add(
          [
            .text(name), .bigint(i), .text(r.subject), .text(r.predicate.rawValue), .text(r.object),
            .optionalText(r.role), .bigint(e.sentence), .bigint(e.start), .bigint(e.end), .text(e.rule),
            .double(e.confidence),
          ], session)
      }
    }
    for var table in [sentences, mentions, misses, relations] { try table.flush(session) }
  }

  /// - Complexity: O(M) for M mentions, in batches of a few thousand rows per statement.
  func insertMentions(of extractions: [DocumentExtraction]) throws -> Int {
    var rows = Self.mentionRows()
    var resolved = 0
    for extraction in extractions {
      try GraphWriter.check(extraction)
      let name = extraction.document.name
      for (i, m) in extraction.mentions.enumerated() {
        if m.entity != nil { resolved += 1 }
        try rows.add(Self.mentionRow(m, document: name, ordinal: i, entity: m.entity), session)
      }
    }
    try rows.flush(session)
    return resolved
  }

  static func mentionRows() -> BulkInsert {
    BulkInsert(
      "mentions",
      [
        ("document", .text), ("ordinal", .bigint), ("sentence", .bigint), ("start", .bigint),
        ("end", .bigint), ("text", .text), ("type", .text), ("rule", .text), ("confidence", .double),
        ("local_key", .text), ("date", .optionalText), ("entity_id", .optionalText),
      ])
  }

  static func mentionRow(
    _ m: Mention, document: String, ordinal: Int, entity: EntityID?
  ) -> [BulkInsert.Value] {
    let e = m.evidence
    return [
      .text(document), .bigint(ordinal), .bigint(e.sentence), .bigint(e.start), .bigint(e.end), .text(m.text),
      .text(m.type.rawValue), .text(e.rule), .double(e.confidence), .text(m.localKey), .optionalText(m.date),
      .optionalText(entity?.rawValue),
    ]
  }

  static func documentRows() -> BulkInsert {
    BulkInsert(
      "documents",
      [
        ("name", .text), ("path", .text), ("content_hash", .text), ("dateline", .optionalText),
        ("headline", .optionalText), ("has_extraction", .bool), ("ingested", .bigint),
      ])
  }

  static func documentRow(_ document: Document, extraction: Bool, ingested: Int) -> [BulkInsert.Value] {
    [
      .text(document.name), .text(document.path), .text(document.contentHash),
      .optionalText(document.dateline),
      .optionalText(document.headline), .bool(extraction), .bigint(ingested),
    ]
  }

  func insertWithoutExtraction(_ documents: [Document]) throws {
    guard !documents.isEmpty else { return }
    var stored: [String: Document] = [:]
    try session.forEachRow(
      "SELECT \(Columns.document) FROM documents WHERE name = ANY($1)", .of(documents.map(\.name))
    ) { row in
      let document = try Columns.document(Cells(row, path: path))
      stored[document.name] = document
    }
    var ingested = try nextIngested()
    var rows = Self.documentRows()
    for document in documents {
      if let old = stored[document.name] {
        guard old == document else { throw StoreError.duplicateDocument(name: document.name) }
        continue
      }
      stored[document.name] = document
      try rows.add(Self.documentRow(document, extraction: false, ingested: ingested), session)
      ingested += 1
    }
    try rows.flush(session)
  }
}
