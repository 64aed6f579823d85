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

  /// Runs raw SQL outside any check, for tests that need to damage or age a database.
  func execute(sql: String) throws {
    try write { db in try db.execute(sql: sql) }
  }
}
