import Foundation
import GRDB
import TiesModel

/// One write transaction on a graph store: what `build`, `ingest` and `import` change, made
/// visible to readers all at once when the transaction commits.
///
/// Get one from `GraphStore.write(waitingUpTo:_:)`; it is valid only inside that closure.
/// Writers of one graph, in this process or others, take turns: the transaction starts with
/// SQLite's write lock (`BEGIN IMMEDIATE`), so everything a writer reads inside it (the stored
/// documents, the input of resolution) includes every write committed before it, and nothing
/// another writer commits can interleave. Readers keep reading the last committed graph (the
/// database is in WAL mode).
public struct GraphWriter: GraphWriting {
  /// What a write changed.
  public typealias Changes = StoreChanges

  let db: Database
  let path: String
  let coding = StoreCoding()
  /// The staging database attached to `db` for a build's relations (`RelationStaging`);
  /// nil outside a build.
  var staging: RelationStaging? = nil

  /// The content hash of each of the documents `names` the store holds, by name.
  /// - Complexity: O(n log D) for n names among D documents.
  public func storedHashes(named names: [String]) throws -> [String: String] {
    try Self.storedHashes(db, named: names)
  }

  /// Whether the store holds any document.
  /// - Complexity: O(1).
  public func hasDocuments() throws -> Bool {
    try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM documents)") ?? false
  }

  /// The content hash of each of the documents `names` the store holds, read through `db`.
  static func storedHashes(_ db: Database, named names: [String]) throws -> [String: String] {
    let hashOf = try db.cachedStatement(sql: "SELECT content_hash FROM documents WHERE name = ?")
    var hashes: [String: String] = [:]
    for name in names where hashes[name] == nil {
      if let hash = try String.fetchOne(hashOf, arguments: [name]) { hashes[name] = hash }
    }
    return hashes
  }

  /// The content hash of every stored document, by name, read through `db` (a read or a
  /// write).
  static func storedHashes(_ db: Database) throws -> [String: String] {
    var hashes: [String: String] = [:]
    let rows = try Row.fetchCursor(db, sql: "SELECT name, content_hash FROM documents")
    while let row = try rows.next() { hashes[row[0]] = row[1] }
    return hashes
  }

  /// Deletes everything: documents with all their rows, entities, relations.
  /// - Complexity: O(rows).
  public func removeAll() throws {
    for table in [
      "evidence", "relations", "aliases", "mentions", "misses", "local_relations", "sentences", "documents",
      "entities",
    ] {
      try db.execute(sql: "DELETE FROM \(table)")
    }
  }

  /// Deletes the documents called `names` with their sentences, mentions, misses and local
  /// relations; the entities and relations they supported change at the next `apply`.
  /// - Complexity: O(log D + rows of those documents) each.
  public func remove(documents names: [String]) throws {
    let statement = try db.cachedStatement(sql: "DELETE FROM documents WHERE name = ?")
    for name in names {
      statement.setUncheckedArguments([name])
      try statement.execute()
    }
  }

  /// The next value of `documents.ingested`: one past the largest stored.
  func nextIngested() throws -> Int {
    (try Int.fetchOne(db, sql: "SELECT max(ingested) FROM documents") ?? -1) + 1
  }

  /// Stores `extractions` (new documents; mentions not yet resolved) with their sentences,
  /// mentions, misses and local relations, in the given order.
  /// - Throws: `StoreError.duplicateDocument` when a name is stored already or given twice;
  ///   `.inconsistentExtraction` when a fact points at another document; `.encodingFailed`,
  ///   `.database`.
  /// - Complexity: O(rows written), plus encoding each extraction once.
  public func insert(_ extractions: [DocumentExtraction]) throws {
    var ingested = try nextIngested()
    let sentences = try RowInserter<SentenceRecord>(db)
    let mentions = try RowInserter<MentionRecord>(db)
    let misses = try RowInserter<MissRecord>(db)
    let localRelations = try RowInserter<LocalRelationRecord>(db)
    for extraction in extractions {
      let document = extraction.document
      try Self.check(extraction)
      do {
        // The extraction lives in the rows below; an empty blob marks a document that has one.
        try DocumentRecord(document: document, extraction: Data(), ingested: ingested).insert(db)
      } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
        throw StoreError.duplicateDocument(name: document.name)
      }
      ingested += 1
      for sentence in extraction.sentences {
        try sentences.insert(SentenceRecord(document: document.name, sentence: sentence))
      }
      for var mention in extraction.mentions {
        mention.entity = nil  // set by `apply`, once the entities are stored
        try mentions.insert(MentionRecord(mention: mention))
      }
      for miss in extraction.misses { try misses.insert(MissRecord(miss: miss)) }
      for relation in extraction.relations {
        try localRelations.insert(LocalRelationRecord(relation: relation))
      }
    }
  }

  /// Stores the mentions of `extractions`, whose documents are stored already without them
  /// (`insert` of the extractions with no mentions), each pointing at its `entity`, which must
  /// be stored (nil: none). Returns how many mentions point at an entity.
  /// - Throws: `StoreError.inconsistentExtraction` when a mention names another document;
  ///   `.database` (a foreign-key failure for an unknown document or entity, on a connection
  ///   that enforces foreign keys: not a build's, `GraphStore.rebuild`).
  /// - Complexity: O(M) for M mentions.
  public func insertMentions(of extractions: [DocumentExtraction]) throws -> Int {
    var resolved = 0
    let mentions = try RowInserter<MentionRecord>(db)
    for extraction in extractions {
      try Self.check(extraction)
      for mention in extraction.mentions {
        if mention.entity != nil { resolved += 1 }
        try mentions.insert(MentionRecord(mention: mention))
      }
    }
    return resolved
  }

  /// Stores documents known only from a graph (an import), without an extraction; those
  /// stored already are left as they are when equal.
  /// - Throws: `StoreError.duplicateDocument` when a stored document of that name differs.
  public func insertWithoutExtraction(_ documents: [Document]) throws {
    var ingested = try nextIngested()
    for document in documents {
      let stored = try DocumentRecord.fetchOne(
        db, sql: "SELECT \(DocumentRecord.metadataColumns) FROM documents WHERE name = ?",
        arguments: [document.name])
      if let stored {
        guard stored.document == document else { throw StoreError.duplicateDocument(name: document.name) }
        continue
      }
      try DocumentRecord(document: document, extraction: nil, ingested: ingested).insert(db)
      ingested += 1
    }
  }

  /// Refuses an extraction whose facts point at another document.
  package static func check(_ extraction: DocumentExtraction) throws {
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
}

extension GraphStore {
  /// Runs `body` in one write transaction that starts with the database's write lock, waiting
  /// up to `seconds` for writers of other processes to finish; rolled back if `body` throws.
  ///
  /// When the lock comes after a build has replaced the graph by a new generation
  /// (`rebuild(waitingUpTo:_:)`), the transaction is given up before `body` runs and begun
  /// again on the new generation, within what is left of `seconds`: a write never lands in a
  /// graph that has been replaced.
  ///
  /// Holding the lock, no build runs (a build holds it throughout), so the files a killed
  /// build left (its unfinished generation, a link it was preparing) are removed before
  /// `body` runs (`removeUnlinkedGenerations`): an ingest after a killed build gives the disk
  /// back without waiting for the next build. A folder listing, nothing more when there are
  /// none.
  /// - Throws: `StoreError.busy` naming the database when the lock is still held after
  ///   `seconds`; whatever `body` throws; `StoreError` for any storage failure.
  public func write<T>(waitingUpTo seconds: Double, _ body: (any GraphWriting) throws -> T) throws -> T {
    guard access == .readWrite else { throw StoreError.notWritable(path: databasePath) }
    let started = Date()
    do {
      while true {
        let (queue, generation) = try currentConnection()
        let left = seconds - Date().timeIntervalSince(started)
        let result: T? = try queue.writeWithoutTransaction { db in
          try Self.setBusyTimeout(db, seconds: left)
          var result: T?
          try db.inTransaction(.immediate) {
            guard GraphGeneration.linked(databasePath) == generation else { return .rollback }
            if GraphGeneration.keepsGenerations(linked: generation) {
              removeUnlinkedGenerations(keeping: generation)
            }
            result = try body(GraphWriter(db: db, path: databasePath))
            return .commit
          }
          return result
        }
        if let result { return result }
      }
    } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY {
      throw StoreError.busy(path: databasePath, waited: Date().timeIntervalSince(started))
    } catch let error as DatabaseError {
      throw Self.storeError(error, path: databasePath)
    }
  }

  /// Sets how long SQLite waits for another connection's lock before giving up.
  static func setBusyTimeout(_ db: Database, seconds: Double) throws {
    let milliseconds = max(0, min(Double(Int32.max), (seconds * 1000).rounded()))
    try db.execute(sql: "PRAGMA busy_timeout = \(Int(milliseconds))")
  }
}
