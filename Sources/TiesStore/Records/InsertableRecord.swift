import GRDB

/// A record written with one prepared `INSERT` per table: GRDB's `PersistableRecord` builds a
/// persistence container per row, which costs several times more on large ingests.
protocol InsertableRecord {
  /// `INSERT INTO table (columns) VALUES (?, …)`.
  static var insertSQL: String { get }
  /// The values of `insertSQL`'s placeholders, in order.
  var insertArguments: StatementArguments { get }
}

extension InsertableRecord {
  /// Inserts the record through the connection's statement cache.
  func insert(_ db: Database) throws {
    let statement = try db.cachedStatement(sql: Self.insertSQL)
    statement.setUncheckedArguments(insertArguments)
    try statement.execute()
  }
}
