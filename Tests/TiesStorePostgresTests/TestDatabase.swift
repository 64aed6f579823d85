import Foundation
import Testing
import TiesExtraction
import TiesFormats
import TiesPipeline
import TiesStore
import TiesTestSupport

@testable import TiesStorePostgres

/// The PostgreSQL server of the tests: `TIES_TEST_POSTGRES_URL` (a superuser's URL, set by
/// `scripts/test`, which starts a throwaway server). Each test gets a database of its own,
/// dropped at the end. Without the variable these tests are skipped on a developer's machine
/// and fail under CI (`CI` set), so that CI never passes without them.
enum TestServer {
  static let url = ProcessInfo.processInfo.environment["TIES_TEST_POSTGRES_URL"]
  static var available: Bool { url != nil || ProcessInfo.processInfo.environment["CI"] != nil }
  static let reason = "TIES_TEST_POSTGRES_URL is not set (scripts/test starts a server and sets it)"

  /// The test server's location. Under CI without a server, a failure.
  static func location() throws -> PostgresLocation {
    let url = try #require(Self.url, "\(reason)")
    return try PostgresLocation(url: url)
  }

  static let pipeline: Result<GraphPipeline, any Error> = Result {
    try GraphPipeline(lexiconPath: nil)
  }
}

/// A database created for one test, dropped by `drop()` (or left for the next run's names to
/// avoid: every name is unique).
final class TestDatabase: Sendable {
  let location: PostgresLocation
  private let admin: PostgresSession

  init() throws {
    let server = try TestServer.location()
    admin = try PostgresSession(server)
    let name = "ties_test_" + UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased()
    try admin.query("CREATE DATABASE \(name)")
    var location = server
    location.database = name
    self.location = location
  }

  /// The URL of the database, as `--graph` takes it.
  var url: String {
    "postgresql://\(location.user)\(location.password.map { ":" + $0 } ?? "")@\(location.server)/\(location.database)"
  }

  func store(_ access: GraphStore.Access = .readWrite) throws -> PostgresGraphStore {
    try PostgresGraphStore(location, access: access)
  }

  func drop() {
    _ = try? admin.query("DROP DATABASE IF EXISTS \(location.database) WITH (FORCE)")
  }
}

/// What the backend tests share.
enum Backends {
  /// The GraphML export of `store`'s graph, as bytes.
  static func graphML(_ store: any GraphReading, scratch: TemporaryDirectory) throws -> [UInt8] {
    let path = scratch.appending("export-\(UUID().uuidString).graphml")
    try GraphMLWriter.write(try store.graph(), to: path)
    return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
  }

  static let corpus = SharedMaterial.repository + "/corpus"
  static let seeds = SharedMaterial.shared + "/corpus/seeds"
  static let dev = SharedMaterial.shared + "/corpus/dev"
}
