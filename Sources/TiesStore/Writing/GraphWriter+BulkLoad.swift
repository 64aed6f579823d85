import GRDB

/// The indexes a bulk load (`GraphWriting.bulkLoading`) set aside, built again table by table
/// as the load finishes with each table, and the rest when it ends.
public final class BulkLoad {
  /// The tables `insert` of extractions without mentions and `insertBuckets` fill: complete
  /// once every article is stored, before resolution writes the graph and the mentions.
  public static let extractionTables: Set<String> = [
    "documents", "sentences", "misses", "local_relations", "cluster_buckets",
  ]

  /// The tables a build fills once every cluster has its entity, before the relations are
  /// merged: complete before the relations are stored.
  public static let entityTables: Set<String> = ["entities", "aliases", "mentions"]

  private var pending: [(table: String, definition: String)]
  private let create: (String) throws -> Void
  /// Where another thread may write the relations ahead (`RelationStaging.write`) while this
  /// load writes other rows; nil when the backend has no such place (then
  /// `GraphWriting.insertRelations` stores them).
  public let relationStaging: RelationStaging?
  private let copyStaged: (RelationStaging) throws -> StoreChanges

  /// A load with nothing set aside: what a backend without a cheaper way to fill a graph gives.
  public static func none() -> BulkLoad {
    BulkLoad(pending: [], create: { _ in }, relationStaging: nil, copyStaged: { _ in StoreChanges() })
  }

  init(
    pending: [(table: String, definition: String)], create: @escaping (String) throws -> Void,
    relationStaging: RelationStaging?, copyStaged: @escaping (RelationStaging) throws -> StoreChanges
  ) {
    self.pending = pending
    self.create = create
    self.relationStaging = relationStaging
    self.copyStaged = copyStaged
  }

  /// Stores the relations written into `relationStaging`, as `GraphWriting.insertRelations`
  /// of them would; nothing without a staging database.
  /// - Throws: `StoreError.database` when they were not written (`RelationStaging.write`
  ///   failed or never ran) or cannot be copied.
  /// - Complexity: O(size of the staged rows).
  public func insertStagedRelations() throws -> StoreChanges {
    guard let relationStaging else { return StoreChanges() }
    // Built on the empty tables, at once: the copy fills them from the staging database's.
    try finished(tables: RelationStaging.tables)
    return try copyStaged(relationStaging)
  }

  /// Builds now the set-aside indexes of `tables`, to which the load adds no more rows: on
  /// SQLite, while another thread works on something else (a resolution), the index build
  /// costs no wall time.
  /// - Complexity: O(n log n) per index of n rows.
  public func finished(tables: Set<String>) throws {
    let (now, later) = (
      pending.filter { tables.contains($0.table) }, pending.filter { !tables.contains($0.table) }
    )
    pending = later
    for index in now { try create(index.definition) }
  }

  /// Builds every index still set aside.
  func finishAll() throws {
    let all = pending
    pending = []
    for index in all { try create(index.definition) }
  }
}

extension GraphWriter {
  /// Runs `body` with every index the schema declares (`CREATE INDEX`) dropped, then creates
  /// them again from their stored definitions, in name order (those of tables `body` declared
  /// finished through `BulkLoad.finished(tables:)` before that); primary keys and unique
  /// constraints stay, so foreign keys still find their parent rows. The triggers are
  /// set aside too (2.6 µs per relation row by row): a bulk load writes relations once, with
  /// `insertRelations`, which sets their counts. Inside the write
  /// transaction: readers keep the previous graph and its indexes, and if `body` or an index
  /// fails the transaction rolls back with the indexes as they were.
  ///
  /// For a graph emptied by `removeAll()` only: a delete meanwhile would scan the tables that
  /// refer to the deleted row.
  /// - Complexity: what `body` costs without index upkeep, plus O(n log n) per index of n rows.
  public func bulkLoading<T>(_ body: (BulkLoad) throws -> T) throws -> T {
    // Indexes SQLite makes for keys and unique constraints have no `sql`: they stay.
    var pending: [(table: String, definition: String)] = []
    let rows = try Row.fetchAll(
      db,
      sql: """
        SELECT name, tbl_name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name
        """)
    for row in rows {
      let name: String = row[0]
      pending.append((row[1], row[2]))
      try db.execute(sql: "DROP INDEX \(name.quotedDatabaseIdentifier)")
    }
    // Triggers keep counts (`relation_counts`) row by row: the writes of a bulk load set them.
    let triggers = try Row.fetchAll(
      db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name")
    for row in triggers {
      let name: String = row[0]
      try db.execute(sql: "DROP TRIGGER \(name.quotedDatabaseIdentifier)")
    }
    let db = self.db
    let writer = self
    let load = BulkLoad(
      pending: pending, create: { try db.execute(sql: $0) }, relationStaging: staging,
      copyStaged: { try writer.copyStagedRelations($0) })
    let result = try body(load)
    try load.finishAll()
    for row in triggers { try db.execute(sql: row[1] as String) }
    return result
  }
}
