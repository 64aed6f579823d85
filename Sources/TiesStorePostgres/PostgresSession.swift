import Foundation
import Logging
import NIOCore
import NIOPosix
import NIOSSL
import PostgresNIO
import TiesStore

/// One connection to a PostgreSQL server, used synchronously: each call sends one statement
/// and blocks the calling thread (never an event-loop thread) until its rows arrive.
///
/// Calls are serialized by a lock, so one session may be shared between threads. Every failure
/// becomes a `StoreError` that names the server or the URL without its password.
package final class PostgresSession: @unchecked Sendable {
  package let location: PostgresLocation
  private let connection: PostgresConnection
  private let lock = NSLock()
  private static let logger = Logger(label: "ties.postgres") { _ in SwiftLogNoOpLogHandler() }

  /// Connects to the server and database of `location`.
  /// - Throws: `StoreError.serverUnreachable` (nothing answers at host:port, or TLS was
  ///   required and refused), `.authenticationFailed`, `.noDatabase`, `.server`.
  /// - Complexity: one connection handshake.
  package init(_ location: PostgresLocation) throws {
    self.location = location
    let tls: PostgresConnection.Configuration.TLS
    do {
      switch location.tls {
      case .disable: tls = .disable
      case .prefer: tls = .prefer(try NIOSSLContext(configuration: .makeClientConfiguration()))
      case .require: tls = .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
      }
    } catch {
      throw StoreError.serverUnreachable(server: location.server, reason: "TLS setup failed: \(error)")
    }
    var configuration = PostgresConnection.Configuration(
      host: location.host, port: location.port, username: location.user, password: location.password,
      database: location.database, tls: tls)
    configuration.options.connectTimeout = .seconds(10)
    do {
      connection = try PostgresConnection.connect(
        on: MultiThreadedEventLoopGroup.singleton.next(), configuration: configuration, id: 1,
        logger: Self.logger
      ).wait()
    } catch {
      throw Self.connectError(error, location)
    }
  }

  deinit { try? connection.close().wait() }

  /// Whether the connection is closed (by the server, or by the network).
  package var isClosed: Bool { connection.isClosed }

  /// Runs `sql` with `binds` ($1, $2, ...) and returns every row.
  /// - Throws: `StoreError` (`.server` with PostgreSQL's message and SQLSTATE).
  @discardableResult
  package func query(_ sql: String, _ binds: PostgresBindings = PostgresBindings()) throws -> [PostgresRow] {
    lock.lock()
    defer { lock.unlock() }
    try ensureOpen()
    do {
      let result = try connection.query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: Self.logger)
        .wait()
      return Array(result.rows)
    } catch {
      throw Self.queryError(error, location)
    }
  }

  /// Runs `sql` (an INSERT, UPDATE or DELETE) and returns how many rows it changed.
  @discardableResult
  package func execute(_ sql: String, _ binds: PostgresBindings = PostgresBindings()) throws -> Int {
    lock.lock()
    defer { lock.unlock() }
    try ensureOpen()
    do {
      let result = try connection.query(PostgresQuery(unsafeSQL: sql, binds: binds), logger: Self.logger)
        .wait()
      return result.metadata.rows ?? 0
    } catch {
      throw Self.queryError(error, location)
    }
  }

  /// Throws when the server has closed the connection (it restarted, or an administrator or
  /// a `DROP DATABASE ... WITH (FORCE)` ended the session): PostgresNIO would accept a query
  /// on the closed channel and never answer it, and the caller would wait forever.
  private func ensureOpen() throws {
    guard connection.isClosed else { return }
    throw StoreError.serverUnreachable(
      server: location.server,
      reason:
        "the server closed the connection (it restarted, or the session was ended); run the command again")
  }

  /// Runs `sql` and calls `body` with each row as it arrives, without collecting them.
  func forEachRow(
    _ sql: String, _ binds: PostgresBindings = PostgresBindings(), _ body: (PostgresRow) throws -> Void
  )
    throws
  {
    for row in try query(sql, binds) { try body(row) }
  }

  /// The SQLSTATE of a server error, if `error` is one.
  static func sqlState(_ error: any Error) -> String? {
    (error as? PSQLError)?.serverInfo?[.sqlState]
  }

  /// `error` from connecting, as a `StoreError` saying what to check.
  static func connectError(_ error: any Error, _ location: PostgresLocation) -> StoreError {
    if let error = error as? PSQLError {
      let message = error.serverInfo?[.message] ?? "\(error.code)"
      switch error.serverInfo?[.sqlState] {
      case "28P01", "28000":
        return .authenticationFailed(server: location.server, user: location.user, message: message)
      case "3D000": return .noDatabase(server: location.server, database: location.database)
      case .some: return .server(path: location.description, message: message)
      case nil: break
      }
      if error.code == .authMechanismRequiresPassword {
        return .authenticationFailed(
          server: location.server, user: location.user,
          message: "the server asks for a password and none was given")
      }
      if error.code == .sslUnsupported {
        return .serverUnreachable(
          server: location.server, reason: "the server does not offer TLS (sslmode=require)")
      }
      return .serverUnreachable(
        server: location.server, reason: describe(error.underlying) ?? "\(error.code)")
    }
    return .serverUnreachable(server: location.server, reason: describe(error) ?? "\(error)")
  }

  /// `error` from a statement, as a `StoreError`.
  static func queryError(_ error: any Error, _ location: PostgresLocation) -> StoreError {
    if let error = error as? StoreError { return error }
    guard let error = error as? PSQLError else {
      return .server(path: location.description, message: "\(error)")
    }
    if let info = error.serverInfo {
      let state = info[.sqlState] ?? "?"
      if state == "53100" { return .diskFull(path: location.description) }
      var message = info[.message] ?? "error"
      if let detail = info[.detail] { message += " (\(detail))" }
      return .server(path: location.description, message: "\(message) [SQLSTATE \(state)]")
    }
    if error.code == .serverClosedConnection || error.code == .connectionError
      || error.code == .clientClosedConnection
    {
      return .serverUnreachable(
        server: location.server, reason: "the connection was lost: \(describe(error.underlying) ?? "closed")")
    }
    return .server(path: location.description, message: "\(error.code)")
  }

  /// A short reason for a network error (connection refused, host not found).
  private static func describe(_ error: (any Error)?) -> String? {
    guard let error else { return nil }
    if let error = error as? IOError { return String(cString: strerror(error.errnoCode)) }
    if let error = error as? NIOConnectionError {
      if let first = error.connectionErrors.first { return describe(first.error) }
      if let dns = error.dnsAAAAError ?? error.dnsAError { return "host not found: \(dns)" }
      return "no address for the host"
    }
    if error is ChannelError { return "\(error)" }
    return "\(error)"
  }
}
