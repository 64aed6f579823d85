import Testing
import TiesModel
import TiesStoreTestSupport
import TiesTestSupport

@testable import TiesStore

/// A graph written before migration `v2` is brought up to date from its stored extractions.
@Suite struct GraphStoreMigrationTests {
  @Test func fillsLocalRelationsAndEventDatesFromTheStoredExtractions() throws {
    let temp = try TemporaryDirectory()
    let directory = temp.appending("graph")
    var extractions = StoreFixture.extractions
    extractions[0].mentions[0].date = "2025-05-01"
    try GraphStore(directory: directory).replaceAll(extractions: extractions, graph: StoreFixture.graph)
    let expected = try GraphStore(directory: directory).write(waitingUpTo: 1) { try $0.resolutionInput() }
    #expect(expected.contains { !$0.relations.isEmpty })
    // Back to what a Ties of schema v1 left: each extraction as JSON, no local relations.
    let coding = StoreCoding()
    try GraphStore(directory: directory).write { db in
      for extraction in extractions {
        try db.execute(
          sql: "UPDATE documents SET extraction = ? WHERE name = ?",
          arguments: [try coding.encode(extraction, what: "test"), extraction.document.name])
      }
    }
    try GraphStore(directory: directory).execute(
      sql: """
        DROP TABLE cluster_buckets;
        DROP TABLE store_state;
        DROP INDEX entities_by_base_id;
        ALTER TABLE entities DROP COLUMN base_id;
        DROP TABLE local_relations;
        DROP INDEX mentions_by_key;
        ALTER TABLE mentions DROP COLUMN date;
        ALTER TABLE entities DROP COLUMN fingerprint;
        ALTER TABLE relations DROP COLUMN fingerprint;
        DELETE FROM grdb_migrations WHERE identifier IN ('v2', 'v3');
        """)
    let store = try GraphStore(directory: directory)
    #expect(try store.appliedMigrations() == ["v1", "v2", "v3", "v4"])
    #expect(try store.write(waitingUpTo: 1) { try $0.resolutionInput() } == expected)
    #expect(try store.graph() == StoreFixture.graph)
    #expect(try store.extractions() == extractions)
  }
}
