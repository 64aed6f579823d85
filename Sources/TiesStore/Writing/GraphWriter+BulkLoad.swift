import GRDB

extension GraphWriter {
  /// Runs `body` with every index the schema declares (`CREATE INDEX`) dropped, then creates
  /// them again from their stored definitions, in name order; primary keys and unique
  /// constraints stay, so foreign keys still find their parent rows. Inside the write
  /// transaction: readers keep the previous graph and its indexes, and if `body` or an index
  /// fails the transaction rolls back with the indexes as they were.
  ///
  /// For a graph emptied by `removeAll()` only: a delete meanwhile would scan the tables that
  /// refer to the deleted row.
  /// - Complexity: what `body` costs without index upkeep, plus O(n log n) per index of n rows.
  public func bulkLoading<T>(_ body: () throws -> T) throws -> T {
    // Indexes SQLite makes for keys and unique constraints have no `sql`: they stay.
    var definitions: [String] = []
    let rows = try Row.fetchAll(
      db,
      sql: """
        SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name
        """)
    for row in rows {
      let name: String = row[0]
      definitions.append(row[1])
      try db.execute(sql: "DROP INDEX \(name.quotedDatabaseIdentifier)")
    }
    let result = try body()
    for definition in definitions { try db.execute(sql: definition) }
    return result
  }
}
