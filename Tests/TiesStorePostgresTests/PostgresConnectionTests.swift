import Foundation
import Testing
import TiesGraph
import TiesStore
import TiesStoreTestSupport

@testable import TiesStorePostgres

/// What a user sees when the server, the login or the database is not what `--graph` says:
/// a `StoreError` naming the server and what to check, never the password. The test server
/// comes from `scripts/postgres-server`, whose role `ties_pw` must log in with `secret-pw`.
@Suite(.enabled(if: TestServer.available, "\(TestServer.reason)"))
struct PostgresConnectionTests {
  private func url(_ server: PostgresLocation, user: String, password: String?, database: String) -> String {
    "postgresql://\(user)\(password.map { ":" + $0 } ?? "")@\(server.server)/\(database)"
  }

  @Test func aWrongPasswordIsAnAuthenticationFailureThatHidesThePassword() throws {
    let server = try TestServer.location()
    let wrong = url(server, user: "ties_pw", password: "not-the-password", database: server.database)
    let error = try #require(throws: StoreError.self) { try GraphStores.open(wrong, access: .readOnly) }
    guard case .authenticationFailed(let at, let user, _) = error else {
      Issue.record("unexpected \(error)")
      return
    }
    #expect(at == server.server && user == "ties_pw")
    #expect(error.description.contains("check the user and password"))
    #expect(!error.description.contains("not-the-password") && !"\(error)".contains("not-the-password"))
    // The right password, from PGPASSWORD, logs in (and finds no graph in the maintenance database).
    var location = try PostgresLocation(
      url: url(server, user: "ties_pw", password: nil, database: server.database),
      environment: ["PGPASSWORD": "secret-pw"])
    location.database = server.database
    _ = try PostgresSession(location)
    let missing = try PostgresLocation(
      url: url(server, user: "ties_pw", password: nil, database: server.database), environment: [:])
    #expect(throws: StoreError.self) { try PostgresSession(missing) }
  }

  @Test func aMissingDatabaseSaysHowToCreateIt() throws {
    let server = try TestServer.location()
    let graph = url(server, user: server.user, password: server.password, database: "ties_no_such_db")
    let error = try #require(throws: StoreError.self) { try GraphStores.open(graph, access: .readWrite) }
    #expect(error == .noDatabase(server: server.server, database: "ties_no_such_db"))
    #expect(error.description.contains("createdb -h \(server.host) -p \(server.port) ties_no_such_db"))
  }

  /// A session the server ends (a restart, `pg_terminate_backend`) fails its next query with
  /// an error that says so, rather than waiting forever for an answer.
  @Test func aSessionTheServerEndsFailsItsNextQuery() throws {
    let database = try TestDatabase()
    let session = try PostgresSession(database.location)
    let pid = try #require(try session.query("SELECT pg_backend_pid()").first?.decode(Int32.self))
    try PostgresSession(try TestServer.location()).query("SELECT pg_terminate_backend(\(pid))")
    // The client learns of the close when the server's goodbye arrives.
    for _ in 0..<100 where !session.isClosed { Thread.sleep(forTimeInterval: 0.05) }
    let error = try #require(throws: StoreError.self) { try session.query("SELECT 1") }
    guard case .serverUnreachable(let at, let reason) = error else {
      Issue.record("unexpected \(error)")
      return
    }
    #expect(at == database.location.server && reason.contains("closed the connection"))
  }

  @Test func anUnreachableServerNamesHostAndPort() throws {
    // Port 1 on the loopback: nothing listens there.
    let error = try #require(throws: StoreError.self) {
      try GraphStores.open("postgresql://someone:pw-123@127.0.0.1:1/graph", access: .readOnly)
    }
    guard case .serverUnreachable(let at, _) = error else {
      Issue.record("unexpected \(error)")
      return
    }
    #expect(at == "127.0.0.1:1")
    #expect(error.description.contains("cannot connect to PostgreSQL at 127.0.0.1:1"))
    #expect(!error.description.contains("pw-123"))
  }

  @Test func readingAnEmptyDatabaseFindsNoGraphAndCreatesNothing() throws {
    let database = try TestDatabase()
    let error = try #require(throws: StoreError.self) {
      try PostgresGraphStore(database.location, access: .readOnly)
    }
    #expect(error == .noGraph(directory: database.location.description))
    // Nothing was created: opening for writing now migrates from scratch.
    let store = try PostgresGraphStore(database.location)
    #expect(try store.documents().isEmpty)
  }

  @Test func refusesADatabaseWithTablesThatAreNotAGraph() throws {
    let database = try TestDatabase()
    try database.run("CREATE TABLE documents (id INTEGER PRIMARY KEY, body TEXT)")
    let error = try #require(throws: StoreError.self) { try PostgresGraphStore(database.location) }
    guard case .notATiesDatabase(let path, _) = error else {
      Issue.record("unexpected \(error)")
      return
    }
    #expect(path == database.location.description)
  }

  @Test func refusesAGraphMigratedByANewerTies() throws {
    let database = try TestDatabase()
    _ = try PostgresGraphStore(database.location)
    try database.run("INSERT INTO ties_migrations (name) VALUES ('v99')")
    let error = try #require(throws: StoreError.self) {
      try PostgresGraphStore(database.location, access: .readOnly)
    }
    #expect(error == .newerSchema(path: database.location.description, migrations: ["v99"]))
  }

  @Test("v2 drops the two indexes no query uses from a graph of v1")
  func v2DropsUnusedIndexes() throws {
    let database = try TestDatabase()
    _ = try PostgresGraphStore(database.location)
    let unused: Set<String> = ["evidence_by_document", "relations_by_predicate"]
    func indexes() throws -> Set<String> {
      // Past the store, which refuses to read a graph it has not migrated.
      let session = try PostgresSession(database.location)
      var names = Set<String>()
      try session.forEachRow("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()") {
        names.insert(try Cells($0, path: "test").text(0))
      }
      return names
    }
    #expect(try indexes().isDisjoint(with: unused))
    // Back to what a Ties of schema v1 left.
    try database.run("CREATE INDEX relations_by_predicate ON relations(predicate)")
    try database.run("CREATE INDEX evidence_by_document ON evidence(document, sentence)")
    try database.run("DELETE FROM ties_migrations WHERE name = 'v2'")
    #expect(try indexes().isSuperset(of: unused))
    _ = try PostgresGraphStore(database.location)
    #expect(try indexes().isDisjoint(with: unused))
    #expect(try indexes().contains("relations_by_object"))
  }

  @Test func concurrentFirstOpensMigrateOnce() throws {
    let database = try TestDatabase()
    let results = (0..<4).map { _ in LockedResult() }
    Parallel.forEachChunk(4) { k in
      results[k].set(Result { _ = try PostgresGraphStore(database.location) })
    }
    for result in results { try result.get() }
    let store = try PostgresGraphStore(database.location, access: .readOnly)
    #expect(try PostgresSchema.appliedMigrations(store.session) == Set(PostgresSchema.migrations.map(\.name)))
  }
}

/// A result set from another thread.
private final class LockedResult: @unchecked Sendable {
  private let lock = NSLock()
  private var result: Result<Void, any Error> = .success(())
  func set(_ value: Result<Void, any Error>) { lock.withLock { result = value } }
  func get() throws { try lock.withLock { result }.get() }
}
