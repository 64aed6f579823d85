import Foundation
import GRDB

extension GraphStore {
  /// Every row of every table, one line per row, tables in schema order and rows in a total
  /// order: a byte-exact picture of the content, for tests that compare two states.
  /// - Complexity: O(size of the database).
  func tableDump() throws -> [String] {
    let tables: [(name: String, order: String)] = [
      ("documents", "name"),
      ("sentences", "document, idx"),
      ("entities", "id"),
      ("aliases", "entity_id, alias"),
      ("mentions", "rowid"),
      ("relations", "id"),
      ("evidence", "rowid"),
      ("misses", "rowid"),
      ("local_relations", "rowid"),
    ]
    return try read { db in
      var lines: [String] = []
      for table in tables {
        for row in try Row.fetchAll(db, sql: "SELECT * FROM \(table.name) ORDER BY \(table.order)") {
          let cells = row.map { column, value -> String in
            if case .blob(let data) = value.storage {
              return "\(column)=x'" + data.map { String($0, radix: 16) }.joined(separator: ",") + "'"
            }
            return "\(column)=\(value)"
          }
          lines.append(table.name + " " + cells.joined(separator: " "))
        }
      }
      return lines
    }
  }

  /// Each row that points at a row no table holds (`PRAGMA foreign_key_check`), as "table
  /// rowid → parent", and how many mentions point at an entity: for tests of writes made
  /// without enforcing foreign keys.
  /// - Complexity: O(size of the database).
  func foreignKeyViolations() throws -> (violations: [String], mentionsWithEntity: Int) {
    try read { db in
      let violations = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").map { row in
        "\(row[0] as String) \(row[1] as Int64? ?? -1) → \(row[2] as String)"
      }
      let pointing =
        try Int.fetchOne(db, sql: "SELECT count(*) FROM mentions WHERE entity_id IS NOT NULL") ?? 0
      return (violations, pointing)
    }
  }

  /// Runs raw SQL outside any check, for tests that need to damage or age a database.
  func execute(sql: String) throws {
    try write { db in try db.execute(sql: sql) }
  }

  /// Leaves in `directory` what a crash in the middle of a write transaction would leave: the
  /// database file and its write-ahead log holding frames of a transaction that never
  /// committed; the transaction is then rolled back here. For tests of recovery.
  /// - Throws: `StoreError` for SQLite failures; Foundation's errors when copying fails.
  func copyMidWrite(to directory: String) throws {
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    try dbQueue.writeWithoutTransaction { db in
      try db.execute(sql: "PRAGMA cache_size = 1")
      try db.inTransaction {
        // Larger than the page cache, so SQLite writes pages into the file before committing.
        try db.execute(sql: "UPDATE documents SET extraction = zeroblob(1048576)")
        for suffix in ["", "-wal"] {
          try FileManager.default.copyItem(
            atPath: databasePath + suffix, toPath: directory + "/" + StoreSchema.fileName + suffix)
        }
        return .rollback
      }
      try db.execute(sql: "PRAGMA cache_size = -2000")
    }
  }
}

extension GraphStore {
  /// The content hash of every stored document, by name: what `ingest` compares a file with
  /// to skip it.
  /// - Throws: `StoreError.database`.
  /// - Complexity: O(D).
  public func documentHashes() throws -> [String: String] {
    try read { db in try GraphWriter.storedHashes(db) }
  }

  /// The content hash of each of the documents `names` the store holds, by name.
  /// - Throws: `StoreError.database`.
  /// - Complexity: O(n log D) for n names among D documents.
  public func documentHashes(named names: [String]) throws -> [String: String] {
    try read { db in try GraphWriter.storedHashes(db, named: names) }
  }
}
