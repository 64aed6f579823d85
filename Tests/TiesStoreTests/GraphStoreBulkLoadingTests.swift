import GRDB
import Testing
import TiesModel
import TiesStoreTestSupport
import TiesTestSupport

@testable import TiesStore

/// `GraphWriter.bulkLoading`: a build fills the tables with their indexes set aside and puts
/// every one of them back, or, when it fails, leaves them as they were.
@Suite struct GraphStoreBulkLoadingTests {
  /// The definitions of the indexes the schema declares, by name.
  private func indexes(_ store: GraphStore) throws -> [String: String] {
    try store.dbQueue.read { db in
      var out: [String: String] = [:]
      for row in try Row.fetchAll(
        db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
      {
        out[row[0]] = row[1]
      }
      return out
    }
  }

  @Test func fillsWithoutIndexesAndPutsEveryOneBack() throws {
    let directory = try TemporaryDirectory(prefix: "ties-bulk-load")
    let store = try GraphStore(directory: directory.path)
    let declared = try indexes(store)
    try #require(declared["mentions_by_entity"] != nil)
    try #require(declared["cluster_buckets_by_bucket"] != nil)

    let during = try store.write(waitingUpTo: 10) { writer in
      try writer.removeAll()
      return try writer.bulkLoading {
        try writer.insert(StoreFixture.extractions)
        return try (writer as? GraphWriter)?.db.indexNames() ?? []
      }
    }

    #expect(during.isEmpty)
    #expect(try indexes(store) == declared)
    // Mentions are stored unresolved until an `apply`.
    var unresolved = StoreFixture.extractions
    for d in unresolved.indices {
      for m in unresolved[d].mentions.indices { unresolved[d].mentions[m].entity = nil }
    }
    #expect(try store.extractions() == unresolved)
  }

  @Test func aFailedLoadLeavesTheIndexesAndTheRowsAsTheyWere() throws {
    let directory = try TemporaryDirectory(prefix: "ties-bulk-load-failed")
    let store = try GraphStore(directory: directory.path)
    try store.replaceAll(extractions: StoreFixture.extractions, graph: StoreFixture.graph)
    let declared = try indexes(store)

    struct Stop: Error {}
    #expect(throws: Stop.self) {
      try store.write(waitingUpTo: 10) { writer in
        try writer.removeAll()
        try writer.bulkLoading { throw Stop() }
      }
    }

    #expect(try indexes(store) == declared)
    #expect(try store.graph() == StoreFixture.graph)
  }
}

extension Database {
  /// The names of the indexes the schema declares, sorted.
  fileprivate func indexNames() throws -> [String] {
    try String.fetchAll(
      self, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name")
  }
}
