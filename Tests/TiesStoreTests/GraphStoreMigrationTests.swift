import GRDB
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
    #expect(try store.appliedMigrations() == ["v1", "v2", "v3", "v4", "v5", "v6"])
    #expect(try store.write(waitingUpTo: 1) { try $0.resolutionInput() } == expected)
    #expect(try store.graph() == StoreFixture.graph)
    #expect(try store.extractions() == extractions)
  }

  @Test("v5 drops the indexes no query uses; a document's mentions are still found by index")
  func dropsUnusedIndexes() throws {
    let temp = try TemporaryDirectory()
    let directory = temp.appending("graph")
    try GraphStore(directory: directory).replaceAll(
      extractions: StoreFixture.extractions, graph: StoreFixture.graph)
    let unused = ["evidence_by_document", "mentions_by_document", "relations_by_predicate"]
    // Read past the store, which would migrate the file it opens.
    func indexes() throws -> [String] {
      var configuration = Configuration()
      configuration.readonly = true
      return try DatabaseQueue(path: directory + "/ties.sqlite", configuration: configuration).read { db in
        try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name")
      }
    }
    #expect(try Set(indexes()).isDisjoint(with: unused))
    // Back to what a Ties of schema v4 left.
    try GraphStore(directory: directory).execute(
      sql: """
        CREATE INDEX mentions_by_document ON mentions(document, sentence);
        CREATE INDEX relations_by_predicate ON relations(predicate);
        CREATE INDEX evidence_by_document ON evidence(document, sentence);
        DELETE FROM grdb_migrations WHERE identifier = 'v5';
        """)
    #expect(try Set(indexes()).isSuperset(of: unused))
    let store = try GraphStore(directory: directory)
    #expect(try store.appliedMigrations() == ["v1", "v2", "v3", "v4", "v5", "v6"])
    #expect(try Set(indexes()).isDisjoint(with: unused))
    let plan = try store.read { db in
      try Row.fetchAll(
        db, sql: "EXPLAIN QUERY PLAN SELECT DISTINCT entity_id FROM mentions WHERE document = 'a.txt'"
      ).map { $0["detail"] as String }.joined(separator: "; ")
    }
    #expect(plan.contains("USING INDEX mentions_by_key"), "\(plan)")
    #expect(try store.graph() == StoreFixture.graph)
  }

  @Test("v6 counts the stored relations per predicate, and its triggers keep counting them")
  func countsRelationsPerPredicate() throws {
    let temp = try TemporaryDirectory()
    let directory = temp.appending("graph")
    try GraphStore(directory: directory).replaceAll(
      extractions: StoreFixture.extractions, graph: StoreFixture.graph)
    let expected = try GraphStore(directory: directory).stats()
    // Back to what a Ties of schema v5 left.
    try GraphStore(directory: directory).execute(
      sql: """
        DROP TRIGGER relation_counts_after_insert;
        DROP TRIGGER relation_counts_after_delete;
        DROP TRIGGER relation_counts_after_update;
        DROP TABLE relation_counts;
        DELETE FROM grdb_migrations WHERE identifier = 'v6';
        """)
    let store = try GraphStore(directory: directory)
    #expect(try store.appliedMigrations() == ["v1", "v2", "v3", "v4", "v5", "v6"])
    #expect(try store.stats() == expected)
    // Deleting an entity deletes its relations by cascade; relabelling one moves its count.
    let person = try #require(StoreFixture.graph.relations.first { $0.predicate == .affiliatedWith }?.subject)
    try store.execute(
      sql: """
        UPDATE relations SET predicate = 'docked_at' WHERE predicate = 'held_in';
        DELETE FROM entities WHERE id = '\(person.rawValue)';
        """)
    var counted: [String: Int] = [:]
    for relation in try store.graph().relations { counted[relation.predicate.rawValue, default: 0] += 1 }
    #expect(counted["docked_at"] == 1 && counted["held_in"] == nil)
    #expect(
      counted.values.reduce(0, +) < StoreFixture.graph.relations.count,
      "the deleted entity took relations with it")
    let summary = try store.stats().relationsByPredicate
    #expect(Dictionary(uniqueKeysWithValues: summary.map { ($0.key.rawValue, $0.count) }) == counted)
  }
}
