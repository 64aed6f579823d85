import Foundation
import GRDB
import Testing
import TiesModel
import TiesStoreTestSupport
import TiesTestSupport

@testable import TiesStore

@Suite struct GraphStoreOpeningTests {
  @Test func migratesAnEmptyDirectory() throws {
    let temp = try TemporaryDirectory()
    let directory = temp.appending("nested/graph")
    let store = try GraphStore(directory: directory)
    #expect(store.databasePath == directory + "/ties.sqlite")
    #expect(FileManager.default.fileExists(atPath: store.databasePath))
    #expect(try store.appliedMigrations() == ["v1", "v2", "v3", "v4", "v5", "v6"])
    #expect(try store.graph() == KnowledgeGraph())
    #expect(try store.extractions().isEmpty)
    #expect(try store.tableDump().isEmpty)
    #expect(
      try store.stats()
        == StoreStats(documents: 0, entitiesByType: [], relationsByPredicate: [], mentions: 0, misses: 0))
  }

  @Test func directoryWithTrailingSlash() throws {
    let temp = try TemporaryDirectory()
    let store = try GraphStore(directory: temp.appending("graph/"))
    #expect(store.databasePath == temp.appending("graph/ties.sqlite"))
  }

  @Test func reopeningSeesTheData() throws {
    let temp = try TemporaryDirectory()
    let directory = temp.appending("graph")
    do {
      let store = try GraphStore(directory: directory)
      try store.replaceAll(extractions: StoreFixture.extractions, graph: StoreFixture.graph)
    }
    let reopened = try GraphStore(directory: directory)
    #expect(try reopened.appliedMigrations() == ["v1", "v2", "v3", "v4", "v5", "v6"])
    #expect(try reopened.graph() == StoreFixture.graph)
    #expect(try reopened.extractions() == StoreFixture.extractions)
  }

  @Test func aNewDatabaseHasLargePagesAndAnExistingOneKeepsItsOwn() throws {
    let temp = try TemporaryDirectory()
    let created = try GraphStore(directory: temp.appending("new"))
    try created.replaceAll(extractions: StoreFixture.extractions, graph: StoreFixture.graph)
    #expect(try created.read { try Int.fetchOne($0, sql: "PRAGMA page_size") } == GraphStore.pageSize)
    #expect(GraphStore.pageSize != 4096)

    // An empty database file of 4 KiB pages, as an older Ties or another tool left it.
    let directory = temp.appending("old")
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    try DatabaseQueue(path: directory + "/ties.sqlite").writeWithoutTransaction { db in
      try db.execute(sql: "PRAGMA page_size = 4096; PRAGMA user_version = 1")
    }
    try GraphStore(directory: directory).replaceAll(
      extractions: StoreFixture.extractions, graph: StoreFixture.graph)
    let reopened = try GraphStore(directory: directory)
    #expect(try reopened.read { try Int.fetchOne($0, sql: "PRAGMA page_size") } == 4096)
    #expect(try reopened.graph() == StoreFixture.graph)
    #expect(try reopened.extractions() == StoreFixture.extractions)
  }

  @Test func refusesAFileThatIsNotADatabase() throws {
    let temp = try TemporaryDirectory()
    let directory = temp.appending("graph")
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let path = directory + "/ties.sqlite"
    let content = Data(String(repeating: "Not a database, just notes.\n", count: 200).utf8)
    try content.write(to: URL(fileURLWithPath: path))

    let error = try #require(throws: StoreError.self) { try GraphStore(directory: directory) }
    guard case .notATiesDatabase(let reportedPath, _) = error else {
      Issue.record("unexpected \(error)")
      return
    }
    #expect(reportedPath == path)
    #expect(error.description.hasPrefix("\(path): error: not a Ties database ("))
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == content, "the file is left alone")
  }

  @Test func refusesAnotherApplicationsDatabase() throws {
    let temp = try TemporaryDirectory()
    let directory = temp.appending("graph")
    try GraphStore(directory: directory).execute(sql: "PRAGMA application_id = 42")

    let error = try #require(throws: StoreError.self) { try GraphStore(directory: directory) }
    #expect(
      error
        == .notATiesDatabase(
          path: directory + "/ties.sqlite",
          reason: "an SQLite database of another application (application_id 42)"))
  }

  @Test func refusesADatabaseFromANewerTies() throws {
    let temp = try TemporaryDirectory()
    let directory = temp.appending("graph")
    try GraphStore(directory: directory).execute(
      sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9'), ('v10')")

    #expect(throws: StoreError.newerSchema(path: directory + "/ties.sqlite", migrations: ["v10", "v9"])) {
      try GraphStore(directory: directory)
    }
  }

  @Test func refusesAFileWhereTheDirectoryShouldBe() throws {
    let temp = try TemporaryDirectory()
    let directory = temp.appending("graph")
    try Data("x".utf8).write(to: URL(fileURLWithPath: directory))

    let error = try #require(throws: StoreError.self) { try GraphStore(directory: directory) }
    #expect(error == .notADirectory(path: directory))
    #expect(error.description == "\(directory): error: not a directory; the graph needs a directory here")
  }

  @Test func reportsADirectoryThatCannotBeCreated() throws {
    let temp = try TemporaryDirectory()
    try Data("x".utf8).write(to: URL(fileURLWithPath: temp.appending("file")))
    let directory = temp.appending("file/graph")

    let error = try #require(throws: StoreError.self) { try GraphStore(directory: directory) }
    guard case .cannotCreateDirectory(let path, let reason) = error else {
      Issue.record("unexpected \(error)")
      return
    }
    #expect(path == directory)
    #expect(!reason.isEmpty)
  }
}
