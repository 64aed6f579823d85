import Foundation
import Testing
import TiesModel
import TiesStoreTestSupport
import TiesTestSupport

@testable import TiesStore

@Suite struct GraphStoreReadOnlyTests {
  @Test func refusesAMissingDirectoryAndCreatesNothing() throws {
    let temp = try TemporaryDirectory()
    let directory = temp.appending("some/dir")
    #expect(throws: StoreError.noGraph(directory: directory)) {
      try GraphStore(directory: directory, access: .readOnly)
    }
    #expect(!FileManager.default.fileExists(atPath: temp.appending("some")))
    #expect(
      StoreError.noGraph(directory: directory).description
        == "error: no graph at \(directory) (build one with: ties build ARTICLES --graph \(directory))")
  }

  @Test func refusesADirectoryWithoutADatabaseAndCreatesNothing() throws {
    let temp = try TemporaryDirectory()
    let directory = temp.appending("graph")
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    #expect(throws: StoreError.noGraph(directory: directory)) {
      try GraphStore(directory: directory, access: .readOnly)
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory).isEmpty)
  }

  @Test func refusesAnEmptyDatabaseFileAndLeavesItEmpty() throws {
    let temp = try TemporaryDirectory()
    let directory = temp.appending("graph")
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    try Data().write(to: URL(fileURLWithPath: directory + "/ties.sqlite"))
    #expect(throws: StoreError.noGraph(directory: directory)) {
      try GraphStore(directory: directory, access: .readOnly)
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["ties.sqlite"])
    #expect(try Data(contentsOf: URL(fileURLWithPath: directory + "/ties.sqlite")).isEmpty)
  }

  @Test func refusesAFileWhereTheDirectoryShouldBe() throws {
    let temp = try TemporaryDirectory()
    let directory = temp.appending("graph")
    try Data("x".utf8).write(to: URL(fileURLWithPath: directory))
    #expect(throws: StoreError.notADirectory(path: directory)) {
      try GraphStore(directory: directory, access: .readOnly)
    }
  }

  @Test func refusesAFileThatIsNotADatabase() throws {
    let temp = try TemporaryDirectory()
    let directory = temp.appending("graph")
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let content = Data(String(repeating: "Not a database, just notes.\n", count: 200).utf8)
    try content.write(to: URL(fileURLWithPath: directory + "/ties.sqlite"))
    let error = try #require(throws: StoreError.self) {
      try GraphStore(directory: directory, access: .readOnly)
    }
    guard case .notATiesDatabase = error else {
      Issue.record("unexpected \(error)")
      return
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: directory + "/ties.sqlite")) == content)
  }

  @Test func readsAGraphAndRefusesToWriteIt() throws {
    let temp = try TemporaryDirectory()
    let directory = temp.appending("graph")
    try GraphStore(directory: directory).replaceAll(
      extractions: StoreFixture.extractions, graph: StoreFixture.graph)
    do {
      let store = try GraphStore(directory: directory, access: .readOnly)
      #expect(try store.graph() == StoreFixture.graph)
      #expect(try store.extractions() == StoreFixture.extractions)
      #expect(throws: StoreError.notWritable(path: store.databasePath)) {
        try store.replaceAll(extractions: [], graph: KnowledgeGraph())
      }
    }
    // The reader, last to close, took SQLite's WAL files away with it.
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory) == ["ties.sqlite"])
  }

  @Test func ignoresAnInterruptedWriteWhenReading() throws {
    let temp = try TemporaryDirectory()
    let original = try GraphStore(directory: temp.appending("graph"))
    try original.replaceAll(extractions: StoreFixture.extractions, graph: StoreFixture.graph)
    let directory = temp.appending("crashed")
    try original.copyMidWrite(to: directory)
    let log = directory + "/ties.sqlite-wal"
    let logSize = try FileManager.default.attributesOfItem(atPath: log)[.size] as? Int ?? 0
    #expect(logSize > 1_048_576, "frames of the unfinished transaction, as a crash leaves them")

    let store = try GraphStore(directory: directory, access: .readOnly)
    #expect(try store.graph() == StoreFixture.graph)
    #expect(try store.tableDump() == original.tableDump())
  }

  @Test func appliesPendingMigrationsToAnOlderDatabase() throws {
    let temp = try TemporaryDirectory()
    let directory = temp.appending("graph")
    // What a Ties without migrations would have left: our application id, no migration applied.
    try GraphStore(directory: directory).execute(
      sql: """
        DROP TABLE local_relations; DROP TABLE cluster_buckets; DROP TABLE store_state;
        DROP TABLE evidence; DROP TABLE mentions; DROP TABLE misses; DROP TABLE relations;
        DROP TABLE aliases; DROP TABLE sentences; DROP TABLE entities; DROP TABLE documents;
        DROP TABLE relation_counts;
        DELETE FROM grdb_migrations;
        """)
    let store = try GraphStore(directory: directory, access: .readOnly)
    #expect(try store.appliedMigrations() == ["v1", "v2", "v3", "v4", "v5", "v6"])
    #expect(try store.graph() == KnowledgeGraph())
  }
}
