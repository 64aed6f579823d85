import Foundation
import GRDB
import TiesModel

/// A database of its own beside a graph being built, where another thread writes the
/// relations and their evidence while the build's connection writes other rows (the
/// mentions and their indexes); the build's connection then copies them in at once
/// (`BulkLoad.insertStagedRelations`: SQLite moves whole records from table to table, as
/// `VACUUM` does, instead of encoding and inserting them one by one). At 100,000 generated
/// articles, inserting 1.15 million relations and 1.54 million items of evidence took the
/// build's writing thread 4 s; the copy takes 0.5 s.
///
/// `GraphStore`'s build makes it with the graph's own `relations` and `evidence` tables
/// (their `CREATE TABLE` text), attaches it to its connection as `staging` before its
/// transaction begins, and removes the file when the build ends, whether it succeeds or not.
public final class RelationStaging: @unchecked Sendable {
  /// The tables it holds.
  static let tables: Set<String> = ["relations", "evidence"]

  /// The staging database's file.
  let path: String
  /// The graph's indexes of those tables (`CREATE INDEX`), built in the staging database
  /// once its rows are written: the copy then moves their entries in order too.
  private let indexDefinitions: [String]
  /// What `write` stored: the changes it counts and the relations by predicate; nil before.
  private var written: (changes: StoreChanges, counts: [String: Int])?
  private let lock = NSLock()

  /// Makes the file at `path` (replacing any) with the tables of `graph` that hold relations,
  /// pages of the graph's size, and no journal: nothing reads it before it is complete. Their
  /// indexes are read from `graph` too, built by `write` after the rows.
  /// - Throws: `DatabaseError` when the file cannot be written.
  init(at path: String, tablesOf graph: Database) throws {
    self.path = path
    unlink(path)
    let definitions = try String.fetchAll(
      graph,
      sql: """
        SELECT sql FROM main.sqlite_master WHERE type = 'table' AND name IN ('relations', 'evidence')
        ORDER BY name DESC
        """)
    indexDefinitions = try String.fetchAll(
      graph,
      sql: """
        SELECT sql FROM main.sqlite_master
        WHERE type = 'index' AND tbl_name IN ('relations', 'evidence') AND sql IS NOT NULL ORDER BY name
        """)
    let queue = try DatabaseQueue(path: path, configuration: Self.configuration)
    try queue.writeWithoutTransaction { db in
      try db.execute(sql: "PRAGMA page_size = \(GraphStore.pageSize)")
      for definition in definitions { try db.execute(sql: definition) }
    }
    try queue.close()
  }

  /// No foreign keys (the entities the relations point at are in the graph, not here), no
  /// journal, no syncing.
  private static var configuration: Configuration {
    var configuration = Configuration()
    configuration.foreignKeysEnabled = false
    configuration.label = "ties.staging"
    configuration.prepareDatabase { db in
      try db.execute(sql: "PRAGMA journal_mode = OFF")
      try db.execute(sql: "PRAGMA synchronous = OFF")
    }
    return configuration
  }

  /// Writes `relations`, in canonical order (`KnowledgeGraph.canonicallyOrdered`), with their
  /// evidence, as `GraphWriter.insertRelations` would into an empty graph: ids from 1 in that
  /// order; then their indexes. From any thread, once, through a connection of its own.
  /// - Throws: `StoreError.unknownEntity` when an end is outside `entities`; `.database` when
  ///   the file cannot be written. Nothing is staged then, and the build fails when it copies.
  /// - Complexity: O(R + evidence) for R relations, each prepared on another thread while the
  ///   one before is written.
  public func write(_ relations: [Relation], among entities: Set<EntityID>) throws {
    let queue = try DatabaseQueue(path: path, configuration: Self.configuration)
    var result: (changes: StoreChanges, counts: [String: Int])?
    try queue.inTransaction { db in
      result = try GraphWriter.writeRelationRows(relations, among: entities, into: db, coding: StoreCoding())
      for definition in indexDefinitions { try db.execute(sql: definition) }
      return .commit
    }
    try queue.close()
    lock.withLock { written = result }
  }

  /// What `write` stored; nil when it has not (yet, or it failed).
  var staged: (changes: StoreChanges, counts: [String: Int])? { lock.withLock { written } }
}

extension GraphWriter {
  /// Copies the relations and evidence `staging` holds (`RelationStaging.write`, finished) into
  /// this graph, which holds none, and sets their counts: what `insertRelations` would have
  /// written. The tables are empty, their indexes those of the staging database's tables, no
  /// trigger watches them (a bulk load) and this connection enforces no foreign keys (a
  /// build's), so SQLite copies whole records and index entries, in order.
  /// - Throws: `StoreError.database` when nothing was staged (the write failed or was never
  ///   made) or the copy fails.
  /// - Complexity: O(size of the staged rows).
  func copyStagedRelations(_ staging: RelationStaging) throws -> StoreChanges {
    guard let staged = staging.staged else {
      throw StoreError.database(path: path, message: "the build's relations were not written ahead")
    }
    try db.execute(sql: "INSERT INTO main.relations SELECT * FROM staging.relations")
    try db.execute(sql: "INSERT INTO main.evidence SELECT * FROM staging.evidence")
    try StoreSchemaV6.setRelationCounts(db, staged.counts)
    return staged.changes
  }
}
