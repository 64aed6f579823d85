import Foundation
import TiesStore
import TiesStorePostgres

/// The PostgreSQL server of the tests: `TIES_TEST_POSTGRES_URL`, a superuser's URL, set by
/// `scripts/test`, which starts a throwaway server. Each test gets a database of its own.
///
/// Without the variable, the PostgreSQL half of the tests is skipped on a developer's machine
/// but fails under CI (`CI` set), so that CI never passes without it.
public enum TestServer {
  public static let url = ProcessInfo.processInfo.environment["TIES_TEST_POSTGRES_URL"]
  /// Whether the PostgreSQL tests run: a server is given, or CI demands them.
  public static var available: Bool { url != nil || ProcessInfo.processInfo.environment["CI"] != nil }
  public static let reason = "TIES_TEST_POSTGRES_URL is not set (scripts/test starts a server and sets it)"

  /// Thrown, and so failing the test, when CI runs the PostgreSQL tests without a server.
  public struct NoServer: Error, CustomStringConvertible {
    public var description: String { TestServer.reason }
  }

  /// The test server's location.
  /// - Throws: `NoServer` without `TIES_TEST_POSTGRES_URL`.
  public static func location() throws -> PostgresLocation {
    guard let url else { throw NoServer() }
    return try PostgresLocation(url: url)
  }
}

/// A database created for one test and dropped when the value is released (its name is
/// unique, so one left by a crashed run never collides with the next).
public final class TestDatabase: Sendable {
  public let location: PostgresLocation
  private let admin: PostgresSession

  /// Creates an empty database on the test server.
  public init() throws {
    let server = try TestServer.location()
    admin = try PostgresSession(server)
    let name = "ties_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
    try admin.query("CREATE DATABASE \(name)")
    var location = server
    location.database = name
    self.location = location
  }

  /// The database's URL, as `--graph` takes it.
  public var url: String {
    "postgresql://\(location.user)\(location.password.map { ":" + $0 } ?? "")@\(location.server)/\(location.database)"
  }

  /// Runs `sql` on the database itself (not on the server's maintenance database).
  public func run(_ sql: String) throws {
    try PostgresSession(location).query(sql)
  }

  deinit {
    // FORCE ends the connections that stores of the test still hold.
    _ = try? admin.query("DROP DATABASE IF EXISTS \(location.database) WITH (FORCE)")
  }
}
