import Foundation
import PostgresNIO
import TiesModel
import TiesStore

/// A graph store in a PostgreSQL database: the same graph, answers and write discipline as the
/// SQLite `GraphStore`, for a team sharing one graph or ingest workers on several machines.
///
/// - Writers take turns: each write is one transaction that first takes a transaction-scoped
///   advisory lock (`pg_advisory_xact_lock`), waiting at most `--wait` seconds (`lock_timeout`);
///   so every ingest resolves with every article committed before it, on any machine.
/// - Readers never wait for writers: each read runs in one `REPEATABLE READ` snapshot of the
///   last committed graph.
/// - Connecting, a wrong password or a missing database are `StoreError`s that name the server;
///   the password never appears in a message.
///
/// The store holds one connection; calls on it are serialized.
public final class PostgresGraphStore: GraphStoring, @unchecked Sendable {
  /// The database, as given.
  public let database: PostgresLocation
  /// Whether this store may write.
  public let access: GraphStore.Access
  let session: PostgresSession

  public var location: String { database.description }

  /// Connects to `location` and brings the schema up to date (`.readWrite`), or checks that it
  /// holds a graph (`.readOnly`: nothing is created, and the session refuses writes).
  /// - Throws: `StoreError.serverUnreachable`, `.authenticationFailed`, `.noDatabase`, `.noGraph`
  ///   (`.readOnly` and no graph there), `.notATiesDatabase`, `.newerSchema`, `.server`.
  /// - Complexity: one connection and a few catalogue queries; a migration costs its DDL.
  public init(_ location: PostgresLocation, access: GraphStore.Access = .readWrite) throws {
    database = location
    self.access = access
    session = try PostgresSession(location)
    try PostgresSchema.migrate(session, create: access == .readWrite)
    if access == .readOnly { try session.query("SET default_transaction_read_only = on") }
  }

  /// A value that changes whenever a write commits (a counter in `ties_state`).
  public func generation() throws -> String {
    try session.query("SELECT value FROM ties_state WHERE name = 'generation'").first?.decode(String.self)
      ?? ""
  }

  /// Runs `body` in one read-only snapshot.
  func read<T>(_ body: () throws -> T) throws -> T {
    try session.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
    do {
      let value = try body()
      try session.query("COMMIT")
      return value
    } catch {
      _ = try? session.query("ROLLBACK")
      throw error
    }
  }

  public func write<T>(waitingUpTo seconds: Double, _ body: (any GraphWriting) throws -> T) throws -> T {
    guard access == .readWrite else { throw StoreError.notWritable(path: location) }
    let started = Date()
    // READ COMMITTED whatever the server's default: each statement after the lock sees every
    // write committed before it, so this resolution sees all earlier ingests. (A snapshot taken
    // when the transaction began, before the wait, would miss those committed during it.)
    try session.query("BEGIN ISOLATION LEVEL READ COMMITTED")
    do {
      let milliseconds = Int(max(1, min(Double(Int32.max), (seconds * 1000).rounded())))
      try session.query("SET LOCAL lock_timeout = \(milliseconds)")
      do {
        try session.query("SELECT pg_advisory_xact_lock(\(PostgresSchema.writerLock))")
      } catch let error as StoreError {
        if case .server(_, let message) = error, message.contains("SQLSTATE 55P03") {
          throw StoreError.busy(path: location, waited: Date().timeIntervalSince(started))
        }
        throw error
      }
      try session.query("SET LOCAL lock_timeout = 0")
      let result = try body(PostgresGraphWriter(session: session, path: location))
      try session.query(
        "UPDATE ties_state SET value = (value::bigint + 1)::text WHERE name = 'generation'")
      try session.query("COMMIT")
      return result
    } catch {
      _ = try? session.query("ROLLBACK")
      throw error
    }
  }
}
