import Foundation
import GRDB
import GRDBSQLite

/// A record written with one prepared `INSERT` per table, its values bound straight through
/// SQLite's C API: GRDB's `PersistableRecord` builds a persistence container per row, and
/// even `StatementArguments` boxes every value and copies every string, which costs several
/// times more than the insert itself on a large build.
protocol InsertableRecord {
  /// `INSERT INTO table (columns) VALUES (?, …)`.
  static var insertSQL: String { get }
  /// Binds the values of `insertSQL`'s placeholders, in order.
  func bind(_ row: inout RowBinder)
}

extension InsertableRecord {
  /// Inserts the record through the connection's statement cache.
  /// - Throws: `DatabaseError` with SQLite's result code and message (a constraint, a full
  ///   disk, ...), as GRDB would.
  /// - Complexity: O(size of the values), plus SQLite's insert and a look-up of the statement
  ///   by its SQL (a loop over many rows takes a `RowInserter` once instead).
  func insert(_ db: Database) throws { try RowInserter<Self>(db).insert(self) }
}

/// The prepared `INSERT` of one record type, looked up once for a run of rows: the statement
/// cache hashes the whole SQL text on every look-up, which cost a build of 100,000 articles
/// as much as binding a row's values.
struct RowInserter<Record: InsertableRecord> {
  private let db: Database
  private let statement: SQLiteStatement

  /// - Throws: `DatabaseError` when the statement cannot be prepared.
  init(_ db: Database) throws {
    self.db = db
    statement = try db.cachedStatement(sql: Record.insertSQL).sqliteStatement
  }

  /// Inserts `record`.
  /// - Throws: `DatabaseError` with SQLite's result code and message (a constraint, a full
  ///   disk, ...), as GRDB would.
  /// - Complexity: O(size of the values), plus SQLite's insert.
  func insert(_ record: Record) throws {
    var row = RowBinder(statement: statement)
    record.bind(&row)
    let code = sqlite3_step(statement)
    sqlite3_reset(statement)
    guard code == SQLITE_DONE else {
      throw DatabaseError(
        resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)),
        sql: Record.insertSQL)
    }
  }
}

/// Binds one row's values, placeholder after placeholder, to a prepared statement.
struct RowBinder {
  let statement: SQLiteStatement
  private var next: Int32 = 1

  init(statement: SQLiteStatement) { self.statement = statement }

  /// SQLite copies the bytes, so the string need not outlive the call.
  private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

  mutating func text(_ value: String) {
    var value = value
    value.withUTF8 { bytes in
      // A non-null pointer even for "": a null one would bind NULL.
      let base = bytes.baseAddress.map { UnsafeRawPointer($0) } ?? UnsafeRawPointer(bitPattern: 1)
      _ = sqlite3_bind_text(
        statement, next, base?.assumingMemoryBound(to: CChar.self), Int32(bytes.count), Self.transient)
    }
    next += 1
  }

  mutating func text(_ value: String?) {
    guard let value else { return null() }
    text(value)
  }

  mutating func int(_ value: Int) {
    sqlite3_bind_int64(statement, next, Int64(value))
    next += 1
  }

  mutating func int(_ value: Int64?) {
    guard let value else { return null() }
    sqlite3_bind_int64(statement, next, value)
    next += 1
  }

  mutating func double(_ value: Double) {
    sqlite3_bind_double(statement, next, value)
    next += 1
  }

  mutating func blob(_ value: Data?) {
    guard let value else { return null() }
    value.withUnsafeBytes { bytes in
      // A non-null pointer even for no bytes: a null one would bind NULL.
      _ = sqlite3_bind_blob(
        statement, next, bytes.baseAddress ?? UnsafeRawPointer(bitPattern: 1), Int32(bytes.count),
        Self.transient)
    }
    next += 1
  }

  mutating func null() {
    sqlite3_bind_null(statement, next)
    next += 1
  }
}
